import { normalize } from '../../../miniprogram/core/text/normalize';
import { extractEntities, luhn } from '../../../miniprogram/core/engine/extract';

function ents(text: string) {
  return extractEntities(normalize(text)).map((e) => ({
    kind: e.kind,
    value: e.value,
    detail: e.detail,
    text: e.text,
  }));
}

describe('entity extraction', () => {
  test('phone numbers by type, with prefixes and extensions', () => {
    const e = ents(
      '专员 171 3852 6049，客服95017-2，热线 400-830-8003，+86 20 8311 0110，法官 0755-2368-4127，端口1069057122309',
    );
    const byValue = Object.fromEntries(
      e.filter((x) => x.kind === 'phone').map((x) => [x.value, x.detail]),
    );
    expect(byValue['17138526049']).toBe('mobile');
    expect(byValue['95017-2']).toBe('service');
    expect(byValue['4008308003']).toBe('service400');
    expect(byValue['02083110110']).toBe('landline');
    expect(byValue['075523684127']).toBe('landline');
    expect(byValue['1069057122309']).toBe('sms_port');
  });

  test('a dd-mm-yyyy date is no landline; a short Taiwanese landline still is', () => {
    const phones = (t: string) =>
      ents(t)
        .filter((x) => x.kind === 'phone')
        .map((x) => x.value);
    expect(phones('Your payment of Rs 5000 dated 05-02-2025 was received.')).toEqual([]);
    expect(phones('請於期限內繳款，客服專線 089-123456')).toEqual(['089123456']);
  });

  test('international numbers keep their country code', () => {
    const e = ents('请回电 +852 6139 7725');
    expect(e).toContainEqual(
      expect.objectContaining({ kind: 'phone', detail: 'intl', value: '85261397725' }),
    );
  });

  test('a date or amount run into the next word is no link; numeric domains still are', () => {
    const links = (t: string) =>
      ents(t)
        .filter((x) => x.kind === 'link')
        .map((x) => x.value);
    expect(links('credited to your A/C on 05-02-2025.Amt received from ACME')).toEqual([]);
    expect(links('Your loan balance is KES 1280.00.Thank you')).toEqual([]);
    expect(links('打开 12306.cn 或 5656.vip 查看')).toEqual(['12306.cn', '5656.vip']);
    expect(links('访问 8899.top 领取')).toEqual(['8899.top']);
  });

  test('codes, tail numbers and order numbers are not phone numbers', () => {
    const e = ents('验证码：156820，尾号3301，工号3307，订单EH30417285');
    expect(e.filter((x) => x.kind === 'phone')).toEqual([]);
  });

  test('bank cards by Luhn or by an account label', () => {
    expect(luhn('4111111111111111')).toBe(true);
    expect(luhn('4111111111111112')).toBe(false);
    const e = ents('户名 李建国，账号 7559 2338 1410 602；卡号4111 1111 1111 1111');
    const cards = e.filter((x) => x.kind === 'bank_card').map((x) => x.value);
    expect(cards).toEqual(['755923381410602', '4111111111111111']);
  });

  test('links: schemes, bare domains, raw IPs, APKs, obfuscated dots, userinfo tricks', () => {
    const e = ents(
      '点 http://203.0.113.46/wz_safe.apk 或 jd-baitiao.cc/pay 或 mt-jieqian[.]top（复制）或 https://webank.com@evil.cn/x 或 t.cn/A6xP2kQz',
    );
    const links = e.filter((x) => x.kind === 'link');
    expect(links.map((x) => x.value)).toEqual([
      '203.0.113.46',
      'jd-baitiao.cc',
      'mt-jieqian.top',
      'evil.cn',
      't.cn',
    ]);
    expect(links[0].detail).toContain('apk');
    expect(links[2].detail).toContain('obfuscated');
    expect(links[3].detail).toContain('userinfo');
  });

  test('sentences with dots are not links', () => {
    expect(
      ents('Mr. Chen, see you at 8 p.m. tonight. 利率3.6%').filter((x) => x.kind === 'link'),
    ).toEqual([]);
  });

  test('amounts, dates, WeChat ids, QQ numbers and e-mail payees', () => {
    const e = ents(
      '欠款￥2,106.54，还款日12月18日，加V：wzyh-fw2019，QQ：2859304716，转账到 hb_cs2023@163.com',
    );
    expect(e).toContainEqual(expect.objectContaining({ kind: 'amount', value: '2106.54' }));
    expect(e).toContainEqual(expect.objectContaining({ kind: 'date', value: '12月18日' }));
    expect(e).toContainEqual(expect.objectContaining({ kind: 'wechat_id', value: 'wzyh-fw2019' }));
    expect(e).toContainEqual(expect.objectContaining({ kind: 'qq', value: '2859304716' }));
    expect(e).toContainEqual(
      expect.objectContaining({ kind: 'email', value: 'hb_cs2023@163.com' }),
    );
  });

  test('a masked e-mail a statement was sent to is an address, not a link hiding its host', () => {
    const e = ents(
      'Your card statement is sent to jo*********88@gmail.com. Minimum due by 05-FEB.',
    );
    expect(e).toContainEqual(
      expect.objectContaining({ kind: 'email', value: 'jo*********88@gmail.com' }),
    );
    expect(e.some((x) => x.kind === 'link')).toBe(false);
  });

  test('LINE ids only after the word LINE itself, not inside "online" or in "a line of"', () => {
    const ids = (t: string) =>
      ents(t)
        .filter((x) => x.kind === 'wechat_id')
        .map((x) => x.value);
    expect(ids('Join the online lending community. Money Transfer via Online Banking.')).toEqual(
      [],
    );
    expect(ids('Please hold the line please, our agent will reply.')).toEqual([]);
    expect(ids('請加LINE：abc2024 領取')).toEqual(['abc2024']);
    expect(ids('客服 LINE ID abc2024')).toEqual(['abc2024']);
    expect(ids('加line kefu88')).toEqual(['kefu88']);
  });

  test('entity text is the original text, not the normalised one', () => {
    const e = ents('请致电 4008-５２1-６７3 人工处理');
    expect(e[0].text).toBe('4008-５２1-６７3');
  });
});
