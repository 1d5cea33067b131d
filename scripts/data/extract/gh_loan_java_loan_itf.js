'use strict';
// A Chinese multi-brand cash-loan system's messaging service (package com.mod.loan; brand
// 包借款 among others): SMS templates of the five SMS gateways it used (kept as commented-out
// enums after each switch), its voice-call template, and the due / overdue SMS its scheduler
// builds by concatenation. Every version in the history up to the pinned commit is read; see the
// card.
const { concatAfter } = require('../lib/concat-strings');

const REPO = 'loan-java/loan-itf';
const COMMIT = '546467d4c86af006a0efc76ce681b35496f1cd43';
// Gateway template enums and the scheduler; the *Sign files (gateway credentials) are not read.
const FILES = /(Template|MessageTask)\.java$/;
const BRAND = '包借款'; // the sign the code's gateway lists give this system's own brand

const ENTRY = /\b[TV]\d{3,4}\s*\(\s*"[^"]*"\s*,\s*"[^"]*"\s*,\s*"((?:[^"\\]|\\.)*)"\s*\)/g;
// Variants that differ only by the gateway's sign prefix or unsubscribe suffix are one template.
const base = (t) =>
  t
    .replace(/^【%s】|^\{smsTitle\}/, '')
    .replace(/回T退订$/, '')
    .trim();

function label(t) {
  if (/验证码/.test(t)) return ['unrelated', 'lender_sms_code'];
  if (/逾期/.test(t)) return ['reminder', 'lender_sms_overdue'];
  if (/打款|打至/.test(t) && !/回购/.test(t)) return ['reminder', 'lender_sms_other'];
  return ['reminder', 'lender_sms_repayment'];
}

function fillTemplate(t) {
  let n = 0;
  return t
    .replace(/\{smsTitle\}/g, `【${BRAND}】`)
    .replace(/\{toString\}/g, '12月05日10:30:00')
    .replace(/\{borrowMoney\}/g, '1280.00')
    .replace(/%s/g, () => {
      n++;
      // sign, then amount / customer, then date / brand, in each template's own order
      if (n === 1 && t.startsWith('【%s】')) return BRAND;
      if (/验证码/.test(t)) return ['', '482913', '5分钟'][n - 1] ?? '';
      if (/尊敬的客户%s您好/.test(t)) return n === 1 ? '张三' : BRAND;
      if (/请于%s前/.test(t)) return /%s元/.test(t) && n <= 2 ? '1280.00' : '2026年12月5日';
      return '1280.00';
    })
    .replace(/^【包借款】包借款/, `【${BRAND}】`);
}

module.exports = {
  id: 'gh_loan_java_loan_itf',
  split: 'train',
  build(ctx) {
    const seen = new Set();
    const out = [];
    const add = (template, file, channel) => {
      const k = base(template);
      if (seen.has(k)) return;
      seen.add(k);
      const [lab, kind] = label(template);
      out.push({
        template,
        text: fillTemplate(template),
        label: lab,
        channel,
        kind: channel === 'call' ? kind.replace('lender_sms', 'lender_call') : kind,
        url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
      });
    };
    const versions = ctx
      .history(REPO, COMMIT, FILES)
      .sort((a, b) => a.file.localeCompare(b.file) || a.text.localeCompare(b.text));
    for (const { file, text } of versions) {
      if (/MessageTask/.test(file)) {
        for (const { template } of concatAfter(text, /setParams\(/g, { html: false }))
          if (/[\u4e00-\u9fff]/.test(template)) add(template, file, 'sms');
        continue;
      }
      // old gateways' enums survive as commented-out code: their templates were sent
      const src = text.replace(/^\s*\/\/\s?/gm, '');
      for (const m of src.matchAll(ENTRY))
        if (/[\u4e00-\u9fff]/.test(m[1])) add(m[1], file, /voice/.test(file) ? 'call' : 'sms');
    }
    return out;
  },
};
