// Writes miniprogram/core/text/phrase-indexes.ts: the phrase indexes the checker would otherwise
// build on the first check (cue phrases, ...), precomputed, because building them costs ~10 ms
// on a phone without a JIT; and miniprogram/core/engine/regex-plans.ts, the literals each big
// regex's alternatives need (scripts/regex-plan-source.ts). Each index or plan carries what it
// was built from and is used only for exactly that, so a stale file costs start-up time, never
// a result; a unit test fails until it is regenerated.
//   node scripts/run-ts.js scripts/gen-phrase-index.ts          write the file
//   node scripts/run-ts.js scripts/gen-phrase-index.ts --check  exit 1 if it is out of date
import * as fs from 'fs';
import * as path from 'path';
import { phraseIndexesSource } from './phrase-index-source';
import { regexPlansSource } from './regex-plan-source';

const FILES: Array<[string, () => string]> = [
  [
    path.join(__dirname, '..', 'miniprogram', 'core', 'text', 'phrase-indexes.ts'),
    phraseIndexesSource,
  ],
  [path.join(__dirname, '..', 'miniprogram', 'core', 'engine', 'regex-plans.ts'), regexPlansSource],
];
const check = process.argv.includes('--check');
let stale = false;
for (const [file, make] of FILES) {
  const src = make();
  const name = path.basename(file);
  if (check) {
    const now = fs.existsSync(file) ? fs.readFileSync(file, 'utf8') : '';
    if (now !== src) {
      console.error(`${name} is out of date: run npm run gen:phrases`);
      stale = true;
    } else console.log(`${name} is up to date`);
  } else {
    fs.writeFileSync(file, src);
    console.log(
      `wrote ${path.relative(process.cwd(), file)} (${src.length.toLocaleString('en')} chars)`,
    );
  }
}
if (stale) process.exit(1);
