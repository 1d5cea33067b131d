// Scores labelled notice sets (the development corpus, the hold-out, the probe's dev set) on
// scam recall, false alarms and signal recall: of the signals a labeller expected on a scam the
// checker called a scam, how many fired. Never pointed at the blind probe set or the test split.
//   node scripts/run-ts.js scripts/score-signals.ts FILE... [--misses] [--rules]
// --rules: the rules alone, without the learned second opinion.
import * as fs from 'fs';
import { checkNotice } from '../miniprogram/core/check';
import type { NoticeInput } from '../miniprogram/core/types';
import { useScorer } from '../miniprogram/core/model/second-opinion';

const args = process.argv.slice(2);
const files = args.filter((a) => !a.startsWith('--'));
const showMisses = args.includes('--misses');
if (args.includes('--rules')) useScorer(null);
for (const f of files) {
  if (/blind/.test(f)) throw new Error('the blind probe set is for the lead only');
  let scamN = 0,
    scamHit = 0,
    benN = 0,
    fa = 0,
    want = 0,
    wantAll = 0,
    got = 0,
    ok = 0,
    n = 0;
  const notes: string[] = [];
  for (const raw of fs.readFileSync(f, 'utf8').split('\n')) {
    if (!raw.trim()) continue;
    const o = JSON.parse(raw);
    const input: NoticeInput = { text: o.text };
    if (o.channel) input.channel = o.channel;
    if (o.sender) input.sender = o.sender;
    if (o.borrowed) input.borrowed = o.borrowed;
    const r = checkNotice(input);
    n++;
    const okAlso = r.verdict === o.label || (o.also_ok || []).includes(r.verdict);
    if (okAlso) ok++;
    const fired = new Set(r.signals.map((s) => s.id));
    if (o.label === 'scam') {
      scamN++;
      wantAll += (o.signals || []).length;
      if (r.verdict === 'scam') {
        scamHit++;
        const exp: string[] = o.signals || [];
        const missing = exp.filter((s) => !fired.has(s as never));
        want += exp.length;
        got += exp.length - missing.length;
        if (missing.length && showMisses)
          notes.push(
            `SIG ${o.id} missing ${missing} fired [${[...fired]}]: ${o.text.slice(0, 140)}`,
          );
      } else if (showMisses)
        notes.push(`MISS ${o.id} got ${r.verdict} [${[...fired]}]: ${o.text.slice(0, 140)}`);
    } else if (o.label !== 'abusive') {
      benN++;
      if (r.verdict === 'scam') {
        fa++;
        if (showMisses) notes.push(`FA ${o.id} [${[...fired]}]: ${o.text.slice(0, 140)}`);
      }
    }
    if (!okAlso && showMisses && o.label !== 'scam' && r.verdict !== 'scam')
      notes.push(
        `WRONG ${o.id} want ${o.label} got ${r.verdict} [${[...fired]}]: ${o.text.slice(0, 100)}`,
      );
  }
  const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '-');
  console.log(
    `${f.split('/').pop()}: n=${n} acc ${f3(ok / n)} scam ${f3(scamHit / scamN)} (${scamHit}/${scamN}) FA ${f3(fa / benN)} (${fa}/${benN}) signal recall ${f3(got / want)} (${got}/${want}; over every scam ${f3(got / wantAll)})`,
  );
  for (const l of notes) console.log('  ' + l);
}
