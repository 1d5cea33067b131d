// Writes miniprogram/core/text/phrase-indexes.ts: the phrase indexes the checker would otherwise
// build on the first check (cue phrases, ...), precomputed, because building them costs ~10 ms
// on a phone without a JIT. Each index carries the phrases it was built from and is used only
// for exactly those, so a stale file costs start-up time, never a result; a unit test fails
// until it is regenerated.
//   node scripts/run-ts.js scripts/gen-phrase-index.ts          write the file
//   node scripts/run-ts.js scripts/gen-phrase-index.ts --check  exit 1 if it is out of date
import * as fs from 'fs';
import * as path from 'path';
import { phraseIndexesSource } from './phrase-index-source';

const FILE = path.join(__dirname, '..', 'miniprogram', 'core', 'text', 'phrase-indexes.ts');
const src = phraseIndexesSource();
if (process.argv.includes('--check')) {
  const now = fs.existsSync(FILE) ? fs.readFileSync(FILE, 'utf8') : '';
  if (now !== src) {
    console.error('phrase-indexes.ts is out of date: run npm run gen:phrases');
    process.exit(1);
  }
  console.log('phrase-indexes.ts is up to date');
} else {
  fs.writeFileSync(FILE, src);
  console.log(
    `wrote ${path.relative(process.cwd(), FILE)} (${src.length.toLocaleString('en')} chars)`,
  );
}
