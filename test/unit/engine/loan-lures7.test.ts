// Loan and credit lures (signals/loan-lures7.ts): a fee paid so a loan is paid out, in Chinese
// and Japanese; a limit claimed for the reader with no route of the lender's own; a card's ID
// papers "expired" with no official place to update them. Beside each, the genuine notice that
// shares its words: a lender's fee disclosure, a bank's limit notice, an ID update sent to the
// bank's own app or counter.
import { check, ids, notScam, scamWith, shown } from '../../helpers/checker';

describe('a fee paid so that the loan is paid out', () => {
  test.each([
    '先把前三个月的利息打过来，我们就给你放款',
    '交完利息马上给你下款',
    '保证金交完马上给您放款',
    '请先缴纳下款保证金2000元',
    '请支付放款手续费500元',
    '我们放款之前要收取合同印刷费和资料费',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });

  test('the span is the payment and its payout', () => {
    const t = '先把前三个月的利息打过来，我们就给你放款';
    expect(shown(t, check(t), 'advance_fee')).toContain('利息打过来');
  });

  test.each([
    '本产品放款前不收取任何费用，手续费将在放款时从借款金额中一次性扣除',
    '您的借款将于今日放款，手续费已从放款金额中扣除',
    '把欠的钱交了就给你解冻',
    '我把钱转给你了，马上到账',
    '押金交了就可以入住',
  ])('not a fee for a payout: %s', (t) => {
    notScam(t, 'advance_fee');
  });
});

describe('the Japanese loan-fee script', () => {
  test.each([
    'ご融資の前に保証金10万円をお振込みください',
    '融資実行には事務手数料5万円の入金が必要です',
    '100万円を融資します。利息分として10万円を先に振り込んでください',
    '保証金を支払わないと融資できない',
    '手数料名目で5万円を振り込んでほしい',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });

  test.each([
    '当社では融資にあたり保証金は一切不要です。',
    '今月のご返済額は3万円です。期日までにお振込みください。',
    'ご融資の際、事務手数料は融資金額から差し引かせていただきます',
    '住宅ローンの事務手数料のお支払いが必要です',
  ])('a repayment, a refusal or a deduction: %s', (t) => {
    notScam(t, 'advance_fee');
  });
});

describe('a limit claimed for the reader with no route of the lender', () => {
  test.each([
    '您名下有一笔30000元额度待激活',
    '您的借呗额度可以申请提高到10万',
    '您的白条额度可提升至8万',
  ])('%s', (t) => {
    scamWith(t, 'loan_lure');
  });

  test.each([
    '您的额度已调整为8000元',
    '恭喜，您的额度已提升至20000元',
    '您的信用卡临时额度将于3月1日到期',
    '您的信用卡可用额度为5000元，已使用3000元',
    '您的信用卡额度可提升至5万元，登录掌上生活APP申请',
    '【某银行】您有一笔信用卡分期额度待领取，登录手机银行即可使用',
    '您已注册成功，默认密码a1b2c3，登录即可领取最高20000额度！',
  ])("the lender's own notice or its own route: %s", (t) => {
    notScam(t, 'loan_lure');
  });
});

describe("a card's ID papers said to have expired", () => {
  test('an update asked with no official place is the opener', () => {
    const t = '您的银行卡身份信息已过期，需要重新认证';
    const r = scamWith(t, 'service_suspension');
    expect(shown(t, r, 'service_suspension')).toContain('身份信息已过期');
  });

  test.each([
    '【某银行】您在我行预留的身份证件已过期，请尽快通过手机银行或到网点更新，以免影响用卡。',
    '您在我司预留的身份证件已过期，请登录APP上传新证件',
    '您的身份证即将到期，请及时到网点更新',
    '您的证件已过期，请补充资料后继续借款',
  ])("updated in the bank's own app or counter, or in a loan of the reader's own: %s", (t) => {
    const r = check(t);
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('service_suspension');
  });
});

describe('a card said to be misused', () => {
  test.each([
    '您的卡近期存在不规范使用行为，请致电13812345678处理',
    '您的分付存在违规使用，请按短信中的电话联系',
  ])("fixed by calling the message's own number: %s", (t) => {
    scamWith(t, 'service_suspension');
  });

  test.each([
    '您的卡近期存在不规范使用行为',
    '您的分付账户存在异常交易',
    '您的信用卡存在异常交易，如非本人操作请致电95555',
    '【招商银行】您的信用卡存在不规范用卡行为，我行已调整您的额度，详询95555',
  ])("the bare alert, or the bank's own line: %s", (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a collector saying the debt went to the police', () => {
  // DESIGN.md: a false arrest threat by a plausibly real collector, with no payment diversion
  // and no police persona of the speaker's own, is abusive; the same threat with a private
  // number to call is a fake legal process.
  test('repay now or be charged, with no diversion, stays abusive', () => {
    const r = check('您的借款逾期已涉嫌恶意欠款,材料已移交公安机关,请立即还款,否则追究刑事责任。');
    expect(r.verdict).toBe('abusive');
  });
});
