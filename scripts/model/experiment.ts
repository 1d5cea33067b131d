// Tuning experiments for the second opinion (train/dev/hold-out only; test lines dropped on
// load): feature variants and training weights, each scored as "dev scams gained at the lowest
// threshold that adds no false alarm on dev or the hold-out", gated and ungated.
//   node scripts/run-ts.js scripts/model/experiment.ts '<json list of variants>' [--extra FILE]
import * as path from 'path';
import { loadCorpus } from '../data/load';
import {
  variantFeatures,
  exampleWeights,
  guardSets,
  pickThreshold,
  rulesView,
  trainingMessages,
  type Example,
  type FeatureOptions,
  type Guard,
  readFixture,
  type Labelled,
  type RulesView,
  type TrainConfig,
} from './lib';

interface Variant extends Partial<TrainConfig>, FeatureOptions {
  name?: string;
  /** Per-group caps [scam, reminder, other]. */
  caps?: [number, number, number];
  clip?: number;
  /** Sources left out of training; their non-scams scored as unseen text. */
  leaveOut?: string[];
}

const args = process.argv.slice(2);
const variants: Variant[] = JSON.parse(args[0] || '[{}]');
const extraFiles = args.flatMap((a, i) => (a === '--extra' && args[i + 1] ? [args[i + 1]] : []));
const root = path.resolve(__dirname, '..', '..');
const messages = loadCorpus().messages.filter((m) => m.split !== 'test');
const trainMsgs = trainingMessages(messages, root);
const baseGuards = guardSets(messages, root);
const extras = extraFiles.map((f) => {
  const cases = readFixture(f);
  return { name: path.basename(f), cases, views: rulesView(cases) };
});

function trainF(ex: Example[], cfg: TrainConfig, nb: number, c: Float64Array) {
  const w = new Float64Array(nb);
  const m1 = new Float64Array(nb);
  const m2 = new Float64Array(nb);
  const g = new Float64Array(nb);
  let bias = 0,
    bm1 = 0,
    bm2 = 0;
  const b1 = 0.9,
    b2 = 0.999,
    eps = 1e-8;
  for (let t = 1; t <= cfg.iterations; t++) {
    g.fill(0);
    let gb = 0;
    for (let i = 0; i < ex.length; i++) {
      const e = ex[i];
      const bs = e.buckets;
      let z = 0;
      for (let k = 0; k < bs.length; k++) z += w[bs[k]];
      z = bias + z * e.value;
      const p = 1 / (1 + Math.exp(-z));
      const d = c[i] * (p - e.y);
      gb += d;
      const dv = d * e.value;
      for (let k = 0; k < bs.length; k++) g[bs[k]] += dv;
    }
    const c1 = 1 - Math.pow(b1, t),
      c2 = 1 - Math.pow(b2, t);
    for (let j = 0; j < nb; j++) {
      const gj = g[j] + cfg.lambda * w[j];
      m1[j] = b1 * m1[j] + (1 - b1) * gj;
      m2[j] = b2 * m2[j] + (1 - b2) * gj * gj;
      w[j] -= (cfg.lr * (m1[j] / c1)) / (Math.sqrt(m2[j] / c2) + eps);
    }
    bm1 = b1 * bm1 + (1 - b1) * gb;
    bm2 = b2 * bm2 + (1 - b2) * gb * gb;
    bias -= (cfg.lr * (bm1 / c1)) / (Math.sqrt(bm2 / c2) + eps);
  }
  return { w, bias };
}

function quant(w: Float64Array, clip: number): Float64Array {
  const mags = Array.from(w, Math.abs)
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  const top = mags.length ? mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))] : 1;
  const scale = top / 127 || 1;
  return w.map((x) => Math.max(-127, Math.min(127, Math.round(x / scale))) * scale);
}

const withEligible = (views: RulesView[], f: (v: RulesView) => boolean) =>
  views.map((v) => ({ ...v, eligible: v.open && f(v) }));

export const GATES: Record<string, (v: RulesView) => boolean> = {
  gated: (v) => v.gate !== null && v.gate !== 'plain_notice',
  open: () => true,
  asks: (v) =>
    v.gate !== null &&
    v.gate !== 'plain_notice' &&
    (v.gate !== 'no_debt_notice' || !!v.asks?.asksReader),
};

for (const v of variants) {
  const t0 = Date.now();
  const cfg: TrainConfig = {
    lambda: v.lambda ?? 1e-4,
    cap: v.cap ?? 30,
    shares: v.shares ?? [0.5, 0.25, 0.25],
    iterations: v.iterations ?? 150,
    lr: v.lr ?? 0.1,
  };
  const nb = 1 << (v.bits ?? 16);
  const fx = (ms: Labelled[]): Example[] =>
    ms.map((m) => ({ m, ...variantFeatures(m.text, v), y: m.label === 'scam' ? 1 : 0 }));
  const left = new Set(v.leaveOut || []);
  const trainEx = fx(trainMsgs.filter((m) => !left.has(m.source)));
  const leftCases = trainMsgs.filter((m) => left.has(m.source) && m.label !== 'scam');
  const leftViews = left.size ? rulesView(leftCases) : [];
  const leftEx = fx(leftCases);
  let c = exampleWeights(trainEx, cfg);
  if (v.caps) {
    // Per-group caps: recompute with the group's cap, then the same shares.
    const caps = v.caps;
    const group = (e: Example) => (e.y ? 0 : e.m.label === 'reminder' ? 1 : 2);
    const key = (e: Example) => `${e.m.source}\t${e.m.label}`;
    const per = new Map<string, number>();
    for (const e of trainEx) per.set(key(e), (per.get(key(e)) || 0) + 1);
    const tot = [0, 0, 0];
    c = new Float64Array(trainEx.length);
    trainEx.forEach((e, i) => {
      const n = per.get(key(e)) as number;
      c[i] = Math.min(n, caps[group(e)]) / n;
      tot[group(e)] += c[i];
    });
    trainEx.forEach((e, i) => (c[i] *= cfg.shares[group(e)] / tot[group(e)]));
  }
  const { w: wf, bias } = trainF(trainEx, cfg, nb, c);
  const w = quant(wf, v.clip ?? 0.999);
  const logitOf = (e: { buckets: Int32Array; value: number }) => {
    let s = 0;
    for (const b of e.buckets) s += w[b];
    return bias + s * e.value;
  };
  const guards: Guard[] = baseGuards.map((g) => ({ ...g, ex: fx(g.ex.map((e) => e.m)) }));
  const logits = guards.map((g) => g.ex.map(logitOf));
  const out: string[] = [];
  for (const [gname, gf] of Object.entries(GATES)) {
    const gg = guards.map((g) => ({ ...g, views: withEligible(g.views, gf) }));
    const pick = pickThreshold(gg, logits);
    // At that threshold: ungated hold-out and dev false alarms added.
    const fa = guards.map(
      (g, gi) =>
        g.ex.filter(
          (e, i) =>
            e.m.label !== 'scam' &&
            !e.m.also_ok?.includes('scam') &&
            g.views[i].open &&
            logits[gi][i] > pick.threshold,
        ).length,
    );
    const ex = extras.map((x) => {
      const xe = fx(x.cases);
      let scam = 0,
        hit = 0,
        ben = 0,
        fa2 = 0;
      xe.forEach((e, i) => {
        const vv = x.views[i];
        const fire = vv.open && gf(vv) && logitOf(e) > pick.threshold;
        const verdict = fire ? 'scam' : vv.verdict;
        if (e.m.label === 'scam') {
          scam++;
          if (verdict === 'scam') hit++;
        } else {
          ben++;
          if (verdict === 'scam') fa2++;
        }
      });
      return `${x.name} scam ${hit}/${scam} FA ${fa2}/${ben}`;
    });
    // Strict: above every eligible non-scam of dev and the hold-out.
    let thr = -Infinity;
    gg.forEach((g, gi) =>
      g.ex.forEach((e, i) => {
        if (g.views[i].eligible && !(e.m.label === 'scam' || e.m.also_ok?.includes('scam')))
          thr = Math.max(thr, logits[gi][i]);
      }),
    );
    thr = Math.max(thr, 0);
    const strict = gg[0].ex.filter(
      (e, i) => e.y && gg[0].views[i].eligible && logits[0][i] > thr,
    ).length;
    const lo = leftEx.filter((e, i) => leftViews[i].open && gf(leftViews[i]) && logitOf(e) > thr);
    if (left.size)
      ex.push(`left-out FA ${lo.length}/${leftEx.length} ${lo.map((e) => e.m.id).join(',')}`);
    out.push(
      `${gname}: strict +${strict} @${thr.toFixed(2)} | +${pick.gained} @${pick.threshold.toFixed(2)} [open-FA dev ${fa[0]} ho ${fa[1]}]${pick.stoppedBy ? ` stop ${pick.stoppedBy.id}` : ''} ${ex.join(' ')}`,
    );
  }
  console.log(
    `${v.name || JSON.stringify(v)} (${((Date.now() - t0) / 1000).toFixed(0)}s)\n   ${out.join('\n   ')}`,
  );
}
