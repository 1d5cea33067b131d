'use strict';
// Run under `node --jitless` (iOS runs mini-program logic in JavaScriptCore without JIT):
// module load of the compiled core, the first check, then p50/p95 of later checks. Times are
// this process's CPU time, so other processes holding the core do not count.
//   node --jitless scripts/bench/jitless-probe.js CORE_JS_FILE NOTICES_JSON
const fs = require('fs');
const path = require('path');
const [entry, noticesFile] = process.argv.slice(2);
const notices = JSON.parse(fs.readFileSync(noticesFile, 'utf8'));
const cpu = () => {
  const c = process.cpuUsage();
  return (c.user + c.system) / 1000;
};

let t = cpu();
const { checkNotice } = require(path.resolve(entry));
const loadMs = cpu() - t;
t = cpu();
checkNotice(notices[0]);
const firstMs = cpu() - t;
const times = [];
for (let i = 1; i < notices.length; i++) {
  t = cpu();
  checkNotice(notices[i]);
  times.push(cpu() - t);
}
times.sort((a, b) => a - b);
const q = (p) => times[Math.min(times.length - 1, Math.floor(p * times.length))];
process.stdout.write(
  JSON.stringify({ loadMs, firstMs, p50: q(0.5), p95: q(0.95), n: times.length }) + '\n',
);
