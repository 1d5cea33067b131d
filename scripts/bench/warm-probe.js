'use strict';
// The first `count` checks of the bundle over the notices (for counting instructions of warm
// checks under valgrind: the difference of two counts over the extra checks).
//   node --jitless scripts/bench/warm-probe.js BUNDLE NOTICES_JSON COUNT
const fs = require('fs');
const path = require('path');
const [entry, noticesFile, count] = process.argv.slice(2);
const notices = JSON.parse(fs.readFileSync(noticesFile, 'utf8'));
const { checkNotice } = require(path.resolve(entry));
for (let i = 0; i < Number(count); i++) checkNotice(notices[i % notices.length]);
