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
// Written for these tests: a collector for a real loan who threatens the borrower's workplace.
const ABUSIVE =
  '张三，你欠微粒贷的3000块已经逾期两个月了。再不还，明天我们就带人去你公司堵你，让你同事都知道你是老赖。还款请在微信里的微粒贷页面操作。';
const UNRELATED = '明天下午三点开会，记得带电脑。';

let fake: WxFake;

beforeEach(() => {
  fake = installWxFake();
  resetRecords();
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

/** Positions of the matched nodes in document order (what a user sees first, scrolling down). */
function order(page: Rendered, selectors: string[]): number[] {
  const nodes = selectors.map((sel) => {
    const n = page.querySelector(sel)?.dom;
    if (!n) throw new Error(`no ${sel}`);
    return n;
  });
  const all = Array.from(page.dom!.querySelectorAll('*'));
  return nodes.map((n) => all.indexOf(n as Element));
}

test('verdict card, summary, risk, highlighted words and explained signals', async () => {
  const page = await checked();
  expect(textOf(page, '#verdict-label')).toBe('很可能是诈骗');
  expect(textOf(page, '#summary')).toBe(checkStore.result!.summary);
  // Risk in words, never a score.
  expect(textOf(page, '#risk')).toBe('风险 高');
  expect(page.dom!.textContent).not.toMatch(/风险分|\/ ?100/);
  expect(page.querySelector('#verdict')!.dom!.className).toContain('rs-danger');
  const original = page.querySelector('#original')!.dom!;
  expect(original.textContent).toBe(SCAM);
  const hits = [...original.querySelectorAll('[class$="rs-hit"]')].map((n) => n.textContent);
  expect(hits.length).toBeGreaterThan(0);
  expect(hits.join('')).toContain('个人账户');
  expect(textOf(page, '#original-h')).toBe('原文（标黄的是可疑的话）');
  const sig = page.querySelector('#signal-pay_to_unofficial_account');
  expect(sig!.dom!.textContent).toContain('要求转账到非官方账户');
  expect(sig!.dom!.textContent).toContain('正规机构');
  // One quote per reason: the clause, not a list of cue words.
  const quote = textOf(page, '#signal-pay_to_unofficial_account .rs-quotes')!;
  expect(quote.match(/“/g)).toHaveLength(1);
  expect(quote).toContain('转账至专员个人账户');
  expect(page.querySelector('#truncated')).toBeUndefined();
  // The regulator has its current name.
  expect(page.dom!.textContent).not.toContain('银保监会');
});

test('scam: the official number, 已经转账了？, save and share come before the explanation', async () => {
  const page = await checked();
  expect(textOf(page, '#call-primary')).toBe('打微众银行官方客服 95384');
  const [call, sent, save, share, why, original] = order(page, [
    '#call-primary',
    '#money-sent',
    '#save',
    '#share',
    '#signal-pay_to_unofficial_account',
    '#original',
  ]);
  expect(call).toBeLessThan(sent);
  expect(sent).toBeLessThan(save);
  expect(save).toBeLessThan(share);
  expect(share).toBeLessThan(why);
  expect(why).toBeLessThan(original);
  await tap(page, '#call-primary');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('scam: 已经转账了？ opens the urgent steps, 110 and 96110 one tap each', async () => {
  const page = await checked();
  expect(page.querySelector('#urgent')).toBeUndefined();
  await tap(page, '#money-sent');
  const urgent = textOf(page, '#urgent')!;
  expect(urgent).toContain('110');
  expect(urgent).toContain('止付');
  expect(urgent).toContain('96110');
  await tap(page, '#urgent-call-police');
  await tap(page, '#urgent-call-96110');
  expect(fake.calls.phone).toEqual(['110', '96110']);
});

test('abusive: 投诉 opens the prefilled 12378 draft in one tap', async () => {
  const page = await checked(ABUSIVE);
  expect(checkStore.result!.verdict).toBe('abusive');
  expect(textOf(page, '#risk')).toMatch(/^风险 [高中]$/);
  expect(page.querySelector('#money-sent')).toBeUndefined();
  expect(textOf(page, '#complain')).toContain('12378');
  const [complain, call, save] = order(page, ['#complain', '#call-primary', '#save']);
  expect(complain).toBeLessThan(call);
  expect(call).toBeLessThan(save);
  await tap(page, '#complain');
  const nav = fake.calls.navigations[fake.calls.navigations.length - 1];
  expect(nav.url).toMatch(/^\/packageRecords\/export\/index\?id=.+&complaint=12378$/);
  // The notice was saved into the case the draft is written from.
  expect(checkStore.saveState).toBe('saved');
  const id = decodeURIComponent(/id=([^&]+)/.exec(nav.url)![1]);
  const draft = await load('packageRecords/export/index', undefined, {
    query: { id, complaint: '12378' },
  });
  expect(textOf(draft, '#complaint-title')).toContain('12378');
  expect(textOf(draft, '#complaint-body')).toContain('堵你');
});

test('each reason quotes its clause once, not single cue words', async () => {
  const page = await checked(ABUSIVE);
  const quote = textOf(page, '#signal-intimidation .rs-quotes')!;
  expect(quote).toContain('带人去你公司堵你');
  expect(quote.match(/“/g)).toHaveLength(1);
});

test('nothing highlighted: the original is not called out as suspicious', async () => {
  const page = await checked(UNRELATED);
  expect(checkStore.result!.verdict).toBe('unrelated');
  expect(textOf(page, '#original-h')).toBe('原文');
  expect(page.dom!.textContent).not.toContain('标黄');
  expect(textOf(page, '#risk')).toBe('风险 低');
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
  await tap(page, '#call-primary');
  const stepIndex = checkStore.result!.next_steps.findIndex((s) => s.call);
  expect(textOf(page, `#step-call-${stepIndex}`)).toContain('拨打 95384');
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

test('dark theme on the root view', async () => {
  settingsStore.setTheme('dark');
  const page = await checked();
  expect(page.querySelector('#page')!.dom!.className).toContain('theme-dark');
});

test('发给家人看看: the card carries the verdict and masked facts, never the message', async () => {
  const page = await checked();
  const share = (
    page.instance as unknown as { onShareAppMessage: () => { title: string; path: string } }
  ).onShareAppMessage();
  expect(share.title).toContain('很可能是诈骗');
  const decoded = decodeURIComponent(share.path);
  expect(decoded).not.toContain(MESSAGE_NUMBER);
  expect(decoded).not.toContain('6222 0210 0112 3456 789');
  expect(decoded).not.toContain('专员个人账户');
  expect(decoded).toContain('171****6049');
  expect(share.path.length).toBeLessThan(1024);

  // A relative opens it: a fresh phone with no result, rendered from the query alone.
  checkStore.resetAll();
  const query: Record<string, string> = {};
  for (const kv of share.path.split('?')[1].split('&')) {
    const [k, v] = kv.split('=');
    query[k] = v;
  }
  expect(share.path.split('?')[0]).toBe('/pages/result/index');
  const opened = await load('pages/result/index', undefined, { query });
  expect(textOf(opened, '#verdict-label')).toBe('很可能是诈骗');
  expect(textOf(opened, '#risk')).toBe('风险 高');
  expect(textOf(opened, '#shared-reasons')).toContain('要求转账到非官方账户');
  expect(textOf(opened, '#shared-facts')).toContain('171****6049');
  expect(textOf(opened, '#shared-note')).toContain('原消息没有发过来');
  expect(opened.dom!.textContent).not.toContain(MESSAGE_NUMBER);
  await tap(opened, '#call-primary');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('a shared link with a bad verdict shows the empty state, nothing made up', async () => {
  const page = await load('pages/result/index', undefined, {
    query: { from: 'share', v: 'pwned', why: '<b>x</b>' },
  });
  expect(textOf(page, '#empty')).toContain('还没有核验结果');
});

test('two reasons in one message quote two different clauses', async () => {
  await checked(ABUSIVE);
  const rows = checkStore.signalRows;
  const exposure = rows.find((r) => r.id === 'contact_exposure')!.quotes;
  const threat = rows.find((r) => r.id === 'intimidation')!.quotes;
  expect(exposure).toContain('同事都知道');
  expect(threat).toContain('堵你');
  expect(exposure).not.toBe(threat);
});

test('发给家人看看 with 连原消息一起发 ticked carries the message, and only then', async () => {
  const page = await checked();
  const inst = page.instance as unknown as {
    onShareAppMessage: () => { title: string; path: string };
  };
  expect(decodeURIComponent(inst.onShareAppMessage().path)).not.toContain(MESSAGE_NUMBER);
  page.querySelector('#share-raw')!.dispatchEvent('tap');
  await settle();
  const path = inst.onShareAppMessage().path;
  expect(decodeURIComponent(path)).toContain(MESSAGE_NUMBER);
  checkStore.resetAll();
  const query: Record<string, string> = {};
  for (const kv of path.split('?')[1].split('&')) {
    const [k, v] = kv.split('=');
    query[k] = v;
  }
  const opened = await load('pages/result/index', undefined, { query });
  expect(textOf(opened, '#shared-text')).toContain(MESSAGE_NUMBER);
  expect(opened.querySelector('#shared-note')).toBeUndefined();
  // Still nothing from the message is callable.
  expect(opened.querySelector('#call-primary')).toBeDefined();
  await tap(opened, '#call-primary');
  expect(fake.calls.phone).toEqual(['95384']);
});

test('a scam naming a lender without a confirmed number says where the real one is', async () => {
  const page = await checked(
    '【度小满】您的有钱花借款已逾期，请今天下午5点前转账到客服个人账户6222021001123456789，否则上报征信。',
  );
  expect(checkStore.result!.verdict).toBe('scam');
  expect(page.querySelector('#call-primary')).toBeUndefined();
  expect(textOf(page, '#primary-hint')).toContain('我的 → 客服');
  expect(page.querySelector('#money-sent')).toBeDefined();
});

test('a shared card passed on again is the same card', async () => {
  const page = await checked();
  const first = (
    page.instance as unknown as { onShareAppMessage: () => { path: string } }
  ).onShareAppMessage();
  checkStore.resetAll();
  const query: Record<string, string> = {};
  for (const kv of first.path.split('?')[1].split('&')) {
    const [k, v] = kv.split('=');
    query[k] = v;
  }
  const opened = await load('pages/result/index', undefined, { query });
  const again = (
    opened.instance as unknown as { onShareAppMessage: () => { title: string; path: string } }
  ).onShareAppMessage();
  expect(again.title).toContain('很可能是诈骗');
  expect(decodeURIComponent(again.path)).toBe(decodeURIComponent(first.path));
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
