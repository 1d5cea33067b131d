'use strict';
// 51返呗 / 爱上街 (浙江阿拉丁, a Hangzhou consumer-credit and instalment app; its cash-loan
// product 借款超人): the SMS and app-push texts of its API server (`com.ald.fanbei`), every
// version of the SMS utility and push service in the history up to the pinned commit. See the card.
const { cjkLiterals, templateKey } = require('../lib/zh-literals');
const { financeLabel, financeKind } = require('../lib/finance-label');

const REPO = 'hctwgl/test3';
// newest commit of the snapshot (2019-01-29)
const COMMIT = 'dfb14b11336f2df2ce2c1eebeee164ba9cf1110f';
// the SMS senders and the push services; not the DAOs, controllers or credentials
const FILES = /(SmsUtil|JpushServiceimpl|CollectionNoticeUtil|PushServiceImpl)\.java$/;
const BRANDS = ['51返呗', '爱上街金融', '爱上街', '借款超人'];
const MAX_UNRELATED = 20; // codes and account notices: a sample, the loan notices are the point

// Messages to the user: second person, or the notice openings the code uses.
const TO_USER = /您|你|^亲|^恭喜|^成功还款|^信用消费提醒|^返利入账通知|^注册验证码|^验证码/;
// Staff alerts, exception texts, fragments, a test e-mail body and phone-sale adverts (预约).
const NOT_A_MESSAGE =
  /超过每日限制|有得卖在|签到领现金业务|<table|^元|^&content|^哇|^注册验证码为:&param1$|发送手机号|邮箱验证|预约/;

function fillTemplate(t) {
  let p = 0;
  return t
    .replace(/&param(\d)/g, (m, n) => {
      if (/验证码/.test(t)) return '482913';
      if (/尾号&param1/.test(t) && n === '1') return '8866';
      if (/尾号&param2/.test(t) && n === '2') return '8866';
      if (/预约码/.test(t)) return n === '1' ? 'iPhone 8' : '20261205001';
      return n === '1' ? '1280.00' : '320.00';
    })
    .replace(/%s/g, () => {
      p++;
      if (/默认密码/.test(t)) return 'a1b2c3';
      if (/信用消费提醒/.test(t))
        return ['12月05日10:30', '1280.00', '2027年01月10日'][p - 1] ?? '';
      if (/返利入账通知/.test(t)) return ['张三', '12.80'][p - 1] ?? '';
      if (/回收订单/.test(t)) return ['1280.00', '1250.00', '30.00'][p - 1] ?? '';
      if (/充值已经/.test(t)) return ['王者荣耀', '成功'][p - 1] ?? '';
      return '1280.00';
    })
    .replace(/\{date\}/g, '2026年12月05日')
    .replace(/\{mobile\}/g, '138****8000')
    .replace(/\{name\}/g, 'iPhone 8')
    .replace(/\{year\}/g, '2026')
    .replace(/\{month\}/g, '11')
    .replace(/\{phone\}/g, '')
    .replace(/x月份/g, '11月份');
}

// The lender advertising credit (a loan supermarket, a limit to take): not a debt.
const OFFER = /借贷超市|借钱平台|领取最高\d+额度|余额提现/;

function label(t) {
  if (OFFER.test(t)) return 'unrelated';
  if (/认证/.test(t)) return 'unrelated'; // account checks (社保, 人行征信 …), not a debt
  if (/申请没有通过/.test(t)) return 'unrelated'; // an application refused
  if (/续借|续期/.test(t)) return 'reminder'; // extending the borrower's own loan
  return financeLabel(t);
}

module.exports = {
  id: 'gh_hctwgl_test3',
  split: 'train',
  build(ctx) {
    const seen = new Set();
    const loans = [];
    const other = [];
    const versions = ctx
      .history(REPO, COMMIT, FILES)
      .sort((a, b) => a.file.localeCompare(b.file) || a.text.localeCompare(b.text));
    for (const { file, text } of versions) {
      const channel = /Jpush|Push/.test(file) ? 'other' : 'sms';
      for (const lit of cjkLiterals(text)) {
        const template = lit.trim();
        if (template.length < 12 || !TO_USER.test(template) || NOT_A_MESSAGE.test(template))
          continue;
        const key = templateKey(template, BRANDS);
        if (seen.has(key)) continue;
        seen.add(key);
        const filled = fillTemplate(template);
        const lab = label(filled);
        const base = channel === 'sms' ? 'lender_sms' : 'lender_notice';
        const msg = {
          template,
          text: filled,
          label: lab,
          channel,
          kind: OFFER.test(filled)
            ? 'lender_marketing'
            : lab === 'unrelated' && /认证|申请没有通过/.test(filled)
              ? `${base}_other`
              : financeKind(filled, base),
          url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
        };
        (lab === 'reminder' ? loans : other).push(msg);
      }
    }
    // SMS first (codes, the account notices), then the app pushes, up to the cap
    other.sort((a, b) => (a.channel === b.channel ? 0 : a.channel === 'sms' ? -1 : 1));
    return [...loans, ...other.slice(0, MAX_UNRELATED)];
  },
};
