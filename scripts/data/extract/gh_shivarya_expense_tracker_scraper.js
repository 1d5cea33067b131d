'use strict';
// A real Indian SMS inbox export (966 SMS, Jan 2026 back to Sep 2025) that an expense tracker's
// author committed as its scraper's input: the card issuers' own statement / payment-due SMS
// (ICICI Bank, American Express). See its card.
const { enReminder, templateKey } = require('../lib/en-finance-label');

const REPO = 'shivarya/expense-tracker-scraper';
// newest commit of the snapshot (2026-03-03)
const COMMIT = '2b2d21e18e5e206b868683722a8b7b9b7892121e';
const FILE = 'data/sms-export.json';
// Operator-registered sender IDs (TRAI headers, here with the -S / -G / -T / -P suffix)
const REGISTERED = /^[A-Z]{2}-[A-Za-z0-9]{3,9}(-[SGTP])?$/;
// ICICI's due-date SMS ("Pay Total Due of Rs … by …") words the debt without "is due"
const PAY_DUE = /\bpay total due of\b/i;
// a lender's or card issuer's notice (the ISP's "due amount is Rs 0" on a closed line is not)
const CREDIT = /\b(credit card|card|loan|emi)\b/i;

module.exports = {
  id: 'gh_shivarya_expense_tracker_scraper',
  split: 'train',
  build(ctx) {
    const seen = new Set();
    const out = [];
    for (const { address, body } of JSON.parse(ctx.git(REPO, COMMIT, FILE))) {
      const text = (body || '').trim();
      if (
        !REGISTERED.test(address || '') ||
        !(enReminder(text) || PAY_DUE.test(text)) ||
        !CREDIT.test(text)
      )
        continue;
      // the same statement SMS for another card, e-mail address or amount is one template
      const key = templateKey(text)
        .replace(/#,#/g, '#')
        .replace(/\S+@\S+/g, '@');
      if (seen.has(key)) continue;
      seen.add(key);
      out.push({
        text,
        label: 'reminder',
        channel: 'sms',
        kind: 'bank_bill',
        sender: address,
        url: `https://github.com/${REPO}/blob/${COMMIT}/${FILE}`,
      });
    }
    return out;
  },
};
