// 这个号码/链接是官方的吗？: answers official / look-alike / unknown, shows the spoofing warning
// and the institution's official numbers; what the user typed is only copyable.
import * as fs from 'fs';
import * as path from 'path';
import { load, MINIPROGRAM_ROOT, settle, textOf, Rendered } from '../helpers/page';
import { installWxFake, WxFake } from '../wx-fake';
import { directoryStore, SPOOF_WARNING } from '../../miniprogram/stores/directory';
import { settingsStore } from '../../miniprogram/stores/settings';

jest.setTimeout(30000);

let fake: WxFake;
beforeEach(() => {
  fake = installWxFake();
  directoryStore.clearContact();
  settingsStore.setLargeFont(false);
});

const open = (q?: string, extra: Record<string, string> = {}) =>
  load('pages/lookup/index', undefined, {
    query: q === undefined ? extra : { q: encodeURIComponent(q), ...extra },
  });

async function tap(page: Rendered, selector: string): Promise<void> {
  page.querySelector(selector)!.dispatchEvent('tap');
  await settle(3);
}

test('the app registers the lookup page (in a subpackage)', () => {
  const app = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as {
    subpackages?: Array<{ root: string; pages: string[] }>;
  };
  const pages = (app.subpackages ?? []).flatMap((s) =>
    s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`),
  );
  expect(pages).toContain('pages/lookup/index');
});

test('without a query it explains what to paste', async () => {
  const page = await open();
  expect(textOf(page, '#title')).toBe('这个号码/链接是官方的吗？');
  expect(textOf(page, '#hint')).toContain('不会替你拨打或打开');
  expect(page.querySelector('#answer')).toBeUndefined();
});

test('an official number: 官方（微众银行）, the spoofing warning, and a call button', async () => {
  const page = await open('95384');
  expect(textOf(page, '#verdict')).toBe('官方（微众银行）');
  expect(textOf(page, '#warning')).toBe(SPOOF_WARNING);
  expect(textOf(page, '#call-instead')).toContain('95384');
  await tap(page, '#call-95384');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('a look-alike link: 仿冒（冒充 微众银行）, the link is copyable only, 95384 to call instead', async () => {
  const page = await open('webank-kefu.com');
  expect(textOf(page, '#verdict')).toBe('仿冒（冒充 微众银行）');
  expect(textOf(page, '#explanation')).toContain('不要打开');
  expect(textOf(page, '#checked-text')).toBe('webank-kefu.com');
  await tap(page, '#copy-query');
  expect(fake.getClipboard()).toBe('webank-kefu.com');
  await tap(page, '#call-95384');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('an unknown mobile number: 未知 with the warning; naming the caller offers its official number', async () => {
  const page = await open('138 0013 8000');
  expect(textOf(page, '#verdict')).toBe('未知');
  expect(textOf(page, '#explanation')).toContain('手机号');
  expect(textOf(page, '#warning')).toBe(SPOOF_WARNING);
  expect(textOf(page, '#where')).toContain('我的 → 客服');
  // The typed number is never offered as something to call.
  expect(page.querySelector('#call-13800138000')).toBeUndefined();
  page.querySelector('#claimed')!.dispatchEvent('change', { detail: '微粒贷' });
  await settle();
  expect(textOf(page, '#call-instead')).toContain('微众银行');
  await tap(page, '#call-95384');
  expect(fake.calls.phone).toEqual(['95384']);
  // The typed number can be copied, not dialled.
  await tap(page, '#copy-query');
  expect(fake.getClipboard()).toBe('138 0013 8000');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('a caller name the directory does not know says where to look', async () => {
  const page = await open('13800138000', { claimed: encodeURIComponent('某某小贷') });
  expect(textOf(page, '#claimed-missing')).toContain('目录里没有“某某小贷”');
  expect(page.querySelector('#call-instead')).toBeUndefined();
});

test('a number known to be wrong for an institution is a look-alike (400-000-0000)', async () => {
  const page = await open('400-000-0000');
  expect(textOf(page, '#verdict')).toBe('仿冒（冒充 微众银行）');
  expect(textOf(page, '#call-instead')).toContain('95384');
});

test('typing into the box answers instantly; paste reads the clipboard', async () => {
  const page = await open();
  page.querySelector('#input')!.dispatchEvent('change', { detail: '95588' });
  await settle();
  expect(textOf(page, '#verdict')).toBe('官方（中国工商银行）');
  fake.setClipboard('http://1.2.3.4/pay');
  await tap(page, '#paste');
  await settle();
  expect(textOf(page, '#verdict')).toBe('非官方');
  await tap(page, '#clear');
  expect(page.querySelector('#answer')).toBeUndefined();
});

test('a refused paste explains how to paste by hand', async () => {
  const page = await open();
  fake.faults.clipboard = 'deny';
  await tap(page, '#paste');
  expect(fake.calls.toasts.map((t) => t.title).join()).toContain('长按输入框');
});

test('dark theme and large font from the settings store', async () => {
  installWxFake({ theme: 'dark', storage: { 'settings.v1': { largeFont: true } } });
  const page = await open('95384');
  const root = page.querySelector('#page')!.dom!;
  expect(root.className).toContain('theme-dark');
  expect(root.className).toContain('large-font');
  expect((page.instance as unknown as { data: { rootFontSize: string } }).data.rootFontSize).toBe(
    '20px',
  );
});

test('every button and link on the page has an aria-label', () => {
  const wxml = fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'pages/lookup/index.wxml'), 'utf8');
  const tags = (wxml.match(/<[a-z-]+\b[^>]*>/g) ?? []).filter((t) =>
    /^<(button|navigator)\b|bindtap=/.test(t),
  );
  expect(tags.length).toBeGreaterThan(3);
  for (const tag of tags) expect(tag).toMatch(/aria-label="[^"]+"/);
});
