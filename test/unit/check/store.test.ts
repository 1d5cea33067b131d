// The check store on the shared wx fake: input paths (paste, files, forwards, OCR), the
// check itself (empty, binary, 1 MB), highlighted segments, history and saving as evidence.
import * as fs from 'fs';
import * as path from 'path';
import { installWxFake, WxFake } from '../../wx-fake';
import {
  CHECK_MESSAGES,
  CheckStore,
  HISTORY_KEY,
  HISTORY_LIMIT,
  segmentsOf,
} from '../../../miniprogram/stores/check';
import { settingsStore } from '../../../miniprogram/stores/settings';
import { recordsStore } from '../../../miniprogram/stores/records';
import { setOcr } from '../../../miniprogram/services/ocr';
import { CLIPBOARD_MESSAGES } from '../../../miniprogram/services/clipboard';
import { FILE_MESSAGES } from '../../../miniprogram/services/message-file';
import { MAX_CHECK_CHARS } from '../../../miniprogram/core/check';

const SCAM = fs.readFileSync(
  path.join(__dirname, '..', '..', 'fixtures', 'example-notice.txt'),
  'utf8',
);

let fake: WxFake;
let store: CheckStore;

beforeEach(() => {
  fake = installWxFake();
  store = new CheckStore();
  settingsStore.setKeepHistory(true);
  setOcr(null);
});
afterEach(() => fake.uninstall());

describe('runCheck', () => {
  test('a scam text gives a scam verdict with signals and highlighted segments', async () => {
    store.setDraft(SCAM);
    expect(await store.runCheck()).toBe(true);
    expect(store.error).toBe('');
    expect(store.result!.verdict).toBe('scam');
    expect(store.result!.signals.map((s) => s.id)).toContain('pay_to_unofficial_account');
    const segs = store.segments;
    expect(segs.map((s) => s.text).join('')).toBe(SCAM);
    const hit = segs.filter((s) => s.hit);
    expect(hit.length).toBeGreaterThan(0);
    expect(hit.some((s) => s.signalIds.includes('pay_to_unofficial_account'))).toBe(true);
  });

  test('empty input says what to do and keeps the previous result', async () => {
    store.setDraft(SCAM);
    await store.runCheck();
    const before = store.result;
    store.setDraft('   \n ');
    expect(await store.runCheck()).toBe(false);
    expect(store.error).toBe(CHECK_MESSAGES.empty);
    expect(store.result).toBe(before);
  });

  test('binary-looking text is refused with a clear message, never thrown', async () => {
    store.setDraft(
      '\u0000\u0001\u0002\u0003PNG\u0004\u0005\u0006\u0007\u0008\u000b\u000e\u000f'.repeat(20),
    );
    expect(await store.runCheck()).toBe(false);
    expect(store.error).toContain('不是文字');
    expect(store.loading).toBe(false);
  });

  test('a 1 MB input is checked up to the cap and says so', async () => {
    const big = SCAM + '。'.repeat(1024 * 1024);
    store.setDraft(big);
    expect(store.draftTooLong).toBe(true);
    expect(store.draftPreview.length).toBeLessThanOrEqual(MAX_CHECK_CHARS);
    expect(await store.runCheck()).toBe(true);
    expect(store.result!.truncated).toEqual({
      checkedChars: MAX_CHECK_CHARS,
      totalChars: big.length,
    });
    expect(store.textCut).toBe(true);
    expect(store.segments.map((s) => s.text).join('').length).toBe(MAX_CHECK_CHARS);
  });

  test('contacts in the message are listed with their status; official numbers come from the directory', async () => {
    store.setDraft(SCAM);
    await store.runCheck();
    const phone = store.contacts.find((c) => c.text.includes('17138526049'));
    expect(phone).toBeDefined();
    expect(['unofficial', 'unverified']).toContain(phone!.status);
    for (const c of store.officialCalls) expect(c.number).not.toContain('17138526049');
  });
});

describe('segmentsOf', () => {
  test('overlapping spans split into runs with every covering signal', () => {
    const segs = segmentsOf('abcdefghij', [
      { id: 'a', spans: [[1, 5]] },
      { id: 'b', spans: [[3, 7]] },
    ]);
    expect(segs).toEqual([
      { text: 'a', hit: false, signalIds: [] },
      { text: 'bc', hit: true, signalIds: ['a'] },
      { text: 'de', hit: true, signalIds: ['a', 'b'] },
      { text: 'fg', hit: true, signalIds: ['b'] },
      { text: 'hij', hit: false, signalIds: [] },
    ]);
  });
  test('spans past the end or empty are ignored; surrogate text is kept whole', () => {
    const t = '😀转账到个人';
    const segs = segmentsOf(t, [
      {
        id: 'x',
        spans: [
          [2, 4],
          [5, 5],
          [40, 50],
        ],
      },
    ]);
    expect(segs.map((s) => s.text).join('')).toBe(t);
    expect(segs.filter((s) => s.hit).map((s) => s.text)).toEqual(['转账']);
  });
});

describe('inputs', () => {
  test('paste fills the draft', async () => {
    fake.setClipboard(SCAM);
    expect(await store.paste()).toBe(true);
    expect(store.draft).toBe(SCAM);
  });

  test.each([['deny'], ['privacy']] as const)(
    'clipboard refused (%s) explains and changes nothing',
    async (mode) => {
      store.setDraft('我自己输入的');
      fake.faults.clipboard = mode;
      fake.setClipboard(SCAM);
      expect(await store.paste()).toBe(false);
      expect(store.error).toBe(CLIPBOARD_MESSAGES.denied);
      expect(store.draft).toBe('我自己输入的');
    },
  );

  test('an empty clipboard says so', async () => {
    expect(await store.paste()).toBe(false);
    expect(store.error).toBe(CLIPBOARD_MESSAGES.empty);
  });

  test('a .txt chat file becomes the draft (UTF-8 with BOM)', async () => {
    fake.queueMessageFile([{ path: 'msg.txt', data: '\ufeff' + SCAM }]);
    expect(await store.fromFile()).toBe(true);
    expect(store.draft).toBe(SCAM);
  });

  test('a binary file named .txt gives a clear message and keeps the draft', async () => {
    store.setDraft('原来的');
    const bytes = new Uint8Array(2048);
    for (let i = 0; i < bytes.length; i++) bytes[i] = (i * 37) % 256;
    fake.queueMessageFile([{ path: 'x.txt', data: bytes }]);
    expect(await store.fromFile()).toBe(false);
    expect(store.error).toBe(FILE_MESSAGES.binary);
    expect(store.draft).toBe('原来的');
  });

  test('a cancelled picker is silent', async () => {
    fake.queueMessageFile('cancel');
    expect(await store.fromFile()).toBe(false);
    expect(store.error).toBe('');
  });

  test('a forwarded screenshot without OCR support explains and offers paste', async () => {
    fake.putFile({ path: 'http://tmp/shot.png', data: new Uint8Array([137, 80, 78, 71]) });
    const ok = await store.fromForward([
      { type: 'image/png', name: 'shot.png', path: 'http://tmp/shot.png', size: 4 },
    ]);
    expect(ok).toBe(false);
    expect(store.offerPaste).toBe(true);
    expect(store.error).toContain('不支持识别截图');
  });

  test('a forwarded screenshot with OCR fills the draft', async () => {
    setOcr({ available: () => true, recognize: async () => ({ ok: true, text: SCAM }) });
    const ok = await store.fromForward([
      { type: 'image/jpeg', name: 'a.jpg', path: 'http://tmp/a.jpg', size: 10 },
    ]);
    expect(ok).toBe(true);
    expect(store.draft).toBe(SCAM);
    expect(store.offerPaste).toBe(false);
  });

  test('a forwarded text file is read', async () => {
    fake.putFile({ path: 'http://tmp/n.txt', data: SCAM });
    expect(
      await store.fromForward([
        { type: 'text/plain', name: 'n.txt', path: 'http://tmp/n.txt', size: 0 },
      ]),
    ).toBe(true);
    expect(store.draft).toBe(SCAM);
  });
});

describe('history', () => {
  test('checks are remembered (capped), reopened, and cleared', async () => {
    for (let i = 0; i < HISTORY_LIMIT + 3; i++) {
      store.setDraft(`第${i}条：您的借款已逾期，请按时还款。`);
      await store.runCheck();
    }
    expect(store.history).toHaveLength(HISTORY_LIMIT);
    expect((fake.storageSnapshot()[HISTORY_KEY] as unknown[]).length).toBe(HISTORY_LIMIT);
    const fresh = new CheckStore();
    fresh.loadHistory();
    expect(fresh.history[0].text).toContain(`第${HISTORY_LIMIT + 2}条`);
    expect(await fresh.reopen(fresh.history[3].id)).toBe(true);
    expect(fresh.checkedText).toBe(fresh.history[0].text);
    fresh.clearHistory();
    expect(fresh.history).toEqual([]);
    expect(fake.storageSnapshot()[HISTORY_KEY]).toBeUndefined();
  });

  test('nothing is remembered when history is off', async () => {
    settingsStore.setKeepHistory(false);
    store.setDraft(SCAM);
    await store.runCheck();
    expect(store.history).toEqual([]);
    expect(fake.storageSnapshot()[HISTORY_KEY]).toBeUndefined();
  });

  test('corrupt history is ignored', () => {
    fake.wx.setStorageSync(HISTORY_KEY, [{ nope: 1 }, 'x']);
    store.loadHistory();
    expect(store.history).toEqual([]);
  });
});

describe('saveAsEvidence', () => {
  test('saves into a case named after the institution, then reports storage full plainly', async () => {
    store.setDraft(SCAM);
    await store.runCheck();
    expect(store.saveAsEvidence()).toBe(true);
    expect(store.saveState).toBe('saved');
    expect(recordsStore.cases.length).toBeGreaterThan(0);
    fake.faults.storageFull = true;
    expect(store.saveAsEvidence()).toBe(false);
    expect(store.saveError).toContain('空间');
  });

  test('without a result it says so', () => {
    expect(store.saveAsEvidence()).toBe(false);
    expect(store.saveError).toBe(CHECK_MESSAGES.nothingToSave);
  });
});
