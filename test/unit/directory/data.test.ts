// Data validation: the directory must stay sourced, well-formed and free of unsourced numbers.
import {
  allEntries,
  directoryJson,
  entryById,
  officialNumbers,
} from '../../../miniprogram/core/directory';
import type { DirectoryEntry } from '../../../miniprogram/core/directory';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const OpenCC = require('opencc-js');

const entries = allEntries() as DirectoryEntry[];

/**
 * Every number the directory ships, copied by hand from ../shared/facts/facts.md (C1/C2 only).
 * Adding a number to data.ts without adding it here (after checking facts.md) fails the test.
 */
const ALLOWED_NUMBERS: Record<string, string> = {
  '95017': 'wechatpay',
  '95384': 'webank',
  '95188': 'alipay',
  '95118': 'jdfinance',
  '950618': 'jdfinance',
  '4006562211': 'jdfinance',
  '10107888': 'meituan',
  '95588': 'icbc',
  '95533': 'ccb',
  '95599': 'abc',
  '95566': 'boc',
  '95559': 'bocom',
  '95555': 'cmb',
  '95580': 'psbc',
  '95511': 'pingan',
  '95558': 'citic',
  '95595': 'ceb',
  '95568': 'cmbc',
  '95768': 'cmbc',
  '952568': 'cmbc',
  '95528': 'spdb',
  '95561': 'cib',
  '95577': 'hxb',
  '95508': 'cgb',
  '4008308003': 'cgb',
  '12378': 'nfra',
  '12363': 'pboc',
  '110': 'police110',
  '96110': 'antifraud96110',
  '12381': 'warning12381',
  '12321': 'report12321',
  '01012321': 'report12321',
};

const WELL_FORMED = /^(?:95\d{3,4}|96\d{3}|110|12\d{3}|[48]00\d{7}|10107888|010\d{5})$/;
const KINDS = ['lender', 'bank', 'payment', 'regulator', 'police', 'complaint'];
const HELP_KINDS = ['regulator', 'police', 'complaint'];

describe('directory data', () => {
  test('has entries with unique, simple ids', () => {
    expect(entries.length).toBeGreaterThanOrEqual(43);
    const ids = entries.map((e) => e.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z][a-z0-9]*$/);
  });

  test.each(entries.map((e) => [e.id, e] as const))('%s matches the schema', (_id, e) => {
    expect(typeof e.name).toBe('string');
    expect(e.name.length).toBeGreaterThan(0);
    expect(KINDS).toContain(e.kind);
    expect(['C1', 'C2', 'U']).toContain(e.confidence);
    expect(Array.isArray(e.aliases)).toBe(true);
    expect(e.aliases.length).toBeGreaterThan(0);
    for (const list of [
      e.aliases,
      e.weakAliases || [],
      e.entryPoints,
      e.smsSignatures,
      e.notes,
      e.sources,
    ])
      for (const s of list) expect(typeof s === 'string' && s.trim().length > 0).toBe(true);
    expect(e.verified).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(e.sources.length).toBeGreaterThan(0);
    for (const d of e.domains) expect(d).toMatch(/^[a-z0-9-]+(?:\.[a-z0-9-]+)+$/);
    for (const t of e.brandTokens || []) expect(t).toMatch(/^[a-z0-9]+$/);
    for (const s of e.smsSignatures) expect(s).toMatch(/^【[^【】]+】$/);
    for (const s of e.suspectSmsSignatures || []) expect(e.smsSignatures).not.toContain(s);
  });

  test('every shipped number is digits-only, well-formed, C1/C2 and labelled', () => {
    for (const e of entries)
      for (const h of e.hotlines) {
        expect(h.number).toMatch(/^\d+$/);
        expect(h.number).toMatch(WELL_FORMED);
        expect(['C1', 'C2']).toContain(h.confidence);
        expect(h.label.length).toBeGreaterThan(0);
      }
  });

  test('the shipped numbers are exactly the allow-list copied from facts.md', () => {
    const shipped: Record<string, string> = {};
    for (const n of officialNumbers()) shipped[n.number] = n.entryId;
    expect(shipped).toEqual(ALLOWED_NUMBERS);
  });

  test('no number is listed under two institutions unless marked shared', () => {
    const seen = new Map<string, string>();
    for (const e of entries)
      for (const h of e.hotlines) {
        const other = seen.get(h.number);
        if (other && other !== e.id) expect(h.shared).toBe(true);
        seen.set(h.number, e.id);
      }
  });

  test('an unconfirmed (U) entry ships no number', () => {
    for (const e of entries.filter((x) => x.confidence === 'U')) expect(e.hotlines).toEqual([]);
  });

  test('every entry without a number says where to find it, or is a help channel with a purpose', () => {
    for (const e of entries.filter((x) => x.hotlines.length === 0)) {
      const ok =
        (e.whereToFindNumber || '').length > 0 ||
        (HELP_KINDS.includes(e.kind) && (e.purpose || '').length > 0);
      expect([e.id, ok]).toEqual([e.id, true]);
    }
  });

  test('help channels explain what they are for', () => {
    for (const id of [
      'nfra',
      'pboc',
      'police110',
      'antifraud96110',
      'warning12381',
      'report12321',
      'antifraudapp',
      'samr',
    ])
      expect((entryById(id)!.purpose || '').length).toBeGreaterThan(0);
    expect(entryById('antifraud96110')!.purpose).toContain('接听');
    expect(entryById('police110')!.purpose).toContain('已经转');
    expect(entryById('warning12381')!.notes.join('')).toContain('不含链接');
    expect(entryById('samr')!.purpose).toMatch(/12378.*12363/);
  });

  test('known-wrong numbers never collide with official ones', () => {
    const official = new Set(officialNumbers().map((n) => n.number));
    for (const e of entries)
      for (const w of e.wrongNumbers || []) expect(official.has(w.number)).toBe(false);
  });

  test('the aggregator page with made-up numbers is never a source of an entry', () => {
    for (const e of entries) for (const s of e.sources) expect(s).not.toMatch(/zhcng\.com/);
  });

  test('nothing from the C3-only NIFA report platform ships as official', () => {
    for (const e of entries) {
      expect(e.domains.join(' ')).not.toMatch(/nifa/);
      expect(e.aliases.join(' ')).not.toMatch(/互联网金融协会/);
    }
  });

  test('the facts that matter most are present', () => {
    const webank = entryById('webank')!;
    expect(webank.smsSignatures).toEqual(['【微众银行】']);
    expect(webank.entryPoints.join(' ')).toContain('微粒贷借钱');
    expect(webank.notes.join(' ')).toContain('没有单独的“微粒贷 App”');
    const wx = entryById('wechatpay')!;
    expect(wx.confidence).toBe('C1');
    expect(wx.notes.join(' ')).toContain('+86 571 95017');
    expect(wx.notes.join(' ')).toMatch(/95017 转 2/);
    expect(entryById('meituan')!.notes.join(' ')).toContain('没有“美团金融”App');
    expect(entryById('cgb')!.hotlines.map((h) => h.label)).toEqual([
      '信用卡客服',
      '客服热线（综合）',
    ]);
    expect(entryById('pbccrc')!.notes.join(' ')).toContain('2026-03-31');
    expect(entryById('pingan')!.domains).toEqual(['pingan.com']);
    for (const id of [
      'duxiaoman',
      'zhaolian',
      'huanbei',
      'mashang',
      'qifu',
      'xinye',
      'bocfinance',
      'cibfinance',
      'homecredit',
      'pinganpuhui',
      'yirendai',
      'lexin',
      'xiaoying',
      'yangqianguan',
      'pbccrc',
      'samr',
      'antifraudapp',
    ])
      expect(entryById(id)!.hotlines).toEqual([]);
  });

  test('aliases are unique across entries', () => {
    const owner = new Map<string, string>();
    for (const e of entries)
      for (const a of [...e.aliases, ...(e.weakAliases || [])]) {
        const k = a.toLowerCase();
        const prev = owner.get(k);
        if (prev) expect(`${a}: ${prev}`).toBe(`${a}: ${e.id}`);
        owner.set(k, e.id);
      }
  });

  test('every simplified alias also has its traditional form', () => {
    const converters = ['t', 'tw', 'hk'].map((to) => OpenCC.Converter({ from: 'cn', to }));
    const missing: string[] = [];
    for (const e of entries) {
      const all = new Set([...e.aliases, ...(e.weakAliases || [])]);
      for (const a of all)
        for (const s2t of converters) {
          const t = s2t(a);
          if (t !== a && !all.has(t)) missing.push(`${e.id}: ${a} → ${t}`);
        }
    }
    expect(missing).toEqual([]);
  });

  test('directoryJson is plain JSON with sources, and a copy', () => {
    const j = directoryJson();
    expect(JSON.parse(JSON.stringify(j))).toEqual(j);
    expect(j.length).toBe(entries.length);
    for (const e of j) expect(e.sources.length).toBeGreaterThan(0);
    j[0].name = 'changed';
    expect(allEntries()[0].name).not.toBe('changed');
  });

  test('entries are frozen so a caller cannot corrupt the directory', () => {
    const e = entryById('webank')!;
    expect(Object.isFrozen(e)).toBe(true);
    expect(Object.isFrozen(e.hotlines[0])).toBe(true);
  });
});
