#!/usr/bin/env node
// The real-message corpus as one list: every data/sources/*.jsonl, checked (each source in one
// split only, ids unique, labels and splits known). Used by train, eval and the tests, and run
// alone (`node scripts/data/load.js`) it prints the counts per label × split.
//
// data/snapshots/ (git-ignored, built by `npm run data` from fetched snapshots) is read too.
// Extra corpus folders (e.g. other worktrees while their branches are not merged) can be added
// with CORPUS_DIRS=dir1:dir2 or --data dir1,dir2; each is a repo root holding data/sources/.
// A source found in two folders is read from the first (this checkout comes first).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '../..');
const LABELS = ['scam', 'abusive', 'reminder', 'unrelated'];
const SPLITS = ['train', 'dev', 'test'];

function corpusDirs(argv = process.argv) {
  const dirs = [ROOT];
  const extra = [];
  if (process.env.CORPUS_DIRS) extra.push(...process.env.CORPUS_DIRS.split(':'));
  const i = argv.indexOf('--data');
  if (i >= 0 && argv[i + 1]) extra.push(...argv[i + 1].split(','));
  for (const d of extra) if (d && !dirs.includes(path.resolve(d))) dirs.push(path.resolve(d));
  return dirs;
}

/**
 * Every message of the corpus: data/sources (committed) and data/snapshots (rebuilt from fetched
 * git snapshots by `npm run data`, git-ignored, so present only where the snapshots are).
 * `committedOnly` reads data/sources alone: what a fresh clone has. Throws on a broken contract
 * rather than training on it.
 */
function loadCorpus(dirs = corpusDirs(), { committedOnly = false } = {}) {
  const bySource = new Map();
  const snapshotOnly = new Set();
  for (const dir of dirs) {
    for (const sub of committedOnly ? ['sources'] : ['sources', 'snapshots']) {
      const src = path.join(dir, 'data', sub);
      if (!fs.existsSync(src)) continue;
      for (const f of fs.readdirSync(src).sort()) {
        if (!f.endsWith('.jsonl')) continue;
        const id = f.slice(0, -'.jsonl'.length);
        const file = path.join(src, f);
        if (bySource.has(id)) {
          // Two folders building the same source differently must be reconciled.
          if (fs.readFileSync(bySource.get(id), 'utf8') !== fs.readFileSync(file, 'utf8'))
            console.warn(`warning: source ${id} differs between ${bySource.get(id)} and ${file}`);
          continue;
        }
        bySource.set(id, file);
        if (sub === 'snapshots') snapshotOnly.add(id);
      }
    }
  }
  const messages = [];
  const ids = new Set();
  const splitOf = new Map();
  const problems = [];
  for (const [source, file] of [...bySource].sort((a, b) => (a[0] < b[0] ? -1 : 1))) {
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines.forEach((line, n) => {
      if (!line.trim()) return;
      let m;
      try {
        m = JSON.parse(line);
      } catch {
        problems.push(`${file}:${n + 1}: not JSON`);
        return;
      }
      const where = `${file}:${n + 1}`;
      if (typeof m.text !== 'string' || !m.text.trim()) problems.push(`${where}: no text`);
      if (!LABELS.includes(m.label)) problems.push(`${where}: label ${m.label}`);
      if (!SPLITS.includes(m.split)) problems.push(`${where}: split ${m.split}`);
      if (m.source !== source) problems.push(`${where}: source ${m.source} in ${source}.jsonl`);
      if (ids.has(m.id)) problems.push(`${where}: duplicate id ${m.id}`);
      ids.add(m.id);
      const s = splitOf.get(m.source);
      if (s && s !== m.split)
        problems.push(`${where}: source ${m.source} is in ${s} and ${m.split}`);
      splitOf.set(m.source, m.split);
      messages.push(m);
    });
  }
  if (problems.length)
    throw new Error(`corpus contract broken:\n  ${problems.slice(0, 20).join('\n  ')}`);
  return { messages, files: bySource, splitOf, snapshotOnly };
}

/** Counts per label × split, and sources per split, as printable lines. */
function countTable(messages) {
  const count = {};
  const sources = {};
  for (const s of SPLITS) {
    count[s] = Object.fromEntries(LABELS.map((l) => [l, 0]));
    sources[s] = Object.fromEntries(LABELS.map((l) => [l, new Set()]));
  }
  for (const m of messages) {
    count[m.split][m.label]++;
    sources[m.split][m.label].add(m.source);
  }
  const pad = (x, n) => String(x).padStart(n);
  const out = [`${'label'.padEnd(10)}${SPLITS.map((s) => pad(s, 16)).join('')}${pad('total', 16)}`];
  for (const l of LABELS) {
    let total = 0;
    const all = new Set();
    const cells = SPLITS.map((s) => {
      total += count[s][l];
      for (const x of sources[s][l]) all.add(x);
      return pad(`${count[s][l]} (${sources[s][l].size} src)`, 16);
    });
    out.push(`${l.padEnd(10)}${cells.join('')}${pad(`${total} (${all.size} src)`, 16)}`);
  }
  const tot = SPLITS.map((s) =>
    pad(
      LABELS.reduce((a, l) => a + count[s][l], 0),
      16,
    ),
  );
  out.push(`${'all'.padEnd(10)}${tot.join('')}${pad(messages.length, 16)}`);
  return out;
}

/** One markdown row per source: id, split, label counts, kinds (for data/README.md). */
function sourceTable(messages) {
  const rows = new Map();
  for (const m of messages) {
    const r = rows.get(m.source) || { split: m.split, labels: {}, kinds: new Set() };
    r.labels[m.label] = (r.labels[m.label] || 0) + 1;
    r.kinds.add(m.kind);
    rows.set(m.source, r);
  }
  const out = ['| source | split | messages | kinds |', '| --- | --- | --- | --- |'];
  for (const [id, r] of [...rows].sort((a, b) =>
    a[1].split === b[1].split
      ? a[0] < b[0]
        ? -1
        : 1
      : SPLITS.indexOf(a[1].split) - SPLITS.indexOf(b[1].split),
  )) {
    const labels = LABELS.filter((l) => r.labels[l])
      .map((l) => `${r.labels[l]} ${l}`)
      .join(', ');
    out.push(`| \`${id}\` | ${r.split} | ${labels} | ${[...r.kinds].sort().join(', ')} |`);
  }
  return out;
}

if (require.main === module) {
  const { messages, files, snapshotOnly } = loadCorpus();
  console.log(
    `${messages.length} messages from ${files.size} sources` +
      (snapshotOnly.size
        ? ` (${snapshotOnly.size} rebuilt from snapshots, not in git: ${[...snapshotOnly].join(', ')})`
        : ''),
  );
  for (const l of countTable(messages)) console.log(l);
  if (process.argv.includes('--sources')) for (const l of sourceTable(messages)) console.log(l);
}

module.exports = { loadCorpus, countTable, sourceTable, corpusDirs, LABELS, SPLITS, ROOT };
