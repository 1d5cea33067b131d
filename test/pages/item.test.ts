import { load, settle, textOf } from '../helpers/page';
import { resetRecords } from '../helpers/records';
import { installWxFake, WxFake } from '../wx-fake';
import { recordsStore } from '../../miniprogram/stores/records';
import { K, MSG } from '../../miniprogram/core/evidence';

// The first render compiles templates with WeChat's compiler: slow on a busy machine.
jest.setTimeout(30_000);

type PageInst = Record<string, (...a: unknown[]) => unknown> & { data: Record<string, unknown> };

let fake: WxFake;
let previews: { urls: string[]; current?: string }[];

beforeEach(() => {
  fake = installWxFake({
    pageStack: ['pages/records/index', 'packageRecords/case/index', 'packageRecords/item/index'],
  });
  previews = [];
  (wx as unknown as { previewImage: (o: Record<string, unknown>) => void }).previewImage = (o) => {
    previews.push({ urls: o.urls as string[], current: o.current as string });
    (o.success as () => void)?.();
  };
});

function seed() {
  resetRecords();
  const c = recordsStore.createCase({ institution: { name: '招联消费金融' }, borrowed: 'yes' })!;
  recordsStore.openCase(c.id);
  const put = (name: string, data: string) =>
    ({ tempPath: fake.putFile({ path: `http://tmp/${name}`, data }), name }) as const;
  const it = recordsStore.addFiles(
    [put('合同.pdf', '%PDF-1.4 合同'), put('截图.png', 'PNGDATA'), put('录音.m4a', 'AUDIO')],
    { text: '借款合同和催收录音\n第二行说明' },
  )!;
  return { caseId: c.id, it };
}

async function open(caseId: string, id: string) {
  const page = await load('packageRecords/item/index', undefined, { query: { case: caseId, id } });
  return { page, inst: page.instance as unknown as PageInst };
}

const tap = (index: number) => ({ currentTarget: { dataset: { index } } });

test('shows text and attachments in plain words: 防篡改检查, no hashes', async () => {
  const { caseId, it } = seed();
  const { page, inst } = await open(caseId, it.id);
  expect(textOf(page, '#text')).toContain('借款合同和催收录音');
  expect(textOf(page, '#attachments')).toContain('合同.pdf');
  const text = page.dom!.textContent!;
  expect(text).not.toContain('SHA');
  expect(text).not.toContain('摘要');
  expect(text).not.toContain(it.attachments[0].sha256!.slice(0, 8));
  expect(text).not.toContain(it.digest.slice(0, 8));
  expect(textOf(page, '#seal')).toContain('防篡改检查');
  expect(page.querySelector('#seal-ok')).toBeUndefined();
  await inst.onVerify();
  await settle();
  expect(textOf(page, '#seal-ok')).toBe('这条证据没有被改动过 ✓');
  // The button says what it does: the text is corrected as a new version, the original kept.
  expect(textOf(page, '#edit')).toBe('更正文字（原文保留）');
});

test('opens a document, previews an image, plays and pauses audio', async () => {
  const { caseId, it } = seed();
  const { page, inst } = await open(caseId, it.id);
  await inst.onOpenAttachment(tap(0));
  expect(fake.calls.openedDocuments).toEqual([
    { filePath: it.attachments[0].path, fileType: 'pdf' },
  ]);
  await inst.onOpenAttachment(tap(1));
  expect(previews).toEqual([{ urls: [it.attachments[1].path], current: it.attachments[1].path }]);
  await inst.onOpenAttachment(tap(2));
  await settle();
  expect(textOf(page, '#file-2')).toContain('暂停');
  await inst.onOpenAttachment(tap(2));
  await settle();
  expect(textOf(page, '#file-2')).toContain('播放');
  expect(fake.calls.audio.map((a) => a.action)).toEqual(['play', 'pause']);
});

test('a missing attachment says so in Chinese; the record still shows', async () => {
  const { caseId, it } = seed();
  wx.getFileSystemManager().unlinkSync(it.attachments[0].path);
  const { page, inst } = await open(caseId, it.id);
  expect(textOf(page, '#file-0')).toContain('附件文件找不到了');
  expect(textOf(page, '#text')).toContain('借款合同和催收录音');
  expect(await inst.onOpenAttachment(tap(0))).toBe(false);
  expect(fake.calls.openedDocuments).toEqual([]);
});

test('an unreadable record shows the Chinese message instead of content', async () => {
  const { caseId, it } = seed();
  fake.corruptKey(K.item(caseId, it.id), '{"broken');
  const { page } = await open(caseId, it.id);
  expect(textOf(page, '#problem')).toContain(MSG.corruptItem);
  // And a way back.
  page.querySelector('#back')!.dispatchEvent('click');
  await settle();
  expect(fake.calls.navigations.map((n) => n.kind)).toContain('navigateBack');
});

test('editing the notes creates a new version and shows the history', async () => {
  const { caseId, it } = seed();
  const { page, inst } = await open(caseId, it.id);
  expect(page.querySelector('#versions')).toBeUndefined();
  inst.onEdit();
  inst.onEditInput({ detail: '借款合同（补充：对方 2024-05-01 来电）' });
  expect(inst.onSaveEdit()).toBe(true);
  await settle();
  expect(textOf(page, '#text')).toContain('补充');
  expect(textOf(page, '#versions')).toContain('版本记录（2）');
  expect(textOf(page, '#versions')).toContain('第 2 版');
  expect(recordsStore.total).toBe(1);
  // The old version is still there and readable, marked as old.
  const old = (inst.data.versions as { id: string }[])[1].id;
  expect(old).toBe(it.id);
  inst.onOpenVersion({ currentTarget: { dataset: { id: old } } });
  await settle();
  expect(textOf(page, '#text')).toContain('借款合同和催收录音');
  expect(textOf(page, '#old-version')).toContain('旧版本');
  expect(page.querySelector('#edit')).toBeUndefined();
});

test('a text file from a chat is shown inline', async () => {
  resetRecords();
  const c = recordsStore.createCase({ institution: { name: '某贷款平台' } })!;
  recordsStore.openCase(c.id);
  const tmp = fake.putFile({ path: 'http://tmp/chat.txt', data: '聊天记录：今天不还就上门' });
  const it = recordsStore.addFiles([{ tempPath: tmp, name: '聊天记录.txt' }])!;
  const { page, inst } = await open(c.id, it.id);
  expect(textOf(page, '#file-0')).toContain('查看文字');
  expect(await inst.onOpenAttachment(tap(0))).toBe(true);
  await settle();
  expect(textOf(page, '#file-0')).toContain('今天不还就上门');
});
