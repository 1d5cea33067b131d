// Where the gate's contexts stand for a model: per context of an open verdict (what the rules
// saw: an outside contact, an outside action, an official channel, a plain reminder, an
// unrelated message that asks or only states), the dev scams above each threshold and the
// highest-scoring non-scam of every guard set. Train/dev/hold-out/probe-dev only: test lines
// are dropped on load.
//   node scripts/run-ts.js scripts/model/contexts.ts ['<json list of TrainConfig variants>']
import * as path from 'path';
import { loadCorpus } from '../data/load';
import { shippedScorer } from '../../miniprogram/core/model/second-opinion';
import type { Scorer } from '../../miniprogram/core/model/scorer';
import {
  featurize,
  rulesView,
  guardSets,
  logitsOf,
  quantise,
  scamOk,
  scorerOf,
  train,
  trainingMessages,
  unseenLogits,
  type RulesView,
  type TrainConfig,
} from './lib';

const root = path.resolve(__dirname, '..', '..');
const messages = loadCorpus().messages.filter((m) => m.split !== 'test');
const guards = guardSets(messages, root);
const trainMsgs = trainingMessages(messages, root);
const trainEx = featurize(trainMsgs);

export function contextOf(v: RulesView): string {
  const a = v.asks;
  if (!v.open || !a) return 'closed';
  if (a.outsideContact) return 'contact';
  if (a.officialPay || a.officialContact || a.ownAlert) return 'official';
  if (a.outsideAction) return 'action';
  if (v.verdict === 'unrelated')
    return a.asksReader ? 'unrel_ask' : a.stake ? 'unrel_stake' : 'unrel_stmt';
  return 'rem_plain';
}

const variants: Array<Partial<TrainConfig> & { name?: string }> = JSON.parse(
  process.argv[2] || '[null]',
);
// A variant over the default grid entry (the one `npm run train` started from).
function configOf(v: Partial<TrainConfig> | null): TrainConfig {
  return {
    lambda: 1e-4,
    cap: 30,
    shares: [0.5, 0.25, 0.25],
    iterations: 150,
    lr: 0.1,
    ...(v || {}),
  };
}

for (const v of variants) {
  let scorer: Scorer;
  const t0 = Date.now();
  if (v === null) scorer = shippedScorer();
  else {
    scorer = scorerOf(quantise(train(trainEx, configOf(v))), Infinity);
  }
  console.log(`== ${v === null ? 'shipped' : v.name || JSON.stringify(v)} (${Date.now() - t0} ms)`);
  const logits = guards.map((g) => logitsOf(scorer, g.ex));
  const ctxs = [
    'contact',
    'action',
    'unrel_ask',
    'rem_plain',
    'unrel_stake',
    'unrel_stmt',
    'official',
  ];
  for (const c of ctxs) {
    // The highest non-scam logit of each guard in this context.
    const tops = guards.map((g, gi) => {
      let top = -Infinity;
      let id = '';
      g.ex.forEach((e, i) => {
        if (contextOf(g.views[i]) !== c || scamOk(e.m)) return;
        if (logits[gi][i] > top) [top, id] = [logits[gi][i], e.m.id];
      });
      return { name: g.name, top, id };
    });
    const bar = Math.max(0, ...tops.map((t) => t.top));
    const devScams = guards[0].ex
      .map((e, i) => ({ e, i }))
      .filter(({ e, i }) => e.y && contextOf(guards[0].views[i]) === c)
      .map(({ i }) => logits[0][i])
      .sort((a, b) => b - a);
    const above = (t: number) => devScams.filter((z) => z > t).length;
    console.log(
      `  ${c.padEnd(10)} dev scams ${devScams.length}: >bar ${above(bar)} >bar+0.25 ${above(bar + 0.25)} >bar+0.5 ${above(bar + 0.5)} | bar ${bar.toFixed(2)} | ${tops.map((t) => `${t.name.split(' ')[0]} ${t.top.toFixed(2)}${t.id ? ` ${t.id}` : ''}`).join(', ')} | scams ${devScams.map((z) => z.toFixed(2)).join(' ')}`,
    );
  }
}

// Cross-validation by source over the training messages: each fold's sources are left out of
// training and scored as unseen text, so every training source stands in for a source the
// model has never read (a far larger guard than dev's 147 non-scams). Per context: unseen
// scams, genuine reminders and other non-scams above each threshold (Chinese text only), and
// how many distinct sources those false alarms come from.
const cvArg = process.argv.indexOf('--cv');
if (cvArg >= 0) {
  const k = Number(process.argv[cvArg + 1] || 5);
  const views = rulesView(trainMsgs);
  const zh = trainEx.map((e) => /[\u4e00-\u9fff]/.test(e.m.text));
  for (const v of variants) {
    const cfg = configOf(v);
    const logit = unseenLogits(trainEx, cfg, k);
    console.log(`== cv ${(v && v.name) || JSON.stringify(v)}`);
    for (const c of ['unrel_ask', 'rem_plain', 'unrel_stake', 'unrel_stmt']) {
      const idx = trainEx.map((_, i) => i).filter((i) => zh[i] && contextOf(views[i]) === c);
      const cells = [1.0, 1.25, 1.5, 1.75, 2.0, 2.5].map((t) => {
        const up = idx.filter((i) => logit[i] > t);
        const s = up.filter((i) => trainEx[i].y).length;
        const fa = up.filter((i) => !scamOk(trainEx[i].m));
        const r = fa.filter((i) => trainEx[i].m.label === 'reminder').length;
        const srcs = new Set(fa.map((i) => trainEx[i].m.source)).size;
        return `@${t} S${s} R${r} O${fa.length - r} src${srcs}`;
      });
      const n = (f: (i: number) => boolean) => idx.filter(f).length;
      console.log(
        `  ${c.padEnd(10)} S${n((i) => !!trainEx[i].y)} R${n((i) => trainEx[i].m.label === 'reminder')} O${n((i) => !trainEx[i].y && trainEx[i].m.label !== 'reminder')} | ${cells.join(' | ')}`,
      );
    }
  }
}
