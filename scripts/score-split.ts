// Scores the checker on the train + dev split of the real-message corpus (issue 8). Test-split
// lines are dropped as they are read and never printed: they judge the checker.
//   node scripts/run-ts.js scripts/score-split.ts [--dir D]... [--misses LABEL|all] [--fa]
//        [--save FILE] [--diff FILE] [--source ID] [--split train|dev] [--extra DIR]
//        [--rules-only] [--signals] [--sig-misses]
// --rules-only: the learned second opinion off, as eval.ts's "rules only" column.
// --signals: signal recall on the messages annotated in data/signals/<split>.jsonl (for each
// expected signal of a message, is that id among the checker's signals), per id and overall;
// --sig-misses lists the missed ones.
// Default dirs: data/sources and data/snapshots of this worktree and of the data helpers'
// worktrees, if present.
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../miniprogram/core/check';
import type { CheckResult, NoticeInput } from '../miniprogram/core/types';
import { useScorer } from '../miniprogram/core/model/second-opinion';

interface Line {
  id: string;
  text: string;
  label: string;
  channel?: string;
  sender?: string;
  borrowed?: string;
  source: string;
  split: string;
  kind?: string;
}

const args = process.argv.slice(2);
const opt = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const many = (name: string): string[] =>
  args.flatMap((a, i) => (a === name && args[i + 1] ? [args[i + 1]] : []));

const root = path.resolve(__dirname, '..');
const dirs = many('--dir');
const extra = many('--extra');
if (!dirs.length) {
  // data/snapshots: messages rebuilt from fetched git snapshots (git-ignored, not committed).
  for (const sub of ['data/sources', 'data/snapshots']) {
    dirs.push(path.join(root, sub));
    for (const h of ['data-lender', 'data-scam', 'data-abusive'])
      dirs.push(path.join(root, '..', h, sub));
  }
}
dirs.unshift(...extra); // the worktrees' current files win over an older local copy
const onlySplit = opt('--split');
const onlySource = opt('--source');

const byId = new Map<string, Line>();
for (const d of dirs) {
  if (!fs.existsSync(d)) continue;
  for (const f of fs.readdirSync(d).sort()) {
    if (!f.endsWith('.jsonl')) continue;
    for (const raw of fs.readFileSync(path.join(d, f), 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      let o: Line;
      try {
        o = JSON.parse(raw);
      } catch {
        continue;
      }
      if (o.split !== 'train' && o.split !== 'dev') continue;
      if (onlySplit && o.split !== onlySplit) continue;
      if (onlySource && o.source !== onlySource) continue;
      byId.set(o.id, o); // the same source in two worktrees: the later copy wins
    }
  }
}
const lines = [...byId.values()];

const CHANNELS = new Set(['sms', 'wechat', 'call', 'visit', 'letter', 'other']);
const results = new Map<string, CheckResult>();
const t0 = Date.now();
if (args.includes('--rules-only')) useScorer(null);
for (const l of lines) {
  const input: NoticeInput = { text: l.text };
  if (l.channel && CHANNELS.has(l.channel)) input.channel = l.channel as NoticeInput['channel'];
  if (l.sender) input.sender = l.sender;
  if (l.borrowed) input.borrowed = l.borrowed as NoticeInput['borrowed'];
  try {
    results.set(l.id, checkNotice(input));
  } catch {
    /* empty text: not scored */
  }
}
const ms = Date.now() - t0;

const f3 = (x: number) => (Number.isFinite(x) ? x.toFixed(3) : '  -  ');
function figures(set: Line[]) {
  let scamN = 0,
    scamHit = 0,
    abN = 0,
    abHit = 0,
    benN = 0,
    benAlarm = 0,
    remN = 0,
    remOk = 0,
    ok = 0;
  for (const l of set) {
    const r = results.get(l.id);
    if (!r) continue;
    const v = r.verdict;
    if (v === l.label) ok++;
    if (l.label === 'scam') {
      scamN++;
      if (v === 'scam') scamHit++;
    } else if (l.label === 'abusive') {
      abN++;
      if (v === 'abusive') abHit++;
    } else {
      benN++;
      if (v === 'scam') benAlarm++;
    }
    if (l.label === 'reminder') {
      remN++;
      if (v === 'reminder') remOk++;
    }
  }
  return {
    n: set.length,
    acc: ok / set.length,
    scam: `${f3(scamHit / scamN)} (${scamHit}/${scamN})`,
    abusive: `${f3(abHit / abN)} (${abHit}/${abN})`,
    fa: `${f3(benAlarm / benN)} (${benAlarm}/${benN})`,
    reminder: `${f3(remOk / remN)} (${remOk}/${remN})`,
  };
}

const confusion: Record<string, number> = {};
for (const l of lines) {
  const r = results.get(l.id);
  if (r) confusion[`${l.label}->${r.verdict}`] = (confusion[`${l.label}->${r.verdict}`] || 0) + 1;
}
const bySource = new Map<string, Line[]>();
for (const l of lines) {
  const k = `${l.split}:${l.source}`;
  const list = bySource.get(k);
  if (list) list.push(l);
  else bySource.set(k, [l]);
}
for (const [k, set] of [...bySource.entries()].sort()) {
  const x = figures(set);
  console.log(
    `${k.padEnd(48)} n=${String(x.n).padStart(4)} acc ${f3(x.acc)} scam ${x.scam} abusive ${x.abusive} false-alarm ${x.fa} reminder ${x.reminder}`,
  );
}
console.log('confusion', JSON.stringify(confusion));
for (const sp of ['train', 'dev']) {
  const set = lines.filter((l) => l.split === sp);
  if (!set.length) continue;
  const x = figures(set);
  console.log(
    `${sp.padEnd(6)} n=${x.n} acc ${f3(x.acc)} scam ${x.scam} abusive ${x.abusive} false-alarm ${x.fa} reminder ${x.reminder}`,
  );
}
const all = figures(lines);
console.log(
  `TOTAL  n=${all.n} acc ${f3(all.acc)} scam ${all.scam} abusive ${all.abusive} false-alarm ${all.fa} reminder ${all.reminder} (${ms} ms)`,
);

const sig = (r: CheckResult) => r.signals.map((s) => s.id).join(',');
const miss = opt('--misses');
if (miss) {
  for (const l of lines) {
    const r = results.get(l.id);
    if (!r || r.verdict === l.label) continue;
    if (miss !== 'all' && l.label !== miss) continue;
    console.log(
      `MISS ${l.id} want ${l.label} got ${r.verdict} [${sig(r)}]: ${l.text.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
}
if (args.includes('--fa')) {
  for (const l of lines) {
    const r = results.get(l.id);
    if (!r || r.verdict !== 'scam' || l.label === 'scam' || l.label === 'abusive') continue;
    console.log(
      `FA ${l.id} want ${l.label} [${sig(r)}]: ${l.text.replace(/\s+/g, ' ').slice(0, 160)}`,
    );
  }
}
const save = opt('--save');
if (save) {
  const o: Record<string, string> = {};
  for (const [id, r] of results) o[id] = r.verdict;
  fs.writeFileSync(save, JSON.stringify(o));
}
const diff = opt('--diff');
if (diff && fs.existsSync(diff)) {
  const before = JSON.parse(fs.readFileSync(diff, 'utf8')) as Record<string, string>;
  let better = 0,
    worse = 0;
  for (const l of lines) {
    const r = results.get(l.id);
    const b = before[l.id];
    if (!r || !b || b === r.verdict) continue;
    const good = r.verdict === l.label ? '+' : b === l.label ? '-' : '~';
    if (good === '+') better++;
    if (good === '-') worse++;
    console.log(
      `${good} ${l.id} ${l.label}: ${b} -> ${r.verdict} [${sig(r)}]: ${l.text.replace(/\s+/g, ' ').slice(0, 120)}`,
    );
  }
  console.log(`diff: ${better} fixed, ${worse} broken`);
}

if (args.includes('--signals') || args.includes('--sig-misses')) {
  for (const sp of ['train', 'dev']) {
    const file = path.join(root, 'data', 'signals', `${sp}.jsonl`);
    if (!fs.existsSync(file) || (onlySplit && onlySplit !== sp)) continue;
    const per = new Map<string, [number, number]>();
    let want = 0,
      hit = 0,
      msgs = 0;
    for (const raw of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!raw.trim()) continue;
      const a = JSON.parse(raw) as { id: string; signals: string[] };
      const r = results.get(a.id);
      const l = byId.get(a.id);
      if (!r || !l) continue;
      msgs++;
      const got = new Set(r.signals.map((s) => s.id as string));
      for (const s of a.signals) {
        const c = per.get(s) || [0, 0];
        c[1]++;
        want++;
        if (got.has(s)) {
          c[0]++;
          hit++;
        } else if (args.includes('--sig-misses'))
          console.log(
            `SIG- ${a.id} ${s} (${r.verdict} [${sig(r)}]): ${l.text.replace(/\s+/g, ' ').slice(0, 120)}`,
          );
        per.set(s, c);
      }
    }
    for (const [s, [h, t]] of [...per.entries()].sort((x, y) => y[1][1] - x[1][1]))
      console.log(`signals ${sp} ${s.padEnd(26)} ${f3(h / t)} (${h}/${t})`);
    console.log(
      `signals ${sp} recall ${f3(hit / want)} (${hit}/${want}) on ${msgs} annotated messages`,
    );
  }
}
