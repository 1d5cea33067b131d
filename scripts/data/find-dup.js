#!/usr/bin/env node
// Before a new quote goes in: is the same text already in the corpus under another source? A
// repost quoted twice would put one message in two splits and let a test message leak into
// training. Compares texts with punctuation, spaces and width folded; a message that contains,
// or is contained in, another of at least 12 characters counts. Prints only ids and splits, never
// a test message's text.
//   node scripts/data/find-dup.js <id | data/quotes/<id>.json> ...   after `npm run data`: the
//                                 source's built messages (data/sources/<id>.jsonl), whatever
//                                 shape its quotes file has, against every other source
//   node scripts/data/find-dup.js --all      every source against every other
'use strict';
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
  const wanted = argv.includes('--all')
    ? null
    : new Set(argv.map((a) => path.basename(a).replace(/\.jsonl?$/, '')));
  const candidates = corpus
    .filter((m) => !wanted || wanted.has(m.source))
    .map((m) => ({ where: m.id, source: m.source, f: m.f }));
  if (wanted)
    for (const id of wanted)
      if (!candidates.some((c) => c.source === id))
        console.log(`${id}: no messages in the corpus (run \`npm run data\` first?)`);
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
