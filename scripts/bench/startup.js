#!/usr/bin/env node
'use strict';
// The phone's start-up alone (`npm run bench:startup`): compiled core/ in one define()-per-module
// script under node --jitless (iOS runs the logic layer in JavaScriptCore without a JIT): module
// load, the first check, then p50/p95 of later checks, each the best of RUNS processes (CPU
// time, so the minimum is the run least disturbed by other processes). Figures only.
//
//   node scripts/bench/startup.js [RUNS]              core/ transpiled by TypeScript (ES2017)
//   node scripts/bench/startup.js [RUNS] --wechat     core/ as WeChat's compiler ships it (our
//                                                     ES2018, types stripped, minified), from
//                                                     `npm run size`'s .cache/compiled (--compiled
//                                                     DIR: another scripts/compile.js output; also
//                                                     with --valgrind)
//   node scripts/bench/startup.js [RUNS] --prof DIR   also write one --cpu-prof of a run to DIR
//   node scripts/bench/startup.js --valgrind [--against REF] [--phases]   instructions executed
//                                                     (valgrind callgrind): the same on a loaded
//                                                     machine; --phases also splits them by what
//                                                     V8 does (decode, parse, compile, regexes, GC)
//   node scripts/bench/startup.js [RUNS] --against REF   the same, interleaved with core/ as of
//                                                     git REF (a loaded machine moves both alike)
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { compileCore, bundle, checkout } = require('./compile-core');
const { callgrind } = require('./callgrind');

const ROOT = path.resolve(__dirname, '..', '..');
// A probe that outlives these has hung (a regex gone super-linear in an older core, a loop): it
// is stopped and named, so a comparison finishes or fails with a message instead of waiting.
const PROBE_TIMEOUT_MS = 120000;
const VALGRIND_TIMEOUT_MS = 600000;

/** Why a probe process failed, in one line a reader can act on. */
function failure(what, p, timeoutMs) {
  if (p.error && p.error.code === 'ETIMEDOUT')
    return `${what} did not finish in ${timeoutMs / 1000} s and was stopped`;
  if (p.error) return `${what} could not run: ${p.error.message}`;
  return `${what} failed (exit ${p.status}${p.signal ? `, ${p.signal}` : ''}): ${(p.stderr || '').slice(-2000)}`;
}

/** A bundle of WeChat's compiled output (core/, and babel's helpers if an ES5 build has them). */
function wechatCore(dir = path.join(ROOT, '.cache', 'compiled')) {
  if (!fs.existsSync(path.join(dir, 'core', 'check.js')))
    throw new Error('no .cache/compiled/core: run `npm run size` first');
  const compiled = new Map();
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.js'))
        compiled.set(path.relative(dir, p).split(path.sep).join('/'), fs.readFileSync(p, 'utf8'));
    }
  };
  walk(path.join(dir, 'core'));
  if (fs.existsSync(path.join(dir, '@babel'))) walk(path.join(dir, '@babel'));
  const out = fs.mkdtempSync(path.join(ROOT, 'node_modules', '.cache', 'core-wx-'));
  fs.writeFileSync(path.join(out, 'bundle.js'), bundle(compiled, 'core/check.js'));
  return out;
}

/** The first `n` bench notices, as the app passes them. */
function sampleNotices(n) {
  const { benchLines } = require('./notices');
  return benchLines(n)
    .lines.slice(0, n)
    .map((l) => {
      const o = JSON.parse(l);
      return { text: o.text, channel: o.channel, sender: o.sender, borrowed: o.borrowed };
    });
}

/** Best-of-`runs` jitless figures of the bundle in `coreDir` over `notices`. */
function jitlessRuns(coreDir, notices, runs, profDir) {
  const sampleFile = path.join(coreDir, 'notices.json');
  fs.writeFileSync(sampleFile, JSON.stringify(notices));
  const all = [];
  for (let r = 0; r < runs; r++) {
    const flags = ['--jitless'];
    if (profDir && r === 0)
      flags.push('--cpu-prof', '--cpu-prof-interval', '50', '--cpu-prof-dir', profDir);
    const p = spawnSync(
      process.execPath,
      [
        ...flags,
        path.join(__dirname, 'jitless-probe.js'),
        path.join(coreDir, 'bundle.js'),
        sampleFile,
      ],
      { encoding: 'utf8', timeout: PROBE_TIMEOUT_MS, killSignal: 'SIGKILL' },
    );
    if (p.status !== 0 || p.error)
      throw new Error(failure(`jitless probe of ${coreDir}`, p, PROBE_TIMEOUT_MS));
    if (!(profDir && r === 0)) all.push(JSON.parse(p.stdout));
  }
  const best = (k) => Math.min(...all.map((x) => x[k]));
  return {
    loadMs: best('loadMs'),
    firstMs: best('firstMs'),
    startMs: Math.min(...all.map((x) => x.loadMs + x.firstMs)),
    p50: best('p50'),
    p95: best('p95'),
    n: all[0].n,
  };
}

/** Instructions (millions) of module load and of the first check, by callgrind: exact counts,
 * which other processes on the machine do not move (each a difference of two stage runs). */
function instructions(coreDir, notices) {
  const sampleFile = path.join(coreDir, 'notices.json');
  fs.writeFileSync(sampleFile, JSON.stringify(notices.slice(0, 1)));
  const count = (stage) => {
    const out = path.join(coreDir, `callgrind.${stage}`);
    const { count: n, p } = callgrind(out, {
      jitless: true,
      script: path.join(__dirname, 'stage-probe.js'),
      args: [path.join(coreDir, 'bundle.js'), sampleFile, String(stage)],
      timeout: VALGRIND_TIMEOUT_MS,
    });
    if (n === null) throw new Error(failure(`valgrind (stage ${stage})`, p, VALGRIND_TIMEOUT_MS));
    return n / 1e6;
  };
  const [a, b, c] = [0, 1, 2].map(count);
  const phases = [0, 1, 2].map((stage) => phasesOf(path.join(coreDir, `callgrind.${stage}`)));
  return { loadMi: b - a, firstMi: c - b, phases };
}

/** Where a start-up's instructions go, by the V8 functions that do the work (inclusive counts,
 * callgrind_annotate's names). Engine-specific, but each has a counterpart on the phone: reading
 * the script, parsing it, compiling functions on first call, compiling regexes on first use. */
const PHASES = [
  ['read the script: UTF-8 scan', /Utf8DecoderBase<v8::internal::Utf8Decoder>::Utf8DecoderBase\(/],
  [
    '  + UTF-8 to UTF-16 copy',
    /Utf8DecoderBase<v8::internal::Utf8Decoder>::Decode<unsigned short>/,
  ],
  ['pre-parse the script', /v8::internal::parsing::ParseProgram\(/],
  ['compile functions on first call', /v8::internal::Runtime_CompileLazy\(/],
  ['compile regexes on first use', /v8::internal::RegExpImpl::CompileIrregexp\(/],
  ['  of which V8 peephole pass', /RegExpBytecodePeepholeOptimization::OptimizeBytecode\(/],
  ['run regexes (interpreter)', /::RawMatch<unsigned (char|short)>\(/],
  ['garbage collection', /v8::internal::Heap::CollectGarbage\(/],
];

function phasesOf(file) {
  const p = spawnSync('callgrind_annotate', ['--inclusive=yes', '--threshold=100', file], {
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    timeout: PROBE_TIMEOUT_MS,
  });
  if (p.status !== 0 || p.error) return null;
  const lines = p.stdout.split('\n').filter((l) => !/'\d/.test(l));
  // Summed over every line that matches (one per template instance, e.g. one- and two-byte).
  return PHASES.map(([, re]) =>
    lines
      .filter((x) => re.test(x))
      .reduce((sum, x) => sum + Number(x.trim().split(/\s+/)[0].replace(/,/g, '')) / 1e6, 0),
  );
}

/** The phases' instructions during module load and during the first check (millions); the rest
 * is mostly the interpreter running our code (module bodies, the check itself). */
function describePhases(phases, loadMi, firstMi) {
  if (phases.some((x) => x === null)) return '  (callgrind_annotate failed: no phases)';
  const [a, b, c] = phases;
  const row = (name, l, f) =>
    `  ${name.padEnd(34)} load ${l.toFixed(1).padStart(6)}   first check ${f.toFixed(1).padStart(6)}`;
  let restL = loadMi;
  let restF = firstMi;
  const rows = PHASES.map(([name], i) => {
    if (!name.startsWith(' ')) {
      restL -= b[i] - a[i];
      restF -= c[i] - b[i];
    }
    return row(name, b[i] - a[i], c[i] - b[i]);
  });
  rows.push(row('the rest (mostly interpreting)', restL, restF));
  return rows.join('\n');
}

function describe(r) {
  return `module load ${r.loadMs.toFixed(1)} ms + first check ${r.firstMs.toFixed(1)} ms = ${r.startMs.toFixed(1)} ms (target ≤ 15); later checks p50 ${r.p50.toFixed(3)} ms, p95 ${r.p95.toFixed(3)} ms over ${r.n} (target p95 ≤ 0.3)`;
}

module.exports = { jitlessRuns, sampleNotices, describe, wechatCore, phasesOf, describePhases };

function main() {
  const args = process.argv.slice(2);
  const pi = args.indexOf('--prof');
  const ai = args.indexOf('--against');
  const ci = args.indexOf('--compiled');
  for (const [i, flag] of [
    [pi, '--prof DIR'],
    [ai, '--against REF'],
    [ci, '--compiled DIR'],
  ])
    if (i >= 0 && (i + 1 >= args.length || args[i + 1].startsWith('--'))) {
      console.error(`bench:startup: ${flag} needs its value`);
      process.exit(2);
    }
  // RUNS is a bare number that is not the value of --prof or --against: a commit abbreviated to
  // digits only ("--against 3513975") was taken for 3.5 million runs, and the bench never ended.
  const values = new Set([pi, ai, ci].filter((i) => i >= 0).map((i) => i + 1));
  const bare = args.filter((a, i) => !values.has(i) && !a.startsWith('--'));
  if (bare.some((a) => !/^\d+$/.test(a))) {
    console.error(`bench:startup: unknown argument ${bare.find((a) => !/^\d+$/.test(a))}`);
    process.exit(2);
  }
  const runs = Math.max(2, Number(bare[0]) || 7);
  if (runs > 50) {
    console.error(`bench:startup: ${runs} runs is more than 50; pass a smaller RUNS`);
    process.exit(2);
  }
  const wechat = args.includes('--wechat');
  const compiledDir = ci >= 0 ? path.resolve(args[ci + 1]) : undefined;
  const profDir = pi >= 0 ? path.resolve(args[pi + 1]) : null;
  const valgrind = args.includes('--valgrind');
  const phases = args.includes('--phases');
  if (valgrind) {
    const ref = ai >= 0 ? args[ai + 1] : null;
    const src = ref ? checkout(ref) : null;
    const notices = sampleNotices(1);
    for (const [name, core] of [
      ...(ref ? [[ref, path.join(src, 'miniprogram', 'core')]] : []),
      [wechat ? "WeChat's compiled output" : 'working tree', undefined],
    ]) {
      const dir = wechat && !core ? wechatCore(compiledDir) : compileCore(core);
      try {
        const r = instructions(dir, notices);
        console.log(
          `${name}: --jitless instructions (millions): module load ${r.loadMi.toFixed(1)} + first check ${r.firstMi.toFixed(1)} = ${(r.loadMi + r.firstMi).toFixed(1)}`,
        );
        if (phases) console.log(describePhases(r.phases, r.loadMi, r.firstMi));
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    }
    if (src) fs.rmSync(src, { recursive: true, force: true });
  } else if (ai >= 0) {
    const ref = args[ai + 1];
    const src = checkout(ref);
    console.error(`bench:startup: ${runs} interleaved runs of ${ref} and the working tree…`);
    const dirs = [compileCore(path.join(src, 'miniprogram', 'core')), compileCore()];
    const notices = sampleNotices(400);
    const res = [[], []];
    try {
      for (let r = 0; r < runs; r++)
        for (let k = 0; k < 2; k++) res[k].push(jitlessRuns(dirs[k], notices, 1));
    } finally {
      for (const d of [...dirs, src]) fs.rmSync(d, { recursive: true, force: true });
    }
    const best = (list) => {
      const m = (k) => Math.min(...list.map((x) => x[k]));
      return {
        loadMs: m('loadMs'),
        firstMs: m('firstMs'),
        startMs: m('startMs'),
        p50: m('p50'),
        p95: m('p95'),
        n: list[0].n,
      };
    };
    console.log(`--jitless start-up, best of ${runs} interleaved:`);
    console.log(`  ${ref}: ${describe(best(res[0]))}`);
    console.log(`  working tree: ${describe(best(res[1]))}`);
  } else {
    const dir = wechat ? wechatCore(compiledDir) : compileCore();
    try {
      const r = jitlessRuns(dir, sampleNotices(400), runs + (profDir ? 1 : 0), profDir);
      const size = fs.statSync(path.join(dir, 'bundle.js')).size;
      console.log(
        `--jitless start-up (${wechat ? "WeChat's compiled output" : 'TypeScript → ES2017'}, bundle ${size.toLocaleString('en')} bytes, best of ${runs}): ${describe(r)}`,
      );
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
}

if (require.main === module) {
  try {
    main();
  } catch (e) {
    // A message, not a stack: what failed and why (a bad ref, a probe that hung or crashed).
    console.error(`bench:startup: ${e.message}`);
    process.exit(1);
  }
}
