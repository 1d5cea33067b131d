import {
  detectQueryKind,
  directoryJson,
  entryById,
  lookup,
} from '../../../miniprogram/core/directory';

describe('lookup (CLI entry point)', () => {
  test.each([
    ['95384', 'number'],
    ['+86 95384', 'number'],
    ['0086-95188', 'number'],
    ['９５５８８', 'number'],
    ['95017-2', 'number'],
    ['95017转2', 'number'],
    ['010-12321', 'number'],
    ['九五三八四', 'number'],
    ['400-000-0000', 'number'],
    ['17138526049', 'number'],
    ['https://www.webank.com/x', 'link'],
    ['webank.com', 'link'],
    ['webank。com', 'link'],
    ['95384.vip', 'link'],
    ['http://198.51.100.7/pay', 'link'],
    ['198.51.100.7', 'link'],
    ['xn--lipay-3ve.com', 'link'],
    ['https://webank.com@evil.cn/', 'link'],
    ['www.12321.cn', 'link'],
    ['tel:95384', 'number'],
    ['支付宝.com', 'link'],
    ['微粒贷', 'name'],
    ['WeBank', 'name'],
    ['工行', 'name'],
    ['360借条', 'name'],
    ['微众银衍', 'name'],
  ])('%s is a %s', (q, kind) => expect(detectQueryKind(q)).toBe(kind));

  test('answers in the DESIGN.md shape', () => {
    for (const q of ['95384', 'webank-kefu.com', '微粒贷', '???']) {
      const a = lookup(q);
      expect(Object.keys(a).sort()).toEqual(['entry', 'kind', 'lookalike_of', 'official', 'query']);
      expect(a.query).toBe(q);
      expect(JSON.parse(JSON.stringify(a))).toEqual(a);
    }
  });

  test.each([
    ['+86 95384', 'number', true, 'webank', null],
    ['95017-2', 'number', true, 'wechatpay', null],
    ['400-999-9999', 'number', false, null, 'jdfinance'],
    ['17138526049', 'number', null, null, null],
    ['https://www.webank.com/x', 'link', true, 'webank', null],
    ['webank-kefu.com', 'link', false, null, 'webank'],
    ['weixin-pay-help.cn', 'link', false, null, 'wechatpay'],
    ['95384.vip', 'link', false, null, 'webank'],
    ['alipey.com', 'link', false, null, 'alipay'],
    ['http://198.51.100.7/pay', 'link', false, null, null],
    ['weather.com', 'link', null, null, null],
    ['微粒貸', 'name', null, 'webank', null],
    ['借唄', 'name', null, 'alipay', null],
  ])('%s', (q, kind, official, entryId, lookalike) => {
    const a = lookup(q);
    expect([a.kind, a.official, a.entry ? a.entry.id : null, a.lookalike_of]).toEqual([
      kind,
      official,
      entryId,
      lookalike,
    ]);
    if (entryId) expect(a.entry).toBe(entryById(entryId));
  });

  test('directoryJson lists every entry with sources', () => {
    const j = directoryJson();
    expect(j.find((e) => e.id === 'webank')!.hotlines[0].number).toBe('95384');
    expect(j.every((e) => e.sources.length > 0)).toBe(true);
  });
});
