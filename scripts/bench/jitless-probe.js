'use strict';
// Run under `node --jitless` (iOS runs mini-program logic in JavaScriptCore without JIT):
// module load of the compiled core, the first check, then p50/p95 of later checks.
//   node --jitless scripts/bench/jitless-probe.js CORE_JS_DIR NOTICES_JSON
const fs = require('fs');
const path = require('path');
const [dir, noticesFile] = process.argv.slice(2);
const notices = JSON.parse(fs.readFileSync(noticesFile, 'utf8'));
const ms = (t0) => Number(process.hrtime.bigint() - t0) / 1e6;

let t = process.hrtime.bigint();
const { checkNotice } = require(path.join(dir, 'check.js'));
const loadMs = ms(t);
t = process.hrtime.bigint();
checkNotice(notices[0]);
const firstMs = ms(t);
const times = [];
for (let i = 1; i < notices.length; i++) {
  t = process.hrtime.bigint();
  checkNotice(notices[i]);
  times.push(ms(t));
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
process.stdout.write(
  JSON.stringify({ loadMs, firstMs, p50: q(0.5), p95: q(0.95), n: times.length }) + '\n',
);
