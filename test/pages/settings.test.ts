// Settings and about; and the app shell (theme, forwarded files) that the pages rely on.
import * as fs from 'fs';
import * as path from 'path';
import { load, settle, textOf, Rendered } from '../helpers/page';
import { installWxFake, WxFake } from '../wx-fake';
import { checkStore, HISTORY_KEY } from '../../miniprogram/stores/check';
import { settingsStore } from '../../miniprogram/stores/settings';
import { recordsStore } from '../../miniprogram/stores/records';
import { resetForwardedMaterials } from '../../miniprogram/services/entry';
import { ERROR_NOTICE, readErrorLog, recordError } from '../../miniprogram/services/error-log';

const SCAM = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example-notice.txt'), 'utf8');

let fake: WxFake;

beforeEach(() => {
  fake = installWxFake();
  checkStore.resetAll();
  settingsStore.setLargeFont(false);
  settingsStore.setKeepHistory(true);
  settingsStore.setTheme('light');
});

async function tap(page: Rendered, selector: string, event = 'click', detail?: unknown) {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  node.dispatchEvent(event, detail === undefined ? undefined : { detail });
  await settle(6);
}

test('large-font switch changes the root font size and is saved', async () => {
  const page = await load('pages/settings/index');
  expect(page.instance.data.rootFontSize).toBe('16px');
  await tap(page, '#large-font-switch', 'change', true);
  expect(page.instance.data.rootFontSize).toBe('20px');
  expect(page.querySelector('#page')!.dom!.className).toContain('nc-large');
  expect(fake.storageSnapshot()['settings.v1']).toEqual({ largeFont: true, keepHistory: true });
});

test('turning history off forgets kept checks; clear history asks first', async () => {
  checkStore.setDraft(SCAM);
  await checkStore.runCheck();
  expect(fake.storageSnapshot()[HISTORY_KEY]).toBeDefined();
  const page = await load('pages/settings/index');

  fake.queueModal({ confirm: false });
  await tap(page, '#clear-history');
  expect(checkStore.history).toHaveLength(1);

  fake.queueModal({ confirm: true });
  await tap(page, '#clear-history');
  expect(checkStore.history).toEqual([]);
  expect(fake.storageSnapshot()[HISTORY_KEY]).toBeUndefined();

  checkStore.setDraft(SCAM + '2');
  await checkStore.runCheck();
  // simulate turns a falsy event detail into {}; call the handler as Vant's switch would.
  (page.instance as unknown as { onKeepHistory: (e: unknown) => void }).onKeepHistory({
    detail: false,
  });
  await settle();
  expect(settingsStore.keepHistory).toBe(false);
  expect(fake.storageSnapshot()[HISTORY_KEY]).toBeUndefined();
});

test('clear all data confirms, then removes storage, files and store state', async () => {
  checkStore.setDraft(SCAM);
  await checkStore.runCheck();
  expect(checkStore.saveAsEvidence()).toBe(true);
  fake.putFile({ path: 'http://usr/evidence/a.jpg', data: 'x' });
  const page = await load('pages/settings/index');

  fake.queueModal({ confirm: false });
  await tap(page, '#clear-all');
  expect(recordsStore.cases.length).toBeGreaterThan(0);

  fake.queueModal({ confirm: true });
  await tap(page, '#clear-all');
  expect(fake.calls.modals[fake.calls.modals.length - 1].content).toContain('无法恢复');
  expect(recordsStore.cases).toEqual([]);
  expect(checkStore.result).toBeNull();
  expect(checkStore.history).toEqual([]);
  expect(fake.fileExists('http://usr/evidence/a.jpg')).toBe(false);
  // Only what the evidence store writes when it starts again on empty storage may remain.
  const left = Object.keys(fake.storageSnapshot());
  expect(left.filter((k) => k === HISTORY_KEY || k === 'settings.v1')).toEqual([]);
  expect(left.some((k) => /case|item/.test(k))).toBe(false);
  expect(textOf(page, '#message')).toContain('已清除');
});

test('privacy statement and directory date are shown', async () => {
  const page = await load('pages/settings/index');
  expect(textOf(page, '#privacy')).toContain('不联网');
  expect(textOf(page, '#verified')).toMatch(/\d{4}-\d{2}-\d{2}/);
  expect(textOf(page, '#version')).toContain('0.1.0');
});

describe('app shell', () => {
  type AppOpts = {
    globalData: { forwarded: unknown[] };
    onLaunch: (o: unknown) => void;
    onShow: (o: unknown) => void;
    onHide: () => void;
    onError: (message: string) => void;
    onUnhandledRejection: (res: { reason: unknown }) => void;
  };
  /** Run app.ts in its own module registry; returns the App options and its settings store. */
  function startApp(): AppOpts & { settings: typeof settingsStore } {
    let settings!: typeof settingsStore;
    jest.isolateModules(() => {
      require('../../miniprogram/app');
      settings = require('../../miniprogram/stores/settings').settingsStore;
    });
    return Object.assign(getApp() as unknown as AppOpts, { settings });
  }

  test('follows the system theme and its changes', () => {
    fake = installWxFake({ theme: 'dark' });
    const app = startApp();
    app.onLaunch({ scene: 1001, path: 'pages/check/index', query: {} });
    expect(app.settings.theme).toBe('dark');
    expect(app.settings.rootClass).toContain('theme-dark');
    fake.setTheme('light');
    expect(app.settings.theme).toBe('light');
    expect(app.globalData.forwarded).toEqual([]);
    app.onHide();
  });

  test('forwarded files are queued once for the check page', () => {
    resetForwardedMaterials();
    const materials = [{ type: 'image/png', name: 's.png', path: 'http://tmp/s.png', size: 5 }];
    fake = installWxFake();
    const app = startApp();
    const opts = { scene: 1173, path: 'pages/check/index', query: {}, forwardMaterials: materials };
    app.onLaunch(opts);
    expect(app.globalData.forwarded).toEqual(materials);
    app.globalData.forwarded = [];
    app.onShow(opts);
    expect(app.globalData.forwarded).toEqual([]);
  });

  test('an unexpected error: one calm notice, the details kept on the phone, nothing sent', () => {
    fake = installWxFake();
    const app = startApp();
    app.onLaunch({ scene: 1001, path: 'pages/check/index', query: {} });
    app.onError('TypeError: cannot read x of undefined\n    at onTap (pages/check/index.js:1:2)');
    app.onUnhandledRejection({ reason: new Error('storage gone') });
    app.onError('TypeError: cannot read x of undefined');
    expect(fake.calls.toasts.map((t) => t.title)).toEqual([ERROR_NOTICE]);
    const log = readErrorLog();
    expect(log.map((e) => e.kind)).toEqual(['error', 'rejection', 'error']);
    expect(log[1].message).toContain('storage gone');
    app.onHide();
  });
});

test('错误记录: shows how many errors are kept and copies them for a report', async () => {
  let page = await load('pages/settings/index');
  expect(textOf(page, '#error-log')).toContain('没有错误记录');
  await tap(page, '#error-log');
  expect(fake.calls.clipboardWrites).toEqual([]);
  expect(fake.calls.toasts.map((t) => t.title)).toContain('没有错误记录');

  recordError('error', 'TypeError: boom');
  page = await load('pages/settings/index');
  expect(textOf(page, '#error-log')).toContain('共 1 条');
  await tap(page, '#error-log');
  expect(fake.calls.clipboardWrites).toHaveLength(1);
  expect(fake.calls.clipboardWrites[0]).toContain('TypeError: boom');
  expect(fake.calls.toasts.map((t) => t.title)).toContain('已复制错误记录');
});
