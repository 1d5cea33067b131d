// Privacy, per page: every page that uses a protected API (clipboard, chat files, photos)
// asks on ITSELF when the user has not agreed yet. Agreeing lets the same tap finish;
// refusing says so in plain words and changes nothing. A page that went behind another never
// holds a question the user cannot see.
import * as fs from 'fs';
import * as path from 'path';
import { load, pageLifetime, settle, Rendered } from '../helpers/page';
import { resetRecords } from '../helpers/records';
import { installWxFake, WxFake } from '../wx-fake';
import { checkStore } from '../../miniprogram/stores/check';
import { recordsStore } from '../../miniprogram/stores/records';
import { privacyPending } from '../../miniprogram/services/privacy';

jest.setTimeout(30_000);

const SCAM = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example-notice.txt'), 'utf8');

type Inst = Record<string, (...a: unknown[]) => unknown> & { data: Record<string, unknown> };

let fake: WxFake;

beforeEach(() => {
  fake = installWxFake({ privacyAuthorized: false });
  checkStore.resetAll();
  resetRecords();
});

function popupOf(page: Rendered) {
  const popup = page.querySelector('#privacy');
  if (!popup) throw new Error('page has no privacy popup');
  return popup;
}

function asking(page: Rendered): string | null {
  const popup = popupOf(page);
  if (!popup.querySelector('#privacy-mask')) return null;
  return popup.querySelector('#privacy-use')?.dom?.textContent?.trim() ?? '';
}

async function answer(page: Rendered, agree: boolean): Promise<void> {
  const inst = popupOf(page).instance as unknown as { onAgree(): void; onDisagree(): void };
  if (agree) inst.onAgree();
  else inst.onDisagree();
  await settle(8);
}

/** Everything the user was told: toasts, modals and the page's own text. */
function told(page: Rendered): string {
  return [
    ...fake.calls.toasts.map((t) => t.title),
    ...fake.calls.modals.map((m) => `${m.title ?? ''} ${m.content ?? ''}`),
    page.dom?.textContent ?? '',
  ].join('\n');
}

function newCase(): string {
  const c = recordsStore.createCase({
    institution: { name: '微众银行', entryId: 'webank' },
    borrowed: 'yes',
    amount: '3000',
  })!;
  return c.id;
}

interface PageCase {
  name: string;
  /** Renders the page and starts the protected action without awaiting it. */
  start(): Promise<{ page: Rendered; done: Promise<unknown> }>;
  use: string;
  /** After "agree": what the finished tap left behind. */
  agreed(): void;
  /** After "disagree": nothing changed. */
  unchanged(): void;
}

async function tapNoWait(page: Rendered, selector: string, event = 'tap'): Promise<unknown> {
  const node = page.querySelector(selector);
  if (!node) throw new Error(`no ${selector}`);
  node.dispatchEvent(event);
  await settle(4);
  return undefined;
}

const cases: PageCase[] = [
  {
    name: 'check: paste',
    async start() {
      fake.setClipboard(SCAM);
      const page = await load('pages/check/index');
      return { page, done: tapNoWait(page, '#paste', 'click') };
    },
    use: '读取剪贴板',
    agreed: () => expect(checkStore.draft).toBe(SCAM),
    unchanged: () => expect(checkStore.draft).toBe(''),
  },
  {
    name: 'result: copy a number from the message',
    async start() {
      fake.setPrivacyAuthorized(true);
      checkStore.setDraft(SCAM);
      expect(await checkStore.runCheck()).toBe(true);
      fake.setPrivacyAuthorized(false);
      const page = await load('pages/result/index');
      return { page, done: tapNoWait(page, '#copy-0', 'click') };
    },
    use: '写入剪贴板',
    agreed: () => expect(fake.calls.clipboardWrites).toHaveLength(1),
    unchanged: () => expect(fake.calls.clipboardWrites).toEqual([]),
  },
  {
    name: 'directory: copy an official number',
    async start() {
      const page = await load('pages/directory/index');
      return { page, done: tapNoWait(page, '#copy-icbc-95588') };
    },
    use: '写入剪贴板',
    agreed: () => expect(fake.calls.clipboardWrites).toEqual(['95588']),
    unchanged: () => expect(fake.calls.clipboardWrites).toEqual([]),
  },
  {
    name: 'lookup: paste a number',
    async start() {
      fake.setClipboard('95588');
      const page = await load('pages/lookup/index');
      return { page, done: tapNoWait(page, '#paste') };
    },
    use: '读取剪贴板',
    agreed: () => expect(fake.calls.clipboardWrites).toEqual([]),
    unchanged: () => expect(fake.getClipboard()).toBe('95588'),
  },
  {
    name: 'case: add a chat file',
    async start() {
      const id = newCase();
      fake.queueActionSheet(1);
      fake.queueMessageFile([{ path: 'loan.pdf', name: '借款合同.pdf', data: '%PDF-1.4 x' }]);
      const page = await load('packageRecords/case/index', undefined, { query: { id } });
      const inst = page.instance as unknown as Inst;
      const done = Promise.resolve(inst.onAdd());
      await settle(6);
      return { page, done };
    },
    use: '聊天里的文件',
    agreed: () => expect(recordsStore.total).toBe(1),
    unchanged: () => expect(recordsStore.total).toBe(0),
  },
  {
    name: 'export: copy the report text',
    async start() {
      const id = newCase();
      recordsStore.openCase(id);
      recordsStore.addNote('催收员说要通知我单位', {
        kind: 'communication',
        comm: 'call_recording',
      });
      const page = await load('packageRecords/export/index', undefined, { query: { id } });
      const inst = page.instance as unknown as Inst;
      const done = Promise.resolve(inst.onCopy());
      await settle(4);
      return { page, done };
    },
    use: '写入剪贴板',
    agreed: () => expect(fake.calls.clipboardWrites).toHaveLength(1),
    unchanged: () => expect(fake.calls.clipboardWrites).toEqual([]),
  },
];

describe.each(cases)('$name', (c) => {
  test('asks on this page, and agreeing finishes the same tap', async () => {
    const { page, done } = await c.start();
    expect(asking(page)).toContain(c.use);
    await answer(page, true);
    await done;
    await settle(6);
    expect(asking(page)).toBeNull();
    expect(privacyPending()).toBe(0);
    c.agreed();
  });

  test('refusing says so plainly and changes nothing', async () => {
    const { page, done } = await c.start();
    expect(asking(page)).toContain(c.use);
    await answer(page, false);
    await done;
    await settle(6);
    expect(asking(page)).toBeNull();
    expect(told(page)).toMatch(/没有同意/);
    expect(told(page)).not.toMatch(/存储|稍后再试/);
    c.unchanged();
  });
});

test('every page hosts the popup, so no page can raise a question nobody sees', () => {
  const app = JSON.parse(
    fs.readFileSync(path.join(__dirname, '..', '..', 'miniprogram', 'app.json'), 'utf8'),
  ) as { pages: string[]; subpackages: { root: string; pages: string[] }[] };
  const pages = [
    ...app.pages,
    ...app.subpackages.flatMap((s) => s.pages.map((p) => `${s.root}/${p}`)),
  ];
  for (const p of pages) {
    const base = path.join(__dirname, '..', '..', 'miniprogram', p);
    const json = JSON.parse(fs.readFileSync(`${base}.json`, 'utf8')) as {
      usingComponents?: Record<string, string>;
    };
    expect([p, json.usingComponents?.['privacy-popup']]).toEqual([
      p,
      '/components/privacy-popup/index',
    ]);
    expect([p, fs.readFileSync(`${base}.wxml`, 'utf8').includes('<privacy-popup')]).toEqual([
      p,
      true,
    ]);
  }
});

test('the page in front asks, not a page behind it; a hidden page never holds a question', async () => {
  fake.setClipboard(SCAM);
  const check = await load('pages/check/index');
  // The user switches to the directory tab: the check page is hidden.
  await pageLifetime(check, 'hide');
  const directory = await load('pages/directory/index');
  await tapNoWait(directory, '#copy-icbc-95588');
  expect(asking(directory)).toContain('写入剪贴板');
  expect(asking(check)).toBeNull();
  // The user goes back to the check tab without answering: the directory's question cannot be
  // seen any more, so the copy is refused instead of waiting forever.
  await pageLifetime(directory, 'hide');
  await pageLifetime(check, 'show');
  await settle(6);
  expect(privacyPending()).toBe(0);
  expect(fake.calls.clipboardWrites).toEqual([]);
  await tapNoWait(check, '#paste', 'click');
  expect(asking(check)).toContain('读取剪贴板');
  expect(asking(directory)).toBeNull();
});

test('with no page able to ask, the call is refused at once instead of hanging', async () => {
  fake.setClipboard(SCAM);
  const check = await load('pages/check/index');
  await pageLifetime(check, 'hide');
  await tapNoWait(check, '#paste', 'click');
  await settle(6);
  expect(privacyPending()).toBe(0);
  expect(checkStore.draft).toBe('');
  expect(checkStore.error).toMatch(/没有同意/);
});

test('the app registers one privacy listener however many pages are open', async () => {
  let registrations = 0;
  const w = globalThis as unknown as { wx: Record<string, (...a: unknown[]) => unknown> };
  const original = w.wx.onNeedPrivacyAuthorization;
  w.wx.onNeedPrivacyAuthorization = (...a: unknown[]) => {
    registrations++;
    return original(...a);
  };
  const a = await load('pages/check/index');
  await pageLifetime(a, 'hide');
  const b = await load('pages/directory/index');
  await pageLifetime(b, 'hide');
  await pageLifetime(a, 'show');
  expect(registrations).toBeLessThanOrEqual(1);
});
