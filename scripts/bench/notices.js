'use strict';
// The notices every checker benchmark runs on: the real-message corpus (data/sources) when it
// is there, then the repository's own fixtures, then a few built-in lines, so a fresh clone can
// run the benchmarks too. Each copy is varied a little (a number, a suffix) so nothing benefits
// from identical strings.
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..', '..');
const FALLBACK = [
  '【微粒贷】您的账户已逾期，请于今日18点前转账至专员个人账户6222 0210 0112 3456 789完成还款。',
  '【招商银行】您尾号8826的信用卡本期账单¥5,231.00，到期还款日12月05日。可通过掌上生活App还款，详询95555。',
  '你再不还钱，我们就打电话给你单位领导和你爸妈。',
  '明天下午三点开会，记得带电脑。',
];

function readJsonl(file) {
  return fs
    .readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l));
}

function seedRows() {
  const files = [];
  const sources = path.join(ROOT, 'data', 'sources');
  if (fs.existsSync(sources))
    for (const f of fs.readdirSync(sources).sort())
      if (f.endsWith('.jsonl')) files.push(path.join(sources, f));
  for (const f of ['notices.jsonl', 'holdout.jsonl']) {
    const p = path.join(ROOT, 'test', 'fixtures', f);
    if (fs.existsSync(p)) files.push(p);
  }
  const rows = [];
  for (const f of files)
    for (const r of readJsonl(f))
      if (typeof r.text === 'string' && r.text)
        rows.push({ text: r.text, channel: r.channel, sender: r.sender, borrowed: r.borrowed });
  return rows.length ? rows : FALLBACK.map((text) => ({ text }));
}

/** `n` JSONL lines of notices, in the CLI's input format. */
function benchLines(n) {
  const seeds = seedRows();
  const lines = [];
  for (let i = 0; i < n; i++) {
    const s = seeds[i % seeds.length];
    const text =
      s.text.replace(/\d{3,}/, (m) => String((Number(m.slice(0, 6)) + i) % 1000000)) +
      (i % 3 === 0 ? ` #${i}` : '');
    lines.push(
      JSON.stringify({
        id: String(i),
        text,
        channel: s.channel,
        sender: s.sender,
        borrowed: s.borrowed,
      }),
    );
  }
  return { lines, seeds: seeds.length };
}

module.exports = { benchLines, seedRows };
