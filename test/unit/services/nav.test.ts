// Navigation the real client accepts, on the wx fake that refuses what the client refuses.
import * as fs from 'fs';
import * as path from 'path';
import { createWxFake, installWxFake, PAGE_STACK_LIMIT, WxFake } from '../../wx-fake';
import {
  isTabPage,
  navigateBack,
  navigateTo,
  navigationFailureText,
  open,
  TAB_PAGES,
} from '../../../miniprogram/services/nav';

const app = JSON.parse(
  fs.readFileSync(path.resolve(__dirname, '../../../miniprogram/app.json'), 'utf8'),
);

let fake: WxFake;
afterEach(() => fake?.uninstall());

test('the tab pages nav knows are exactly app.json tabBar.list', () => {
  expect([...TAB_PAGES]).toEqual(app.tabBar.list.map((t: { pagePath: string }) => t.pagePath));
});

describe('the wx fake refuses what the client refuses, with its words', () => {
  const run = (_f: WxFake, p: Promise<unknown> | undefined) =>
    (p as Promise<unknown>).then(
      () => 'ok',
      (e: { errMsg: string }) => e.errMsg,
    );

  test('navigateTo / redirectTo a tab page', async () => {
    const f = createWxFake({ pageStack: ['pages/result/index'] });
    expect(await run(f, f.wx.navigateTo({ url: '/pages/records/index' }))).toBe(
      'navigateTo:fail can not navigateTo a tabbar page',
    );
    expect(await run(f, f.wx.redirectTo({ url: '/pages/records/index' }))).toBe(
      'redirectTo:fail can not redirectTo a tabbar page',
    );
    expect(await run(f, f.wx.switchTab({ url: '/pages/result/index' }))).toBe(
      'switchTab:fail can not switch to no-tabBar page',
    );
    expect(f.pageStack()).toEqual(['pages/result/index']);
    expect(f.calls.navigations).toEqual([]);
  });

  test('an unknown route', async () => {
    const f = createWxFake();
    expect(await run(f, f.wx.navigateTo({ url: '/pages/nowhere/index?x=1' }))).toBe(
      'navigateTo:fail page "pages/nowhere/index" is not found',
    );
  });

  test(`more than ${PAGE_STACK_LIMIT} pages deep`, async () => {
    const f = createWxFake({ pageStack: ['pages/check/index'] });
    for (let i = 1; i < PAGE_STACK_LIMIT; i++)
      expect(await run(f, f.wx.navigateTo({ url: '/pages/result/index' }))).toBe('ok');
    expect(f.pageStack()).toHaveLength(PAGE_STACK_LIMIT);
    expect(await run(f, f.wx.navigateTo({ url: '/pages/lookup/index?q=1' }))).toBe(
      'navigateTo:fail webview count limit exceed',
    );
    // redirectTo replaces the top page and is still allowed at the limit.
    expect(await run(f, f.wx.redirectTo({ url: '/pages/lookup/index?q=1' }))).toBe('ok');
    expect(f.pageStack()).toHaveLength(PAGE_STACK_LIMIT);
  });

  test('back from the first page', async () => {
    const f = createWxFake({ pageStack: ['pages/check/index'] });
    expect(await run(f, f.wx.navigateBack({}))).toBe(
      'navigateBack:fail cannot navigate back at first page.',
    );
    await f.wx.navigateTo({ url: '/pages/settings/index' });
    expect(await run(f, f.wx.navigateBack({}))).toBe('ok');
    expect(f.pageStack()).toEqual(['pages/check/index']);
  });

  test('switchTab drops every other page; a relative url is relative to the current page', async () => {
    const f = createWxFake({ pageStack: ['pages/check/index', 'pages/result/index'] });
    expect(await run(f, f.wx.navigateTo({ url: '../settings/index' }))).toBe('ok');
    expect(f.pageStack()).toEqual([
      'pages/check/index',
      'pages/result/index',
      'pages/settings/index',
    ]);
    expect(await run(f, f.wx.switchTab({ url: '/pages/records/index' }))).toBe('ok');
    expect(f.pageStack()).toEqual(['pages/records/index']);
  });
});

describe('services/nav on that fake', () => {
  test('a tab page is switched to, any other page pushed', async () => {
    fake = installWxFake({ pageStack: ['pages/check/index', 'pages/result/index'] });
    expect(isTabPage('/pages/records/index?x=1')).toBe(true);
    expect(await navigateTo('/pages/records/index')).toBe(true);
    expect(fake.calls.navigations).toEqual([{ kind: 'switchTab', url: '/pages/records/index' }]);
    expect(await open('/pages/lookup/index?q=95188')).toBe(true);
    expect(fake.pageStack()).toEqual(['pages/records/index', 'pages/lookup/index']);
    expect(fake.calls.toasts).toEqual([]);
  });

  test('a refused navigation is told to the user in plain Chinese', async () => {
    fake = installWxFake({ pageStack: Array(PAGE_STACK_LIMIT).fill('pages/result/index') });
    expect(await open('/pages/settings/index')).toBe(false);
    expect(fake.calls.toasts.map((t) => t.title)).toEqual(['打开的页面太多了，请先返回几页再试']);
    expect(await open('/pages/gone/index')).toBe(false);
    expect(fake.calls.toasts.map((t) => t.title)[1]).toBe(navigationFailureText('not found'));
    expect(fake.calls.toasts[1].title).toMatch(/^[\u4e00-\u9fff，。]+$/);
  });

  test('back from the first page goes to the fallback tab instead of doing nothing', async () => {
    fake = installWxFake({ pageStack: ['pages/result/index'] });
    expect(await navigateBack()).toBe(true);
    expect(fake.pageStack()).toEqual(['pages/check/index']);
    expect(fake.calls.toasts).toEqual([]);
  });
});
