'use strict';
// Bank / payment notices that users of the AutoAccounting bookkeeping app contributed as test
// fixtures for its parsing rules (src/rule/<app>/<kind>/<rule>/tests/*.txt): SMS bodies, app
// push notices, WeChat official-account cards and Alipay push titles. Benign financial text.
const REPO = 'AutoAccountingOrg/AutoRule';
const COMMIT = '893f5273d7d636bc6d9b7e47f3ec647214775eb1';

// `git ls-tree` quotes non-ASCII paths as C strings with octal bytes.
function unquote(p) {
  if (!p.startsWith('"')) return p;
  const bytes = [];
  const s = p.slice(1, -1);
  for (let i = 0; i < s.length; i++) {
    if (s[i] === '\\' && /[0-7]{3}/.test(s.slice(i + 1, i + 4))) {
      bytes.push(parseInt(s.slice(i + 1, i + 4), 8));
      i += 3;
    } else if (s[i] === '\\') {
      bytes.push(s.charCodeAt(++i));
    } else {
      bytes.push(...Buffer.from(s[i], 'utf8'));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}

// A bill or "pay by the due date" notice from the lender itself is a reminder; a notice that the
// bill is already paid or refunded, and every spending / income alert, is unrelated.
function label(text) {
  if (/已还清|还款成功|成功扣款|抵扣|退款/.test(text)) return 'unrelated';
  return /记得按时还款|本期账单|账单金额|应还|最低还款|逾期/.test(text) ? 'reminder' : 'unrelated';
}

function texts(record) {
  if (Array.isArray(record)) return record.flatMap(texts);
  if (record.body) return [{ text: record.body, channel: 'sms', kind: 'bank_sms' }];
  if (record.text) return [{ text: record.text, channel: 'other', kind: 'app_notice' }];
  if (record.mMap && record.mMap.description) {
    const m = record.mMap;
    const text = m.title ? `${m.title}\n${m.description}` : m.description;
    return [{ text, channel: 'wechat', kind: 'wechat_account_notice' }];
  }
  if (typeof record.pl === 'string') {
    const pl = JSON.parse(record.pl);
    if (typeof pl.homePageTitle === 'string' && pl.homePageTitle.length >= 6)
      return [{ text: pl.homePageTitle, channel: 'other', kind: 'app_notice' }];
  }
  return [];
}

module.exports = {
  id: 'gh_autoaccountingorg_autorule',
  split: 'train',
  build(ctx) {
    const files = ctx
      .ls(REPO, COMMIT)
      .map(unquote)
      .filter((f) => /^src\/rule\/.*\/tests\/[^/]+\.txt$/.test(f));
    const out = [];
    for (const f of files) {
      let record;
      try {
        record = JSON.parse(ctx.git(REPO, COMMIT, f));
      } catch (e) {
        if (e instanceof SyntaxError) continue; // a few fixtures are not JSON
        throw e;
      }
      for (const t of texts(record)) out.push({ ...t, label: label(t.text) });
    }
    return out;
  },
};
