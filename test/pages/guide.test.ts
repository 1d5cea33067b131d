// The guide page: every section renders, every cited rule carries its confidence, nothing
// unconfirmed is cited by article number, call buttons dial directory numbers only, and the
// page follows dark mode and large-font mode from the settings store.
import * as fs from 'fs';
import * as path from 'path';
import { load, settle, textOf } from '../helpers/page';
import { installWxFake } from '../wx-fake';
import { settingsStore } from '../../miniprogram/stores/settings';
import { officialNumbers } from '../../miniprogram/core/directory/index';
import {
  CONFIDENCE_LABEL,
  GUIDE_SECTIONS,
  allCalls,
  allCitations,
  guideView,
} from '../../miniprogram/pages/guide/content';

type Node = NonNullable<ReturnType<Awaited<ReturnType<typeof load>>['querySelector']>>;

const ARTICLE_NUMBER = /第\s*[0-9０-９一二三四五六七八九十百千零]+\s*[条條]|art\.?\s*\d+/i;
const EXPECTED_TITLES = [
  '这类借款怎么运作',
  '已经转了钱怎么办',
  '先核实',
  '留证据',
  '别慌',
  '催收不能做什么',
  '什么是合法的',
  '征信常识',
  '找谁投诉',
  '借之前',
];

function all(root: Awaited<ReturnType<typeof load>>, selector: string): Node[] {
  return root.querySelectorAll(selector) as unknown as Node[];
}

afterEach(() => {
  settingsStore.setTheme('light');
  settingsStore.largeFont = false;
});

describe('guide content', () => {
  test('has the sections of the seed guidance, in order', () => {
    expect(GUIDE_SECTIONS.map((s) => s.title)).toEqual(EXPECTED_TITLES);
  });

  test('every citation has a known confidence; U ones carry no article number', () => {
    const citations = allCitations();
    expect(citations.length).toBeGreaterThan(10);
    for (const c of citations) {
      expect(Object.keys(CONFIDENCE_LABEL)).toContain(c.confidence);
      if (c.confidence === 'U') expect(`${c.source} ${c.says}`).not.toMatch(ARTICLE_NUMBER);
    }
  });

  test('cites the rules the brief names, with the confidence facts.md gives them', () => {
    const byConf = (needle: string) =>
      new Set(
        allCitations()
          .filter((c) => c.source.includes(needle))
          .map((c) => c.confidence),
      );
    expect(byConf('GB/T 45251-2025')).toEqual(new Set(['C2']));
    expect(byConf('中国银行业协会')).toEqual(new Set(['C2']));
    expect(byConf('《民法典》')).toEqual(new Set(['C1']));
    expect(byConf('《个人信息保护法》第10条')).toEqual(new Set(['C1']));
    expect(byConf('《治安管理处罚法》（2012 年文本）第42条')).toEqual(new Set(['C1']));
    expect(byConf('《治安管理处罚法》（2026')).toEqual(new Set(['U']));
    expect(byConf('《消费金融公司管理办法》')).toEqual(new Set(['C2']));
    expect(byConf('信用卡业务监督管理办法》（2011）第68条')).toEqual(new Set(['C2']));
  });

  test('does not cite the 2018 NIFA convention or the unconfirmed 21:00 hour', () => {
    const text = JSON.stringify(GUIDE_SECTIONS);
    expect(text).not.toContain('自律公约');
    expect(text).not.toMatch(/21[:：]00/);
    expect(text).toContain('22:00');
  });

  test('every call button is a directory number', () => {
    const official = new Set(officialNumbers().map((n) => n.number));
    const calls = allCalls();
    expect(calls.map((c) => c.number).sort()).toEqual(['110', '12321', '12363', '12378', '96110']);
    for (const c of calls) expect(official.has(c.number)).toBe(true);
  });
});

describe('guide page', () => {
  test('citations and call buttons carry screen-reader labels', async () => {
    // simulate does not copy aria-* to the DOM, so check the data and the template binding.
    const page = await load('pages/guide/index');
    const data = page.instance.data as { sections: ReturnType<typeof guideView> };
    for (const item of data.sections.flatMap((s) => s.items)) {
      for (const c of item.citations) expect(c.aria.startsWith(`${c.tag}：${c.source}`)).toBe(true);
      if (item.call) expect(item.call.ariaLabel).toMatch(/^拨打 \d+，\S/);
    }
    const wxml = fs.readFileSync(
      path.join(__dirname, '../../miniprogram/pages/guide/index.wxml'),
      'utf8',
    );
    expect(wxml).toContain('aria-label="{{c.aria}}"');
    expect(wxml).toContain('aria-label="{{item.call.ariaLabel}}"');
  });

  test('renders every section title and its items', async () => {
    const page = await load('pages/guide/index');
    const titles = all(page, '.section').map((n) =>
      n.dom!.querySelector('[class*="section-title"]')!.textContent!.trim(),
    );
    expect(titles).toEqual(EXPECTED_TITLES);
    const items = GUIDE_SECTIONS.reduce((n, s) => n + s.items.length, 0);
    expect(all(page, '.item')).toHaveLength(items);
    expect(textOf(page, '#section-verify')).toContain('翻出借款合同');
    expect(textOf(page, '#intro')).toContain('收到催款通知怎么办');
  });

  test('every rule shown carries a confidence tag', async () => {
    const page = await load('pages/guide/index');
    const shown = all(page, '.citation');
    expect(shown).toHaveLength(allCitations().length);
    const labels = Object.values(CONFIDENCE_LABEL);
    for (const node of shown) {
      const tag = node.dom!.querySelector('[class*="conf-tag-inner"]')!.textContent!.trim();
      expect(labels).toContain(tag);
      if (tag === CONFIDENCE_LABEL.U) expect(node.dom!.textContent).not.toMatch(ARTICLE_NUMBER);
    }
    expect(textOf(page, '#section-limits')).toContain(CONFIDENCE_LABEL.C1);
    expect(textOf(page, '#section-limits')).toContain(CONFIDENCE_LABEL.C2);
  });

  test('call buttons dial only directory numbers, through the phone service', async () => {
    const fake = installWxFake();
    const page = await load('pages/guide/index');
    const buttons = all(page, '.call');
    expect(buttons.map((b) => b.dom!.textContent!.trim())).toEqual(allCalls().map((c) => c.label));
    for (const b of buttons) {
      b.dispatchEvent('click');
      await settle();
    }
    const official = new Set(officialNumbers().map((n) => n.number));
    expect(fake.calls.phone).toEqual(allCalls().map((c) => c.number));
    for (const n of fake.calls.phone) expect(official.has(n)).toBe(true);
  });

  test('a number outside the directory is refused with a message, never dialled', async () => {
    const fake = installWxFake();
    const page = await load('pages/guide/index');
    const inst = page.instance as unknown as {
      onCall: (e: unknown) => Promise<void>;
    };
    await inst.onCall({ currentTarget: { dataset: { number: '4000000000' } } });
    expect(fake.calls.phone).toEqual([]);
    expect(fake.calls.toasts.map((t) => t.title)).toContain(
      '这个号码不在官方渠道目录里，不能从这里拨打。',
    );
  });

  test('follows the system dark theme with the theme-dark root class', async () => {
    installWxFake({ theme: 'dark' });
    const page = await load('pages/guide/index');
    expect(page.querySelector('#page')!.dom!.className).toContain('theme-dark');
  });

  test('large-font mode sets the root class and the page-meta font size', async () => {
    settingsStore.largeFont = true;
    const page = await load('pages/guide/index');
    const root = page.querySelector('#page')!.dom!;
    expect(root.className).toContain('large-font');
    expect((page.instance.data as { rootFontSize: string }).rootFontSize).toBe('20px');
    settingsStore.largeFont = false;
    await settle();
    expect(root.className).not.toContain('large-font');
    expect((page.instance.data as { rootFontSize: string }).rootFontSize).toBe('16px');
  });

  test('sharing shares the app only', async () => {
    const page = await load('pages/guide/index');
    const share = (
      page.instance as unknown as { onShareAppMessage: () => { path: string } }
    ).onShareAppMessage();
    expect(share.path).toBe('/pages/check/index');
    expect(JSON.stringify(share)).not.toMatch(/\?/);
  });
});
