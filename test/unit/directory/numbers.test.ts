import {
  entryById,
  isOfficialNumber,
  lookupNumber,
  normalizeNumber,
  officialNumberOwner,
  officialNumbers,
} from '../../../miniprogram/core/directory';

const fullWidth = (s: string) =>
  s.replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0));
const CN = '〇一二三四五六七八九';
const chinese = (s: string) => s.replace(/[0-9]/g, (d) => CN[Number(d)]);

describe('normalizeNumber', () => {
  test.each([
    ['95384', '95384', null, 'none'],
    ['+86 95384', '95384', null, '+86'],
    ['+8695384', '95384', null, '+86'],
    ['0086-95188', '95188', null, '+86'],
    ['8695384', '95384', null, '+86'],
    ['９５５８８', '95588', null, 'none'],
    ['95017-2', '95017', '2', 'none'],
    ['95017转2', '95017', '2', 'none'],
    ['95017 轉 2', '95017', '2', 'none'],
    ['95017,2', '95017', '2', 'none'],
    ['010-12321', '01012321', null, 'none'],
    ['(010) 12321', '01012321', null, 'none'],
    ['（010）12321', '01012321', null, 'none'],
    ['+86 10 12321', '01012321', null, '+86'],
    ['+86 571 95017', '057195017', null, '+86'],
    ['400-830-8003', '4008308003', null, 'none'],
    ['400.830.8003', '4008308003', null, 'none'],
    ['400 830 8003', '4008308003', null, 'none'],
    ['九五三八四', '95384', null, 'none'],
    ['幺幺零', '110', null, 'none'],
    ['九五〇六一八', '950618', null, 'none'],
    ['+86 138 1234 5678', '13812345678', null, '+86'],
    ['8613812345678', '13812345678', null, '+86'],
    ['+1 415 555 0100', '14155550100', null, 'intl'],
    ['00852 2345 6789', '85223456789', null, 'intl'],
    ['"96110"', '96110', null, 'none'],
    ['tel:+86-95384', '95384', null, '+86'],
  ])('%s', (input, digits, ext, prefix) => {
    expect(normalizeNumber(input)).toEqual({ digits, ext, prefix });
  });

  test.each(['', '微众银行', 'webank.com', '12', 'abc95384', '95384转', '+'])(
    'rejects %p',
    (input) => {
      expect(normalizeNumber(input)).toBeNull();
    },
  );
});

describe('lookupNumber: every official number in its written forms', () => {
  const plain = officialNumbers().filter(
    (n) => !entryById(n.entryId)!.hotlines.find((h) => h.number === n.number)!.strictForm,
  );
  const forms = (n: string): string[] => [
    n,
    `+86 ${n}`,
    `+86-${n}`,
    `0086-${n}`,
    `0086 ${n}`,
    fullWidth(n),
    chinese(n),
    n.replace(/(\d{3})(?=\d)/g, '$1 '),
    n.length === 10 ? `${n.slice(0, 3)}-${n.slice(3, 6)}-${n.slice(6)}` : n,
    n.length === 5 ? `${n}-2` : n,
    n.length === 5 ? `${n}转1` : n,
  ];
  for (const { number, entryId } of plain)
    test(`${number} → ${entryId}`, () => {
      for (const f of forms(number)) {
        const a = lookupNumber(f);
        expect([f, a.official, a.entry && a.entry.id, a.lookalike_of]).toEqual([
          f,
          true,
          entryId,
          null,
        ]);
      }
    });

  test.each([
    ['+86 95384', 'webank'],
    ['0086-95188', 'alipay'],
    ['９５５８８', 'icbc'],
    ['95017-2', 'wechatpay'],
    ['010-12321', 'report12321'],
    ['+86 571 95017', 'wechatpay'],
    ['+86 10 12321', 'report12321'],
    ['+86 10107888', 'meituan'],
    ['400-656-2211', 'jdfinance'],
    ['400-830-8003', 'cgb'],
  ])('%s is official for %s', (q, id) => {
    const a = lookupNumber(q);
    expect(a).toEqual({
      query: q,
      kind: 'number',
      official: true,
      entry: entryById(id),
      lookalike_of: null,
    });
  });
});

describe('lookupNumber: not official', () => {
  test.each([
    ['400-000-0000', 'webank'],
    ['400-999-9999', 'jdfinance'],
    ['400-678-8888', 'alipay'],
    ['4000000000', 'webank'],
  ])('%s: a made-up number published for %s', (q, id) => {
    expect(lookupNumber(q)).toEqual({
      query: q,
      kind: 'number',
      official: false,
      entry: null,
      lookalike_of: id,
    });
  });

  test.each([
    '17138526049',
    '95385',
    '95383',
    '953840',
    '1095384',
    '400-999-8800',
    '021-12345678',
    '12345',
    '95055',
    '95786',
  ])('%s is unknown, not official', (q) => {
    const a = lookupNumber(q);
    expect(a.official).toBeNull();
    expect(a.entry).toBeNull();
    expect(a.lookalike_of).toBeNull();
  });

  test('96110: area code + 96110 is real; any other prefix or suffix is fake', () => {
    for (const q of ['96110', '020-96110', '0571 96110', '01096110'])
      expect([q, lookupNumber(q).official]).toEqual([q, true]);
    for (const q of ['+96110', '+86 96110', '0096110', '96110-1', '96110转0', '+86 20 96110'])
      expect([q, lookupNumber(q).official, lookupNumber(q).lookalike_of]).toEqual([
        q,
        false,
        'antifraud96110',
      ]);
  });

  test('an area code in front of a bank number is not assumed official', () => {
    expect(lookupNumber('0755-95555').official).toBeNull();
  });

  test('garbage is unknown', () => {
    expect(lookupNumber('not a number')).toEqual({
      query: 'not a number',
      kind: 'number',
      official: null,
      entry: null,
      lookalike_of: null,
    });
  });
});

describe('owner helpers', () => {
  test('officialNumberOwner / isOfficialNumber accept any written form', () => {
    expect(officialNumberOwner('95384')).toBe('webank');
    expect(officialNumberOwner('+86 95384')).toBe('webank');
    expect(officialNumberOwner('4000000000')).toBeNull();
    expect(officialNumberOwner('13800138000')).toBeNull();
    expect(isOfficialNumber('webank', '95384')).toBe(true);
    expect(isOfficialNumber('alipay', '95384')).toBe(false);
    expect(isOfficialNumber('nope', '95384')).toBe(false);
    expect(isOfficialNumber('cmbc', '952568')).toBe(true);
  });
});
