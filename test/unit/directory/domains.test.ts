import { domainToASCII } from 'url';
import {
  entryById,
  isOfficialDomain,
  lookupLink,
  officialDomainOwner,
  parseLink,
  punycodeDecode,
  registrableDomain,
  skeleton,
} from '../../../miniprogram/core/directory';

describe('parseLink', () => {
  test.each([
    ['https://www.webank.com/x?y=1#z', 'www.webank.com', '', false],
    ['HTTP://WWW.WEBANK.COM:8443/path', 'www.webank.com', '', false],
    ['https://webank.com@evil.cn/', 'evil.cn', 'webank.com', false],
    ['https://user:pass@evil.cn:8080/', 'evil.cn', 'user:pass', false],
    ['webank.com.', 'webank.com', '', false],
    ['webank。com', 'webank.com', '', false],
    ['ｗｅｂａｎｋ．ｃｏｍ', 'webank.com', '', false],
    ['//evil.cn/x', 'evil.cn', '', false],
    ['http://198.51.100.7/pay', '198.51.100.7', '', true],
    ['http://[2001:db8::1]:8080/pay', '2001:db8::1', '', true],
    ['2001:db8::1', '2001:db8::1', '', true],
  ])('%s', (input, host, userinfo, isIp) => {
    expect(parseLink(input)).toEqual({ host, userinfo, isIp });
  });

  test.each(['', 'http://', '!!!', 'a..b.com', 'https://[::1/x'])('rejects %p', (input) => {
    expect(parseLink(input)).toBeNull();
  });
});

describe('registrableDomain', () => {
  test.each([
    ['https://a.b.webank.com:8443/x', 'webank.com'],
    ['x.icbc.com.cn', 'icbc.com.cn'],
    ['jr.jd.com', 'jd.com'],
    ['pay.weixin.qq.com', 'qq.com'],
    ['https://webank.com@evil.cn/', 'evil.cn'],
    ['www.12321.cn.', '12321.cn'],
    ['foo.cmbc.com.cn', 'cmbc.com.cn'],
  ])('%s → %s', (q, d) => expect(registrableDomain(q)).toBe(d));

  test('no registrable domain for IPs or garbage', () => {
    expect(registrableDomain('198.51.100.7')).toBeNull();
    expect(registrableDomain('[::1]')).toBeNull();
    expect(registrableDomain('')).toBeNull();
  });
});

describe('punycode and skeletons', () => {
  test('decodes IDN labels', () => {
    expect(punycodeDecode('mnchen-3ya')).toBe('münchen');
    expect(punycodeDecode(domainToASCII('аlipay.com').slice(4, -4))).toBe('аlipay');
    expect(punycodeDecode('!!!')).toBeNull();
  });
  test('maps homoglyphs to Latin', () => {
    expect(skeleton('аlipay')).toBe('alipay'); // Cyrillic а
    expect(skeleton('wеbаnk')).toBe('webank');
    expect(skeleton('a1ipay')).toBe('alipay');
    expect(skeleton('cmbchína')).toBe('cmbchina');
  });
});

const official = (q: string, id: string) => {
  const a = lookupLink(q);
  expect([q, a.kind, a.official, a.entry && a.entry.id, a.lookalike_of]).toEqual([
    q,
    'link',
    true,
    id,
    null,
  ]);
};
const lookalike = (q: string, id: string) => {
  const a = lookupLink(q);
  expect([q, a.official, a.entry, a.lookalike_of]).toEqual([q, false, null, id]);
};
const unknown = (q: string) => {
  const a = lookupLink(q);
  expect([q, a.official, a.entry, a.lookalike_of]).toEqual([q, null, null, null]);
};

describe('lookupLink', () => {
  test('official domains and their subdomains', () => {
    official('https://www.webank.com/x', 'webank');
    official('webank.com', 'webank');
    official('WEBANK.COM.', 'webank');
    official('jd.com', 'jdfinance');
    official('https://jr.jd.com/', 'jdfinance');
    official('https://pay.weixin.qq.com/index.php', 'wechatpay');
    official('www.alipay.com', 'alipay');
    official('https://www.icbc.com.cn', 'icbc');
    official('www.cmbchina.com', 'cmb');
    official('www.12321.cn', 'report12321');
    official('https://evil.cn@webank.com/', 'webank');
  });

  test('every official domain of every entry resolves to its entry', () => {
    const all = [
      'wechatpay',
      'webank',
      'alipay',
      'jdfinance',
      'icbc',
      'ccb',
      'abc',
      'boc',
      'bocom',
      'cmb',
      'psbc',
      'pingan',
      'citic',
      'ceb',
      'cmbc',
      'spdb',
      'cib',
      'hxb',
      'cgb',
      'report12321',
    ];
    for (const id of all)
      for (const d of entryById(id)!.domains) {
        official(d, id);
        official(`https://m.${d}:443/path?q=1`, id);
        expect(officialDomainOwner(d)).toBe(id);
        expect(isOfficialDomain(id, `https://${d}/`)).toBe(true);
      }
  });

  test('brand inside another domain', () => {
    lookalike('webank-kefu.com', 'webank');
    lookalike('https://www.webank-kefu.com/login', 'webank');
    lookalike('weixin-pay-help.cn', 'wechatpay');
    lookalike('wechatpay-kefu.top', 'wechatpay');
    lookalike('jd-jr.top', 'jdfinance');
    lookalike('jdjr-help.cn', 'jdfinance');
    lookalike('weilidai-app.com', 'webank');
    lookalike('meituan-jr.com', 'meituan');
    lookalike('icbc-kefu.com', 'icbc');
    lookalike('ccb-vip.cn', 'ccb');
    lookalike('cmbchina-kf.cn', 'cmb');
  });

  test('brand in a subdomain or userinfo of a stranger', () => {
    lookalike('webank.com.evil.cn', 'webank');
    lookalike('https://alipay.com-secure.top/pay', 'alipay');
    lookalike('https://webank.com@evil.cn/', 'webank');
    lookalike('weixin.kefu-help.cn', 'wechatpay');
    lookalike('jd.evil.cn', 'jdfinance');
  });

  test('official name on another suffix', () => {
    lookalike('webank.top', 'webank');
    lookalike('webank.com.cn', 'webank');
    lookalike('alipay.cc', 'alipay');
    lookalike('icbc.vip', 'icbc');
    lookalike('jd.top', 'jdfinance');
  });

  test('typing slips (edit distance)', () => {
    lookalike('alipey.com', 'alipay');
    lookalike('webamk.com', 'webank');
    lookalike('wbank.com', 'webank');
    lookalike('cmbchlna.com', 'cmb');
    lookalike('ciitcbank.com', 'citic');
  });

  test('homoglyphs in punycode', () => {
    for (const [u, id] of [
      ['аlipay.com', 'alipay'],
      ['wеbank.com', 'webank'],
      ['аliраy.com', 'alipay'],
      ['pingаn.com', 'pingan'],
    ])
      lookalike(domainToASCII(u), id);
    lookalike('https://xn--lipay-3ve.com/login', 'alipay');
    lookalike('a1ipay.com', 'alipay');
    lookalike('аlipay.com', 'alipay'); // typed in Unicode, not punycode
  });

  test('a Chinese institution name as a domain', () => {
    lookalike('支付宝.com', 'alipay');
    lookalike(domainToASCII('微众银行.cn'), 'webank');
    lookalike('https://微粒贷.top/repay', 'webank');
  });

  test('an official number used as a name', () => {
    lookalike('95384.vip', 'webank');
    lookalike('95188.cc', 'alipay');
    lookalike('http://kf95588.com', 'icbc');
    lookalike('12321.vip', 'report12321');
  });

  test('raw IP addresses are never official', () => {
    for (const q of ['http://198.51.100.7/pay', '198.51.100.7', 'http://[2001:db8::1]/x']) {
      const a = lookupLink(q);
      expect([q, a.official, a.entry, a.lookalike_of]).toEqual([q, false, null, null]);
    }
    expect(lookupLink('http://webank@198.51.100.7/').lookalike_of).toBe('webank');
  });

  test('ordinary domains are not look-alikes of anything', () => {
    for (const q of [
      'weather.com',
      'baidu.com',
      'taobao.com',
      'tmall.com',
      'alibaba.com',
      '163.com',
      'sina.com.cn',
      'weibo.com',
      'douyin.com',
      'pinduoduo.com',
      'ctrip.com',
      '12306.cn',
      'www.gov.cn',
      'people.com.cn',
      'news.cn',
      'cctv.com',
      'bilibili.com',
      'zhihu.com',
      'apple.com',
      'microsoft.com',
      'github.com',
      'wikipedia.org',
      'amazon.com',
      'paypal.com',
      'bankofamerica.com',
      'hsbc.com',
      'citibank.com',
      'jingan.gov.cn',
      'example.com',
      'webpack.js.org',
      'web.dev',
      'pinyin.info',
      'jdk.java.net',
      'abc.xyz',
      'bank.com',
    ])
      unknown(q);
  });

  test('other pages of an official company are unknown, not look-alikes', () => {
    unknown('mp.weixin.qq.com');
    unknown('https://qq.com/');
  });

  test('subdomains of an official domain are official', () => {
    official('item.jd.com', 'jdfinance');
  });
});
