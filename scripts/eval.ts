// `npm run eval [-- --split dev]`: the checker on the corpus's TEST split (sources never used to
// train the model or write the rules), rules alone and rules + the learned second opinion side by
// side: overall and per-source figures, per-verdict figures, a confusion matrix, the learning
// curve (25 / 50 / 100 % of the train split, seeded, thresholds picked on dev), and as
// regressions the shared development corpus and the hold-out. Uses the in-process checker.
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../miniprogram/core/check';
import {
  shippedScorer,
  useScorer,
  MODEL_IN_VERDICT,
} from '../miniprogram/core/model/second-opinion';
import type { Verdict } from '../miniprogram/core/types';
import { corpusDirs, loadCorpus, type Message } from './data/load';
import {
  featurize,
  fitOnDev,
  logitsOf,
  rulesView,
  subsample,
  combined,
  type TrainConfig,
} from './model/lib';
import { MODEL } from '../miniprogram/core/model/weights';

const argv = process.argv;
const si = argv.indexOf('--split');
const split = si >= 0 ? argv[si + 1] : 'test';
if (split !== 'test' && split !== 'dev') {
  console.error('--split must be test or dev');
  process.exit(2);
}
const noCurve = argv.includes('--no-curve');
const VERDICTS: Verdict[] = ['scam', 'abusive', 'reminder', 'unrelated'];

interface Case {
  id: string;
  text: string;
  label: string;
  also_ok?: string[];
  source: string;
  channel?: Message['channel'];
  sender?: string;
  borrowed?: 'yes' | 'no' | 'unsure';
  signals?: string[];
}

interface Outcome {
  verdict: Verdict;
  signals: string[];
}

interface Figures {
  n: number;
  accuracy: number;
  scamRecall: number | null;
  abusiveRecall: number | null;
  falseAlarms: number | null;
  reminderFa: number | null;
  signalRecall: number | null;
  counts: { scam: number; abusive: number; benign: number; reminder: number; signals: number };
}

function figures(cases: Case[], out: Outcome[]): Figures {
  let ok = 0;
  let scamN = 0,
    scamHit = 0,
    abN = 0,
    abHit = 0,
    benN = 0,
    benFa = 0,
    remN = 0,
    remFa = 0,
    sigN = 0,
    sigHit = 0;
  cases.forEach((c, i) => {
    const v = out[i].verdict;
    const allowed = [c.label, ...(c.also_ok || [])];
    if (allowed.includes(v)) ok++;
    if (c.label === 'scam') {
      scamN++;
      if (v === 'scam') scamHit++;
    }
    if (c.label === 'abusive') {
      abN++;
      if (v === 'abusive') abHit++;
    }
    if ((c.label === 'reminder' || c.label === 'unrelated') && !allowed.includes('scam')) {
      benN++;
      if (v === 'scam') benFa++;
      if (c.label === 'reminder') {
        remN++;
        if (v === 'scam') remFa++;
      }
    }
    for (const s of c.signals || []) {
      sigN++;
      if (out[i].signals.includes(s)) sigHit++;
    }
  });
  const r = (a: number, b: number) => (b ? a / b : null);
  return {
    n: cases.length,
    accuracy: cases.length ? ok / cases.length : 0,
    scamRecall: r(scamHit, scamN),
    abusiveRecall: r(abHit, abN),
    falseAlarms: r(benFa, benN),
    reminderFa: r(remFa, remN),
    signalRecall: r(sigHit, sigN),
    counts: { scam: scamN, abusive: abN, benign: benN, reminder: remN, signals: sigN },
  };
}

const f3 = (x: number | null) => (x === null ? '   —' : x.toFixed(3));

function sideBySide(title: string, cases: Case[], a: Outcome[], b: Outcome[]): void {
  const fa = figures(cases, a);
  const fb = figures(cases, b);
  const c = fa.counts;
  console.log(`\n${title}: ${fa.n} messages`);
  console.log(`  ${''.padEnd(34)}${'rules only'.padStart(12)}${'rules+model'.padStart(13)}`);
  const row = (name: string, x: number | null, y: number | null) =>
    console.log(`  ${name.padEnd(34)}${f3(x).padStart(12)}${f3(y).padStart(13)}`);
  row('accuracy', fa.accuracy, fb.accuracy);
  row(`scam recall (n=${c.scam})`, fa.scamRecall, fb.scamRecall);
  row(`abusive recall (n=${c.abusive})`, fa.abusiveRecall, fb.abusiveRecall);
  row(`false alarms (n=${c.benign})`, fa.falseAlarms, fb.falseAlarms);
  row(`FA on genuine reminders (n=${c.reminder})`, fa.reminderFa, fb.reminderFa);
  row(`signal recall (n=${c.signals})`, fa.signalRecall, fb.signalRecall);
}

function confusion(title: string, cases: Case[], out: Outcome[]): void {
  console.log(`\n${title} (rows: label, columns: verdict)`);
  console.log(`  ${'label'.padEnd(11)}${VERDICTS.map((v) => v.padStart(11)).join('')}   recall`);
  for (const l of VERDICTS) {
    const row = VERDICTS.map(
      (v) => cases.filter((c, i) => c.label === l && out[i].verdict === v).length,
    );
    const n = row.reduce((a, x) => a + x, 0);
    if (!n) continue;
    const hit = row[VERDICTS.indexOf(l)];
    console.log(
      `  ${l.padEnd(11)}${row.map((x) => String(x).padStart(11)).join('')}   ${(hit / n).toFixed(3)}`,
    );
  }
  const prec = VERDICTS.map((v) => {
    const called = cases.filter((_, i) => out[i].verdict === v);
    const right = called.filter((c) => c.label === v).length;
    return called.length ? (right / called.length).toFixed(3) : '—';
  });
  console.log(`  ${'precision'.padEnd(11)}${prec.map((x) => x.padStart(11)).join('')}`);
}

function perSource(cases: Case[], a: Outcome[], b: Outcome[]): void {
  console.log(`\nper source (accuracy; the label's own figure: recall, or FA for benign labels)`);
  console.log(
    `  ${'source'.padEnd(40)}${'label'.padEnd(10)}${'n'.padStart(6)}${'acc rules'.padStart(11)}${'+model'.padStart(8)}${'figure'.padStart(15)}${'+model'.padStart(8)}`,
  );
  const keys = [...new Set(cases.map((c) => `${c.source}\t${c.label}`))].sort();
  for (const k of keys) {
    const [src, label] = k.split('\t');
    const idx = cases
      .map((c, i) => (c.source === src && c.label === label ? i : -1))
      .filter((i) => i >= 0);
    const sub = idx.map((i) => cases[i]);
    const fa = figures(
      sub,
      idx.map((i) => a[i]),
    );
    const fb = figures(
      sub,
      idx.map((i) => b[i]),
    );
    const pick = (f: Figures) =>
      label === 'scam' ? f.scamRecall : label === 'abusive' ? f.abusiveRecall : f.falseAlarms;
    const name = label === 'scam' || label === 'abusive' ? 'recall' : 'FA';
    console.log(
      `  ${src.padEnd(40)}${label.padEnd(10)}${String(sub.length).padStart(6)}${f3(fa.accuracy).padStart(11)}${f3(fb.accuracy).padStart(8)}${`${name} ${f3(pick(fa))}`.padStart(15)}${f3(pick(fb)).padStart(8)}`,
    );
  }
}

function run(cases: Case[], withModel: boolean): Outcome[] {
  useScorer(withModel ? shippedScorer() : null);
  try {
    return cases.map((c) => {
      const r = checkNotice({
        text: c.text,
        channel: c.channel,
        sender: c.sender,
        borrowed: c.borrowed,
      });
      return { verdict: r.verdict, signals: r.signals.map((s) => s.id) };
    });
  } finally {
    useScorer(undefined);
  }
}

function readJsonl(file: string): Case[] {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l))
    .map((r) => ({ ...r, source: path.basename(file, '.jsonl') }));
}

// ---- the corpus split
const { messages } = loadCorpus(corpusDirs(argv));
const msgs = messages.filter((m) => m.split === split);
console.log(
  `npm run eval — ${split} split: ${msgs.length} messages from ${new Set(msgs.map((m) => m.source)).size} sources (${new Date().toISOString().slice(0, 10)})`,
);
console.log(
  `model ${MODEL.version}, threshold ${MODEL.threshold}, ${MODEL_IN_VERDICT ? 'ON in the verdict' : 'OFF in the verdict (flag MODEL_IN_VERDICT)'}`,
);
const cases: Case[] = msgs;
const rulesOnly = run(cases, false);
const withModel = run(cases, true);
sideBySide(`${split} split`, cases, rulesOnly, withModel);
confusion(`confusion matrix, rules only`, cases, rulesOnly);
confusion(`confusion matrix, rules + model`, cases, withModel);
const raised = cases.filter((_, i) => rulesOnly[i].verdict !== withModel[i].verdict);
const wrong = raised.filter((c) => c.label !== 'scam');
console.log(
  `\nthe model raised ${raised.length} messages to scam: ${raised.length - wrong.length} scams, ${wrong.length} not (${
    wrong
      .slice(0, 15)
      .map((c) => `${c.id} [${c.label}]`)
      .join(', ') || 'none'
  }${wrong.length > 15 ? ', …' : ''})`,
);
perSource(cases, rulesOnly, withModel);

// ---- learning curve
if (!noCurve) {
  const cfg = JSON.parse(MODEL.trainedWith) as TrainConfig;
  if (!('lambda' in cfg)) console.log('\nlearning curve: the shipped model has no training config');
  else {
    const trainEx = featurize(messages.filter((m) => m.split === 'train'));
    const devMsgs = messages.filter((m) => m.split === 'dev');
    const devEx = featurize(devMsgs);
    const devViews = rulesView(devMsgs);
    const evalEx = featurize(msgs);
    const evalViews = rulesView(msgs);
    console.log(
      `\nlearning curve on ${split} (model trained on a seeded share of train, threshold picked on dev each time)`,
    );
    console.log(
      `  ${'train share'.padEnd(14)}${'messages'.padStart(9)}${'scam recall'.padStart(13)}${'FA'.padStart(8)}${'FA remind.'.padStart(12)}${'threshold'.padStart(11)}`,
    );
    for (const frac of [0.25, 0.5, 1]) {
      const sub = subsample(trainEx, frac, 20261201);
      const fit = fitOnDev(sub, devEx, devViews, [cfg]);
      const logits = logitsOf(fit.scorer, evalEx);
      const out = evalViews.map((v, i) => ({
        verdict: combined(v, logits[i], fit.scorer.threshold),
        signals: v.signals,
      }));
      const f = figures(cases, out);
      console.log(
        `  ${`${frac * 100} %`.padEnd(14)}${String(sub.length).padStart(9)}${f3(f.scamRecall).padStart(13)}${f3(f.falseAlarms).padStart(8)}${f3(f.reminderFa).padStart(12)}${fit.scorer.threshold.toFixed(3).padStart(11)}`,
      );
    }
    const f0 = figures(cases, rulesOnly);
    console.log(
      `  ${'rules only'.padEnd(14)}${'0'.padStart(9)}${f3(f0.scamRecall).padStart(13)}${f3(f0.falseAlarms).padStart(8)}${f3(f0.reminderFa).padStart(12)}`,
    );
  }
}

// ---- regressions
const root = path.resolve(__dirname, '..');
const devCorpus = [
  path.join(root, 'test', 'fixtures', 'notices.jsonl'),
  path.join(root, 'test', 'fixtures', 'corpus', 'notices.jsonl'),
  path.resolve(root, '..', 'shared', 'corpus', 'notices.jsonl'),
].find((f) => fs.existsSync(f));
if (devCorpus) {
  const c = readJsonl(devCorpus);
  sideBySide(
    `regression: development corpus (${path.relative(root, devCorpus)})`,
    c,
    run(c, false),
    run(c, true),
  );
} else console.log('\nregression: development corpus not found (no ../shared here): skipped');
const holdout = path.join(root, 'test', 'fixtures', 'holdout.jsonl');
if (fs.existsSync(holdout)) {
  const c = readJsonl(holdout);
  sideBySide('regression: hold-out (test/fixtures/holdout.jsonl)', c, run(c, false), run(c, true));
}
