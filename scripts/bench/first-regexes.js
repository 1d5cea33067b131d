#!/usr/bin/env node
'use strict';
// Which regexes the phone's first check compiles, and what each costs (issue 12: compiling them
// is a third of the first check under --jitless). Compiled core/ under node --jitless: the
// regexes run during the first check (source, flags, one- or two-byte subject), then each
// compiled afresh in another process and timed (CPU, best of RUNS processes; V8 caches compiled
// regexes by source and flags, so each is timed once a process). Figures only.
//   node scripts/bench/first-regexes.js [TOP] [--runs N] [--notice K]
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { compileCore } = require('./compile-core');
const { sampleNotices } = require('./startup');

const args = process.argv.slice(2);
const top = Number(args.find((a) => /^\d+$/.test(a))) || 40;
const opt = (name, d) => (args.indexOf(name) >= 0 ? Number(args[args.indexOf(name) + 1]) : d);
const runs = opt('--runs', 5);
const notice = opt('--notice', 0);

// Child, stage 1: load the bundle, record what the first check executes.
const RECORD = `
const fs = require('fs');
const [entry, file, k, out] = process.argv.slice(1);
const { checkNotice } = require(entry);
const seen = new Map();
let on = false;
const exec0 = RegExp.prototype.exec;
// String methods and test() go through a patched exec, so every regex run is seen.
RegExp.prototype.exec = function (s) {
  if (on) {
    const str = String(s);
    let wide = false;
    for (let i = 0; i < str.length && !wide; i++) wide = str.charCodeAt(i) > 255;
    const key = this.source + '\\u0000' + this.flags + '\\u0000' + wide;
    const v = seen.get(key);
    if (v) v.runs++;
    else seen.set(key, { source: this.source, flags: this.flags, wide, runs: 1 });
  }
  return exec0.call(this, s);
};
const n = JSON.parse(fs.readFileSync(file, 'utf8'))[Number(k)];
on = true;
checkNotice(n);
on = false;
fs.writeFileSync(out, JSON.stringify([...seen.values()]));
`;

// Child, stage 2: compile (and run once on a one-character subject) each regex, timed.
const TIME = `
const fs = require('fs');
const rx = JSON.parse(fs.readFileSync(process.argv[1], 'utf8'));
const cpu = () => { const c = process.cpuUsage(); return c.user + c.system; };
/x(y|z)/.exec('\\u4f60'); /x(y|z)/.exec('a');
const out = rx.map((r) => {
  const re = new RegExp(r.source, r.flags);
  const t = cpu();
  re.exec(r.wide ? '\\u4f60' : 'a');
  return cpu() - t;
});
process.stdout.write(JSON.stringify(out));
`;

function main() {
  const dir = compileCore();
  const file = path.join(dir, 'notices.json');
  fs.writeFileSync(file, JSON.stringify(sampleNotices(notice + 1)));
  const list = path.join(dir, 'first-regexes.json');
  const child = (code, rest) => {
    const p = spawnSync(process.execPath, ['--jitless', '-e', code, ...rest], {
      encoding: 'utf8',
      timeout: 120000,
    });
    if (p.status !== 0) throw new Error(`probe failed: ${(p.stderr || '').slice(-2000)}`);
    return p.stdout;
  };
  child(RECORD, [path.join(dir, 'bundle.js'), file, String(notice), list]);
  const rx = JSON.parse(fs.readFileSync(list, 'utf8'));
  let best = null;
  for (let r = 0; r < runs; r++) {
    const v = JSON.parse(child(TIME, [list]));
    best = best ? best.map((b, i) => Math.min(b, v[i])) : v;
  }
  const rows = rx.map((r, i) => ({ us: best[i], ...r })).sort((a, b) => b.us - a.us);
  const total = best.reduce((a, b) => a + b, 0);
  console.log(
    `first check of bench notice ${notice}: ${rx.length} regexes run (by source, flags, width), ` +
      `compiling them ~${(total / 1000).toFixed(1)} ms under --jitless (CPU, best of ${runs}; rough)`,
  );
  console.log('    µs  runs flags width length  source');
  for (const r of rows.slice(0, top))
    console.log(
      `${r.us.toFixed(0).padStart(6)} ${String(r.runs).padStart(5)} ${(r.flags || '-').padStart(5)} ` +
        `${r.wide ? '    2' : '    1'} ${String(r.source.length).padStart(6)}  ${r.source.slice(0, 90)}`,
    );
}

main();
