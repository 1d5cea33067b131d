// The four tab pages render with the real Vant components compiled by WeChat's own compiler.
import { load, textOf } from '../helpers/page';

test('the check page renders a Vant button with its Chinese label', async () => {
  const page = await load('pages/check/index');
  const button = page.querySelector('#start');
  expect(button).toBeDefined();
  // The real van-button renders a native <button> with Vant's classes inside.
  const html = button!.dom!.innerHTML;
  expect(html).toContain('van-button');
  expect(html).toContain('van-button--primary');
  expect(textOf(page, '#start')).toBe('开始核验');
  expect(textOf(page, '#title')).toBe('核验催款通知');
});

test('the evidence page renders van-empty with its description', async () => {
  const page = await load('pages/records/index');
  expect(page.querySelector('#empty')!.dom!.innerHTML).toContain('van-empty__description');
  expect(textOf(page, '#empty')).toContain('还没有保存的证据');
});

test('the directory and guide pages render van-cell; a page can be loaded twice', async () => {
  for (const p of ['pages/directory/index', 'pages/guide/index', 'pages/directory/index']) {
    const page = await load(p);
    expect(page.querySelector('#intro')!.dom!.innerHTML).toContain('van-cell__title');
  }
  expect(getCurrentPages().map((p) => p.route)).toEqual([
    'pages/directory/index',
    'pages/guide/index',
    'pages/directory/index',
  ]);
});

test('the global wx is the fake, with simulate APIs still present', () => {
  expect(wx.env.USER_DATA_PATH).toBe('http://usr');
  expect(typeof wx.createSelectorQuery).toBe('function');
  expect(typeof getApp).toBe('function');
});
