#!/usr/bin/env node
// Lists every quoted page whose address is a page reserved for judging the checker
// (../shared/corpus/RESERVED.md), and pages on the same site for a second look. Exits 1 on an
// exact (path-prefix) match, so a reserved page cannot slip into the corpus.
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
// RESERVED_FILE: the list's path when ../shared is not beside this checkout (a helper's worktree).
const reservedFile = process.env.RESERVED_FILE
  ? path.resolve(process.env.RESERVED_FILE)
  : path.resolve(ROOT, '../shared/corpus/RESERVED.md');
if (!fs.existsSync(reservedFile)) {
  // A user's clone has no ../shared; a worktree elsewhere needs RESERVED_FILE, so say so.
  console.log(
    `no ${reservedFile} here: nothing was checked (set RESERVED_FILE to the list's path)`,
  );
  process.exit(0);
}
const reserved = fs
  .readFileSync(reservedFile, 'utf8')
  .split('\n')
  .filter((l) => l.startsWith('- '))
  .map((l) =>
    l
      .slice(2)
      .trim()
      .replace(/…$/, '')
      .replace(/^https?:\/\//, ''),
  );
const strip = (u) => decodeURI(u.replace(/^https?:\/\//, '')).replace(/^www\./, '');
let exact = 0;
const dir = path.join(ROOT, 'data', 'quotes');
for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.json'))) {
  const j = JSON.parse(fs.readFileSync(path.join(dir, f), 'utf8'));
  const urls = [
    j.url,
    ...(j.pages || []).map((p) => p.url),
    ...(j.messages || []).map((m) => m.url),
  ].filter(Boolean);
  for (const u of new Set(urls)) {
    const s = strip(u);
    for (const r of reserved) {
      const rr = strip(r);
      if (s.startsWith(rr)) {
        exact++;
        console.log(`RESERVED ${f}: ${u} (${r})`);
      } else if (s.split('/')[0] === rr.split('/')[0])
        console.log(`same site ${f}: ${u} (reserved: ${r})`);
    }
  }
}
process.exit(exact ? 1 : 0);
