// Break 9 of issue 10: verify reads attachments in 1 MB pieces (never one buffer the size of a
// long recording), shows its progress, and can be stopped.
import { reaction } from 'mobx-miniprogram';
import { createWxFake, WxFake } from '../../wx-fake';
import { EvidenceRepository } from '../../../miniprogram/core/evidence/index';
import { RecordsStore } from '../../../miniprogram/stores/records';
import { createEvidenceFiles } from '../../../miniprogram/services/files';
import { FakeTimers } from '../../helpers/fake-timers';
import { clock, ids, MemoryKV } from './helpers';

const MB = 1024 * 1024;

function setup(fileSizes: number[]) {
  const fake: WxFake = createWxFake();
  const store = new RecordsStore();
  store.configure({
    repo: new EvidenceRepository({ kv: new MemoryKV(), now: clock(), newId: ids() }),
    files: createEvidenceFiles(() => fake.wx),
    timers: new FakeTimers(),
    verifyPauseMs: 0,
  });
  store.init();
  const c = store.createCase({ institution: { name: '某消费金融' } })!;
  store.openCase(c.id);
  fileSizes.forEach((size, i) => {
    const data = new Uint8Array(size).map((_, j) => (j * 7 + i) & 0xff);
    const tmp = fake.putFile({ path: `http://tmp/rec${i}.m4a`, data });
    store.addFiles([{ tempPath: tmp, name: `录音${i}.m4a` }]);
  });
  return { fake, store };
}

test('a 6 MB recording is hashed in pieces of at most 1 MB; the check still passes', async () => {
  const { fake, store } = setup([6 * MB + 123]);
  const before = fake.readStats().bytesRead;
  expect(await store.verify()).toMatchObject({ ok: true });
  const stats = fake.readStats();
  expect(stats.bytesRead - before).toBe(6 * MB + 123);
  expect(stats.maxRead).toBeLessThanOrEqual(MB);
});

test('a changed byte deep inside a large file is still found', async () => {
  const { fake, store } = setup([3 * MB]);
  const path = createEvidenceFiles(() => fake.wx).list()[0];
  const bytes = new Uint8Array(3 * MB).map((_, j) => (j * 7) & 0xff);
  bytes[2 * MB + 5] ^= 1;
  fake.putFile({ path, data: bytes });
  expect(await store.verify()).toMatchObject({ ok: false, reason: 'attachment_changed' });
});

test('progress rises from 0 to 100 % while checking', async () => {
  const { store } = setup([MB, MB, MB, MB]);
  const seen: number[] = [];
  const stop = reaction(
    () => store.progress,
    (p) => seen.push(p),
  );
  await store.verify();
  stop();
  expect(seen.some((p) => p > 0 && p < 1)).toBe(true);
  expect(seen[seen.length - 1]).toBe(1);
  expect([...seen].sort((a, b) => a - b)).toEqual(seen);
});

test('stopping a check leaves it "not checked", with no error', async () => {
  const { store } = setup([MB, MB, MB, MB]);
  const stop = reaction(
    () => store.progress,
    (p) => {
      if (p > 0) store.cancelVerifying();
    },
  );
  const result = await store.verify();
  stop();
  expect(result).toBeNull();
  expect(store.integrity.state).toBe('unknown');
  expect(store.error).toBeNull();
  // And a new check runs to the end.
  expect(await store.verify()).toMatchObject({ ok: true });
});
