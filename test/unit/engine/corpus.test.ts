// The quality bars of the checker, measured on labelled samples: test/fixtures/notices.jsonl
// (the team's development set, a copy of ../shared/corpus/notices.jsonl, so a fresh clone runs
// it) and, only where ../shared/corpus/external sits beside the checkout, the external set.
// Prints the figures; fails below the bars. These are samples, not the whole world: the
// figures guard against regressions, the rules must generalise beyond them.
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../../../miniprogram/core/check';
import type { Borrowed, Channel, SignalId } from '../../../miniprogram/core/types';

interface Labelled {
  id: string;
  text: string;
  channel?: Channel;
  sender?: string;
  borrowed?: Borrowed;
  label: string;
  also_ok?: string[];
  signals?: SignalId[];
}

const FIXTURES = path.resolve(__dirname, '..', '..', 'fixtures');
const CORPUS = path.resolve(__dirname, '..', '..', '..', '..', 'shared', 'corpus');
// The external set comes from a repository on the brief's reserved list (it judges the checker),
// so it is never copied into this repository: its test runs only beside ../shared.
const externalTest = fs.existsSync(path.join(CORPUS, 'external')) ? test : test.skip;

function score(file: string) {
  const cases: Labelled[] = fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
  let ok = 0,
    scamN = 0,
    scamHit = 0,
    benignN = 0,
    alarms = 0,
    sigN = 0,
    sigHit = 0;
  const misses: string[] = [];
  for (const c of cases) {
    const r = checkNotice({
      text: c.text,
      channel: c.channel,
      sender: c.sender,
      borrowed: c.borrowed,
    });
    const want = [c.label, ...(c.also_ok || [])];
    if (want.includes(r.verdict)) ok++;
    else misses.push(`${c.id}: want ${c.label}, got ${r.verdict}`);
    if (c.label === 'scam') {
      scamN++;
      if (r.verdict === 'scam') scamHit++;
    }
    if (
      (c.label === 'reminder' || c.label === 'unrelated') &&
      !(c.also_ok || []).includes('scam')
    ) {
      benignN++;
      if (r.verdict === 'scam') alarms++;
    }
    const got = new Set(r.signals.map((s) => s.id));
    for (const s of c.signals || []) {
      sigN++;
      if (got.has(s)) sigHit++;
    }
  }
  return {
    n: cases.length,
    accuracy: ok / cases.length,
    scamRecall: scamN ? scamHit / scamN : 1,
    falseAlarm: benignN ? alarms / benignN : 0,
    signalRecall: sigN ? sigHit / sigN : 1,
    misses,
  };
}

const fmt = (x: number) => x.toFixed(3);

test('development corpus: accuracy ≥ 0.90, scam recall ≥ 0.95, false alarms ≤ 0.03, signal recall ≥ 0.90', () => {
  const file = path.join(FIXTURES, 'notices.jsonl');
  const s = score(file);
  console.log(
    `notices.jsonl n=${s.n} accuracy ${fmt(s.accuracy)} scam-recall ${fmt(s.scamRecall)} false-alarm ${fmt(s.falseAlarm)} signal-recall ${fmt(s.signalRecall)}` +
      (s.misses.length ? `\n  misses: ${s.misses.join('; ')}` : ''),
  );
  expect(s.accuracy).toBeGreaterThanOrEqual(0.9);
  expect(s.scamRecall).toBeGreaterThanOrEqual(0.95);
  expect(s.falseAlarm).toBeLessThanOrEqual(0.03);
  expect(s.signalRecall).toBeGreaterThanOrEqual(0.9);
});

externalTest('real SMS (external): figures printed; no ordinary message called a scam', () => {
  const dir = path.join(CORPUS, 'external');
  const files = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.jsonl')) : [];
  if (!files.length) throw new Error(`external corpus not found in ${dir}`);
  for (const f of files) {
    const s = score(path.join(dir, f));
    console.log(
      `${f} n=${s.n} accuracy ${fmt(s.accuracy)} scam-recall ${fmt(s.scamRecall)} false-alarm ${fmt(s.falseAlarm)}`,
    );
    // Real, unlabelled-by-us traffic: a false alarm here is the costliest error (it teaches
    // users to ignore the verdict), so it is held tightly.
    expect(s.falseAlarm).toBeLessThanOrEqual(0.03);
  }
});
