'use strict';
// 宜信普惠 农商贷 (CreditEase's rural-credit business): the SMS its loan system has the SMS
// platform send borrowers — three days before a debit, overdue, loan paid off. The platform holds
// the templates; the code documents each one (old and new wording) in the comment above the
// method that fills it, and the overdue page shows the overdue SMS. See the card.
const { templateKey } = require('../lib/zh-literals');

const REPO = 'liveqmock/ruralcredit2';
// the snapshot's only commit (2015-04-07)
const COMMIT = 'e52836afe1b5be848a1b0a9559b8557dde4ba973';
const SERVICE = 'src/main/java/com/creditease/rc/service/impl/MessageInfoService.java';
const PAGE = 'WebContent/jsp/rc/overDue/overDueMsgRemind.jsp';

// one SMS: from its sign (or 逾期提醒 / 尊敬的客户) to the hotline that closes every text
const SMS = /(?:【宜信公司】)?(?:逾期提醒：)?尊敬的客户[^（]*?（农商贷400-818-9199）/g;

const VALUES = {
  month: '12',
  day: '05',
  accountNo: '8866',
  amount: '1280.00',
  year: '3', // the code's name for the days overdue
  'messageInfoVo.overdueDayCount': '3',
  'messageInfoVo.currAccountTotal': '1280.00',
  'messageInfoVo.month': '12',
  'messageInfoVo.day': '05',
};

function fillTemplate(t) {
  return t
    .replace(/\$\{\s*([\w.]+)\s*\}/g, (m, k) => VALUES[k] ?? '')
    .replace(/XX月XX日/g, '12月05日')
    .replace(/尾号为XXXX/g, '尾号为8866')
    .replace(/XXXX\.XX元/g, '1280.00元');
}

module.exports = {
  id: 'gh_liveqmock_ruralcredit2',
  split: 'train',
  build(ctx) {
    const texts = [];
    // comment blocks: drop the `*` gutters and the old / new labels, join the wrapped lines
    const service = ctx
      .git(REPO, COMMIT, SERVICE)
      .replace(/^\s*\/?\*+\/?\s?/gm, '')
      .replace(/^\s*(?:old|new|新版本|新模板)\s*[:：]?\s*/gim, '')
      .replace(/\s*\n\s*/g, '');
    for (const m of service.matchAll(SMS)) texts.push({ template: m[0], file: SERVICE });
    const page = ctx
      .git(REPO, COMMIT, PAGE)
      .replace(/<[^>]+>|&nbsp;/g, '')
      .replace(/\s+/g, '');
    for (const m of page.matchAll(SMS)) texts.push({ template: m[0], file: PAGE });

    const seen = new Set();
    const out = [];
    for (const { template, file } of texts) {
      // the XX form and the ${…} form of one template are the same text
      const key = templateKey(template.replace(/X+/g, '').replace(/\$\{[^}]*\}/g, ''));
      if (seen.has(key)) continue;
      seen.add(key);
      const text = fillTemplate(template);
      out.push({
        template,
        text,
        label: 'reminder',
        channel: 'sms',
        kind: /逾期/.test(text) ? 'lender_sms_overdue' : 'lender_sms_repayment',
        url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
      });
    }
    return out;
  },
};
