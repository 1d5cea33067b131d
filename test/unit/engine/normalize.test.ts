import { normalize, toOriginal } from '../../../miniprogram/core/text/normalize';

function spanOf(original: string, word: string): string {
  const n = normalize(original);
  const i = n.text.text.indexOf(word);
  expect(i).toBeGreaterThanOrEqual(0);
  const [s, e] = toOriginal(n.text, i, i + word.length);
  return original.slice(s, e);
}

describe('normalise', () => {
  test('folds full-width, case, traditional characters and invisible characters', () => {
    const n = normalize('【徵信】ＡＢＣ１２３ 還款\u200b驗\u200d證\u2060碼');
    expect(n.text.text).toBe('【征信】abc123 还款验证码');
  });

  test('joins digits spaced or dashed to dodge filters, leaves times and short codes', () => {
    expect(normalize('QQ：３０６ ９１７ ４４２').base.text).toContain('306917442');
    expect(normalize('请致电 4008-５２1-６７3').base.text).toContain('4008521673');
    expect(normalize('营业时间8:00-21:00 取件码6-3-1022').base.text).toContain('8:00-21:00');
    expect(normalize('取件码6-3-1022').base.text).toContain('6-3-1022');
  });

  test('reads Chinese-numeral phone numbers but not ordinary counting words', () => {
    expect(normalize('请致电专员：幺柒壹 叁捌伍贰 陆零肆玖').base.text).toContain('17138526049');
    expect(normalize('一次性结清三千元').base.text).toBe('一次性结清三千元');
  });

  test('maps common evasions to the plain word', () => {
    const t = normalize('加V：abc123 薇信 zhi付宝 jie呗 影响zheng信 通讯Lu').text.text;
    expect(t).toContain('加微信');
    expect(t).toContain('微信');
    expect(t).toContain('支付宝');
    expect(t).toContain('借呗');
    expect(t).toContain('征信');
    expect(t).toContain('通讯录');
  });

  test('removes padding inside Chinese words ("验 证 码", "外 访 组")', () => {
    expect(normalize('回复6位 验 证 码').text.text).toContain('验证码');
    expect(normalize('外 访 组将于本周六上 门').text.text).toContain('外访组将于本周六上门');
  });

  test('every normalised position maps back to the original text, emoji and surrogates included', () => {
    expect(spanOf('📢京东白条用户注意📢 您的白条账户将于今日關閉', '关闭')).toBe('關閉');
    expect(spanOf('加V：ZX-xb０３２', '微信')).toBe('加V');
    expect(spanOf('验​证​码', '验证码')).toBe('验​证​码');
    expect(spanOf('zhi付宝转账', '支付宝')).toBe('zhi付宝');
  });

  test('lone surrogates become spaces instead of breaking the text', () => {
    const n = normalize('a\ud800b\udc00c');
    expect(n.base.text).toBe('a b c');
    expect(n.base.start.length).toBe(5);
  });
});

test('"身份证信息" is not the 证信 evasion of 征信; "影响证信" still is', async () => {
  const { normalize } = await import('../../../miniprogram/core/text/normalize');
  expect(normalize('您的身份证信息可能被冒用').text.text).toContain('身份证信息');
  expect(normalize('逾期会影响证信').text.text).toContain('影响征信');
  expect(normalize('请完成验证信息填写').text.text).toContain('验证信息');
});
