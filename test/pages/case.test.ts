import { load, settle, textOf } from '../helpers/page';
import { resetRecords, watchSetData } from '../helpers/records';
import { installWxFake, WxFake } from '../wx-fake';
import { recordsStore, wxKV } from '../../miniprogram/stores/records';
import { EvidenceRepository, K, MSG } from '../../miniprogram/core/evidence';
import { groupPatches, rowOf } from '../../miniprogram/packageRecords/view';

// The first render compiles templates with WeChat's compiler: slow on a busy machine.
jest.setTimeout(30_000);

type PageInst = Record<string, (...a: unknown[]) => unknown> & { data: Record<string, unknown> };

let fake: WxFake;
let navigated: string[];

beforeEach(() => {
  fake = installWxFake({ pageStack: ['pages/records/index', 'packageRecords/case/index'] });
  navigated = [];
  (wx as unknown as { navigateTo: (o: { url: string }) => void }).navigateTo = (o) => {
    navigated.push(o.url);
  };
});

function newCase(name = '微众银行'): string {
  return recordsStore.createCase({
    institution: { name, entryId: 'webank' },
    borrowed: 'no',
    amount: '5000',
  })!.id;
}

async function openPage(caseId: string) {
  const page = await load('packageRecords/case/index', undefined, { query: { id: caseId } });
  return { page, inst: page.instance as unknown as PageInst };
}

function timelineText(page: Awaited<ReturnType<typeof openPage>>['page']): string {
  return textOf(page, '#timeline') ?? '';
}

test('add a typed note: the timeline shows it with its kind and first line', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  expect(textOf(page, '#title')).toBe('微众银行');
  expect(textOf(page, '#timeline-empty')).toContain('通话录音');
  inst.onAddNote();
  inst.onNoteInput({ detail: '晚上11点有人打电话说要去我单位\n第二行' });
  expect(inst.onSaveNote()).toBe(true);
  await settle();
  expect(timelineText(page)).toContain('晚上11点有人打电话说要去我单位');
  expect(timelineText(page)).toContain('通话录音');
  expect(timelineText(page)).not.toContain('第二行');
  expect(page.querySelector('#timeline-empty')).toBeUndefined();
  expect(textOf(page, '#facts')).toContain('1 条证据');
  // Plain words in the timeline: no digests.
  expect(timelineText(page)).not.toContain('摘要');
});

test('a case that is gone says so and leads back to 证据', async () => {
  resetRecords();
  const { page } = await openPage('no-such-case');
  expect(textOf(page, '#error')).toContain('找不到');
  const calls: string[] = [];
  (wx as unknown as Record<string, unknown>).switchTab = (o: { url: string }) => calls.push(o.url);
  page.querySelector('#to-records')!.dispatchEvent('click');
  await settle();
  expect(calls).toEqual(['/pages/records/index']);
});

test('add a chat file through the action sheet (chooseMessageFile)', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  fake.queueActionSheet(1);
  fake.queueMessageFile([{ path: 'loan.pdf', name: '借款合同.pdf', data: '%PDF-1.4 contract' }]);
  inst.onAdd();
  await settle(6);
  expect(fake.calls.actionSheets[0]).toEqual([
    '拍照/截图',
    '聊天文件（合同、录音、图片）',
    '文字记录',
  ]);
  expect(recordsStore.total).toBe(1);
  expect(timelineText(page)).toContain('合同');
  expect(timelineText(page)).toContain('1 个附件');
  expect(fake.calls.toasts.map((t) => t.title)).toContain('已保存');
});

test('photos: after picking, an action sheet asks what they are; the choice is the item kind', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  fake.queueActionSheet(0); // 拍照/截图
  fake.queueMedia([{ path: 'http://tmp/receipt.jpg', type: 'image', data: 'jpeg bytes' }]);
  fake.queueActionSheet(2); // 还款凭证
  inst.onAdd();
  await settle(8);
  expect(fake.calls.actionSheets[1]).toEqual(['合同', '沟通记录', '还款凭证', '其他']);
  expect(recordsStore.total).toBe(1);
  expect(recordsStore.items[0].kind).toBe('payment');
  expect(timelineText(page)).toContain('还款凭证');

  // 沟通记录 for a screenshot: a chat record.
  fake.queueMedia([{ path: 'http://tmp/chat.png', type: 'image', data: 'png bytes' }]);
  fake.queueActionSheet(1);
  expect(await inst.onAddMedia()).toBe(true);
  await settle();
  const chat = recordsStore.loadItem(recordsStore.items.find((i) => i.kind !== 'payment')!.id);
  expect(chat).toMatchObject({ kind: 'communication', comm: 'chat' });
  expect(timelineText(page)).toContain('聊天记录');
});

test('photos: cancelling the kind sheet saves nothing and copies no file', async () => {
  resetRecords();
  const id = newCase();
  const { inst } = await openPage(id);
  const before = fake.userFileBytes();
  fake.queueMedia([{ path: 'http://tmp/shot.jpg', type: 'image', data: 'jpeg bytes' }]);
  fake.queueActionSheet('cancel');
  expect(await inst.onAddMedia()).toBe(false);
  expect(fake.calls.actionSheets).toEqual([['合同', '沟通记录', '还款凭证', '其他']]);
  expect(recordsStore.total).toBe(0);
  expect(fake.userFileBytes()).toBe(before);
  expect(fake.calls.toasts.map((t) => t.title)).not.toContain('已保存');
});

test('chat files: PDFs are contracts and recordings are calls without asking; a mix asks', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  fake.queueMessageFile([{ path: 'http://tmp/a.m4a', name: '催收电话.m4a', data: 'audio' }]);
  expect(await inst.onAddChatFile()).toBe(true);
  expect(fake.calls.actionSheets).toEqual([]);
  expect(recordsStore.loadItem(recordsStore.items[0].id)).toMatchObject({
    kind: 'communication',
    comm: 'call_recording',
  });

  fake.queueMessageFile([
    { path: 'http://tmp/c.pdf', name: '借款合同.pdf', data: '%PDF-1.4' },
    { path: 'http://tmp/d.jpg', name: '转账截图.jpg', data: 'jpeg' },
  ]);
  fake.queueActionSheet(3);
  expect(await inst.onAddChatFile()).toBe(true);
  await settle();
  expect(fake.calls.actionSheets).toEqual([['合同', '沟通记录', '还款凭证', '其他']]);
  expect(recordsStore.items.map((i) => i.kind).sort()).toEqual(['communication', 'other']);
  expect(timelineText(page)).toContain('通话录音');
  expect(timelineText(page)).toContain('2 个附件');
});

test('integrity badge: verified, then an edited item key shows which entry changed', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  for (const t of ['第一条短信', '第二条短信', '第三条短信']) {
    inst.onNoteInput({ detail: t });
    inst.onSaveNote();
  }
  await settle();
  expect(textOf(page, '#badge-text')).toBe('还没做过检查');
  await inst.onVerify();
  await settle();
  expect(textOf(page, '#badge-text')).toBe('这些证据没有被改动过 ✓');
  expect(textOf(page, '#badge-detail')).toContain('共 3 条');

  // Someone edits the second record's text directly in storage.
  const second = recordsStore.items[1];
  const key = K.item(id, second.id);
  const stored = fake.storageSnapshot()[key] as string;
  fake.corruptKey(key, stored.replace('第二条短信', '第二条短信（改）'));
  await inst.onVerify();
  await settle();
  expect(textOf(page, '#badge-text')).toBe('第 2 条被改动过或不见了');
  expect(textOf(page, '#badge-detail')).toContain('第 2 条记录');
});

test('delete asks first, hides the item, and can be undone; then commits', async () => {
  const timers = resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  for (const t of ['留下', '要删的']) {
    inst.onNoteInput({ detail: t });
    inst.onSaveNote();
  }
  await settle();
  const target = recordsStore.items[1].id;
  const ev = { currentTarget: { dataset: { id: target } } };

  fake.queueModal({ confirm: false });
  expect(await inst.onDeleteItem(ev)).toBe(false);
  expect(fake.calls.modals[0].title).toBe('删除这条证据？');
  expect(timelineText(page)).toContain('要删的');

  fake.queueModal({ confirm: true });
  expect(await inst.onDeleteItem(ev)).toBe(true);
  await settle();
  expect(timelineText(page)).not.toContain('要删的');
  expect(textOf(page, '#undo-bar')).toContain('撤销');

  page.querySelector('#undo')!.dispatchEvent('tap');
  await settle();
  expect(timelineText(page)).toContain('要删的');
  expect(page.querySelector('#undo-bar')).toBeUndefined();

  fake.queueModal({ confirm: true });
  await inst.onDeleteItem(ev);
  timers.advance(5000);
  await settle();
  expect(page.querySelector('#undo-bar')).toBeUndefined();
  expect(recordsStore.total).toBe(1);
  expect(timelineText(page)).not.toContain('要删的');
});

test('storage full while adding: Chinese message, typed text kept, existing items still shown', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  inst.onNoteInput({ detail: '已经保存的记录' });
  inst.onSaveNote();
  await settle();
  fake.faults.storageFull = true;
  inst.onAddNote();
  inst.onNoteInput({ detail: '新的记录' });
  expect(inst.onSaveNote()).toBe(false);
  await settle();
  expect(textOf(page, '#note-error')).toBe(MSG.storageFull);
  expect(textOf(page, '#error')).toContain('之前的记录都完好');
  expect(inst.data.noteText).toBe('新的记录');
  expect(timelineText(page)).toContain('已经保存的记录');
  expect(timelineText(page)).not.toContain('新的记录');
});

test('status toggle and export/complaint navigation', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  expect(textOf(page, '#status')).toBe('处理中');
  inst.onToggleStatus();
  await settle();
  expect(textOf(page, '#status')).toBe('已解决');
  expect(recordsStore.cases[0].status).toBe('resolved');
  inst.onExport();
  inst.onComplaint({ currentTarget: { dataset: { kind: '12363' } } });
  expect(navigated).toEqual([
    `/packageRecords/export/index?id=${id}`,
    `/packageRecords/export/index?id=${id}&complaint=12363`,
  ]);
});

test('a 1,000-item case opens and pages in; no setData payload exceeds 64 KB', async () => {
  resetRecords();
  const id = newCase();
  const repo = new EvidenceRepository({ kv: wxKV() });
  for (let i = 0; i < 1000; i++)
    repo.addItem(id, {
      kind: 'communication',
      comm: 'sms',
      happenedAt: Date.UTC(2024, 0, 1) + i * 60_000,
      text: `第 ${i + 1} 条催收短信：请立即还款，否则上门。`.repeat(3),
    });
  recordsStore.refreshCases();

  const { page, inst } = await openPage(id);
  // Everything the page holds after opening (so also its first setData) is small.
  expect(JSON.stringify(inst.data).length).toBeLessThan(64 * 1024);
  expect(textOf(page, '#facts')).toContain('1000 条证据');
  const watched = watchSetData(page);
  // Page in 300 rows through the page (rendering all 1,000 in jsdom takes minutes; the
  // grouping below covers the full 1,000 without rendering).
  for (let k = 0; k < 9; k++) {
    inst.onLoadMore();
    await settle();
  }
  expect(page.querySelectorAll('.cs-item').length).toBe(300);
  // Deleting an early item reshuffles every group after it: still small payloads.
  fake.queueModal({ confirm: true });
  await inst.onDeleteItem({ currentTarget: { dataset: { id: recordsStore.items[0].id } } });
  await settle();
  expect(page.querySelectorAll('.cs-item').length).toBe(299);
  expect(watched.sizes.length).toBeGreaterThanOrEqual(10);
  expect(Math.max(...watched.sizes)).toBeLessThan(64 * 1024);

  // The same diffing over the whole case (page closed): load all 1,000, then hide the first.
  inst.onUnload();
  recordsStore.openCase(id);
  while (recordsStore.hasMore) recordsStore.loadMore();
  const keys: string[] = [];
  const all = recordsStore.items.map(rowOf);
  const first = groupPatches(keys, all);
  const afterDelete = groupPatches(keys, all.slice(1));
  for (const p of [...first, ...afterDelete])
    expect(JSON.stringify(p).length).toBeLessThan(64 * 1024);
  expect(first.length).toBeGreaterThan(1);
}, 120_000);

/** A case with one PDF attachment, copied into app storage as the real import does. */
function caseWithFile(): { id: string; stored: string } {
  const id = newCase();
  recordsStore.openCase(id);
  const temp = fake.putFile({ path: 'http://tmp/loan.pdf', data: '%PDF-1.4 contract' });
  const it = recordsStore.addFiles([{ tempPath: temp, name: '借款合同.pdf' }], {
    kind: 'contract',
  });
  const stored = it!.attachments[0].path;
  expect(fake.fileExists(stored)).toBe(true);
  return { id, stored };
}

test('delete case: asks first (explains it cannot be undone), then removes records and files and goes back', async () => {
  resetRecords();
  const keep = newCase('招商银行');
  const { id, stored } = caseWithFile();
  const { page, inst } = await openPage(id);
  expect(textOf(page, '#delete-case')).toBe('删除案件');

  fake.queueModal({ confirm: true });
  page.querySelector('#delete-case')!.dispatchEvent('click');
  await settle(4);
  expect(fake.calls.modals[0].title).toBe('删除整个案件？');
  expect(fake.calls.modals[0].content).toContain('不能恢复');
  expect(fake.calls.modals[0].content).toContain('导出');
  expect(recordsStore.cases.map((c) => c.id)).toEqual([keep]);
  expect(fake.fileExists(stored)).toBe(false);
  expect(fake.calls.toasts.map((t) => t.title)).toContain('已删除');
  expect(fake.calls.navigations).toContainEqual({ kind: 'navigateBack', url: '1' });
  inst.onUnload();
  expect(recordsStore.cases.map((c) => c.id)).toEqual([keep]);
});

test('delete case: cancel changes nothing', async () => {
  resetRecords();
  const { id, stored } = caseWithFile();
  const { page, inst } = await openPage(id);
  fake.queueModal({ confirm: false });
  expect(await inst.onDeleteCase()).toBe(false);
  await settle();
  expect(recordsStore.cases.map((c) => c.id)).toEqual([id]);
  expect(recordsStore.total).toBe(1);
  expect(fake.fileExists(stored)).toBe(true);
  expect(fake.calls.navigations).toEqual([]);
  expect(textOf(page, '#title')).toBe('微众银行');
});

test('delete case fails (storage full): the Chinese error is shown and the case is kept', async () => {
  resetRecords();
  const { id, stored } = caseWithFile();
  const { page, inst } = await openPage(id);
  fake.faults.storageFull = true;
  fake.queueModal({ confirm: true });
  expect(await inst.onDeleteCase()).toBe(false);
  await settle();
  expect(recordsStore.error).toBeTruthy();
  expect(fake.calls.modals[1].content).toBe(recordsStore.error);
  expect(textOf(page, '#error')).toContain(recordsStore.error!);
  fake.faults.storageFull = false;
  expect(recordsStore.cases.map((c) => c.id)).toEqual([id]);
  expect(fake.fileExists(stored)).toBe(true);
  expect(fake.calls.navigations).toEqual([]);
  expect(textOf(page, '#title')).toBe('微众银行');
});

test('outside anchor: after a save the page offers to send the check code to the own chat', async () => {
  resetRecords();
  const id = newCase();
  const { page, inst } = await openPage(id);
  expect(textOf(page, '#anchor-line')).toContain('还没有把核对码发到自己的微信聊天里');
  inst.onNoteInput({ detail: '第一条短信' });
  inst.onSaveNote();
  await settle();
  expect(textOf(page, '#anchor-offer')).toContain('文件传输助手');
  // The menu's 转发 never carries the case.
  const menu = inst.onShareAppMessage({ from: 'menu' }) as { title: string; path: string };
  expect(menu.title).not.toContain('核对码');
  expect(recordsStore.lastAnchor).toBeNull();
  // The anchor button: a card whose title carries the code; recorded when offered.
  const card = inst.onShareAppMessage({ from: 'button', target: { id: 'anchor-share' } }) as {
    title: string;
    path: string;
  };
  const head = recordsStore.current!.head;
  const code = head.digest
    .slice(0, 12)
    .toUpperCase()
    .replace(/(.{4})(?=.)/g, '$1 ');
  expect(card.title).toContain(`防篡改核对码 ${code}`);
  expect(card.path).toBe('/pages/records/index');
  expect(recordsStore.lastAnchor).toMatchObject({ digest: head.digest, via: 'share_card' });
  await settle();
  expect(page.querySelector('#anchor-offer')).toBeUndefined();
  expect(textOf(page, '#anchor-line')).toContain(`核对码 ${code}`);
  // The file: the full code in a tiny text file sent with shareFileMessage.
  expect(await inst.onAnchorFile()).toBe(true);
  const sent = fake.calls.sharedFiles[fake.calls.sharedFiles.length - 1];
  expect(sent.fileName).toBe(`防篡改核对码-${code.replace(/ /g, '')}.txt`);
  expect(fake.readFileText(sent.filePath)).toContain(head.digest);
  // The check compares with it, in plain words.
  await inst.onVerify();
  await settle();
  expect(textOf(page, '#anchor-line')).toContain('对得上');
});
