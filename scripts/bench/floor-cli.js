'use strict';
// The CLI's floor: a process that reads the same JSONL, parses every line and writes one JSON
// line per input, with no checking. The CLI batch is measured against this.
const fs = require('fs');
const src = process.argv[2];
const data = fs.readFileSync(src === '-' ? 0 : src, 'utf8');
const out = [];
for (const raw of data.split('\n')) {
  if (!raw) continue;
  const o = JSON.parse(raw);
  out.push(JSON.stringify({ id: o.id, text: o.text }));
  if (out.length >= 2000) {
    process.stdout.write(out.join('\n') + '\n');
    out.length = 0;
  }
}
if (out.length) process.stdout.write(out.join('\n') + '\n');
