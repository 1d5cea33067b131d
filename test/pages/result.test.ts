// The result page: verdict card, highlighted original, signals, contacts marked and copy-only,
// official numbers dialled only through the directory, next steps, save as evidence.
import * as fs from 'fs';
import * as path from 'path';
import { load, settle, textOf, Rendered } from '../helpers/page';
import { WxFake, installWxFake } from '../wx-fake';
import { checkStore } from '../../miniprogram/stores/check';
import { settingsStore } from '../../miniprogram/stores/settings';
import { officialNumbers } from '../../miniprogram/core/directory/index';
import { resetRecords } from '../helpers/records';

const SCAM = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example-notice.txt'), 'utf8');
const MESSAGE_NUMBER = '17138526049';

let fake: WxFake;

beforeEach(() => {
  fake = installWxFake();
  checkStore.resetAll();
  settingsStore.setKeepHistory(false);
  settingsStore.setTheme('light');
});

async function checked(text = SCAM): Promise<Rendered> {
  checkStore.setDraft(text);
  expect(await checkStore.runCheck()).toBe(true);
  return load('pages/result/index');
}

async function tap(page: Rendered, selector: string): Promise<void> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  node.dispatchEvent('click');
  await settle(6);
}

test('verdict card, summary, risk, highlighted words and explained signals', async () => {
  const page = await checked();
  expect(textOf(page, '#verdict-label')).toBe('很可能是诈骗');
  expect(textOf(page, '#summary')).toBe(checkStore.result!.summary);
  expect(textOf(page, '#risk')).toContain(String(checkStore.result!.risk));
  expect(page.querySelector('#verdict')!.dom!.className).toContain('rs-danger');
  const original = page.querySelector('#original')!.dom!;
  expect(original.textContent).toBe(SCAM);
  const hits = [...original.querySelectorAll('[class$="rs-hit"]')].map((n) => n.textContent);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.join('')).toContain('个人账户');
  const sig = page.querySelector('#signal-pay_to_unofficial_account');
  expect(sig!.dom!.textContent).toContain('要求转账到非官方账户');
  expect(sig!.dom!.textContent).toContain('正规机构');
  expect(page.querySelector('#truncated')).toBeUndefined();
});

test('numbers in the message are marked and only copied, never dialled', async () => {
  const page = await checked();
  const rows = checkStore.contacts;
  const i = rows.findIndex((r) => r.text === MESSAGE_NUMBER);
  expect(i).toBeGreaterThanOrEqual(0);
  expect(textOf(page, `#contact-status-${i}`)).toBe('非官方');
  expect(page.querySelector(`#contact-${i}`)!.dom!.textContent).not.toContain('拨打');
  await tap(page, `#copy-${i}`);
  expect(fake.calls.clipboardWrites).toEqual([MESSAGE_NUMBER]);
  expect(fake.calls.toasts.map((t) => t.title)).toContain('已复制');
  expect(fake.calls.phone).toEqual([]);
  // Even a page bug handing the message's number to the call handler cannot dial it.
  const inst = page.instance as unknown as {
    onCall: (e: unknown) => Promise<void>;
  };
  await inst.onCall({ currentTarget: { dataset: { number: MESSAGE_NUMBER } } });
  await settle();
  expect(fake.calls.phone).toEqual([]);
});

test('each number or link opens the directory answer for it, with the institution claimed', async () => {
  const page = await checked();
  const i = checkStore.contacts.findIndex((r) => r.text === MESSAGE_NUMBER);
  await tap(page, `#lookup-${i}`);
  const url = fake.calls.navigations[fake.calls.navigations.length - 1].url;
  expect(url).toContain('/pages/lookup/index?q=' + MESSAGE_NUMBER);
  expect(decodeURIComponent(url)).toContain('claimed=微粒贷');
  expect(fake.calls.phone).toEqual([]);
});

test('official numbers and next-step calls dial directory numbers only', async () => {
  const page = await checked();
  expect(textOf(page, '#official-0')).toContain('95384');
  await tap(page, '#call-official-0');
  const stepIndex = checkStore.result!.next_steps.findIndex((s) => s.call);
  expect(textOf(page, `#step-call-${stepIndex}`)).toContain('拨打官方号码');
  await tap(page, `#step-call-${stepIndex}`);
  const directory = new Set(officialNumbers().map((n) => n.number));
  expect(fake.calls.phone.length).toBe(2);
  for (const n of fake.calls.phone) expect(directory.has(n)).toBe(true);
  expect(fake.calls.phone).not.toContain(MESSAGE_NUMBER);
});

test('save as evidence: success toast, then a storage-full failure shows the plain message', async () => {
  const page = await checked();
  await tap(page, '#save');
  expect(fake.calls.toasts.map((t) => t.title)).toContain('已保存到证据');
  expect(textOf(page, '#save')).toContain('已保存到证据');
  expect(page.querySelector('#save-error')).toBeUndefined();

  // A second check, and the phone's storage is full this time.
  checkStore.setDraft(SCAM + ' 再次');
  await checkStore.runCheck();
  await settle();
  fake.faults.storageFull = true;
  await tap(page, '#save');
  expect(textOf(page, '#save-error')).toContain('空间');
  expect(fake.calls.toasts.filter((t) => t.title === '已保存到证据')).toHaveLength(1);
});

test('a 1 MB message shows the truncation note', async () => {
  const page = await checked(SCAM + '。'.repeat(1024 * 1024));
  expect(textOf(page, '#truncated')).toContain('只核验了前');
  expect(page.querySelector('#text-cut')).toBeDefined();
});

test('no result: an empty state and a way back', async () => {
  const page = await load('pages/result/index');
  expect(textOf(page, '#empty')).toContain('还没有核验结果');
});

test('dark theme on the root view; share never carries the message', async () => {
  settingsStore.setTheme('dark');
  const page = await checked();
  expect(page.querySelector('#page')!.dom!.className).toContain('theme-dark');
  const share = (
    page.instance as unknown as { onShareAppMessage: () => object }
  ).onShareAppMessage();
  expect(JSON.stringify(share)).not.toContain(MESSAGE_NUMBER);
  expect(JSON.stringify(share)).toContain('催款核验，先核验再回电');
});

test('“去“证据”查看” switches to the evidence tab (the client refuses navigateTo a tab page)', async () => {
  fake = installWxFake({ pageStack: ['pages/check/index', 'pages/result/index'] });
  resetRecords(); // the evidence store onto this phone
  const page = await checked();
  await tap(page, '#save');
  await settle(6);
  page.querySelector('#open-records')!.dispatchEvent('tap');
  await settle(6);
  expect(fake.calls.navigations).toEqual([{ kind: 'switchTab', url: '/pages/records/index' }]);
  expect(fake.pageStack()).toEqual(['pages/records/index']);
  expect(fake.calls.toasts.map((t) => t.title)).not.toContain('页面没有打开，请返回后再试一次');
});

test('back from a result opened on its own (no page below) goes to the check tab', async () => {
  fake = installWxFake({ pageStack: ['pages/result/index'] });
  const page = await load('pages/result/index');
  (page.instance as unknown as { onBack(): void }).onBack();
  await settle(6);
  expect(fake.pageStack()).toEqual(['pages/check/index']);
});
