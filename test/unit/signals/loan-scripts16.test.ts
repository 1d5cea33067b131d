// Sixteenth round, Chinese loan scripts (loan-scripts16.ts): a debt negotiated or cleared for a
// fee, a granted loan paid for first, a score shortfall paid off, a claimed police or regulator
// making someone pay or share the screen. Beside each, a lender's own notice or a plain account
// with the same words that must stay genuine.
import { check, scamWith } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('a debt negotiated, closed or cleared for a fee', () => {
  test.each([
    '协商关闭网贷，先交服务费',
    '你的网贷我们可以协商关掉，交800块就行。',
    '逾期的记录能帮您处理掉，收费1500。',
    '协商还款要先交一笔诚意金，我们马上跟平台谈。',
  ])('%s', (t) => {
    scamWith(t, 'debt_relief_agency');
  });
  test.each([
    '如您还款困难，可致电官方客服95188申请协商还款，协商期间不收取任何费用。',
    '近期有不法分子冒充我司以协商还款为由收取服务费，请勿轻信。',
    '您的借款已逾期3天，逾期将收取滞纳金，如需协商还款请联系400-800-1234。',
    '网贷逾期后我自己跟平台协商，成功延期三个月，没花一分钱。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a granted loan or limit paid for first', () => {
  test.each([
    '您的借款额度已经下发，请先支付首期利息300元。',
    '额度已生成，需先充值200元激活额度。',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });
  test.each([
    '您的贷款审批已通过，我们将在1个工作日内放款至您尾号8866的银行卡。',
    '本期账单已出，请先支付最低还款额200元。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a score or statement shortfall paid off', () => {
  test.each([
    '你的信用分太低，得先刷分，交1000元就能借。',
    '你的征信分不够，再转5000块进来就能借了。',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });
  test.each([
    '您的信用评分不足，本次借款申请未通过，建议保持良好信用记录。',
    '您的还款能力不足，暂不能提升额度。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a claimed police, court or regulator making someone pay, install or share', () => {
  test.each([
    '对方自称是银保监会的，让我开启屏幕共享。',
    '一个自称检察院的男人要她把验证码念给他听。',
    '他说他是法院的，要我先交5000元保证金。',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
  test.each([
    '民警提醒：请下载国家反诈中心APP，不要向陌生人转账。',
    '老王说他是法院的书记员，让我下周去他家吃饭。',
    '法院通知您于12月5日到庭参加诉讼，请携带身份证。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a payout or limit frozen, with someone to contact', () => {
  test.each([
    '您的借呗额度因违规已被冻结，请联系客服。',
    '你的借款资金被系统锁定了，加一下财务微信处理。',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });
  test.each([
    '因您的借款逾期，额度已冻结，请尽快还款。',
    '额度冻结通知：因您近期多头借贷，额度已暂时冻结，如有疑问请联系客服4008123123。',
    '您的额度已冻结，如需解冻请在APP内联系在线客服。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
