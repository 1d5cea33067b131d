// Prints train/dev scam and abusive messages for signal labelling (never the test split; the
// synthetic TeleAntiFraud dialogues are skipped). For the labeller's eyes only.
//   node scripts/run-ts.js scripts/signals/print-batch.ts --split dev [--from N] [--count K] [--max C]
import * as fs from 'fs';
import * as path from 'path';

const args = process.argv.slice(2);
const opt = (n: string, d: string) => {
  const i = args.indexOf(n);
  return i >= 0 ? args[i + 1] : d;
};
const split = opt('--split', 'dev');
if (split !== 'train' && split !== 'dev') throw new Error('train or dev only');
const from = Number(opt('--from', '0'));
const count = Number(opt('--count', '50'));
const max = Number(opt('--max', '400'));
const root = path.resolve(__dirname, '..', '..');
const done = new Set<string>();
const labelled = path.join(root, 'data', 'signals', `${split}.jsonl`);
if (fs.existsSync(labelled) && !args.includes('--all'))
  for (const l of fs.readFileSync(labelled, 'utf8').split('\n'))
    if (l.trim()) done.add(JSON.parse(l).id);
const out: string[] = [];
for (const sub of ['data/sources', 'data/snapshots']) {
  const d = path.join(root, sub);
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).sort()) {
    if (!f.endsWith('.jsonl') || f.startsWith('gh_jimmyma99_teleantifraud')) continue;
    for (const raw of fs.readFileSync(path.join(d, f), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const o = JSON.parse(raw);
      if (o.split !== split) continue; // test lines are dropped unread
      if (o.label !== 'scam' && o.label !== 'abusive') continue;
      if (o.source === 'gh_jimmyma99_teleantifraud' || done.has(o.id)) continue;
      const t = o.text.replace(/\s+/g, ' ');
      out.push(
        `${o.id} [${o.label}${o.borrowed ? ' borrowed=' + o.borrowed : ''}] ${t.slice(0, max)}${t.length > max ? '…' : ''}`,
      );
    }
  }
}
console.error(`${out.length} unlabelled`);
for (const l of out.slice(from, from + count)) console.log(l);
