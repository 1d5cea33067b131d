import { installWxFake, createWxFake, WxFake } from '../../wx-fake';
import { RecordsStore } from '../../../miniprogram/stores/records';
import { FakeTimers } from '../../helpers/fake-timers';
import { createEvidenceFiles } from '../../../miniprogram/services/files';
import { EvidenceRepository, K } from '../../../miniprogram/core/evidence';
import type { CheckResult } from '../../../miniprogram/core/types';
import { buildComplaintDraft } from '../../../miniprogram/packageRecords/complaint';
import { buildReportHtml, buildReportText } from '../../../miniprogram/packageRecords/report';
import { clock, ids, MemoryKV } from './helpers';

const RESULT: CheckResult = {
  verdict: 'scam',
  risk: 92,
  summary: '要求转账到个人账户，是诈骗的典型做法。',
  signals: [
    {
      id: 'pay_to_unofficial_account',
      title: '要求转账到非官方账户',
      explanation: '…',
      spans: [[0, 4]],
    },
  ],
  entities: [],
  next_steps: [],
};

function setup() {
  const fake: WxFake = createWxFake();
  const kv = new MemoryKV();
  const timers = new FakeTimers();
  const files = createEvidenceFiles(() => fake.wx);
  const store = new RecordsStore();
  store.configure({
    repo: new EvidenceRepository({ kv, now: clock(), newId: ids() }),
    files,
    timers,
    now: clock(),
    undoWindowMs: 5000,
  });
  expect(store.init()).toBe(true);
  const c = store.createCase({
    institution: { name: '微众银行', entryId: 'webank' },
    borrowed: 'no',
    amount: '5000',
    notes: '我没借过钱',
  })!;
  expect(store.openCase(c.id)).toBe(true);
  return { fake, kv, timers, files, store, c };
}

test('create, add note / check result / files, list and timeline update', () => {
  const { fake, store } = setup();
  expect(store.cases).toHaveLength(1);
  store.addNote('晚上11点有人打电话说要上门', { happenedAt: Date.UTC(2024, 3, 1) });
  store.addFromCheck('【微粒贷】请转账到 6222 0000 0000 0000 结清', RESULT, { channel: 'sms' });
  const tmp = fake.putFile({ path: 'http://tmp/rec.m4a', data: 'audio' });
  const it = store.addFiles([{ tempPath: tmp, name: '催收录音.m4a' }], { text: '催收电话录音' })!;
  expect(it.kind).toBe('communication');
  expect(it.comm).toBe('call_recording');
  expect(it.attachments[0].path).toMatch(/^http:\/\/usr\/evidence\//);
  expect(store.items.map((i) => i.kind)).toEqual([
    'communication',
    'checked_notice',
    'communication',
  ]);
  expect(store.items[1]).toMatchObject({ verdict: 'scam', kindLabel: '核验过的通知' });
  expect(store.total).toBe(3);
  expect(store.cases[0].liveCount).toBe(3);
  expect(store.error).toBeNull();
});

test('delete is hidden at once, undoable within the window, then recorded in the chain', async () => {
  const { store, timers } = setup();
  const a = store.addNote('one')!;
  store.addNote('two');
  expect(store.deleteItem(a.id)).toBe(true);
  expect(store.visibleItems.map((i) => i.firstLine)).toEqual(['two']);
  timers.advance(3000);
  expect(store.undoDelete()).toBe(true);
  expect(store.visibleItems.map((i) => i.firstLine)).toEqual(['one', 'two']);
  timers.advance(10_000);
  expect(store.items).toHaveLength(2); // nothing recorded after undo
  store.deleteItem(a.id);
  timers.advance(5000);
  expect(store.pendingDelete).toBeNull();
  expect(store.items.map((i) => i.firstLine)).toEqual(['two']);
  expect(store.undoDelete()).toBe(false);
  // The case's details (entry 0), two notes and one deletion.
  expect(store.currentSummary).toMatchObject({ liveCount: 1, entryCount: 4 });
  expect(await store.verify()).toMatchObject({ ok: true, count: 4 });
  expect(store.integrity.state).toBe('ok');
});

test('a pending delete is committed before the next change', () => {
  const { store } = setup();
  const a = store.addNote('one')!;
  store.deleteItem(a.id);
  store.addNote('three');
  expect(store.items.map((i) => i.firstLine)).toEqual(['three']);
});

test('edit creates a new version; both kept', () => {
  const { store } = setup();
  const a = store.addNote('原文')!;
  const b = store.editItem(a.id, { kind: 'communication', comm: 'sms', text: '改后' })!;
  expect(store.items).toEqual([
    expect.objectContaining({ id: b.id, edited: true, firstLine: '改后' }),
  ]);
  expect(store.loadVersions(a.id).map((v) => v.text)).toEqual(['原文', '改后']);
});

test('verify reports a tampered attachment', async () => {
  const { store, fake } = setup();
  const it = store.addFiles([
    { tempPath: fake.putFile({ path: 'http://tmp/a.jpg', data: 'photo bytes' }) },
  ])!;
  fake.corruptFile(it.attachments[0].path);
  const r = await store.verify();
  expect(r).toMatchObject({ ok: false, reason: 'attachment_changed' });
  expect(store.integrity.state).toBe('bad');
});

test('report and complaint filled from the case, masked by default, directory channels', async () => {
  const { store } = setup();
  store.addFromCheck('请转账到 6222020200112233446 身份证 11010519491231002X', RESULT, {
    channel: 'sms',
    happenedAt: Date.UTC(2024, 3, 2, 4),
  });
  await store.verify();
  const text = store.exportWith(buildReportText)!;
  expect(text).toContain('机构：微众银行');
  expect(text).toContain('官方渠道：客服热线 95384');
  expect(text).toContain('涉及金额：¥5000');
  expect(text).toMatch(/证据链校验：通过/);
  expect(text).toContain('6222***********3446');
  expect(text).toContain('110***********002X');
  expect(text).not.toContain('6222020200112233446');
  expect(store.exportWith(buildReportText, { mask: false })).toContain('6222020200112233446');
  const html = store.exportWith(buildReportHtml)!;
  expect(html).toContain('<!DOCTYPE html>');
  expect(html).toContain('疑似诈骗');
  const draft = store.exportWith((r) => buildComplaintDraft('12378', r))!;
  expect(draft).toMatchObject({ hotline: '12378', authority: '国家金融监督管理总局' });
  expect(draft.body).toContain('投诉对象：微众银行');
  expect(draft.body).toContain('2024-04-02');
  expect(draft.body).not.toMatch(/SHA-256/);
  expect(draft.body).toContain('防篡改校验码见证据报告附录');
});

test('full storage: clear message, nothing lost, store still usable', () => {
  const { store, kv } = setup();
  store.addNote('kept');
  kv.capacity = kv.used() + 10;
  expect(store.addNote('x'.repeat(1000))).toBeNull();
  expect(store.error).toMatch(/^手机存储空间不足/);
  expect(store.errorCode).toBe('storage_full');
  expect(store.items.map((i) => i.firstLine)).toEqual(['kept']);
  kv.capacity = Infinity;
  expect(store.addNote('later')).not.toBeNull();
  expect(store.error).toBeNull();
});

test('addFiles: full file space → clear message; record failure removes copied files', () => {
  const { store, fake, kv } = setup();
  fake.faults.fileSpaceFull = true;
  expect(
    store.addFiles([{ tempPath: fake.putFile({ path: 'http://tmp/a.jpg', data: 'a' }) }]),
  ).toBeNull();
  expect(store.errorCode).toBe('file_space_full');
  fake.faults.fileSpaceFull = false;
  kv.capacity = kv.used() + 10;
  expect(
    store.addFiles([{ tempPath: fake.putFile({ path: 'http://tmp/b.jpg', data: 'b' }) }]),
  ).toBeNull();
  expect(store.errorCode).toBe('storage_full');
  expect(fake.userFileBytes()).toBe(0);
  expect(store.total).toBe(0);
});

test('delete case removes records and files', () => {
  const { store, fake } = setup();
  const it = store.addFiles([{ tempPath: fake.putFile({ path: 'http://tmp/a.jpg', data: 'a' }) }])!;
  expect(store.deleteCase(store.current!.id)).toBe(true);
  expect(fake.fileExists(it.attachments[0].path)).toBe(false);
  expect(store.cases).toEqual([]);
  expect(store.current).toBeNull();
});

describe('with the default wx wiring (wx storage via services/storage)', () => {
  let fake: WxFake;
  beforeEach(() => {
    fake = installWxFake();
  });
  afterEach(() => fake.uninstall());

  test('records persist in wx storage and a corrupted key leaves the rest readable', () => {
    const s1 = new RecordsStore();
    expect(s1.init()).toBe(true);
    const c = s1.createCase({ institution: { name: '某小贷' } })!;
    s1.openCase(c.id);
    const a = s1.addNote('第一条')!;
    s1.addNote('第二条');
    expect(Object.keys(fake.storageSnapshot())).toEqual(
      expect.arrayContaining([K.schema, K.cases, K.case(c.id), K.ix(c.id, 0)]),
    );
    fake.corruptKey(K.item(c.id, a.id), '{"trunc');
    const s2 = new RecordsStore();
    s2.init();
    s2.openCase(c.id);
    expect(s2.items.map((i) => [i.unreadable ?? false, i.firstLine])).toEqual([
      [true, ''],
      [false, '第二条'],
    ]);
    expect(s2.items[0].error).toMatch(/已损坏/);
  });

  test('wx storage full is reported with the Chinese message and leaves records intact', () => {
    const s = new RecordsStore();
    s.init();
    const c = s.createCase({ institution: { name: '某小贷' } })!;
    s.openCase(c.id);
    s.addNote('kept');
    fake.faults.storageFull = true;
    expect(s.addNote('lost')).toBeNull();
    expect(s.error).toMatch(/^手机存储空间不足/);
    fake.faults.storageFull = false;
    const again = new RecordsStore();
    again.init();
    again.openCase(c.id);
    expect(again.items.map((i) => i.firstLine)).toEqual(['kept']);
  });
});
