// Harness behaviour other page tests rely on (kept in its own file: each test file gets a
// fresh module registry, which is what these cases depend on).
import { load, textOf } from '../helpers/page';

test('a page module required by the test before rendering still renders', async () => {
  (require as unknown as NodeJS.Require)('../../miniprogram/pages/guide/index');
  const page = await load('pages/guide/index');
  expect(textOf(page, '#intro')).toContain('收到催款怎么办');
});

test('onLoad receives the query and getCurrentPages sees the page', async () => {
  const page = await load('pages/check/index', undefined, { query: { from: 'share' } });
  const pages = getCurrentPages();
  expect(pages[pages.length - 1].route).toBe('pages/check/index');
  expect(pages[pages.length - 1].options).toEqual({ from: 'share' });
  expect(page.instance).toBe(pages[pages.length - 1]);
});

test('each test starts with an empty fake phone', () => {
  expect(wx.getStorageInfoSync().keys).toEqual([]);
  wx.setStorageSync('left-over', 1);
});

test('storage written by the previous test is gone', () => {
  expect(wx.getStorageSync('left-over')).toBe('');
});
