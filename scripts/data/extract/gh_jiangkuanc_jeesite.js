'use strict';
// 丝路互金网 (大公 / dagongsoft's P2P platform for enterprise borrowers, on JeeSite): the SMS and
// the in-site letters (站内信) it sends the companies that borrow through it — loan disbursed,
// repayment day in 3 days / today, overdue, repayment proof rejected — and their account,
// rating and fund-raising notices. See the card.
const { concatAfter, stripHtml } = require('../lib/concat-strings');
const { financeKind } = require('../lib/finance-label');

const REPO = 'jiangkuanc/Jeesite';
// newest commit of the snapshot (2017-09-08)
const COMMIT = '9abb2dfe46b057d15d08ce587755a5a95db17029';
const DIR = 'src/main/java/com/dagongsoft/p2p/utils/msg/';
const FILES = [
  { file: 'MsgSmsTemplate.java', anchor: /String str = /g, channel: 'sms', base: 'lender_sms' },
  {
    file: 'MsgLetterTemplate.java',
    anchor: /String content = /g,
    channel: 'other',
    base: 'lender_notice',
  },
];
const MAX_UNRELATED = 12; // account, rating and payment notices: a sample

// The code's operands, replaced by fixed neutral values before the concatenation is read.
const OPERANDS = [
  [/s1\.format\(\w+\)/g, '"2026年12月05日"'],
  [/s2\.format\(\w+\)/g, '"2026年12月05日 10:30:00"'],
  [/df\.format\((?:sumAmount|money|money1|thisAmount)\)/g, '"1,280.00"'],
  [/df\.format\(money2\)/g, '"1,276.00"'],
  [/df\.format\(principal\)/g, '"1,200.00"'],
  [/df\.format\(interest\)/g, '"80.00"'],
  [/df\.format\(fine\)/g, '"12.80"'],
  [/df\.format\(amount\)/g, '"500,000.00"'],
  [/\+\s*financingName\s*\+/g, '+ "ZX2026001" +'],
  [/\+\s*level\s*\+/g, '+ "BBB" +'],
  [/\+\s*fuPing\s*\+/g, '+ "信用评级" +'],
  [/\+\s*(?:day|days)\s*\+/g, '+ "3" +'],
];

// Investor-side notices (the platform's lenders) are not messages to a borrower.
const INVESTOR = /您拟投资|投资邀约，您拟投资|您已接受投资邀约/;
// Notices about the borrower's own loan once it exists: disbursed, due, overdue, repayment proof.
const OWN_LOAN = /已放款|还款日|最后还款日|已逾期|还款凭证/;

module.exports = {
  id: 'gh_jiangkuanc_jeesite',
  split: 'dev',
  build(ctx) {
    const loans = [];
    const other = [];
    for (const { file, anchor, channel, base } of FILES) {
      let src = ctx.git(REPO, COMMIT, DIR + file);
      for (const [re, v] of OPERANDS) src = src.replace(re, v);
      for (const { template: raw } of concatAfter(src, anchor, { html: false })) {
        // the letters keep their HTML escaped; the link text (查看详情) is what the reader sees
        const template = stripHtml(
          raw
            .replace(/&lt;/g, '<')
            .replace(/&gt;/g, '>')
            .replace(/&quot;/g, '"')
            .replace(/<a\b[^>]*>([^<]*)<\/a>/gi, '$1'),
        ).replace(/\n/g, '');
        if (!/[\u4e00-\u9fff]/.test(template) || /\{\w+\}/.test(template)) continue;
        if (INVESTOR.test(template)) continue;
        const text = template;
        const own = OWN_LOAN.test(text);
        const msg = {
          text,
          label: own ? 'reminder' : 'unrelated',
          channel,
          kind: own ? financeKind(text, base) : `${base}_other`,
          url: `https://github.com/${REPO}/blob/${COMMIT}/${DIR}${file}`,
        };
        (own ? loans : other).push(msg);
      }
    }
    return [...loans, ...other.slice(0, MAX_UNRELATED)];
  },
};
