// A cue word counts only inside an ask or a threat aimed at the reader (issue 8 point 4): the
// same word in a genuine notice, where it names the reader's own product or the lender's own
// channel, or sits in a refusal, is no scam. Messages written here as behaviours.
import { check, ids } from '../../helpers/checker';

describe('备用金 is a credit product, not an account to pay into', () => {
  test.each([
    '【支付宝】您的备用金1280.00元将于12月5日到期，请及时归还，以免影响芝麻信用。',
    '【支付宝】您使用的备用金将于明日到期，请确保余额充足，到期将自动扣款。',
    '【支付宝】您的备用金已逾期，请尽快在支付宝-备用金页面还款。',
  ])('%s', (t) => {
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('pay_to_unofficial_account');
  });
  test('borrowing from it to transfer the money to the caller is still a scam', () => {
    const r = check('你先打开支付宝备用金，把钱借出来，再转给我们的财务专员核对。', {
      channel: 'call',
    });
    expect(r.verdict).toBe('scam');
  });
});

describe('a code scanned inside the lender’s own app', () => {
  test('repaying by scanning in the bank’s app is a reminder', () => {
    const r = check('【交通银行】您的信用卡本期账单已出，可通过买单吧APP扫码还款。', {
      channel: 'sms',
    });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).toEqual([]);
  });
  test('a payment code the caller hands over is a diversion', () => {
    const t = '你的花呗额度需要清零，你先把额度刷到我给你的收款码上，刷完会退回。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('pay_to_unofficial_account');
  });
});

describe('a refusal governs everything it lists', () => {
  test('a lender saying it never asks for downloads or screen sharing is a reminder', () => {
    const t =
      '【分期乐】您的账单已逾期，请打开分期乐APP还款。分期乐不会以任何理由要求您下载其他软件或共享屏幕。';
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('remote_control');
  });
  test('the same words as an ask are remote control', () => {
    const t = '您的账单已逾期，为了帮您处理，请您下载其他软件并共享屏幕给我们的专员。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('remote_control');
  });
});

describe('a feature or a word inside a longer word is no ask', () => {
  test('a product that “supports remote control”, in a money talk, is not remote control', () => {
    const t = '这款门锁每款产品都支持手机远程控制，价格2399元，资金安全有保障。';
    expect(ids(check(t, { channel: 'wechat' }))).not.toContain('remote_control');
  });
  test('“参加我们的课程” offers no private channel', () => {
    const t = '欢迎参加我们的课程，名额有限，费用1000元，免费领取教材。';
    expect(ids(check(t, { channel: 'wechat' }))).not.toContain('unofficial_number');
  });
  test('a caller telling you to open a meeting app and share the screen is remote control', () => {
    const t =
      '我是财付通客服，您的分付额度要关闭，不关会上报征信。您打开腾讯会议，点一下共享屏幕。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('remote_control');
  });
});

describe('a code to scan is a payment diversion only when the money goes through it', () => {
  test('“scan to download the app, then repay” is no payment into a code', () => {
    const r = check('【某某金融】您的借款已逾期，请扫描以下二维码下载APP还款。', {
      channel: 'letter',
    });
    expect(ids(r)).not.toContain('pay_to_unofficial_account');
    expect(r.verdict).toBe('reminder');
  });
  test('“scan this code to repay” is', () => {
    const r = check('你的借款已逾期，今天必须还清，请扫我这个码还款。', { channel: 'wechat' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('pay_to_unofficial_account');
  });
});

describe('a lender’s own warning or counter visit asks nothing of the scam kind', () => {
  test.each([
    '【某某金融】您的借款申请已通过，放款前无需支付任何费用，请在APP内确认借款。',
    '【某某金融】您的借款已放款，如有人以解冻、保证金等名义要求转账，均为诈骗。',
    '【某某银行】您的银行卡已被冻结，请携带身份证到就近网点办理解冻。',
  ])('%s', (t) => {
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('advance_fee');
    expect(ids(r)).not.toContain('credential_request');
  });
  test('a fee asked before the loan is paid out is advance-fee fraud', () => {
    const r = check('您的借款申请已通过，放款前需支付500元解冻费，请转账后联系客服。', {
      channel: 'sms',
    });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });
});

describe('points redeemed in the bank’s own app', () => {
  test('a points-expiry notice that sends you to the bank’s app is not phishing', () => {
    const t = '【平安银行】尊敬的客户，您的信用卡积分即将到期，可登录平安口袋银行APP兑换礼品。';
    expect(check(t, { channel: 'sms' }).verdict).not.toBe('scam');
  });
  test('the same notice with a link to redeem is', () => {
    const t = '【平安银行】尊敬的客户，您的信用卡积分即将到期，请登录 jf-pingan.top 兑换礼品。';
    expect(check(t, { channel: 'sms' }).verdict).toBe('scam');
  });
});

describe('install means an app only when the app is its object', () => {
  test('“安装质量和使用安全” in a sales chat is no app to install', () => {
    const t = '这款门锁2399元，为了确保安装质量和使用安全，建议您请专业人士上门，资金安全有保障。';
    expect(ids(check(t, { channel: 'wechat' }))).not.toContain('remote_control');
  });
  test('“请下载“京东安全”App进行操作” in a cancellation call is', () => {
    const t =
      '您的白条存在违规套现，需要您配合关闭账户，否则会上报征信，请下载“京东安全”App进行操作。';
    expect(ids(check(t, { channel: 'call' }))).toContain('remote_control');
  });
});
