// files.ts against the shared wx fake (test/wx-fake.ts): real errMsg wording, 200 MB limit.
import { createWxFake, WxFake } from '../../wx-fake';
import {
  attachmentReader,
  createEvidenceFiles,
  FILE_SPACE_LIMIT,
  pickMessageFiles,
  pickMedia,
} from '../../../miniprogram/services/files';
import { EvidenceError, EvidenceRepository, sha256Hex } from '../../../miniprogram/core/evidence';
import { bytesOf, clock, ids, MemoryKV } from './helpers';

let fake: WxFake;
const getWx = () => fake.wx;
beforeEach(() => {
  fake = createWxFake();
});

function caught(fn: () => unknown): EvidenceError {
  try {
    fn();
  } catch (e) {
    return e as EvidenceError;
  }
  throw new Error('expected an error');
}

test('importing a chat file copies it under USER_DATA_PATH/evidence and hashes the copy', () => {
  const tmp = fake.putFile({ path: 'http://tmp/abc.pdf', data: '%PDF-1.4 借款合同' });
  const files = createEvidenceFiles(getWx);
  const a = files.importFile({ tempPath: tmp, name: '借款合同.pdf' });
  expect(a.path.startsWith('http://usr/evidence/')).toBe(true);
  expect(a.path.endsWith('.pdf')).toBe(true);
  expect(a).toMatchObject({
    name: '借款合同.pdf',
    mime: 'application/pdf',
    size: bytesOf('%PDF-1.4 借款合同').length,
    sha256: sha256Hex(bytesOf('%PDF-1.4 借款合同')),
  });
  expect(fake.fileExists(a.path)).toBe(true);
  expect(new Uint8Array(files.readBytes(a.path))).toEqual(bytesOf('%PDF-1.4 借款合同'));
  expect(files.usedBytes()).toBe(a.size);
});

test('a large recording is hashed in pieces and matches a whole-file hash', () => {
  const big = new Uint8Array(3 * 1024 * 1024 + 17).map((_, i) => (i * 31) & 0xff);
  const tmp = fake.putFile({ path: 'http://tmp/call.m4a', data: big });
  const a = createEvidenceFiles(getWx).importFile({
    tempPath: tmp,
    name: '通话录音.m4a',
    size: big.length,
  });
  expect(a).toMatchObject({ mime: 'audio/mp4', size: big.length, sha256: sha256Hex(big) });
});

test('empty file imports', () => {
  const tmp = fake.putFile({ path: 'http://tmp/empty.txt', data: '' });
  expect(createEvidenceFiles(getWx).importFile({ tempPath: tmp })).toMatchObject({
    size: 0,
    sha256: sha256Hex(''),
  });
});

test('full file space: checked before copying, clear message, nothing written', () => {
  fake.putFile({ path: 'http://usr/other/big.bin', data: new Uint8Array(FILE_SPACE_LIMIT - 1000) });
  const tmp = fake.putFile({ path: 'http://tmp/p.jpg', data: new Uint8Array(2000) });
  const files = createEvidenceFiles(getWx);
  const e = caught(() => files.importFile({ tempPath: tmp }));
  expect(e.code).toBe('file_space_full');
  expect(e.message).toMatch(/附件空间不足（本应用最多可存 200 MB 文件）/);
  expect(files.usedBytes()).toBe(FILE_SPACE_LIMIT - 1000);
});

test('file space full reported by WeChat during the copy is mapped too', () => {
  const tmp = fake.putFile({ path: 'http://tmp/p.jpg', data: 'x' });
  fake.faults.fileSpaceFull = true;
  const e = caught(() => createEvidenceFiles(getWx).importFile({ tempPath: tmp }));
  expect(e.code).toBe('file_space_full');
});

test('missing temp file and missing stored file give clear messages', () => {
  const files = createEvidenceFiles(getWx);
  expect(caught(() => files.importFile({ tempPath: 'http://tmp/gone.jpg' }))).toMatchObject({
    code: 'file_missing',
    message: '找不到这个文件，可能已被清理。请重新选择文件。',
  });
  expect(caught(() => files.readBytes('http://usr/evidence/gone.jpg'))).toMatchObject({
    code: 'file_missing',
    message: expect.stringMatching(/附件文件找不到了/),
  });
  expect(() => files.remove('http://usr/evidence/gone.jpg')).not.toThrow();
});

test('verify through the real reader: corrupted and deleted files are reported', async () => {
  const files = createEvidenceFiles(getWx);
  const repo = new EvidenceRepository({ kv: new MemoryKV(), now: clock(), newId: ids() });
  repo.init();
  const c = repo.createCase({ institution: { name: 'A' } });
  const a1 = files.importFile({
    tempPath: fake.putFile({ path: 'http://tmp/1.jpg', data: 'image one bytes' }),
  });
  const a2 = files.importFile({
    tempPath: fake.putFile({ path: 'http://tmp/2.jpg', data: 'image two bytes' }),
  });
  repo.addItem(c.id, { kind: 'other', text: 'one', attachments: [a1] });
  repo.addItem(c.id, { kind: 'other', text: 'two', attachments: [a2] });
  const read = attachmentReader(files);
  expect(await repo.verify(c.id, read)).toMatchObject({ ok: true });
  fake.corruptFile(a2.path);
  expect(await repo.verify(c.id, read)).toMatchObject({
    ok: false,
    firstBadIndex: 2, // entry 0 is the case's details
    reason: 'attachment_changed',
  });
  files.remove(a1.path);
  expect(await repo.verify(c.id, read)).toMatchObject({
    ok: false,
    firstBadIndex: 1,
    reason: 'attachment_missing',
    attachmentName: '1.jpg',
  });
});

test('pickers return import sources; cancel is an empty list', async () => {
  fake.queueMessageFile([{ path: 'http://tmp/rec.amr', data: 'amr', name: '录音.amr' }]);
  const picked = await pickMessageFiles(getWx);
  expect(picked).toEqual([
    expect.objectContaining({ name: '录音.amr', mime: 'audio/amr', size: 3 }),
  ]);
  expect(createEvidenceFiles(getWx).importFile(picked[0]).sha256).toBe(sha256Hex('amr'));
  fake.queueMedia('cancel');
  await expect(pickMedia(getWx)).resolves.toEqual([]);
  fake.queueMedia([{ path: 'http://tmp/shot.png', data: 'png', type: 'image' }]);
  await expect(pickMedia(getWx)).resolves.toEqual([
    expect.objectContaining({ mime: 'image/png', size: 3 }),
  ]);
});
