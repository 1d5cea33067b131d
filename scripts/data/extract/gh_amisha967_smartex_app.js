'use strict';
// A real Indian SMS inbox export (17,784 SMS, several phones' banks / lenders / wallets) shipped
// as the training data of an expense tracker: the lenders' own due, overdue and bounce notices
// (Home Credit, Money View, Bajaj Finance, RBL / Axis / HDFC cards, TVS Credit …). See its card.
const { parseCsv } = require('../lib/csv');
const { enReminder, enKind, templateKey } = require('../lib/en-finance-label');

const REPO = 'Amisha967/smartex-app';
const COMMIT = 'ef6b23c3769134195786bd446293ef5fd6f25d45';
const FILE = 'data/SMS-DATA-cleaned.csv';
// Alphanumeric sender IDs (e.g. JD-HOMECR) are registered with the operators (TRAI headers);
// SMS from plain mobile numbers are left out: nothing shows who sent them.
const REGISTERED = /^[A-Z]{2}-[A-Za-z0-9]{3,9}$|^[A-Z][A-Za-z0-9]{3,8}$/;

module.exports = {
  id: 'gh_amisha967_smartex_app',
  split: 'train',
  build(ctx) {
    const rows = parseCsv(ctx.git(REPO, COMMIT, FILE)).slice(1);
    const seen = new Set();
    const out = [];
    for (const [sender, raw] of rows) {
      const text = (raw || '').trim();
      if (!text || !REGISTERED.test((sender || '').trim()) || !enReminder(text)) continue;
      const key = templateKey(text);
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text,
        label: 'reminder',
        channel: 'sms',
        kind: enKind(text, 'lender_sms'),
        sender: sender.trim(),
        url: `https://github.com/${REPO}/blob/${COMMIT}/${FILE}`,
      });
    }
    return out;
  },
};
