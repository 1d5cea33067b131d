import { load, settle, textOf } from '../helpers/page';
import { resetRecords } from '../helpers/records';
import { installWxFake, USER_DATA_PATH, WxFake } from '../wx-fake';
import { recordsStore } from '../../miniprogram/stores/records';

// The first render compiles templates with WeChat's compiler: slow on a busy machine.
jest.setTimeout(30_000);

type PageInst = Record<string, (...a: unknown[]) => unknown> & { data: Record<string, unknown> };

let fake: WxFake;
beforeEach(() => {
  fake = installWxFake();
});

// A valid ID number (check digit ok) and a Luhn-valid bank card number.
const ID = '11010519491231002X';
const CARD = '6222021234567890128';

function seed(): string {
  resetRecords();
  const c = recordsStore.createCase({
    institution: { name: '微众银行（微粒贷）', entryId: 'webank' },
    borrowed: 'no',
    amount: '5000',
    notes: `对方报出我的身份证 ${ID}`,
  })!;
  recordsStore.openCase(c.id);
  recordsStore.addNote(`催收员要我转到卡号 ${CARD}，还说要通知我单位`, {
    kind: 'communication',
    comm: 'call_recording',
  });
  recordsStore.addNote('还款凭证：已还 500 元', { kind: 'payment' });
  return c.id;
}

async function open(query: Record<string, string>) {
  const page = await load('packageRecords/export/index', undefined, { query });
  return { page, inst: page.instance as unknown as PageInst };
}

test('preview masks ID and bank card numbers by default; switch shows them', async () => {
  const id = seed();
  const { page, inst } = await open({ id });
  const preview = textOf(page, '#preview')!;
  expect(preview).toContain('证据报告');
  expect(preview).toContain('微众银行');
  expect(preview).not.toContain(ID);
  expect(preview).not.toContain(CARD);
  expect(preview).toContain('6222');
  expect(inst.data.masked).toBe(true);
  inst.onMaskChange({ detail: false });
  await settle();
  expect(textOf(page, '#preview')).toContain(CARD);
});

test('复制文本 copies the masked report', async () => {
  const id = seed();
  const { inst } = await open({ id });
  expect(await inst.onCopy()).toBe(true);
  expect(fake.calls.clipboardWrites).toHaveLength(1);
  expect(fake.calls.clipboardWrites[0]).toContain('还款凭证');
  expect(fake.calls.clipboardWrites[0]).not.toContain(CARD);
});

test('发送文件到聊天 writes an HTML file under USER_DATA_PATH and shares it', async () => {
  const id = seed();
  const { inst } = await open({ id });
  expect(await inst.onShare()).toBe(true);
  expect(fake.calls.sharedFiles).toHaveLength(1);
  const shared = fake.calls.sharedFiles[0];
  expect(shared.filePath.startsWith(USER_DATA_PATH + '/')).toBe(true);
  expect(shared.fileName).toMatch(/^证据报告-.*\.html$/);
  const html = fake.readFileText(shared.filePath)!;
  expect(html).toContain('<html');
  expect(html).not.toContain(CARD);
});

test('no room for the export file: a clear Chinese message, nothing shared', async () => {
  const id = seed();
  const { page, inst } = await open({ id });
  fake.faults.fileSpaceFull = true;
  expect(await inst.onShare()).toBe(false);
  await settle();
  expect(fake.calls.sharedFiles).toEqual([]);
  expect(textOf(page, '#message')).toContain('空间已满');
  expect(textOf(page, '#message')).toContain('复制文本');
});

test('12378 complaint draft names the institution and lists the evidence; copy and call', async () => {
  const id = seed();
  const { page, inst } = await open({ id, complaint: '12378' });
  const body = textOf(page, '#complaint-body')!;
  expect(textOf(page, '#complaint-title')).toContain('微众银行');
  expect(textOf(page, '#complaint-title')).toContain('12378');
  expect(body).toContain('投诉对象：微众银行');
  expect(body).toContain('证据清单（共 2 项');
  expect(body).toContain('还款凭证');
  expect(body).not.toContain(CARD);
  expect(await inst.onCopyComplaint()).toBe(true);
  expect(fake.calls.clipboardWrites[0]).toContain('证据清单');
  expect(textOf(page, '#complaints')).toContain('国家金融监督管理总局');
  await inst.onCall({ currentTarget: { dataset: { number: '12378' } } });
  expect(fake.calls.phone).toEqual(['12378']);
});

test('12363 credit-record draft from the picker', async () => {
  const id = seed();
  const { page, inst } = await open({ id });
  expect(page.querySelector('#complaint')).toBeUndefined();
  inst.onPickComplaint({ currentTarget: { dataset: { kind: '12363' } } });
  await settle();
  expect(textOf(page, '#complaint-title')).toContain('征信记录');
  expect(textOf(page, '#complaint-body')).toContain('微众银行');
});

test('sending again replaces the earlier export file instead of piling up copies', async () => {
  const id = seed();
  const { inst } = await open({ id });
  await inst.onShare();
  const first = fake.calls.sharedFiles[0].filePath;
  await new Promise((r) => setTimeout(r, 1100));
  await inst.onShare();
  const second = fake.calls.sharedFiles[1].filePath;
  expect(fake.fileExists(second)).toBe(true);
  if (second !== first) expect(fake.fileExists(first)).toBe(false);
});

test('on export: the shared report file name is masked, and the check code can be sent too', async () => {
  resetRecords();
  const c = recordsStore.createCase({ title: `身份证${ID}的案件`, institution: { name: '某贷' } })!;
  recordsStore.openCase(c.id);
  recordsStore.addNote('一条记录');
  const { page, inst } = await open({ id: c.id });
  await inst.onShare();
  const report = fake.calls.sharedFiles[fake.calls.sharedFiles.length - 1];
  expect(report.fileName).not.toContain(ID);
  expect(report.fileName).toMatch(/^证据报告-身份证110＊+002X的案件\.html$/);
  expect(textOf(page, '#anchor-line')).toContain('还没有把核对码');
  expect(await inst.onAnchorFile()).toBe(true);
  const anchor = fake.calls.sharedFiles[fake.calls.sharedFiles.length - 1];
  expect(anchor.fileName).toMatch(/^防篡改核对码-[0-9A-F]{12}\.txt$/);
  expect(fake.readFileText(anchor.filePath)).not.toContain(ID);
  await settle();
  expect(textOf(page, '#anchor-line')).toContain('上次发到聊天');
});
