'use strict';
// 互金网络平台 of 浙江盘石 (Panshi; "77鱼塘" in its code SMS): a Chinese-built cash-loan platform
// for Indonesia, Vietnam and the Philippines. Its SMS template enum holds each notice in four
// slots (a Chinese slot, Indonesian, Vietnamese, and the Philippine slot in English); the loan
// notices' "Chinese" slot already carries Indonesian. Read from a `fetch` snapshot at a pinned
// commit; see the card.
const REPO = 'dplanters/ydzd';
const COMMIT = 'd537f344da026b435cadf835a0fe9ce985d8f77f';
const FILE = 'gndc-common/src/main/java/com/gndc/common/enums/sms/SmsTemplateType.java';

// Which notices are about the borrower's own loan, and which of those are past due.
const KIND = {
  NOTIFY: 'lender_sms_repayment',
  REFUND_FAIL: 'lender_sms_repayment',
  REFUND_AMOUNT_WARN_ONE: 'lender_sms_repayment',
  REFUND_AMOUNT_WARN_TODAY: 'lender_sms_repayment',
  OVERDUVE_WARN_ONE: 'lender_sms_overdue',
  OVERDUVE_WARN_TWO: 'lender_sms_overdue',
  OVERDUVE_WARN_THREE: 'lender_sms_overdue',
  USER_LOGIN: 'lender_sms_code',
  USER_FORGET_PWD: 'lender_sms_code',
  USER_MODIFY_PHONE: 'lender_sms_code',
  BANK_BIND: 'lender_sms_code',
};

const javaUnescape = (s) => s.replace(/\\"/g, '"').replace(/\\\\/g, '\\');

module.exports = {
  id: 'gh_dplanters_ydzd',
  split: 'test',
  build(ctx) {
    const src = ctx.git(REPO, COMMIT, FILE).replace(/^\s*\/\/.*$/gm, '');
    const out = [];
    for (const m of src.matchAll(
      /\b([A-Z_]+)\(\(byte\)\s*\d+,((?:\s*"(?:[^"\\]|\\.)*"\s*,?)+)\)/g,
    )) {
      const kind = KIND[m[1]];
      if (!kind) continue; // the collection and marketing slots hold only their own labels
      const slots = [...m[2].matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((s) => javaUnescape(s[1]));
      slots.forEach((template) => {
        if (!template.trim()) return;
        out.push({
          template,
          // {0}: the customer-service number or the code; the platform publishes no number
          text: ctx.fill(template, { positional: [kind === 'lender_sms_code' ? '482913' : ''] }),
          label: kind === 'lender_sms_code' ? 'unrelated' : 'reminder',
          channel: 'sms',
          kind,
          url: `https://github.com/${REPO}/blob/${COMMIT}/${FILE}`,
        });
      });
    }
    return out;
  },
};
