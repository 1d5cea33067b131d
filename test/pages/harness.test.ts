// The page harness itself, on a tiny fixture app (test/fixtures/harness-app) so these tests do
// not depend on the real pages. Kept in its own file: each test file gets a fresh module
// registry, which the first case depends on.
import * as path from 'path';
import { load, settle, textOf } from '../helpers/page';
import { counter } from '../fixtures/harness-app/store';

const root = path.join(__dirname, '..', 'fixtures', 'harness-app');

test('a page module required by the test before rendering still renders', async () => {
  (require as unknown as NodeJS.Require)('../fixtures/harness-app/pages/demo/index');
  const page = await load('pages/demo/index', undefined, { root });
  expect(textOf(page, '#inc')).toBe('加一');
});

test('real Vant, onLoad query, store bindings and events', async () => {
  const page = await load('pages/demo/index', undefined, { root, query: { from: '短信' } });
  expect(page.querySelector('#inc')!.dom!.innerHTML).toContain('van-button--primary');
  expect(textOf(page, '#cell')).toMatch(/已核验\s*短信/);
  expect(textOf(page, '#count')).toBe(String(counter.count));
  const before = counter.count;
  page.querySelector('#inc')!.dispatchEvent('click');
  await settle(); // store bindings update on wx.nextTick
  expect(counter.count).toBe(before + 1);
  expect(textOf(page, '#count')).toBe(String(before + 1));
});

test('the same page loads twice; getCurrentPages sees both with their routes and options', async () => {
  await load('pages/demo/index', undefined, { root, query: { a: '1' } });
  const second = await load('pages/demo/index', undefined, { root });
  const pages = getCurrentPages();
  expect(pages.map((p) => p.route)).toEqual(['pages/demo/index', 'pages/demo/index']);
  expect(pages[0].options).toEqual({ a: '1' });
  expect(second.instance).toBe(pages[1]);
});

test('each test starts with an empty fake phone; getApp works', () => {
  expect(wx.getStorageInfoSync().keys).toEqual([]);
  wx.setStorageSync('left-over', 1);
  expect(typeof getApp().globalData).toBe('object');
  expect(typeof wx.createSelectorQuery).toBe('function'); // simulate's own API is kept
});

test('storage written by the previous test is gone', () => {
  expect(wx.getStorageSync('left-over')).toBe('');
});
