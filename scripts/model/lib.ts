// Training and evaluation pieces shared by `npm run train` and `npm run eval`: features from the
// app's own code, full-batch Adam on an L2-regularised logistic loss (deterministic: no sampling
// inside training), int8 quantisation, the rules' own verdicts, and the dev-only threshold pick.
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../../miniprogram/core/check';
import { BUCKETS, featuresOf } from '../../miniprogram/core/model/features';
import { Scorer } from '../../miniprogram/core/model/scorer';
import { lastTrace, useScorer } from '../../miniprogram/core/model/second-opinion';
import { MAX_CHECK_CHARS } from '../../miniprogram/core/engine/check';
import { normalize } from '../../miniprogram/core/text/normalize';
import type { NoticeInput, Verdict } from '../../miniprogram/core/types';
import type { Asks, GateReason } from '../../miniprogram/core/model/gate';
import type { Message } from '../data/load';

export interface Example {
  m: Labelled;
  buckets: Int32Array;
  value: number;
  y: 0 | 1;
  /** Where the rules leave it (markRules): called scam by them, out of the model's reach (the
   * gate shut or the verdict closed), or open to the model. Unmarked: open. */
  reach?: 'ruled' | 'closed' | 'open';
}

/** Marks each example with where the rules leave it (Example.reach), for TrainConfig.ruled /
 * closed; `views` are rulesView(messages) of the same messages, in order. */
export function markRules(ex: Example[], views: RulesView[]): Example[] {
  ex.forEach((e, i) => {
    const v = views[i];
    e.reach = v.verdict === 'scam' ? 'ruled' : v.eligible ? 'open' : 'closed';
  });
  return ex;
}

/** `ngrams`: another n-gram range than features.ts's (a committed model's, in accept). */
export function featurize(messages: Labelled[], ngrams?: readonly [number, number]): Example[] {
  return messages.map((m) => {
    // The checker reads at most MAX_CHECK_CHARS; so does the model.
    const layer = normalize(m.text.slice(0, MAX_CHECK_CHARS)).text;
    const f = ngrams ? featuresOf(layer, ngrams[0], ngrams[1]) : featuresOf(layer);
    const buckets = f.buckets.slice(0, f.count);
    return { m, buckets, value: f.value, y: m.label === 'scam' ? 1 : 0 };
  });
}

export interface TrainConfig {
  /** L2 strength. */
  lambda: number;
  /** A source counts as at most this many messages of each label (its messages share that
   * weight), so one big collection — 2,300 LLM-written fraud dialogues — cannot define "scam"
   * with its own house style, nor 360 bank fixtures define "benign". */
  cap: number;
  /** Per-group caps (scams, genuine reminders, other non-scams), instead of `cap` for all: a
   * benign collection (bank SMS, everyday chat) may count for more than a scam source, since
   * everyday text is what a false alarm is made of and there are few benign sources. */
  caps?: [number, number, number];
  /** Shares of the total weight of scams, genuine reminders and every other non-scam message:
   * genuine reminders are few, yet a false alarm on them is the costliest mistake. */
  shares: [number, number, number];
  iterations: number;
  lr: number;
  /** A source's weight per label grows as n^power (before its cap) instead of n: 0.5 makes a
   * 30-message collection count like 5.5 one-message web quotes, so breadth of sources, not the
   * size of one, defines the class. Absent: 1 (each message counts alike up to the cap). */
  power?: number;
  /** Weight factor (before the shares) of the messages the rules already call scam, and of
   * those the gate keeps the model off (Example.reach; unmarked examples count as open).
   * Absent: 1, every message alike. */
  ruled?: number;
  closed?: number;
  /** The plain-notice threshold may go down to this (never below MIN_THRESHOLD) instead of
   * stopping at the base one: it is still above every non-scam plain notice of dev, the
   * regression sets and the cross-validated training sources. Absent: the base threshold. */
  plainFloor?: number;
  /** How many non-scam plain notices of the cross-validated training sources the plain-notice
   * threshold may pass (dev and the regression sets still none). Absent: 0. */
  plainCv?: number;
  /** Sources whose messages are trained on turn by turn (lines split at newlines; turns shorter
   * than `min` characters dropped; `keep` also keeps the whole message): the LLM-written call
   * dialogues are 250 characters of several turns, the notices users paste one SMS line, so a
   * model fitted on whole dialogues calls a short real scam `unrelated`. Absent: whole messages. */
  turns?: { sources: string[]; min?: number; keep?: boolean };
  /** Weight factor (after the caps, before the shares) of the named sources' messages, e.g. to
   * lower the LLM-written dialogues' share of "scam". Absent: 1. */
  sourceWeights?: Record<string, number>;
}

/** The training messages as TrainConfig.turns has them read (the others as they are). */
export function expandTurns<T extends Labelled>(msgs: T[], cfg: Pick<TrainConfig, 'turns'>): T[] {
  const t = cfg.turns;
  if (!t) return msgs;
  const split = new Set(t.sources);
  const out: T[] = [];
  for (const m of msgs) {
    if (!split.has(m.source) || !m.text.includes('\n')) {
      out.push(m);
      continue;
    }
    if (t.keep) out.push(m);
    m.text
      .split('\n')
      .map((x) => x.trim())
      .filter((x) => x.length >= (t.min ?? 1))
      .forEach((text, k) => out.push({ ...m, id: `${m.id}#${k}`, text }));
  }
  return out;
}

/** Where the plain-notice threshold search stops going down (TrainConfig.plainFloor). */
export function plainFloorOf(cfg: TrainConfig, base: number): number {
  return cfg.plainFloor === undefined ? base : Math.max(MIN_THRESHOLD, cfg.plainFloor);
}

export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Each source's group by its main label (0 scam, 1 genuine reminder, 2 other), so folds and
 * subsamples keep sources of every kind. */
export function sourceGroups(msgs: Labelled[]): {
  sources: string[];
  groupOf: (src: string) => number;
} {
  const labels = new Map<string, Map<string, number>>();
  for (const m of msgs) {
    const l = labels.get(m.source) || new Map<string, number>();
    l.set(m.label, (l.get(m.label) || 0) + 1);
    labels.set(m.source, l);
  }
  const groupOf = (src: string) => {
    const [main] = [...(labels.get(src) as Map<string, number>)].sort(
      (a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1),
    )[0];
    return main === 'scam' ? 0 : main === 'reminder' ? 1 : 2;
  };
  return { sources: [...labels.keys()], groupOf };
}

/**
 * A seeded share `frac` of the training SOURCES, whole (a source's messages are never split):
 * sources are grouped by their main label (scam, genuine reminder, the rest), shuffled with
 * `seed`, and the first `frac` of each group (at least one) kept, so every group stays in and
 * the shares nest (25 % ⊂ 50 % ⊂ 100 %). Returns the indices of the kept messages, in order.
 */
export function subsampleBySource(msgs: Labelled[], frac: number, seed: number): number[] {
  if (frac >= 1) return msgs.map((_, i) => i);
  const { sources, groupOf } = sourceGroups(msgs);
  const rnd = mulberry32(seed);
  const kept = new Set<string>();
  for (let g = 0; g < 3; g++) {
    const group = sources.filter((s) => groupOf(s) === g).sort();
    for (let i = group.length - 1; i > 0; i--) {
      const j = Math.floor(rnd() * (i + 1));
      [group[i], group[j]] = [group[j], group[i]];
    }
    const n = group.length ? Math.max(1, Math.round(group.length * frac)) : 0;
    for (const s of group.slice(0, n)) kept.add(s);
  }
  return msgs.map((m, i) => (kept.has(m.source) ? i : -1)).filter((i) => i >= 0);
}

/** Per-example weights: per-source caps first, then the class shares (TrainConfig). */
export function exampleWeights(ex: Example[], cfg: TrainConfig): Float64Array {
  const key = (e: Example) => `${e.m.source}\t${e.m.label}`;
  const perKey = new Map<string, number>();
  for (const e of ex) perKey.set(key(e), (perKey.get(key(e)) || 0) + 1);
  const c = new Float64Array(ex.length);
  // Three groups: scams, genuine reminders (the messages a false alarm hurts most), the rest.
  const group = (e: Example) => (e.y ? 0 : e.m.label === 'reminder' ? 1 : 2);
  const total = [0, 0, 0];
  ex.forEach((e, i) => {
    const n = perKey.get(key(e)) as number;
    const size = cfg.power === undefined ? n : Math.pow(n, cfg.power);
    c[i] = Math.min(size, cfg.caps ? cfg.caps[group(e)] : cfg.cap) / n;
    if (e.reach === 'ruled' && cfg.ruled !== undefined) c[i] *= cfg.ruled;
    else if (e.reach === 'closed' && cfg.closed !== undefined) c[i] *= cfg.closed;
    const sw = cfg.sourceWeights?.[e.m.source];
    if (sw !== undefined) c[i] *= sw;
    total[group(e)] += c[i];
  });
  // A missing group gives its share to the others in proportion.
  const present = cfg.shares.map((x, g) => (total[g] ? x : 0));
  const norm = present.reduce((a, x) => a + x, 0) || 1;
  ex.forEach((e, i) => {
    const g = group(e);
    c[i] *= total[g] ? present[g] / norm / total[g] : 0;
  });
  return c;
}

export interface Trained {
  w: Float64Array;
  bias: number;
  loss: number;
}

/** Full-batch Adam on sum_i c_i * logloss_i + lambda/2 |w|^2. */
export function train(ex: Example[], cfg: TrainConfig): Trained {
  const c = exampleWeights(ex, cfg);
  const w = new Float64Array(BUCKETS);
  const m1 = new Float64Array(BUCKETS);
  const m2 = new Float64Array(BUCKETS);
  const g = new Float64Array(BUCKETS);
  let bias = 0;
  let bm1 = 0;
  let bm2 = 0;
  const b1 = 0.9;
  const b2 = 0.999;
  const eps = 1e-8;
  let loss = 0;
  for (let t = 1; t <= cfg.iterations; t++) {
    g.fill(0);
    let gb = 0;
    loss = 0;
    for (let i = 0; i < ex.length; i++) {
      const e = ex[i];
      const bs = e.buckets;
      let z = 0;
      for (let k = 0; k < bs.length; k++) z += w[bs[k]];
      z = bias + z * e.value;
      const p = 1 / (1 + Math.exp(-z));
      loss += c[i] * (e.y ? -Math.log(p + 1e-12) : -Math.log(1 - p + 1e-12));
      const d = c[i] * (p - e.y);
      gb += d;
      const dv = d * e.value;
      for (let k = 0; k < bs.length; k++) g[bs[k]] += dv;
    }
    const lr = cfg.lr;
    const c1 = 1 - Math.pow(b1, t);
    const c2 = 1 - Math.pow(b2, t);
    for (let j = 0; j < BUCKETS; j++) {
      const gj = g[j] + cfg.lambda * w[j];
      loss += (cfg.lambda / 2) * w[j] * w[j];
      m1[j] = b1 * m1[j] + (1 - b1) * gj;
      m2[j] = b2 * m2[j] + (1 - b2) * gj * gj;
      w[j] -= (lr * (m1[j] / c1)) / (Math.sqrt(m2[j] / c2) + eps);
    }
    bm1 = b1 * bm1 + (1 - b1) * gb;
    bm2 = b2 * bm2 + (1 - b2) * gb * gb;
    bias -= (lr * (bm1 / c1)) / (Math.sqrt(bm2 / c2) + eps);
  }
  return { w, bias, loss };
}

export interface Quantised {
  q: Int8Array;
  scale: number;
  bias: number;
}

/** int8 with one scale; the few largest weights are clipped so the rest keep their resolution. */
export function quantise(t: Trained, clip = 0.999): Quantised {
  const mags = Array.from(t.w, Math.abs)
    .filter((x) => x > 0)
    .sort((a, b) => a - b);
  const top = mags.length ? mags[Math.min(mags.length - 1, Math.floor(mags.length * clip))] : 1;
  const scale = top / 127 || 1;
  const q = new Int8Array(BUCKETS);
  for (let j = 0; j < BUCKETS; j++)
    q[j] = Math.max(-127, Math.min(127, Math.round(t.w[j] / scale)));
  // Stored as float32 so the app and the tools use the very same numbers.
  return { q, scale: Math.fround(scale), bias: Math.fround(t.bias) };
}

export interface RulesView {
  /** The rules' verdict alone. */
  verdict: Verdict;
  /** The rules leave the verdict open (reminder/unrelated, no scam behaviour, no advisory). */
  open: boolean;
  /** Why the gate lets the model act (null: it may not). */
  gate: GateReason | null;
  /** Whether the second opinion may act on this message: open and through the gate (at the
   * plain threshold where the gate is `plain_notice`). */
  eligible: boolean;
  signals: string[];
  /** The gate's facts, where the rules leave the verdict open. */
  asks?: Asks;
}

/** The checker's input for a corpus message: only the fields a user could give (no label, id …). */
export function noticeOf(m: NoticeInput): NoticeInput {
  return { text: m.text, channel: m.channel, sender: m.sender, borrowed: m.borrowed };
}

/** The rules' verdicts, and where the second opinion would be allowed to act. */
export function rulesView(messages: Labelled[]): RulesView[] {
  // A model that never fires: the verdict is the rules' own, the trace says who is eligible.
  useScorer(new Scorer(new Float32Array(BUCKETS), 0, Infinity));
  try {
    return messages.map((m) => {
      const r = checkNotice(noticeOf(m));
      const t = lastTrace();
      const open = !!t && t.eligible;
      const gate = t ? t.gate : null;
      return {
        verdict: r.verdict,
        open,
        gate,
        eligible: open && gate !== null,
        signals: r.signals.map((s) => s.id),
        asks: t?.asks,
      };
    });
  } finally {
    useScorer(undefined);
  }
}

/** The verdict of rules + model; `gated: false` shows what the model would do without the gate
 * (every open verdict at the base threshold). */
export function combined(
  v: RulesView,
  logit: number,
  threshold: number,
  gated = true,
  plainThreshold = Infinity,
): Verdict {
  if (!gated) return v.open && logit > threshold ? 'scam' : v.verdict;
  const bar = v.gate === 'plain_notice' ? plainThreshold : threshold;
  return v.eligible && logit > bar ? 'scam' : v.verdict;
}

/** A message whose label, or an accepted alternative, is scam. */
export function scamOk(m: Labelled): boolean {
  return m.label === 'scam' || !!m.also_ok?.includes('scam');
}

/**
 * Bars for a threshold, on what the MODEL adds (the rules' own false alarms are another
 * helper's to fix, and change as the rules do), on dev and on each regression set alike:
 * genuine reminders newly called scam, and any other message that is not a scam (bank notices,
 * everyday text, abusive collection) newly called scam. 0.01 is the hidden hold-out's bar; with
 * 44–100 reminders a set it means no new alarm at all. Other non-scams: none either, as
 * `npm run accept` asks (a retrain that added one hold-out alarm in 309 was rejected by hand in
 * the fourth round; the 0.5 % allowed then let the threshold pick it).
 */
export const REMINDER_FA_ADDED = 0.01;
export const BENIGN_FA_ADDED = 0;
/** Never below even odds (training balances the classes): a set with few benign messages
 * must not drag the threshold down to "flag everything". */
export const MIN_THRESHOLD = 0;

/** A set the threshold must keep safe: dev itself, the development corpus, the hold-out. */
export interface Guard {
  name: string;
  ex: Example[];
  views: RulesView[];
}

export interface GuardFigures {
  name: string;
  reminders: number;
  reminderAdded: number;
  benign: number;
  benignAdded: number;
}

export interface ThresholdPick {
  threshold: number;
  /** Dev scams the rules miss and the model catches, of all dev scams. */
  gained: number;
  scams: number;
  /** Dev's genuine reminders called scam by rules + model. */
  reminderFa: number;
  /** Per guard set (dev first): what the model adds at this threshold. */
  guards: GuardFigures[];
  /** The message whose false alarm stopped the threshold from going lower, if one did. */
  stoppedBy?: { set: string; id: string; label: string; logit: number };
}

/**
 * The lowest threshold (not below MIN_THRESHOLD) at which the model adds at most
 * REMINDER_FA_ADDED of genuine reminders and BENIGN_FA_ADDED of other non-scams called scam, on
 * every guard set; dev (guards[0]) is where its gain is counted. Walks every eligible message
 * of every set from the highest logit down; stops at the first breach.
 */
export function pickThreshold(guards: Guard[], logits: number[][]): ThresholdPick {
  const dev = guards[0];
  const scams = dev.ex.filter((e) => e.y).length;
  const counts = guards.map((g) => ({
    name: g.name,
    reminders: g.ex.filter((e) => e.m.label === 'reminder' && !scamOk(e.m)).length,
    reminderAdded: 0,
    benign: g.ex.filter((e) => !scamOk(e.m)).length,
    benignAdded: 0,
  }));
  const rulesRemFa = dev.ex.filter(
    (e, i) => e.m.label === 'reminder' && !scamOk(e.m) && dev.views[i].verdict === 'scam',
  ).length;
  const devRem = counts[0].reminders;
  const events: Array<{ g: number; i: number; z: number }> = [];
  guards.forEach((g, gi) =>
    g.views.forEach((v, i) => {
      // Plain notices have their own, stricter threshold (pickPlainThreshold).
      if (v.eligible && v.gate !== 'plain_notice') events.push({ g: gi, i, z: logits[gi][i] });
    }),
  );
  events.sort((a, b) => b.z - a.z || a.g - b.g || a.i - b.i);
  const snapshot = () => counts.map((c) => ({ ...c }));
  let best: ThresholdPick = {
    threshold: Infinity,
    gained: 0,
    scams,
    reminderFa: devRem ? rulesRemFa / devRem : 0,
    guards: snapshot(),
  };
  let gained = 0;
  // Messages with the same logit are flagged together, so walk groups of equal logits.
  for (let k = 0; k < events.length;) {
    let j = k;
    let pos = 0;
    const z = events[k].z;
    if (z <= MIN_THRESHOLD) break;
    while (j < events.length && events[j].z === z) {
      const { g, i } = events[j];
      const m = guards[g].ex[i].m;
      if (!scamOk(m)) {
        counts[g].benignAdded++;
        if (m.label === 'reminder') counts[g].reminderAdded++;
      } else if (g === 0 && guards[g].ex[i].y) pos++;
      j++;
    }
    const breach = counts.some(
      (c) =>
        (c.reminders ? c.reminderAdded / c.reminders : 0) > REMINDER_FA_ADDED ||
        (c.benign ? c.benignAdded / c.benign : 0) > BENIGN_FA_ADDED,
    );
    if (breach) {
      const e = events.slice(k, j).find((x) => !scamOk(guards[x.g].ex[x.i].m)) || events[k];
      const m = guards[e.g].ex[e.i].m;
      best.stoppedBy = { set: guards[e.g].name, id: m.id, label: m.label, logit: e.z };
      break;
    }
    gained += pos;
    // Only a dev scam is worth stopping at; the threshold sits halfway to the next logit down.
    if (pos) {
      const below = Math.max(MIN_THRESHOLD, j < events.length ? events[j].z : z - 1);
      best = {
        threshold: (z + below) / 2,
        gained,
        scams,
        reminderFa: devRem ? (rulesRemFa + counts[0].reminderAdded) / devRem : 0,
        guards: snapshot(),
      };
    }
    k = j;
  }
  return best;
}

/** Weighted log-loss, for tie-breaks between configurations with the same dev gain. */
export function logLoss(ex: Example[], logits: number[]): number {
  let s = 0;
  ex.forEach((e, i) => {
    const p = 1 / (1 + Math.exp(-logits[i]));
    s += e.y ? -Math.log(p + 1e-12) : -Math.log(1 - p + 1e-12);
  });
  return ex.length ? s / ex.length : 0;
}

export function scorerOf(qz: Quantised, threshold: number, plainThreshold = Infinity): Scorer {
  return Scorer.fromInt8(qz.q, qz.scale, qz.bias, threshold, plainThreshold);
}

export function logitsOf(s: Scorer, ex: Example[]): number[] {
  return ex.map((e) => s.logitOfBuckets(e.buckets, e.value));
}

/**
 * The grid `npm run train` fits, chosen by cross-validation grouped by source over train + dev +
 * the development corpus (scripts/model/cv.ts, three fold deals), not on dev alone (160 scams
 * from 63 sources: a grid ranked there moved with a scam or two). A source weighs sqrt(n) of its
 * messages of a label, at most 30 (or 10) for scams — the 2,300 LLM-written dialogues of one
 * collection count like 30 one-line web quotes, a 30-message source like 5.5 — 100 for genuine
 * reminders, 300 for other non-scams (the big bank-SMS and everyday-chat collections are the
 * hard negatives). Against the fifth round's linear caps 30/100/300 on 1–4-grams (138 of the
 * 3 × 349 cross-validated scams the rules miss caught through the gate), these two with the
 * 2–3-grams of features.ts caught 203 and 205 at the same false-alarm budget; the rest of the
 * table is in the sixth round's report. Both are CV-equivalent, so dev (the threshold's set)
 * only breaks the tie between them. (Earlier rounds: a 2–4-gram variant with linear caps caught
 * fewer test scams; L2 3e-4 never won, in CV neither.)
 */
// Seventh round (m-model10), measured with gatecost.ts --cfg and accept.ts (train.ts --grid):
// every retrain on today's data has its base threshold stopped by one hold-out everyday message
// (b18 for 2–3-grams, d03 for 1–4) and its plain-notice threshold held at that base one, so it
// adds 4–8 dev scams against the shipped weights' 12. A plain threshold that may go below the
// base one (plainFloor: 0, plainCv: 1) at L2 3e-4 adds 13 with 1 cross-validated false alarm
// added (no genuine reminder), but accept rejects it: 8 behaviour tests fail (3 plain-notice
// false alarms such as 公司年会抽奖, 5 loan-fee scams the shipped weights score 1.4–2.3 and it
// 0.5–0.9). So the sixth round's grid stays.
// Ninth round (m-model12, train.ts --grid, accept.ts): dev scams added over today's rules, shipped
// 14. Shipped config retrained 11 (1–4-grams; base threshold stopped near 2.0 by hold-out b16/d03).
// Whole-dialogue vs turn-split TeleAntiFraud (TrainConfig.turns, min 15 chars): 6, keep both 9 —
// turns make short prize lines scam-like. TAF weight ×0.3 (sourceWeights) 13, ×0 3. L2 1e-5..3e-5
// (with or without TAF ×0.1–0.5, caps 10 or 600, shares 0.3/0.2/0.5): 15–17, 0 FA added on dev,
// hold-out, probe-dev and CV reminders; ruled/closed 0.3, power 0.5, 300 iterations, 2–3-grams:
// 3–13. Every candidate with 15+ is REJECTED by the behaviour tests: the external real-SMS
// false-alarm bar (>3 %), 放款失败…请联系在线客服解冻 left below the base threshold, and mostly
// 公司年会抽奖…奖金1万元 over the plain one. So the weights stay.
const SQRT = { lambda: 1e-4, cap: 30, iterations: 150, lr: 0.1, power: 0.5 };
export const GRID: TrainConfig[] = [
  { ...SQRT, caps: [30, 100, 300], shares: [0.5, 0.2, 0.3] },
  { ...SQRT, caps: [10, 100, 300], shares: [0.4, 0.2, 0.4] },
];

export interface Fit {
  cfg: TrainConfig;
  qz: Quantised;
  scorer: Scorer;
  pick: ThresholdPick;
  /** The plain-notice threshold (Infinity unless fitOnDev was given the training views). */
  plain: PlainPick;
  devLoss: number;
}

/** Cross-validation folds by source: every training source is scored by a model that never
 * read it. */
export const CV_FOLDS = 5;

/**
 * Each training message's logit under a model trained without its source (sources dealt into
 * CV_FOLDS folds in name order): how the model scores text of a source it has never read.
 */
export function unseenLogits(trainEx: Example[], cfg: TrainConfig, k = CV_FOLDS): number[] {
  const sources = [...new Set(trainEx.map((e) => e.m.source))].sort();
  const fold = new Map(sources.map((s, i) => [s, i % k]));
  const out = new Array<number>(trainEx.length).fill(NaN);
  for (let f = 0; f < k; f++) {
    const sc = scorerOf(
      quantise(
        train(
          trainEx.filter((e) => fold.get(e.m.source) !== f),
          cfg,
        ),
      ),
      Infinity,
    );
    trainEx.forEach((e, i) => {
      if (fold.get(e.m.source) === f) out[i] = sc.logitOfBuckets(e.buckets, e.value);
    });
  }
  return out;
}

export interface PlainPick {
  threshold: number;
  /** Dev scams through the plain gate above it. */
  gained: number;
  /** Scams through the plain gate on dev, and unseen training scams above it. */
  devScams: number;
  unseenGained: number;
  /** The non-scam that stopped it from going lower. */
  stoppedBy?: { set: string; id: string; label: string; logit: number };
}

/**
 * The plain-notice threshold: no lower than the base one, and above every non-scam that passes
 * the plain gate — on dev, on each regression set, and among the training messages scored by a
 * model that never read their source (`unseen`): a genuine reminder of a lender the model has
 * never seen is exactly what a plain notice the model raises must not be. Walks from the
 * highest logit down, stops at the first non-scam; sits halfway to the next logit below the
 * last scam passed.
 */
export function pickPlainThreshold(
  guards: Guard[],
  logits: number[][],
  unseen: { ex: Example[]; views: RulesView[]; logits: number[] } | null,
  base: number,
  /** Non-scams of the unseen training sources the threshold may pass (TrainConfig.plainCv). */
  unseenBudget = 0,
): PlainPick {
  const sets = [
    ...guards.map((g, gi) => ({ name: g.name, ex: g.ex, views: g.views, logits: logits[gi] })),
    ...(unseen ? [{ name: 'unseen training sources', ...unseen }] : []),
  ];
  const events: Array<{ g: number; i: number; z: number }> = [];
  sets.forEach((g, gi) =>
    g.views.forEach((v, i) => {
      if (v.eligible && v.gate === 'plain_notice') events.push({ g: gi, i, z: g.logits[i] });
    }),
  );
  events.sort((a, b) => b.z - a.z || a.g - b.g || a.i - b.i);
  const devScams = events.filter((e) => e.g === 0 && sets[0].ex[e.i].y).length;
  let best: PlainPick = { threshold: Infinity, gained: 0, devScams, unseenGained: 0 };
  let gained = 0;
  let unseenGained = 0;
  let passed = 0;
  for (let k = 0; k < events.length;) {
    const z = events[k].z;
    if (z <= base) break;
    let j = k;
    let stop: (typeof events)[number] | undefined;
    let pos = 0;
    let upos = 0;
    while (j < events.length && events[j].z === z) {
      const e = events[j];
      const m = sets[e.g].ex[e.i].m;
      if (!scamOk(m)) {
        if (unseen && e.g === sets.length - 1 && passed < unseenBudget) passed++;
        else stop = stop || e;
      } else if (sets[e.g].ex[e.i].y) {
        if (e.g === 0) pos++;
        else if (unseen && e.g === sets.length - 1) upos++;
      }
      j++;
    }
    if (stop) {
      const m = sets[stop.g].ex[stop.i].m;
      best.stoppedBy = { set: sets[stop.g].name, id: m.id, label: m.label, logit: z };
      break;
    }
    gained += pos;
    unseenGained += upos;
    if (pos || upos) {
      const below = j < events.length ? events[j].z : z - 1;
      best = {
        threshold: Math.max(base, (z + below) / 2),
        gained,
        devScams,
        unseenGained,
      };
    }
    k = j;
  }
  return best;
}

/**
 * Trains each configuration on `trainEx`, picks each one's threshold on the guards (dev first,
 * then the regression sets), keeps the one that catches most dev scams.
 */
export function fitOnDev(
  trainEx: Example[],
  guards: Guard[],
  grid: TrainConfig[],
  log: (s: string) => void = () => {},
  /** The rules' view of each training message: given, each configuration's plain-notice
   * threshold is picked (CV_FOLDS more trainings each) and counts in its rank; absent, the
   * model stays off on plain notices. */
  trainViews?: RulesView[],
): Fit {
  let best: Fit | null = null;
  for (const cfg of grid) {
    const qz = quantise(train(trainEx, cfg));
    const probe = scorerOf(qz, Infinity);
    const logits = guards.map((g) => logitsOf(probe, g.ex));
    const pick = pickThreshold(guards, logits);
    const devLoss = logLoss(guards[0].ex, logits[0]);
    // Ranked with its cross-validated plain-notice gain (CV_FOLDS more trainings each).
    const plain: PlainPick = trainViews
      ? pickPlainThreshold(
          guards,
          logits,
          { ex: trainEx, views: trainViews, logits: unseenLogits(trainEx, cfg) },
          plainFloorOf(cfg, pick.threshold),
          cfg.plainCv,
        )
      : { threshold: Infinity, gained: 0, devScams: 0, unseenGained: 0 };
    log(
      `  lambda=${cfg.lambda} cap=${cfg.caps ? cfg.caps.join('/') : cfg.cap} shares=${cfg.shares.map((x) => x.toFixed(2)).join('/')}: dev gain ${pick.gained}/${pick.scams} at ${pick.threshold.toFixed(3)}${trainViews ? ` + plain ${plain.gained}/${plain.devScams} at ${plain.threshold.toFixed(3)}` : ''}, dev log-loss ${devLoss.toFixed(4)}`,
    );
    const fit = { cfg, qz, scorer: scorerOf(qz, pick.threshold), pick, plain, devLoss };
    const gain = (f: Fit) => f.pick.gained + f.plain.gained;
    if (!best || gain(fit) > gain(best) || (gain(fit) === gain(best) && devLoss < best.devLoss))
      best = fit;
  }
  const fit = best as Fit;
  fit.scorer = scorerOf(fit.qz, fit.pick.threshold, fit.plain.threshold);
  if (fit.plain.stoppedBy) {
    const st = fit.plain.stoppedBy;
    log(`  plain notices stopped by ${st.set}'s ${st.id} [${st.label}] at ${st.logit.toFixed(3)}`);
  }
  return fit;
}

/** A row of the development corpus or the hold-out, read like a corpus message. */
export type Labelled = Message & {
  also_ok?: string[];
  borrowed?: 'yes' | 'no' | 'unsure';
};

/** The team's development corpus, hold-out and probe dev set (regression sets), where present. */
export function regressionSets(
  root: string,
): Array<{ name: string; file: string; cases: Labelled[] }> {
  const devCorpus = [
    path.join(root, 'test', 'fixtures', 'notices.jsonl'),
    path.resolve(root, '..', 'shared', 'corpus', 'notices.jsonl'),
  ].find((f) => fs.existsSync(f));
  const holdout = path.join(root, 'test', 'fixtures', 'holdout.jsonl');
  // Written blind by a helper who never ran the checker (test/fixtures/PROBES.md); its twin
  // probe-blind.jsonl is the lead's alone and never read here.
  const probeDev = path.join(root, 'test', 'fixtures', 'probe-dev.jsonl');
  const out: Array<{ name: string; file: string; cases: Labelled[] }> = [];
  for (const [name, file] of [
    ['development corpus', devCorpus],
    ['hold-out', fs.existsSync(holdout) ? holdout : undefined],
    ['probe dev set', fs.existsSync(probeDev) ? probeDev : undefined],
  ] as const) {
    if (!file) continue;
    const source = path.basename(file, '.jsonl');
    const cases = fs
      .readFileSync(file, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l))
      .map((r, n) => ({
        kind: 'fixture',
        split: 'dev',
        ...r,
        id: r.id || `${source}:${n}`,
        source,
      }));
    out.push({ name, file, cases });
  }
  return out;
}

/**
 * The team's development corpus (test/fixtures/notices.jsonl) is TRAINING data for the model:
 * it is the only mainland everyday and genuine-reminder text in the users' own register (the
 * train split's reminders are a Taiwanese lender's, its benign text bank fixtures). It is then
 * no clean check of the model; the hold-out stays one, as a threshold guard.
 */
export const DEV_CORPUS_IN_TRAINING = true;

/** What the model is fitted on: the train split (and the development corpus, see above). */
export function trainingMessages(messages: Message[], root: string): Labelled[] {
  const out: Labelled[] = messages.filter((m) => m.split === 'train');
  if (DEV_CORPUS_IN_TRAINING)
    for (const r of regressionSets(root)) if (r.name === 'development corpus') out.push(...r.cases);
  return out;
}

/** The sets the threshold must keep safe: the dev split first, then the regression sets the
 * model was not fitted on. */
export function guardSets(
  messages: Message[],
  root: string,
  ngrams?: readonly [number, number],
): Guard[] {
  const devMsgs = messages.filter((m) => m.split === 'dev');
  const sets: Array<{ name: string; cases: Labelled[] }> = [
    { name: 'dev split', cases: devMsgs },
    ...regressionSets(root).filter(
      (r) => !(DEV_CORPUS_IN_TRAINING && r.name === 'development corpus'),
    ),
  ];
  return sets.map((r) => ({
    name: r.name,
    ex: featurize(r.cases, ngrams),
    views: rulesView(r.cases),
  }));
}

/** A labelled fixture file (one JSON notice a line) as cases for the model's tools. */
export function readFixture(file: string): Labelled[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((r, n) => ({ kind: 'fixture', split: 'dev', ...r, id: r.id || `x:${n}`, source: 'x' }));
}

function isHan(c: number) {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0xf900 && c <= 0xfaff)
  );
}
/** Feature options the experiments try (the defaults are features.ts's legacy 1–4-grams). */
export interface FeatureOptions {
  minN?: number;
  maxN?: number;
  bits?: number;
  /** An example's value is (bucket count)^-alpha. */
  alpha?: number;
  /** Latin runs fold to one symbol, as digit runs do. */
  latin?: boolean;
}

/** The app's features (features.ts) with options; the defaults give the very same buckets. */
export function variantFeatures(
  text: string,
  v: FeatureOptions,
): { buckets: Int32Array; value: number } {
  const t = normalize(text.slice(0, MAX_CHECK_CHARS)).text.text;
  const minN = v.minN ?? 1;
  const maxN = v.maxN ?? 4;
  const mask = (1 << (v.bits ?? 16)) - 1;
  const seen = new Set<number>();
  const order: number[] = [];
  const codes: number[] = [];
  const flush = () => {
    for (let i = 0; i < codes.length; i++) {
      let h = 0x811c9dc5;
      for (let j = i; j < Math.min(codes.length, i + maxN); j++) {
        h = Math.imul(h ^ codes[j], 0x01000193);
        if (j - i + 1 < minN && !(codes.length < minN && j === codes.length - 1)) continue;
        const b = ((h ^ (h >>> 16)) >>> 0) & mask;
        if (!seen.has(b)) {
          seen.add(b);
          order.push(b);
        }
      }
    }
    codes.length = 0;
  };
  let prev = -1;
  for (let i = 0; i < t.length; i++) {
    const c = t.charCodeAt(i);
    let k = -1;
    if (c >= 48 && c <= 57) k = 48;
    else if (c >= 97 && c <= 122) k = v.latin ? 97 : c;
    else if (isHan(c)) k = c;
    if (k < 0) {
      if (codes.length) flush();
      prev = -1;
      continue;
    }
    // A run of digits (or, with `latin`, of Latin letters) is one symbol.
    if ((k === 48 || (v.latin && k === 97)) && prev === k) continue;
    codes.push(k);
    prev = k;
  }
  if (codes.length) flush();
  const buckets = Int32Array.from(order);
  return { buckets, value: buckets.length ? Math.pow(buckets.length, -(v.alpha ?? 0.5)) : 0 };
}
