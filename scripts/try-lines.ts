// Prints verdict and signals for each line of stdin (a quick look while writing a rule).
// --rules: the rules alone, without the learned second opinion.
import * as fs from 'fs';
import { checkNotice } from '../miniprogram/core/check';
import { useScorer } from '../miniprogram/core/model/second-opinion';
if (process.argv.includes('--rules')) useScorer(null);
for (const line of fs.readFileSync(0, 'utf8').split('\n')) {
  if (!line.trim()) continue;
  const r = checkNotice({ text: line });
  console.log(
    `${r.verdict.padEnd(9)} [${r.signals.map((s) => s.id).join(',')}] ${line.slice(0, 80)}`,
  );
}
