// 官方渠道 tab: instant search by alias / traditional form / typo / number, empty state, call
// and copy buttons (dial only directory numbers), "where to find the number", dark / large font.
import * as fs from 'fs';
import * as path from 'path';
import { load, MINIPROGRAM_ROOT, settle, textOf, Rendered } from '../helpers/page';
import { installWxFake, WxFake } from '../wx-fake';
import { directoryStore } from '../../miniprogram/stores/directory';
import { settingsStore } from '../../miniprogram/stores/settings';

jest.setTimeout(30000);

let fake: WxFake;
beforeEach(() => {
  fake = installWxFake();
  directoryStore.clearQuery();
  settingsStore.setLargeFont(false);
});

async function search(page: Rendered, q: string): Promise<void> {
  page.querySelector('#search')!.dispatchEvent('change', { detail: q });
  await settle();
}

function entryIds(page: Rendered): string[] {
  return page.querySelectorAll('.entry').map((n) => n.dom!.id || '');
}

function data(page: Rendered): Record<string, unknown> {
  return (page.instance as unknown as { data: Record<string, unknown> }).data;
}

test('the full list: the loans reached from WeChat first (微粒贷 on top), then banks, then regulators', async () => {
  const page = await load('pages/directory/index');
  const titles = page.querySelectorAll('.group-title').map((n) => n.dom!.textContent);
  expect(titles).toEqual(['微信里常用的借款', '其他借款平台', '银行', '监管与投诉', '公安与反诈']);
  const first = (data(page).groups as Array<{ entries: Array<{ id: string }> }>)[0].entries;
  expect(first.map((e) => e.id)).toEqual([
    'webank',
    'wechatpay',
    'alipay',
    'jdfinance',
    'meituan',
    'duxiaoman',
  ]);
  expect(textOf(page, '#group-wechat')).toContain('95384');
  expect(textOf(page, '#group-bank')).toContain('95588');
  expect(page.querySelector('#empty')).toBeUndefined();
  // The link to the lookup page is there.
  expect(textOf(page, '#to-lookup')).toContain('这个号码/链接是官方的吗？');
});

test('search by product alias: 微粒贷 finds 微众银行 with 95384', async () => {
  const page = await load('pages/directory/index');
  await search(page, '微粒贷');
  const groups = data(page).groups as Array<{ title: string; entries: Array<{ id: string }> }>;
  expect(groups).toHaveLength(1);
  expect(groups[0].title).toBe('微信里常用的借款');
  expect(groups[0].entries.map((e) => e.id)).toEqual(['webank']);
  const text = textOf(page, '#page')!;
  expect(text).toContain('微众银行');
  expect(text).toContain('95384');
  // A short result shows its details: official entry path and notes; sources behind 来源.
  expect(text).toContain('官方入口');
  expect(text).toContain('微信 → 我 → 服务 → 微粒贷借钱');
  expect(page.querySelector('#source-list-webank')).toBeUndefined();
  page.querySelector('#sources-webank')!.dispatchEvent('tap');
  await settle();
  const sources = textOf(page, '#source-list-webank')!;
  expect(sources).toMatch(/来源 · 核实于 \d{4}-\d{2}-\d{2}/);
  // Readable titles, not raw paths.
  expect(sources).toContain('vCards 开源号码库：微众银行');
  expect(sources).not.toContain('github.com');
  expect(sources).not.toContain('.yaml');
});

test('search accepts traditional forms and a one-character typo', async () => {
  const page = await load('pages/directory/index');
  await search(page, '借唄');
  expect(textOf(page, '#page')).toContain('支付宝');
  expect(textOf(page, '#page')).toContain('95188');
  await search(page, '微粒带');
  expect(textOf(page, '#page')).toContain('95384');
  expect(page.querySelector('#entry-webank')).toBeDefined();
});

test('search by number: 95588 finds 工商银行 and says the number is official', async () => {
  const page = await load('pages/directory/index');
  await search(page, '955 88');
  expect(textOf(page, '#page')).toContain('中国工商银行');
  const groups = data(page).groups as Array<{ entries: Array<{ id: string }> }>;
  expect(groups.flatMap((g) => g.entries.map((e) => e.id))).toEqual(['icbc']);
  expect(textOf(page, '#query-check')).toContain('官方（中国工商银行）');
  expect(textOf(page, '#query-check')).toContain('来电显示可以伪造');
});

test('no match: an empty state that says nothing was found and where to look', async () => {
  const page = await load('pages/directory/index');
  await search(page, '完全不存在的机构名');
  expect(page.querySelectorAll('.entry')).toHaveLength(0);
  const empty = textOf(page, '#empty')!;
  expect(empty).toContain('没有找到');
  expect(empty).toContain('我的 → 客服');
  expect(empty).toContain('借款合同');
  // Clearing brings the whole list back.
  page.querySelector('#search')!.dispatchEvent('clear');
  await settle();
  expect(entryIds(page).length).toBeGreaterThan(20);
});

test('the call button dials the directory number through the phone service', async () => {
  const page = await load('pages/directory/index');
  await search(page, '微粒贷');
  page.querySelector('#call-webank-95384')!.dispatchEvent('tap');
  await settle(3);
  expect(fake.calls.phone).toEqual(['95384']);
});

test('a forged data-number is refused: only directory numbers can be dialled', async () => {
  const page = await load('pages/directory/index');
  const inst = page.instance as unknown as { onCall: (e: unknown) => Promise<void> };
  await inst.onCall({ currentTarget: { dataset: { number: '13800138000' } } });
  await settle(3);
  expect(fake.calls.phone).toEqual([]);
  expect(fake.calls.toasts[0].title).toContain('不在官方渠道目录里');
});

test('the copy button puts the number on the clipboard; sources are copyable', async () => {
  const page = await load('pages/directory/index');
  await search(page, '95588');
  page.querySelector('#copy-icbc-95588')!.dispatchEvent('tap');
  await settle(3);
  expect(fake.getClipboard()).toBe('95588');
  page.querySelector('#sources-icbc')!.dispatchEvent('tap');
  await settle();
  page.querySelector('.source-copy')!.dispatchEvent('tap');
  await settle(3);
  expect(fake.getClipboard()).toContain('vCards');
  expect(fake.calls.phone).toEqual([]);
});

test('an entry without a confirmed number says where to find it (度小满)', async () => {
  const page = await load('pages/directory/index');
  await search(page, '度小满');
  const entry = textOf(page, '#entry-duxiaoman')!;
  expect(entry).toContain('号码在哪找');
  expect(entry).toContain('我的 → 客服');
  expect(entry).toContain('借款合同');
  expect(page.querySelectorAll('.btn--call')).toHaveLength(0);
});

test('help channels show what they are for (国家反诈中心 App)', async () => {
  const page = await load('pages/directory/index');
  await search(page, '反诈');
  expect(textOf(page, '#entry-antifraudapp')).toContain('举报诈骗');
});

test('folded details open on tap in the full list', async () => {
  const page = await load('pages/directory/index');
  expect(page.querySelector('#entry-webank')!.querySelector('.entry-paths')).toBeUndefined();
  page.querySelector('#more-webank')!.dispatchEvent('tap');
  await settle();
  expect(textOf(page, '#entry-webank')).toContain('微信 → 我 → 服务 → 微粒贷借钱');
});

test('a look-alike link typed in the search is called out', async () => {
  const page = await load('pages/directory/index');
  await search(page, 'webank-kefu.com');
  expect(textOf(page, '#query-check')).toContain('仿冒（冒充 微众银行）');
  expect(data(page).lookupUrl).toBe('/pages/lookup/index?q=webank-kefu.com');
});

test('dark theme and large font from the settings store', async () => {
  installWxFake({ theme: 'dark', storage: { 'settings.v1': { largeFont: true } } });
  const page = await load('pages/directory/index');
  const root = page.querySelector('#page')!.dom!;
  expect(root.className).toContain('theme-dark');
  expect(root.className).toContain('large-font');
  expect(data(page).rootFontSize).toBe('20px');
  settingsStore.setLargeFont(false);
  settingsStore.setTheme('light');
  await settle();
  expect(page.querySelector('#page')!.dom!.className).toContain('theme-light');
  expect(page.querySelector('#page')!.dom!.className).not.toContain('large-font');
  expect(data(page).rootFontSize).toBe('16px');
});

test('every button, link and tappable text on the page has an aria-label', () => {
  const wxml = fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'pages/directory/index.wxml'), 'utf8');
  const tags = (wxml.match(/<[a-z-]+\b[^>]*>/g) ?? []).filter((t) =>
    /^<(button|navigator)\b|bindtap=/.test(t),
  );
  expect(tags.length).toBeGreaterThan(3);
  for (const tag of tags) expect(tag).toMatch(/aria-label="[^"]+"/);
});
