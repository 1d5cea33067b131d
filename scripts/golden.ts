// Golden output: the checker's JSON for every message of the regression corpus (test fixtures,
// data/sources, data/snapshots), compared line by line with a saved baseline, so a speed change
// proves it changed no result. The baseline lives in .cache/ (snapshot texts are never committed).
//   node scripts/run-ts.js scripts/golden.ts --save   write the baseline from the current code
//   node scripts/run-ts.js scripts/golden.ts          compare; exit 1 and show the first diffs
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { checkNotice } from '../miniprogram/core/check';
import type { NoticeInput } from '../miniprogram/core/types';

const ROOT = path.resolve(__dirname, '..');
const OUT_DIR = path.join(ROOT, '.cache', 'golden');
const BASELINE = path.join(OUT_DIR, 'baseline.jsonl');
const CURRENT = path.join(OUT_DIR, 'current.jsonl');
const CLI_BASELINE = path.join(OUT_DIR, 'cli-baseline.jsonl');
const CLI_CURRENT = path.join(OUT_DIR, 'cli-current.jsonl');

function corpusFiles(): string[] {
  const files: string[] = [];
  const fixtures = path.join(ROOT, 'test', 'fixtures');
  for (const f of fs.readdirSync(fixtures).sort())
    // probe-blind*.jsonl judges the checker and is the lead's alone (test/fixtures/PROBES.md).
    if (f.endsWith('.jsonl') && !f.startsWith('probe-blind')) files.push(path.join(fixtures, f));
  for (const dir of ['sources', 'snapshots']) {
    const d = path.join(ROOT, 'data', dir);
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.jsonl')) files.push(path.join(d, f));
  }
  return files;
}

function resultLines(): string[] {
  const lines: string[] = [];
  for (const file of corpusFiles()) {
    const rel = path.relative(ROOT, file);
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((raw, n) => {
        if (!raw.trim()) return;
        const o = JSON.parse(raw) as Record<string, unknown>;
        const input: NoticeInput = { text: String(o.text) };
        if (typeof o.channel === 'string') input.channel = o.channel as NoticeInput['channel'];
        if (typeof o.sender === 'string') input.sender = o.sender;
        if (typeof o.borrowed === 'string') input.borrowed = o.borrowed as NoticeInput['borrowed'];
        let out: unknown;
        try {
          out = checkNotice(input);
        } catch (e) {
          out = { error: (e as Error).message };
        }
        lines.push(JSON.stringify({ at: `${rel}:${n + 1}`, out }));
      });
  }
  return lines;
}

/** The CLI's --jsonl output for every corpus line (its own serialiser, checked byte for byte). */
function cliOutput(): string {
  const input = path.join(OUT_DIR, 'cli-input.jsonl');
  fs.writeFileSync(
    input,
    corpusFiles()
      .map((f) => fs.readFileSync(f, 'utf8'))
      .join(''),
  );
  const r = spawnSync(
    process.execPath,
    [path.join(ROOT, 'scripts', 'check.js'), '--jsonl', input],
    { encoding: 'utf8', maxBuffer: 1 << 30 },
  );
  if (r.status !== 0) throw new Error(`check --jsonl failed: ${r.stderr}`);
  return r.stdout;
}

fs.mkdirSync(OUT_DIR, { recursive: true });
const lines = resultLines();
const cli = cliOutput();
if (process.argv.includes('--save')) {
  fs.writeFileSync(BASELINE, lines.join('\n') + '\n');
  fs.writeFileSync(CLI_BASELINE, cli);
  console.log(
    `golden: baseline of ${lines.length} results (and the CLI's output) written to ${path.relative(ROOT, OUT_DIR)}`,
  );
  process.exit(0);
}
fs.writeFileSync(CURRENT, lines.join('\n') + '\n');
fs.writeFileSync(CLI_CURRENT, cli);
const cliSame = fs.existsSync(CLI_BASELINE) && fs.readFileSync(CLI_BASELINE, 'utf8') === cli;
console.log(
  cliSame
    ? 'golden: CLI --jsonl output byte-identical to the baseline'
    : `golden: CLI --jsonl output DIFFERS (compare ${path.relative(ROOT, CLI_BASELINE)} and ${path.relative(ROOT, CLI_CURRENT)})`,
);
if (!fs.existsSync(BASELINE)) {
  console.error('golden: no baseline; run with --save on the reference code first');
  process.exit(2);
}
const base = fs.readFileSync(BASELINE, 'utf8').split('\n').filter(Boolean);
let diffs = 0;
const n = Math.max(base.length, lines.length);
for (let i = 0; i < n; i++) {
  if (base[i] === lines[i]) continue;
  if (++diffs <= 5) {
    console.log(`- ${(base[i] || '(none)').slice(0, 600)}`);
    console.log(`+ ${(lines[i] || '(none)').slice(0, 600)}`);
  }
}
if (diffs || !cliSame) {
  if (diffs) console.log(`golden: ${diffs} of ${n} results differ from the baseline`);
  process.exit(1);
}
console.log(`golden: all ${n} results byte-identical to the baseline`);
