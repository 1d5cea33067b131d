#!/usr/bin/env node
// Before a new quote goes in: is the same text already in the corpus under another source? A
// repost quoted twice would put one message in two splits and let a test message leak into
// training. Compares texts with punctuation, spaces and width folded; a message that contains,
// or is contained in, another of at least 12 characters counts. Prints only ids and splits, never
// a test message's text.
//   node scripts/data/find-dup.js data/quotes/<id>.json [more.json ...]
//   node scripts/data/find-dup.js --all      every source against every other
'use strict';
const fs = require('fs');
const path = require('path');
const { loadCorpus } = require('./load');

const MIN = 12;
const fold = (t) =>
  String(t)
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s\p{P}\p{S}]/gu, '');

function main(argv) {
  const corpus = loadCorpus().messages.map((m) => ({ ...m, f: fold(m.text) }));
  const candidates = [];
  if (argv.includes('--all')) {
    for (const m of corpus) candidates.push({ where: m.id, source: m.source, f: m.f });
  } else {
    for (const file of argv) {
      const q = JSON.parse(fs.readFileSync(file, 'utf8'));
      const id = path.basename(file, '.json');
      // web quotes: `messages` or `pages[].messages`; GitHub quotes: `files[].messages`, whose
      // templates are compared as built (run `npm run data` first), else as written.
      const built = corpus.filter((m) => m.source === id);
      const raw = (q.messages || [])
        .concat(...(q.pages || []).map((p) => p.messages))
        .concat(...(q.files || []).map((f) => f.messages));
      const texts = built.length ? built.map((m) => m.text) : raw.map((m) => m.text || m.template);
      texts.forEach((t, i) => candidates.push({ where: `${id}#${i}`, source: id, f: fold(t) }));
    }
  }
  let found = 0;
  for (const c of candidates) {
    if (c.f.length < MIN) continue;
    for (const m of corpus) {
      if (m.source === c.source || m.f.length < MIN) continue;
      if (m.f.includes(c.f) || c.f.includes(m.f)) {
        found++;
        console.log(`${c.where}  duplicates  ${m.id} (${m.split})`);
        break;
      }
    }
  }
  console.log(
    `${found} of ${candidates.length} messages already in the corpus under another source`,
  );
  return found;
}

if (require.main === module) process.exit(main(process.argv.slice(2)) > 0 ? 1 : 0);
