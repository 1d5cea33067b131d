'use strict';
// The CLI's floor: a process that reads the same JSONL, parses every line and writes one JSON
// line per input, with no checking. The CLI batch is measured against this.
//   node floor-cli.js FILE|- [BYTES]
// With BYTES, each line carries a "pad" of spaces so that the whole output is BYTES long (the
// size the CLI wrote for the same input), so the floor writes as much as the CLI does.
const fs = require('fs');
const src = process.argv[2];
const target = Number(process.argv[3]) || 0;
const data = fs.readFileSync(src === '-' ? 0 : src, 'utf8');
const lines = data.split('\n').filter(Boolean);
let pad = ' ';
let written = 0;
const out = [];
lines.forEach((raw, i) => {
  const o = JSON.parse(raw);
  let line = JSON.stringify({ id: o.id, text: o.text });
  if (target) {
    // What this line must add so the rest of the lines share the remaining bytes evenly.
    const want = Math.floor((target - written) / (lines.length - i)) - 1;
    const k = want - Buffer.byteLength(line) - 9; // 9 = ',"pad":""'
    if (k > 0) {
      while (pad.length < k) pad += pad;
      line = line.slice(0, -1) + ',"pad":"' + pad.slice(0, k) + '"}';
    }
    written += Buffer.byteLength(line) + 1;
  }
  out.push(line);
  if (out.length >= 2000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
});
if (out.length) process.stdout.write(out.join('\n') + '\n');
