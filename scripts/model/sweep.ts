// The model's figures on train-free sets, for tuning it (never the test split: its lines are
// dropped as they are read): the dev split, the hold-out, the development corpus and, if given,
// extra fixture files (the probe's dev set). Per set: rules only, rules + gated model, model
// without the gate — scam recall, false alarms on non-scams, false alarms on genuine reminders.
//   node scripts/run-ts.js scripts/model/sweep.ts [--train] [--cfg JSON] [--threshold X]
//        [--plain X] [--extra FILE]... [--why] [--misses]
// --train: retrain with the shipped configuration (or --cfg) instead of using the shipped
// weights; --why: the n-grams that push each ungated false alarm over the threshold;
// --misses: dev scams the rules miss, with their logit and whether the gate lets the model act.
import * as path from 'path';
import { loadCorpus } from '../data/load';
import { featuresOfText, LEGACY_NGRAMS, MAX_N, MIN_N } from '../../miniprogram/core/model/features';
import { shippedScorer } from '../../miniprogram/core/model/second-opinion';
import { MODEL } from '../../miniprogram/core/model/weights';
import type { Scorer } from '../../miniprogram/core/model/scorer';
import {
  combined,
  featurize,
  guardSets,
  logitsOf,
  pickPlainThreshold,
  pickThreshold,
  quantise,
  rulesView,
  scamOk,
  scorerOf,
  train,
  trainingMessages,
  unseenLogits,
  type Guard,
  readFixture,
  type TrainConfig,
} from './lib';

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const many = (name: string): string[] =>
  args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));
const root = path.resolve(__dirname, '..', '..');
// The shipped weights read the n-grams they were trained on; --train uses features.ts's own.
const NG = args.includes('--train') ? undefined : MODEL.ngrams || LEGACY_NGRAMS;

// Test-split lines never leave the loader's result.
const messages = loadCorpus().messages.filter((m) => m.split !== 'test');
const guards: Guard[] = guardSets(messages, root, NG);
const extra: Guard[] = many('--extra').map((file) => {
  const cases = readFixture(file);
  return { name: path.basename(file), ex: featurize(cases, NG), views: rulesView(cases) };
});
const devCorpus = (() => {
  const cases = readFixture(path.join(root, 'test', 'fixtures', 'notices.jsonl'));
  return {
    name: 'development corpus (trained on)',
    ex: featurize(cases, NG),
    views: rulesView(cases),
  };
})();

let scorer: Scorer;
let threshold: number;
let plainThreshold: number;
if (args.includes('--train')) {
  const cfg: TrainConfig = JSON.parse(opt('--cfg') || MODEL.trainedWith);
  const trainEx = featurize(trainingMessages(messages, root));
  const qz = quantise(train(trainEx, cfg));
  scorer = scorerOf(qz, Infinity);
  const pick = pickThreshold(
    guards,
    guards.map((g) => logitsOf(scorer, g.ex)),
  );
  threshold = pick.threshold;
  const trainMsgs = trainingMessages(messages, root);
  const unseen = { ex: trainEx, views: rulesView(trainMsgs), logits: unseenLogits(trainEx, cfg) };
  const plain = pickPlainThreshold(
    guards,
    guards.map((g) => logitsOf(scorer, g.ex)),
    unseen,
    threshold,
  );
  plainThreshold = plain.threshold;
  console.log(
    `trained ${JSON.stringify(cfg)}: threshold ${threshold.toFixed(3)}, plain ${plainThreshold.toFixed(3)} ${JSON.stringify(plain)}`,
  );
  if (pick.stoppedBy) console.log(`  stopped by ${JSON.stringify(pick.stoppedBy)}`);
} else {
  scorer = shippedScorer();
  threshold = MODEL.threshold;
  plainThreshold = MODEL.plainThreshold;
}
if (opt('--threshold')) threshold = Number(opt('--threshold'));
if (opt('--plain')) plainThreshold = Number(opt('--plain'));
console.log(`threshold ${threshold.toFixed(3)}, plain notices ${plainThreshold.toFixed(3)}`);

const f3 = (a: number, b: number) => `${b ? (a / b).toFixed(3) : '  -  '} (${a}/${b})`;
for (const g of [...guards, devCorpus, ...extra]) {
  const logits = logitsOf(scorer, g.ex);
  console.log(`== ${g.name} (${g.ex.length})`);
  for (const mode of ['rules only', 'rules + gated model', 'model without gate'] as const) {
    let scam = 0,
      scamHit = 0,
      ben = 0,
      benFa = 0,
      rem = 0,
      remFa = 0;
    g.ex.forEach((e, i) => {
      const v =
        mode === 'rules only'
          ? g.views[i].verdict
          : combined(
              g.views[i],
              logits[i],
              threshold,
              mode === 'rules + gated model',
              plainThreshold,
            );
      if (e.m.label === 'scam') {
        scam++;
        if (v === 'scam') scamHit++;
      } else if (!scamOk(e.m)) {
        ben++;
        if (v === 'scam') benFa++;
        if (e.m.label === 'reminder') {
          rem++;
          if (v === 'scam') remFa++;
        }
      }
    });
    console.log(
      `  ${mode.padEnd(20)} scam ${f3(scamHit, scam)}  FA ${f3(benFa, ben)}  reminder FA ${f3(remFa, rem)}`,
    );
  }
  if (args.includes('--why'))
    g.ex.forEach((e, i) => {
      const v = g.views[i];
      if (scamOk(e.m) || v.verdict === 'scam' || !v.open || !(logits[i] > threshold)) return;
      const f = featuresOfText(e.m.text, ...(NG || [MIN_N, MAX_N]));
      const grams: Array<[string, number]> = [];
      const t = e.m.text;
      for (let k = 0; k < f.count; k++) grams.push([String(k), scorer.weight(f.buckets[k])]);
      const n = f.count;
      const top = grams
        .map(([k, w]) => [Number(k), w] as [number, number])
        .sort((a, b) => b[1] - a[1])
        .slice(0, 8);
      const norm = (x: string) => x;
      const lay = require('../../miniprogram/core/text/normalize').normalize(t).text.text as string;
      console.log(
        `  FA ${e.m.id} [${e.m.label}] gate=${v.gate} logit ${logits[i].toFixed(2)} n=${n}: ${t.replace(/\s+/g, ' ').slice(0, 100)}`,
      );
      console.log(
        `     top: ${top.map(([k, w]) => `${norm(lay.slice(f.s[k], f.e[k]))}:${(w * f.value).toFixed(2)}`).join(' ')}`,
      );
    });
  if (args.includes('--misses'))
    g.ex.forEach((e, i) => {
      const v = g.views[i];
      if (e.m.label !== 'scam' || v.verdict === 'scam') return;
      console.log(
        `  MISS ${e.m.id} rules=${v.verdict} open=${v.open} gate=${v.gate} logit ${logits[i].toFixed(2)}${logits[i] > threshold ? ' *' : ''}: ${e.m.text.replace(/\s+/g, ' ').slice(0, 90)}`,
      );
    });
}
