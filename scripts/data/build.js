#!/usr/bin/env node
// `npm run data`: rebuilds data/sources/<id>.jsonl from public snapshots, one extractor per source.
// Two kinds of source:
// - web pages and files quoted through look-ups: their verbatim quotes live in
//   data/quotes/<id>.json (the source of truth) and build data/sources/<id>.jsonl (committed);
// - git snapshots (the search tool's `fetch`, under MIRROR_ROOT): the recipe (extractor with a
//   pinned commit) is committed, the messages are NOT — the workplace keeps fetched data out of
//   developers' commits — so they go to data/snapshots/<id>.jsonl (git-ignored) and exist only
//   on a machine that has the snapshot. Everything that reads the corpus reads both folders.
'use strict';
const fs = require('fs');
const path = require('path');
const { execFileSync } = require('child_process');

const ROOT = path.resolve(__dirname, '../..');
const DATA = path.join(ROOT, 'data');
const MIRROR_ROOT =
  process.env.MIRROR_ROOT ||
  [path.resolve(ROOT, '../.mirror'), '/work/.mirror'].find((d) => fs.existsSync(d)) ||
  path.resolve(ROOT, '../.mirror');
const LABELS = new Set(['scam', 'abusive', 'reminder', 'unrelated']);
const CHANNELS = new Set(['sms', 'wechat', 'call', 'visit', 'letter', 'other']);
const SPLITS = new Set(['train', 'dev', 'test']);

class MissingSnapshot extends Error {}

/** Finds the bare git dir of a fetched `owner/name` snapshot. */
function findRepo(ownerName) {
  const dir = path.join(MIRROR_ROOT, ownerName.replace('/', '+'));
  if (!fs.existsSync(dir))
    throw new MissingSnapshot(`no snapshot of ${ownerName} under ${MIRROR_ROOT}`);
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    if (fs.existsSync(path.join(d, 'HEAD')) && fs.existsSync(path.join(d, 'objects'))) return d;
    for (const e of fs.readdirSync(d, { withFileTypes: true }))
      if (e.isDirectory()) stack.push(path.join(d, e.name));
  }
  throw new MissingSnapshot(`no git dir inside ${dir}`);
}

/** Set when the running extractor read a snapshot: its output must stay out of git. */
let usedSnapshot = false;

const ctx = {
  root: ROOT,
  /** File text at a pinned commit of a fetched repository ('owner/name'). */
  git(ownerName, commit, file) {
    usedSnapshot = true;
    const gitDir = findRepo(ownerName);
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (e) {
      throw new MissingSnapshot(
        `${ownerName}@${commit}:${file} not readable (${e.message.split('\n')[0]})`,
      );
    }
  },
  /** A binary file (e.g. a .docx) at a pinned commit, as a Buffer. */
  gitBuffer(ownerName, commit, file) {
    usedSnapshot = true;
    const gitDir = findRepo(ownerName);
    try {
      return execFileSync('git', ['--git-dir', gitDir, 'show', `${commit}:${file}`], {
        maxBuffer: 256 * 1024 * 1024,
      });
    } catch (e) {
      throw new MissingSnapshot(
        `${ownerName}@${commit}:${file} not readable (${e.message.split('\n')[0]})`,
      );
    }
  },
  /** Paths of a pinned commit, for extractors that scan a tree. */
  ls(ownerName, commit) {
    usedSnapshot = true;
    const gitDir = findRepo(ownerName);
    // -z: paths with Chinese names come back raw, not C-quoted
    return execFileSync(
      'git',
      ['--git-dir', gitDir, 'ls-tree', '-r', '-z', '--name-only', commit],
      {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      },
    )
      .split('\0')
      .filter(Boolean);
  },
  /**
   * Every distinct version (blob) of the files matching `re` in the history up to a pinned
   * commit: fixtures that were later renamed or deleted are still real texts.
   */
  history(ownerName, commit, re) {
    usedSnapshot = true;
    const gitDir = findRepo(ownerName);
    const run = (args) =>
      execFileSync('git', ['--git-dir', gitDir, '-c', 'core.quotepath=off', ...args], {
        encoding: 'utf8',
        maxBuffer: 256 * 1024 * 1024,
      });
    const seen = new Map();
    for (const line of run([
      'log',
      '--format=',
      '--raw',
      '--no-abbrev',
      '--no-renames',
      commit,
    ]).split('\n')) {
      const m = /^:\d+ \d+ [0-9a-f]+ ([0-9a-f]+) [AM]\t(.+)$/.exec(line);
      if (m && re.test(m[2]) && !seen.has(m[1])) seen.set(m[1], m[2]);
    }
    return [...seen].map(([blob, file]) => ({ file, text: run(['cat-file', '-p', blob]) }));
  },
  quotes(id) {
    return JSON.parse(fs.readFileSync(path.join(DATA, 'quotes', `${id}.json`), 'utf8'));
  },
  fill: require('./fill').fill,
};

function validate(id, split, msgs) {
  const seen = new Set();
  const out = [];
  msgs.forEach((m, i) => {
    const text = typeof m.text === 'string' ? m.text.trim() : '';
    if (!text) throw new Error(`${id}: message ${i} has no text`);
    if (!LABELS.has(m.label)) throw new Error(`${id}: message ${i} has label ${m.label}`);
    const channel = CHANNELS.has(m.channel) ? m.channel : 'other';
    if (seen.has(text)) return; // verbatim duplicates inside a source add nothing
    seen.add(text);
    const line = {
      id: `${id}:${out.length + 1}`,
      text,
      label: m.label,
      channel,
      source: id,
      split,
      kind: m.kind || 'other',
    };
    if (m.template && m.template !== text) line.template = m.template;
    if (m.sender) line.sender = m.sender;
    if (m.url) line.url = m.url;
    out.push(line);
  });
  return out;
}

function main() {
  const only = process.argv.slice(2);
  const dir = path.join(__dirname, 'extract');
  const files = fs
    .readdirSync(dir)
    .filter((f) => f.endsWith('.js'))
    .sort();
  let failed = 0;
  for (const f of files) {
    const mod = require(path.join(dir, f));
    if (only.length && !only.includes(mod.id)) continue;
    if (!/^[a-z0-9_]+$/.test(mod.id) || mod.id !== path.basename(f, '.js'))
      throw new Error(`${f}: id must equal the file name`);
    if (!SPLITS.has(mod.split)) throw new Error(`${f}: split must be train, dev or test`);
    try {
      usedSnapshot = false;
      const msgs = validate(mod.id, mod.split, mod.build(ctx));
      const dir = path.join(DATA, usedSnapshot ? 'snapshots' : 'sources');
      fs.mkdirSync(dir, { recursive: true });
      fs.writeFileSync(
        path.join(dir, `${mod.id}.jsonl`),
        msgs.map((m) => JSON.stringify(m)).join('\n') + '\n',
      );
      console.log(
        `${mod.id}: ${msgs.length} messages (${mod.split}${usedSnapshot ? ', from a snapshot: not committed' : ''})`,
      );
    } catch (e) {
      if (!(e instanceof MissingSnapshot)) {
        failed++;
        console.error(`${mod.id}: FAILED ${e.stack}`);
      } else {
        console.warn(`${mod.id}: skipped, no snapshot here (${e.message})`);
      }
    }
  }
  process.exitCode = failed ? 1 : 0;
}

if (require.main === module) main();
module.exports = { ctx, validate };
