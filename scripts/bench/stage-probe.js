'use strict';
// One stage of start-up, for counting instructions under valgrind (bench:startup --valgrind):
// 0 = Node alone (and the notices read), 1 = + module load of the bundle, 2 = + the first check.
//   node --jitless scripts/bench/stage-probe.js BUNDLE NOTICES_JSON STAGE
const fs = require('fs');
const path = require('path');
const [entry, noticesFile, stage] = process.argv.slice(2);
const notices = JSON.parse(fs.readFileSync(noticesFile, 'utf8'));
if (Number(stage) >= 1) {
  const { checkNotice } = require(path.resolve(entry));
  if (Number(stage) >= 2) checkNotice(notices[0]);
}
