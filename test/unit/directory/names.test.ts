import {
  allEntries,
  entryByName,
  findInstitutionMentions,
  lookupName,
} from '../../../miniprogram/core/directory';

const idOf = (q: string) => {
  const e = entryByName(q);
  return e ? e.id : null;
};

describe('entryByName / lookupName', () => {
  test.each([
    ['微粒贷', 'webank'],
    ['微粒貸', 'webank'],
    ['微众银行', 'webank'],
    ['微眾銀行', 'webank'],
    ['WeBank', 'webank'],
    ['webank', 'webank'],
    ['借唄', 'alipay'],
    ['花呗', 'alipay'],
    ['支付寶', 'alipay'],
    ['分付', 'wechatpay'],
    ['财付通', 'wechatpay'],
    ['財付通', 'wechatpay'],
    ['白条', 'jdfinance'],
    ['金條', 'jdfinance'],
    ['京東金融', 'jdfinance'],
    ['月付', 'meituan'],
    ['美團', 'meituan'],
    ['美团金融', 'meituan'],
    ['生活费', 'meituan'],
    ['工行', 'icbc'],
    ['建行', 'ccb'],
    ['农行', 'abc'],
    ['農行', 'abc'],
    ['中行', 'boc'],
    ['交行', 'bocom'],
    ['招行', 'cmb'],
    ['邮储', 'psbc'],
    ['浦发', 'spdb'],
    ['兴业', 'cib'],
    ['光大', 'ceb'],
    ['民生', 'cmbc'],
    ['中信', 'citic'],
    ['华夏', 'hxb'],
    ['廣發', 'cgb'],
    ['平安', 'pingan'],
    ['招商银行', 'cmb'],
    ['招商銀行', 'cmb'],
    ['度小滿', 'duxiaoman'],
    ['有钱花', 'duxiaoman'],
    ['招聯', 'zhaolian'],
    ['馬上消費', 'mashang'],
    ['安逸花', 'mashang'],
    ['360借條', 'qifu'],
    ['奇富', 'qifu'],
    ['拍拍貸', 'xinye'],
    ['信也', 'xinye'],
    ['分期樂', 'lexin'],
    ['樂信', 'lexin'],
    ['还呗', 'huanbei'],
    ['征信中心', 'pbccrc'],
    ['国家反诈中心', 'antifraudapp'],
    ['12315', 'samr'],
    ['平安普惠', 'pinganpuhui'],
    ['兴业消费金融', 'cibfinance'],
  ])('%s → %s', (q, id) => expect(idOf(q)).toBe(id));

  test.each([
    ['微众银衍', 'webank'],
    ['微粒待', 'webank'],
    ['支付包', 'alipay'],
    ['招商银航', 'cmb'],
    ['中国工商银', 'icbc'],
  ])('one-character slip %s → %s', (q, id) => expect(idOf(q)).toBe(id));

  test.each([
    ['微粒贷客服电话', 'webank'],
    ['  微粒贷 官方客服 ', 'webank'],
    ['支付宝app', 'alipay'],
    ['平安信用卡', 'pingan'],
    ['京东白条客服', 'jdfinance'],
  ])('phrases naming one institution: %s → %s', (q, id) => expect(idOf(q)).toBe(id));

  test.each(['', '张三', '某某贷', '中x银行', '微粒贷和借呗', 'abc'])('%p → nothing', (q) =>
    expect(idOf(q)).toBeNull(),
  );

  test('lookupName answers in the CLI shape; a name is not a channel, so official is null', () => {
    const a = lookupName('微粒贷');
    expect(a).toEqual({
      query: '微粒贷',
      kind: 'name',
      official: null,
      entry: allEntries().find((e) => e.id === 'webank'),
      lookalike_of: null,
    });
    expect(lookupName('不存在的平台').entry).toBeNull();
  });

  test('every alias and weak alias finds its own entry', () => {
    for (const e of allEntries())
      for (const a of [...e.aliases, ...(e.weakAliases || [])])
        expect([a, idOf(a)]).toEqual([a, e.id]);
  });
});

describe('findInstitutionMentions', () => {
  const ids = (t: string) =>
    findInstitutionMentions(t).map((m) => [m.entryId, t.slice(m.start, m.end)]);

  test('finds institutions with exact spans, longest first', () => {
    const t = '【微众银行】您的微粒贷已逾期，请通过微众银行微粒贷还款。';
    expect(findInstitutionMentions(t)).toEqual([
      { entryId: 'webank', start: 1, end: 5, alias: '微众银行' },
      { entryId: 'webank', start: 8, end: 11, alias: '微粒贷' },
      { entryId: 'webank', start: 18, end: 25, alias: '微众银行微粒贷' },
    ]);
  });

  test('prefers the longer institution: 平安普惠 is not 平安银行, 兴业消费金融 is not 兴业银行', () => {
    expect(ids('平安普惠提醒您')).toEqual([['pinganpuhui', '平安普惠']]);
    expect(ids('兴业消费金融提醒您')).toEqual([['cibfinance', '兴业消费金融']]);
    expect(ids('中国人民银行征信中心')).toEqual([['pbccrc', '中国人民银行征信中心']]);
    expect(ids('中国银行')).toEqual([['boc', '中国银行']]);
  });

  test('weak aliases need a finance context', () => {
    expect(ids('部分付款也可以')).toEqual([]);
    expect(ids('您的分付账单已逾期')).toEqual([['wechatpay', '分付']]);
    expect(ids('施工行为')).toEqual([]);
    expect(ids('工行信用卡')).toEqual([['icbc', '工行']]);
    expect(ids('祝你平安')).toEqual([]);
    expect(ids('平安银行')).toEqual([['pingan', '平安银行']]);
    expect(ids('打白条')).toEqual([]);
    expect(ids('白条逾期')).toEqual([['jdfinance', '白条']]);
    expect(ids('【光大】')).toEqual([['ceb', '光大']]);
    expect(ids('发扬光大')).toEqual([]);
    expect(ids('新兴业态')).toEqual([]);
    expect(ids('每月生活费')).toEqual([]);
    expect(ids('短信中信息')).toEqual([]);
  });

  test('Latin aliases match whole words only, case-insensitively, full-width too', () => {
    expect(ids('WeBank notice')).toEqual([['webank', 'WeBank']]);
    expect(ids('webank提醒')).toEqual([['webank', 'webank']]);
    expect(ids('ＩＣＢＣ')).toEqual([['icbc', 'ＩＣＢＣ']]);
    expect(ids('xicbc')).toEqual([]);
    expect(ids('icbcx')).toEqual([]);
  });

  test('traditional text', () => {
    expect(ids('【微眾銀行】您的微粒貸已逾期，京東白條')).toEqual([
      ['webank', '微眾銀行'],
      ['webank', '微粒貸'],
      ['jdfinance', '京東白條'],
    ]);
  });

  test('numbers are not institution names', () => {
    expect(ids('逾期110天，请拨打96110')).toEqual([]);
  });

  test('linear: a long text is scanned quickly', () => {
    const notice =
      '【微众银行】尊敬的客户，您在微粒贷的借款已逾期3天，请及时通过微信还款，详询95384。部分付款、施工行为、祝你平安。';
    const long = notice.repeat(2000);
    const t0 = Date.now();
    const found = findInstitutionMentions(long);
    expect(found.length).toBe(2000 * 2);
    expect(Date.now() - t0).toBeLessThan(1000);
  });
});
