// Impersonation by principle (issue 8 point 4): a claimed identity is a scam only with a diverted
// channel or an ask the real institution would not make. Messages written here as behaviours.
import { check, ids } from '../../helpers/checker';

describe('a lender bill signed with a product name and sent to the lender’s own app', () => {
  test.each([
    '【借呗】您的借呗本期账单1280.00元将于2026年12月5日到期，请登录支付宝APP还款。',
    '【花呗】您的花呗已逾期，请登录支付宝APP还款，如有疑问请致电95188。',
    '【京东白条】您的白条本期账单1280.00元，12月5日到期，请登录京东APP还款。',
    '【月付】您的美团月付本期账单已出，请在美团App中还款。',
    '【微粒贷】您的微粒贷借款已逾期，请在微信-我-服务-微粒贷借钱中还款。',
    '【借呗】您的借呗账户存在逾期，为避免影响征信，请打开支付宝搜索“借呗”还款。',
    '【花呗】您本月花呗账单1280.00元，最后还款日12月10日，戳 https://render.alipay.com/p/s/abc 还款',
    '【上海银行】您通过360借条申请的借款本期应还1280.00元，请登录360借条APP还款。',
  ])('%s is a reminder', (t) => {
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('impersonation');
  });
});

describe('the same signature with a diverted channel is impersonation', () => {
  test.each([
    [
      '【借呗】您的借呗已逾期，请将1280元转入个人账户6222021234567890123，否则上报征信。',
      'pay_to_unofficial_account',
    ],
    ['【花呗】您的花呗已逾期，请点击 https://huabei-pay.top/r 还款。', 'unofficial_link'],
    ['【白条】您的白条账单已逾期，请添加客服微信jd12345处理。', 'unofficial_number'],
  ])('%s', (t, diversion) => {
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(expect.arrayContaining(['impersonation', diversion]));
  });
});

describe('an app the lender does not have (facts.md: no standalone 微粒贷 app)', () => {
  test('being told to download a 微粒贷 app to repay is a scam', () => {
    const r = check('您的微粒贷已逾期，请下载微粒贷APP还款。', { channel: 'sms' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });
  test('being sent to a mini program named for 微粒贷 is a scam', () => {
    const r = check('【微粒贷】您有一笔借款即将到期，请点击小程序“微粒贷还款助手”完成还款。', {
      channel: 'wechat',
    });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });
  test('being told to download a “美团金融” app is a scam (facts.md: there is none)', () => {
    const r = check('【美团金融】您的月付已逾期，请下载美团金融APP还款。', { channel: 'sms' });
    expect(r.verdict).toBe('scam');
  });
  test('a note that there is no such app asks nothing', () => {
    const r = check('【微众银行】微粒贷只在微信里，没有微粒贷app。', { channel: 'sms' });
    expect(ids(r)).not.toContain('impersonation');
    expect(r.verdict).not.toBe('scam');
  });
});

describe('an account alarm is impersonation only when the fix goes through the message', () => {
  test('a signed bank alert that names no channel does not claim a false identity', () => {
    const r = check('【某某银行】您的信用卡存在异常交易，已被临时冻结，请及时处理。', {
      channel: 'sms',
    });
    expect(ids(r)).not.toContain('impersonation');
  });
  test('the same alarm with a link to fix it is', () => {
    const r = check(
      '【某某银行】您的信用卡存在异常交易，已被临时冻结，请点击 http://bank-jd.top 及时处理。',
      {
        channel: 'sms',
      },
    );
    expect(r.verdict).toBe('scam');
  });
  test('an unsigned alarm asking to verify the card is still flagged', () => {
    const r = check('请您验证银行卡或信用卡解除系统监管', { channel: 'sms' });
    expect(r.verdict).toBe('scam');
  });
});
