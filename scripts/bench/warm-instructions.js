'use strict';
// Instructions a warm check executes under `node --jitless` (the phone: no JIT), counted by
// valgrind, so a loaded machine does not move the figure: the count of 1 + M checks minus the
// count of 1 check (module load and the first check's set-up), over M.
//   node scripts/bench/warm-instructions.js [M] [--against REF] [--spread]
// --spread samples the bench notices evenly over every seed text instead of the first M
// (the first lines come from the first sources alphabetically). --steady counts a second round
// over the same notices (what was built on first use, e.g. a lazily compiled regex, is then
// built already), as in a long batch. --jit counts with the JIT on (the in-process batch).
const fs = require('fs');
const path = require('path');
const { callgrind } = require('./callgrind');
const { compileCore, checkout } = require('./compile-core');
const { benchLines, seedRows } = require('./notices');

const args = process.argv.slice(2);
const M = Number(args.find((a) => /^\d+$/.test(a))) || 400;
const ai = args.indexOf('--against');
const ref = ai >= 0 ? args[ai + 1] : null;
const spread = args.includes('--spread');
const steady = args.includes('--steady');
const jit = args.includes('--jit');

function notices() {
  const { lines, seeds } = benchLines(spread ? seedRows().length : M + 1);
  const pick = spread
    ? Array.from({ length: M + 1 }, (_, i) => lines[Math.floor((i * seeds) / (M + 1))])
    : lines.slice(0, M + 1);
  return pick.map((l) => {
    const o = JSON.parse(l);
    return { text: o.text, channel: o.channel, sender: o.sender, borrowed: o.borrowed };
  });
}

function count(dir, file, n) {
  const { count: n1, p } = callgrind(path.join(dir, 'callgrind.out'), {
    jitless: !jit,
    script: path.join(__dirname, 'warm-probe.js'),
    args: [path.join(dir, 'bundle.js'), file, String(n)],
  });
  if (n1 === null) throw new Error(`valgrind failed: ${(p.stderr || '').slice(-2000)}`);
  return n1;
}

function measure(name, coreDir) {
  const dir = compileCore(coreDir);
  try {
    const file = path.join(dir, 'notices.json');
    fs.writeFileSync(file, JSON.stringify(notices()));
    const one = count(dir, file, steady ? M + 1 : 1);
    const all = count(dir, file, steady ? 2 * M + 1 : M + 1);
    console.log(
      `${name}: ${((all - one) / M / 1e6).toFixed(3)} M instructions per warm check under ${jit ? 'the JIT' : '--jitless'} (${M} notices${spread ? ', spread over every seed' : ''}${steady ? ', second round' : ''})`,
    );
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

if (ref) {
  const src = checkout(ref);
  try {
    measure(ref, path.join(src, 'miniprogram', 'core'));
  } finally {
    fs.rmSync(src, { recursive: true, force: true });
  }
}
measure('working tree', undefined);
