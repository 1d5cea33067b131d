'use strict';
// 水象分期 / 速秒钱包 / 水象借点花 (Beadwallet, a Chinese cash-loan group): the SMS its loan back end
// sends borrowers (loan about to be paid out, repayment debited, account opened, codes) and the
// app's late-repayment page.
const { concatAfter, stripHtml } = require('../lib/concat-strings');
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'merrybiao/beadwalletloanapp';
// newest commit of the snapshot (2019-11-20)
const COMMIT = '66d0ae7b0861f40a75b8228e3a3b67009a1cf7b8';
const J = 'src/main/java/com/waterelephant/';
// every file that builds a borrower SMS (found with git grep at the pinned commit)
const FILES = [
  'activity/service/impl/ActivityServiceImpl.java',
  'capital/baofoo/BaofooController.java',
  'capital/baofoo/BaofooQfqController.java',
  'capital/guangqun/GuangqunController.java',
  'capital/koudai/KoudaiController.java',
  'capital/service/impl/WoNiuServiceImpl.java',
  'capital/weishenma/WeishenmaController.java',
  'capital/yiqile/YiqileController.java',
  'controller/AppBwBorrowerController.java',
  'drainage/controller/FqgjCallBackController.java',
  'drainage/service/impl/FqgjServiceImpl.java',
  'drainage/util/DrainageUtils.java',
  'drainage/util/rongshu/ChannelUtils.java',
  'haoDai/service/impl/HaoDaiServiceImpl.java',
  'installment/service/impl/AppPaymentServiceImpl.java',
  'jiedianqian/service/impl/JieDianQianServiceImpl.java',
  'jiufu/util/JiufuUtils.java',
  'loanwallet/utils/LoanWalletUtils.java',
  'register/util/RegisterUtils.java',
  'rong360/util/Rong360Util.java',
  'service/impl/BwRepaymentServiceImpl.java',
  'service/impl/CapitalBaseServiceImpl.java',
  'third/utils/ThirdUtil.java',
].map((f) => J + f);
const PAGES = ['src/main/webapp/WEB-INF/pages/repay_late.jsp'];
const ANCHOR = /(?:setMsg\(|String (?:msg|pattern|message) = |setContent\()(?=\s*")/g;
// a password or code is sent in clear: fill it with a neutral value
const VALUES = {
  password: '******',
  phoneCode: '482913',
  phone: '138****0000',
  userName: '张',
  toTwoDecimal: '1280.00',
};

module.exports = {
  id: 'gh_merrybiao_beadwalletloanapp',
  split: 'train',
  build(ctx) {
    const msgs = [];
    for (const f of FILES) {
      const src = ctx.git(REPO, COMMIT, f);
      for (const { index, template } of concatAfter(src, ANCHOR, { html: false })) {
        const line = src.slice(src.lastIndexOf('\n', index) + 1, index);
        // commented-out code was never sent; staff alerts (Face++预警) are not for borrowers
        if (/\/\/|^\s*\*/.test(line) || !/尊敬的|恭喜|小主/.test(template)) continue;
        // {0} in a MessageFormat pattern is the new account's password
        const text = ctx.fill(template, { values: VALUES, positional: ['******'] });
        // an account-opening SMS only points to the loan's progress: not about a debt
        const account = /成功注册/.test(text);
        msgs.push({
          text,
          template,
          label: account ? 'unrelated' : financeLabel(text),
          channel: 'sms',
          kind: account ? 'lender_sms_account' : financeKind(text, 'lender_sms'),
        });
      }
    }
    for (const f of PAGES) {
      const src = ctx.git(REPO, COMMIT, f);
      for (const m of src.matchAll(/<p>(.*?凡是未及时还款.*?)<\/p>/g)) {
        const text = stripHtml(m[1]);
        msgs.push({ text, label: 'reminder', channel: 'other', kind: 'lender_notice_overdue' });
      }
    }
    return msgs;
  },
};
