'use strict';
// The CLI batch's checking alone: a fresh process that parses every line and checks it the way
// `check --jsonl` does, and writes nothing. Against the CLI, it shows what the CLI itself adds
// (serialising, writing); against the in-process checker, what a cold process costs.
//   node check-only.js FILE
require('../register-ts');
const fs = require('fs');
const { checkNotice } = require('../../miniprogram/core/check.ts');
let n = 0;
for (const raw of fs.readFileSync(process.argv[2], 'utf8').split('\n')) {
  if (!raw) continue;
  const o = JSON.parse(raw);
  checkNotice({ text: o.text, channel: o.channel, sender: o.sender, borrowed: o.borrowed });
  n++;
}
if (!n) process.exit(1);
