// The local error log behind settings → 错误记录, and the update prompt.
import { installWxFake, WxFake } from '../../wx-fake';
import {
  ERROR_LOG_KEY,
  errorLogText,
  MAX_ENTRIES,
  MAX_MESSAGE,
  readErrorLog,
  recordError,
} from '../../../miniprogram/services/error-log';
import { UPDATE_TITLE, watchForUpdates } from '../../../miniprogram/services/update';

let fake: WxFake;
afterEach(() => fake?.uninstall());

describe('error log', () => {
  test('keeps each error with its time; a repeat is counted, not stored again', () => {
    fake = installWxFake();
    expect(errorLogText('1.0.0')).toBe('');
    expect(
      recordError('error', 'TypeError: x is undefined', new Date('2026-12-01T09:00:00Z')),
    ).toBe(true);
    recordError('error', 'TypeError: x is undefined');
    recordError('rejection', new Error('boom'));
    const log = readErrorLog();
    expect(log.map((e) => [e.kind, e.count])).toEqual([
      ['error', 2],
      ['rejection', 1],
    ]);
    expect(log[1].message).toContain('Error: boom');
    const text = errorLogText('1.0.0');
    expect(text).toContain('版本 1.0.0，共 2 条');
    expect(text).toContain('2026-12-01T09:00:00.000Z 错误（连续 2 次）\nTypeError: x is undefined');
    expect(text).toContain('未处理的异步错误');
  });

  test(`holds the last ${MAX_ENTRIES} errors, each cut to ${MAX_MESSAGE} characters`, () => {
    fake = installWxFake();
    for (let i = 0; i < MAX_ENTRIES + 5; i++)
      recordError('error', `error ${i} ` + 'x'.repeat(5000));
    const log = readErrorLog();
    expect(log).toHaveLength(MAX_ENTRIES);
    expect(log[0].message.startsWith('error 5 ')).toBe(true);
    expect(Math.max(...log.map((e) => e.message.length))).toBeLessThanOrEqual(MAX_MESSAGE + 1);
  });

  test('a full phone or a damaged log never throws; a damaged log starts again', () => {
    fake = installWxFake({ storage: { [ERROR_LOG_KEY]: 'not a log' } });
    expect(readErrorLog()).toEqual([]);
    expect(recordError('error', 'first')).toBe(true);
    expect(readErrorLog().map((e) => e.message)).toEqual(['first']);
    fake.faults.storageFull = true;
    expect(recordError('error', 'second')).toBe(false);
    expect(readErrorLog().map((e) => e.message)).toEqual(['first']);
  });
});

describe('updates', () => {
  test('a downloaded update is offered; restart only when the user agrees, after pending work', async () => {
    fake = installWxFake();
    const done: string[] = [];
    expect(watchForUpdates(() => done.push('flushed'))).toBe(true);
    fake.queueModal({ confirm: false });
    fake.updateReady();
    await new Promise((r) => setTimeout(r, 5));
    expect(fake.calls.modals[0].title).toBe(UPDATE_TITLE);
    expect(fake.calls.updatesApplied).toBe(0);
    fake.queueModal({ confirm: true });
    fake.updateReady();
    await new Promise((r) => setTimeout(r, 5));
    expect(done).toEqual(['flushed']);
    expect(fake.calls.updatesApplied).toBe(1);
  });

  test('a client without an update manager is left alone', () => {
    fake = installWxFake({ updateManager: false });
    expect(watchForUpdates()).toBe(false);
  });
});
