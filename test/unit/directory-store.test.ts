// Directory store: search (names, traditional forms, typos, numbers, links), grouping, and the
// "is this contact official?" answer. Runs in Node; no wx needed.
import {
  checkContact,
  contactIn,
  displayNumber,
  DirectoryStore,
  entryView,
  numberDigits,
  searchEntries,
  SPOOF_WARNING,
  WHERE_TO_FIND_DEFAULT,
} from '../../miniprogram/stores/directory';
import { allEntries, entryById, officialNumbers } from '../../miniprogram/core/directory/index';

const ids = (q: string) => searchEntries(q).map((e) => e.id);

describe('search', () => {
  test('empty query lists every entry, grouped in a fixed order with Chinese titles', () => {
    const s = new DirectoryStore();
    expect(s.resultCount).toBe(allEntries().length);
    expect(s.groups.map((g) => g.title)).toEqual([
      '微信里常用的借款',
      '其他借款平台',
      '银行',
      '监管与投诉',
      '公安与反诈',
    ]);
    expect(s.groups[0].entries[0].id).toBe('webank');
    expect(s.expandAll).toBe(false);
    for (const g of s.groups) for (const e of g.entries) expect(e.id).toBeTruthy();
  });

  test('aliases, traditional forms and typos', () => {
    expect(ids('微粒贷')).toEqual(['webank']);
    expect(ids('借唄')).toEqual(['alipay']);
    expect(ids('微粒带')).toEqual(['webank']);
    expect(ids('ＷｅＢａｎｋ')).toEqual(['webank']);
    expect(ids('白条')).toContain('jdfinance');
  });

  test('numbers: exact, spaced, +86, and partial numbers while typing', () => {
    expect(ids('95588')).toEqual(['icbc']);
    expect(ids('955 88')).toEqual(['icbc']);
    expect(ids('+86 95588')).toEqual(['icbc']);
    expect(ids('９５３８４')).toEqual(['webank']);
    expect(ids('955').length).toBeGreaterThan(5);
    // A number known to be wrong shows the real institution.
    expect(ids('4000000000')).toEqual(['webank']);
  });

  test('links: official domain and look-alike both show the real institution', () => {
    expect(ids('webank-kefu.com')).toEqual(['webank']);
    expect(ids('nothing-here.example')).toEqual([]);
  });

  test('nothing found', () => {
    const s = new DirectoryStore();
    s.setQuery('完全不存在的机构名');
    expect(s.resultCount).toBe(0);
    expect(s.groups).toEqual([]);
    expect(s.searchError).toBe('');
  });

  test('short results show details; number queries carry a contact answer', () => {
    const s = new DirectoryStore();
    s.setQuery('95588');
    expect(s.expandAll).toBe(true);
    expect(s.queryCheck?.title).toBe('官方（中国工商银行）');
    s.setQuery('955'); // still typing: no "unknown" yet
    expect(s.queryCheck).toBeNull();
    s.setQuery('微粒贷'); // a name: no contact answer
    expect(s.queryCheck).toBeNull();
    s.clearQuery();
    expect(s.query).toBe('');
  });
});

describe('entry views', () => {
  test('only C1/C2 numbers, and every shown number is callable', () => {
    const callable = new Set(officialNumbers().map((n) => n.number));
    for (const e of allEntries())
      for (const n of entryView(e).numbers) expect(callable.has(n.number)).toBe(true);
  });

  test('an entry without a number says where to find it', () => {
    const v = entryView(entryById('duxiaoman')!);
    expect(v.numbers).toEqual([]);
    expect(v.whereToFindNumber).toContain('我的 → 客服');
    for (const e of allEntries()) {
      const view = entryView(e);
      if (!view.numbers.length) expect(view.whereToFindNumber || view.purpose).toBeTruthy();
    }
  });

  test('readable number forms keep the dialled digits', () => {
    expect(displayNumber('4008308003')).toBe('400-830-8003');
    expect(displayNumber('01012321')).toBe('010-12321');
    expect(displayNumber('95384')).toBe('95384');
    expect(numberDigits('（010）12321')).toBe('01012321');
    expect(numberDigits('微粒贷')).toBe('');
  });
});

describe('checkContact', () => {
  test('official number: owner, warning, its numbers to call', () => {
    const a = checkContact('95384')!;
    expect(a.status).toBe('official');
    expect(a.title).toBe('官方（微众银行）');
    expect(a.warning).toBe(SPOOF_WARNING);
    expect(a.callInstead.map((n) => n.number)).toEqual(['95384']);
  });

  test('official number but another institution was claimed: call the claimed one', () => {
    const a = checkContact('95588', '微粒贷')!;
    expect(a.status).toBe('official');
    expect(a.explanation).toContain('不是微众银行的号码');
    expect(a.callInstead.map((n) => n.number)).toEqual(['95384']);
  });

  test('look-alike link and wrong number', () => {
    const link = checkContact('webank-kefu.com')!;
    expect(link.status).toBe('lookalike');
    expect(link.title).toBe('仿冒（冒充 微众银行）');
    expect(link.warning).toBe('');
    expect(link.callInstead.map((n) => n.number)).toEqual(['95384']);
    const wrong = checkContact('400-678-8888')!;
    expect(wrong.status).toBe('lookalike');
    expect(wrong.title).toBe('仿冒（冒充 支付宝）');
    expect(wrong.warning).toBe(SPOOF_WARNING);
  });

  test('unknown mobile number: not called a scam, points to the app or contract', () => {
    const a = checkContact('13800138000')!;
    expect(a.status).toBe('unknown');
    expect(a.title).toBe('未知');
    expect(a.explanation).toContain('手机号');
    expect(a.explanation).toContain('不一定是诈骗');
    expect(a.warning).toBe(SPOOF_WARNING);
    expect(a.callInstead).toEqual([]);
    expect(a.whereToFind).toBe(WHERE_TO_FIND_DEFAULT);
    const named = checkContact('13800138000', '招商银行')!;
    expect(named.callInstead.map((n) => n.number)).toEqual(['95555']);
  });

  test('an IP link is not official; a name answers with its channels; empty is null', () => {
    expect(checkContact('http://1.2.3.4/pay')!.title).toBe('非官方');
    const name = checkContact('度小满')!;
    expect(name.status).toBe('name');
    expect(name.callInstead).toEqual([]);
    expect(name.whereToFind).toContain('我的 → 客服');
    expect(checkContact('   ')).toBeNull();
  });

  test('store: contact query, claimed name, unknown claimed name', () => {
    const s = new DirectoryStore();
    expect(s.contactAnswer).toBeNull();
    s.setContactQuery('13800138000');
    s.setClaimed('某某小贷');
    expect(s.claimedMissing).toBe(true);
    s.setClaimed('借唄');
    expect(s.claimedMissing).toBe(false);
    expect(s.contactAnswer!.callInstead.map((n) => n.number)).toEqual(['95188']);
    s.clearContact();
    expect(s.contactAnswer).toBeNull();
    expect(s.contactError).toBe('');
  });
});

describe('pasted text with a contact inside', () => {
  test('the number or link inside is checked; a named institution is taken as claimed', () => {
    expect(contactIn('请回拨 400-000-0000 处理')).toBe('400-000-0000');
    expect(contactIn('点 https://webank-kefu.com/a 还款')).toBe('https://webank-kefu.com/a');
    expect(contactIn('微粒贷')).toBe('');
    const a = checkContact('招商银行 138 0013 8000')!;
    expect(a.status).toBe('unknown');
    expect(a.query).toBe('138 0013 8000');
    expect(a.callInstead.map((n) => n.number)).toEqual(['95555']);
    expect(checkContact('微粒贷客服 webank-kefu.com')!.title).toBe('仿冒（冒充 微众银行）');
  });
});
