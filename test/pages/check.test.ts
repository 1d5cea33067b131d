// The 核验 page: type or paste a notice, check it, and get to the result; refusals and bad
// input explain themselves; forwarded screenshots with and without OCR; theme, large font,
// privacy popup, history.
import * as fs from 'fs';
import * as path from 'path';
import { load, settle, textOf, Rendered } from '../helpers/page';
import { installWxFake, WxFake } from '../wx-fake';
import { checkStore, CHECK_MESSAGES } from '../../miniprogram/stores/check';
import { settingsStore } from '../../miniprogram/stores/settings';
import { setOcr } from '../../miniprogram/services/ocr';
import { FILE_MESSAGES } from '../../miniprogram/services/message-file';

const SCAM = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example-notice.txt'), 'utf8');

let fake: WxFake;
let navigations: string[];

function setup(opts: Parameters<typeof installWxFake>[0] = {}): WxFake {
  fake = installWxFake(opts);
  navigations = [];
  const w = wx as unknown as Record<string, unknown>;
  w.navigateTo = (o: { url: string }) => navigations.push(o.url);
  w.switchTab = (o: { url: string }) => navigations.push(o.url);
  return fake;
}

beforeEach(() => {
  setup();
  checkStore.resetAll();
  checkStore.historyLoaded = false;
  settingsStore.setLargeFont(false);
  settingsStore.setKeepHistory(true);
  settingsStore.setTheme('light');
  setOcr(null);
});

function type(page: Rendered, text: string): void {
  page.querySelector('#draft')!.dispatchEvent('input', { detail: { value: text } });
}

async function tap(page: Rendered, selector: string, event = 'click'): Promise<void> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  node.dispatchEvent(event);
  for (let i = 0; i < 6; i++) await settle();
}

test('type a scam notice, check it, and the result page opens', async () => {
  const page = await load('pages/check/index');
  type(page, SCAM);
  await tap(page, '#start');
  expect(checkStore.result!.verdict).toBe('scam');
  expect(navigations).toEqual(['/pages/result/index']);
  expect(page.querySelector('#error')).toBeUndefined();
});

test('empty input says what to do and does not navigate', async () => {
  const page = await load('pages/check/index');
  await tap(page, '#start');
  expect(textOf(page, '#error')).toContain(CHECK_MESSAGES.empty);
  expect(navigations).toEqual([]);
});

test('paste fills the draft from the clipboard', async () => {
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  await tap(page, '#paste');
  expect(checkStore.draft).toBe(SCAM);
  expect(page.instance.data.draftPreview).toBe(SCAM);
});

test('clipboard refused: a toast and an explanation, the draft is unchanged', async () => {
  fake.setClipboard(SCAM);
  fake.faults.clipboard = 'deny';
  const page = await load('pages/check/index');
  type(page, '我自己输入的');
  await tap(page, '#paste');
  expect(checkStore.draft).toBe('我自己输入的');
  expect(fake.calls.toasts.map((t) => t.title)).toContain('没能读取剪贴板');
  expect(textOf(page, '#error')).toContain('长按');
});

test('a 1 MB message is checked with a truncation note', async () => {
  const page = await load('pages/check/index');
  const big = SCAM + '。'.repeat(1024 * 1024);
  checkStore.setDraft(big);
  await settle();
  expect(page.querySelector('#long-note')).toBeDefined();
  await tap(page, '#start');
  expect(checkStore.result!.truncated!.totalChars).toBe(big.length);
  expect(navigations).toEqual(['/pages/result/index']);
});

test('a binary chat file gives a clear message', async () => {
  const page = await load('pages/check/index');
  const bytes = new Uint8Array(4096);
  for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 31) % 256;
  fake.queueMessageFile([{ path: 'notice.txt', data: bytes }]);
  await tap(page, '#import-file');
  expect(textOf(page, '#error')).toBe(FILE_MESSAGES.binary);
});

test('a text chat file is imported', async () => {
  const page = await load('pages/check/index');
  fake.queueMessageFile([{ path: 'notice.txt', data: SCAM }]);
  await tap(page, '#import-file');
  expect(checkStore.draft).toBe(SCAM);
  expect(textOf(page, '#notice')).toContain('notice.txt');
});

test('识别截图 without OCR support explains and offers paste, which works', async () => {
  const page = await load('pages/check/index');
  await tap(page, '#screenshot');
  expect(textOf(page, '#error')).toContain('不支持识别截图');
  expect(page.querySelector('#offer-paste')).toBeDefined();
  fake.setClipboard(SCAM);
  await tap(page, '#offer-paste');
  expect(checkStore.draft).toBe(SCAM);
  expect(page.querySelector('#error')).toBeUndefined();
});

test('a forwarded screenshot with OCR is recognised and checked', async () => {
  setOcr({ available: () => true, recognize: async () => ({ ok: true, text: SCAM }) });
  (getApp() as unknown as { globalData: Record<string, unknown> }).globalData = {
    forwarded: [{ type: 'image/png', name: 's.png', path: 'http://tmp/s.png', size: 9 }],
  };
  await load('pages/check/index');
  for (let i = 0; i < 4; i++) await settle();
  expect(checkStore.result!.verdict).toBe('scam');
  expect(navigations).toEqual(['/pages/result/index']);
});

test('a forwarded screenshot without OCR explains and offers paste', async () => {
  (getApp() as unknown as { globalData: Record<string, unknown> }).globalData = {
    forwarded: [{ type: 'image/png', name: 's.png', path: 'http://tmp/s.png', size: 9 }],
  };
  const page = await load('pages/check/index');
  for (let i = 0; i < 4; i++) await settle();
  expect(textOf(page, '#error')).toContain('不支持识别截图');
  expect(page.querySelector('#offer-paste')).toBeDefined();
  expect(navigations).toEqual([]);
});

test('dark theme puts theme-dark on the root view', async () => {
  settingsStore.setTheme('dark');
  const page = await load('pages/check/index');
  expect(page.querySelector('#page')!.dom!.className).toContain('theme-dark');
});

test('large-font mode raises the root font size and adds the large class', async () => {
  const page = await load('pages/check/index');
  expect(page.instance.data.rootFontSize).toBe('16px');
  settingsStore.setLargeFont(true);
  await settle();
  expect(page.instance.data.rootFontSize).toBe('20px');
  expect(page.querySelector('#page')!.dom!.className).toContain('nc-large');
});

test('privacy: a protected API before consent opens the popup with an agree button', async () => {
  setup({ privacyAuthorized: false });
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  const popup = page.querySelector('#privacy')!;
  expect(popup.querySelector('#privacy-mask')).toBeUndefined();
  await tap(page, '#paste');
  const agree = popup.querySelector('#privacy-agree');
  expect(agree).toBeDefined();
  // Built-in <button> attributes are not rendered by miniprogram-simulate: read the template.
  const wxml = fs.readFileSync(
    path.join(__dirname, '..', '..', 'miniprogram', 'components', 'privacy-popup', 'index.wxml'),
    'utf8',
  );
  const agreeTag = /<button[^>]*id="privacy-agree"[^>]*>/.exec(wxml)![0];
  expect(agreeTag).toContain('open-type="agreePrivacyAuthorization"');
  expect(agreeTag).toContain('bindagreeprivacyauthorization="onAgree"');
  // The user agrees (WeChat fires bindagreeprivacyauthorization on the button): the paste
  // that asked goes on by itself, no second tap.
  (popup.instance as unknown as { onAgree: () => void }).onAgree();
  for (let i = 0; i < 6; i++) await settle();
  expect(popup.querySelector('#privacy-mask')).toBeUndefined();
  expect(checkStore.draft).toBe(SCAM);
});

test('recent checks are listed and reopen; empty state first', async () => {
  const page = await load('pages/check/index');
  expect(textOf(page, '#history-empty')).toContain('还没有核验过消息');
  type(page, SCAM);
  await tap(page, '#start');
  await settle(10);
  expect(page.instance.data.historyRows).toHaveLength(1);
  await tap(page, '#history-0');
  expect(navigations).toEqual(['/pages/result/index', '/pages/result/index']);
});

test('share shares the app, never the message', async () => {
  const page = await load('pages/check/index');
  type(page, SCAM);
  const share = (
    page.instance as unknown as { onShareAppMessage: () => Record<string, string> }
  ).onShareAppMessage();
  expect(share.title).toBe('催款核验，先核验再回电');
  expect(JSON.stringify(share)).not.toContain('微粒贷');
});

test('two taps from a copied message to the verdict: 粘贴, then the always-visible 开始核验', async () => {
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  // The start button sits in the fixed bottom bar, not below the optional fields.
  const inside = (outer: string, inner: string) =>
    page.querySelector(outer)!.dom!.contains(page.querySelector(inner)!.dom!);
  expect(inside('#start-bar', '#start')).toBe(true);
  expect(inside('#extra', '#channel-sms')).toBe(true);
  expect(inside('#extra', '#sender')).toBe(true);
  expect(textOf(page, '#extra')).toContain('补充信息（可不填）');
  await tap(page, '#paste');
  await tap(page, '#start');
  expect(navigations).toEqual(['/pages/result/index']);
});

test('copied text is offered on show (after consent), once; one tap checks it', async () => {
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  expect(textOf(page, '#clip-offer')).toContain('检测到复制的内容，核验它？');
  await tap(page, '#clip-check');
  expect(checkStore.result!.verdict).toBe('scam');
  expect(navigations).toEqual(['/pages/result/index']);
  // Back on the page with the same clipboard: not offered again.
  await (page.instance as unknown as { onShow: () => Promise<void> }).onShow();
  await settle();
  expect(page.querySelector('#clip-offer')).toBeUndefined();
});

test('a dismissed offer stays dismissed; new copied text is offered again', async () => {
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  await tap(page, '#clip-dismiss');
  expect(page.querySelector('#clip-offer')).toBeUndefined();
  const show = (page.instance as unknown as { onShow: () => Promise<void> }).onShow;
  await show.call(page.instance);
  await settle();
  expect(page.querySelector('#clip-offer')).toBeUndefined();
  fake.setClipboard('【微众银行】您的微粒贷本期应还1280.00元，请在微信-微粒贷页面还款。');
  await show.call(page.instance);
  await settle();
  expect(textOf(page, '#clip-offer')).toContain('1280.00');
  expect(checkStore.draft).toBe('');
});

test('before privacy consent the clipboard is not read on show and no prompt opens', async () => {
  setup({ privacyAuthorized: false });
  fake.setClipboard(SCAM);
  const page = await load('pages/check/index');
  expect(page.querySelector('#clip-offer')).toBeUndefined();
  expect(page.querySelector('#privacy')!.querySelector('#privacy-mask')).toBeUndefined();
});

test('the WeChat copy hint and a large-font switch right on the page', async () => {
  const page = await load('pages/check/index');
  expect(textOf(page, '#wechat-hint')).toContain('长按消息 → 复制');
  expect(textOf(page, '#large-font')).toBe('大字');
  await tap(page, '#large-font', 'tap');
  expect(settingsStore.largeFont).toBe(true);
  expect(page.querySelector('#page')!.dom!.className).toContain('nc-large');
  expect(textOf(page, '#large-font')).toBe('标准字');
});
