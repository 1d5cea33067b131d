'use strict';
// TeleAntiFraud (Apache-2.0): the multi-agent call dialogues in the GitHub repository. The caller's
// turns (`left`) are what a user would paste as "what the caller said"; the user's replies are left
// out. Capped at 3,000 dialogues by a seeded hash order so the corpus is not swamped by one source.
const crypto = require('crypto');

const REPO = 'JimmyMa99/TeleAntiFraud';
const COMMIT = '6a09c4ee6ac85359c262eb36d689c0e2b392ad0d';
const SEED = 'notice-check-2026';
const CAP = { scam: 2300, unrelated: 700 };
// Loan / credit wording marks the dialogues the checker most needs; they are all kept.
const LOAN = /贷款|征信|还款|催收|逾期|借呗|微粒贷|花呗|白条|网贷|校园贷|学生贷|放款|借款|额度/;

const TYPE = {
  邮件诈骗: 'parcel',
  钓鱼诈骗: 'phishing',
  绑架诈骗: 'kidnap',
  客服诈骗: 'fake_service',
  投资诈骗: 'investment',
  彩票诈骗: 'lottery',
  身份盗窃: 'identity_theft',
  银行诈骗: 'bank',
};

const rank = (text) =>
  crypto
    .createHash('sha256')
    .update(SEED + text)
    .digest('hex');

/** The extractor's messages with other caps (scripts/model/gatecost.ts --taf measures them). */
function buildCapped(ctx, cap) {
  const files = ctx
    .ls(REPO, COMMIT)
    .filter((f) =>
      /AntiFraudMatrix(-normal)?\/results\/(fraud|normal)_dialogues-[\d_]+\.jsonl$/.test(f),
    );
  const pools = { scam: [], unrelated: [] };
  const seen = new Set();
  for (const f of files.sort()) {
    for (const line of ctx.git(REPO, COMMIT, f).split('\n')) {
      if (!line.trim()) continue;
      const d = JSON.parse(line);
      const text = (d.left || [])
        .map((t) => t.trim())
        .filter(Boolean)
        .join('\n');
      if (!text || seen.has(text)) continue;
      seen.add(text);
      const fraud = f.includes('/fraud_dialogues');
      const label = fraud ? 'scam' : 'unrelated';
      const loan = LOAN.test(text);
      const kind = fraud
        ? loan
          ? 'fraud_dataset_loan'
          : `fraud_dataset_${TYPE[d.fraud_type] || 'other'}`
        : 'fraud_dataset_normal';
      pools[label].push({ text, label, channel: 'call', kind, loan });
    }
  }
  const out = [];
  for (const [label, pool] of Object.entries(pools)) {
    const ordered = pool
      .map((m) => ({ m, r: rank(m.text) }))
      .sort((a, b) => (a.m.loan === b.m.loan ? (a.r < b.r ? -1 : 1) : a.m.loan ? -1 : 1))
      .slice(0, cap[label])
      .map(({ m }) => m);
    // Output in seeded order, not grouped by loan, so a prefix of the file is a fair sample.
    ordered.sort((a, b) => (rank(a.text) < rank(b.text) ? -1 : 1));
    for (const { text, kind, channel } of ordered) out.push({ text, label, channel, kind });
  }
  return out;
}

const build = (ctx) => buildCapped(ctx, CAP);

module.exports = { id: 'gh_jimmyma99_teleantifraud', split: 'train', build, buildCapped };
