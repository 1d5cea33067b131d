import * as storage from '../../../miniprogram/services/storage';
import { StorageError } from '../../../miniprogram/services/storage';
import { installWxFake, STORAGE_ENTRY_LIMIT, WxFake } from '../../wx-fake';

let fake: WxFake;
beforeEach(() => {
  fake = installWxFake();
});
afterEach(() => fake.uninstall());

interface Settings {
  largeFont: boolean;
}
const isSettings = (v: unknown): v is Settings =>
  !!v && typeof v === 'object' && typeof (v as Settings).largeFont === 'boolean';

test('importing the module touches no wx', () => {
  fake.uninstall();
  jest.isolateModules(() => {
    expect(() => require('../../../miniprogram/services/storage')).not.toThrow();
  });
  fake = installWxFake();
});

test('get/set/remove/keys/info round-trip', () => {
  expect(storage.get('settings')).toBeUndefined();
  storage.set('settings', { largeFont: true });
  storage.set('empty', '');
  expect(storage.get('settings', isSettings)).toEqual({ largeFont: true });
  expect(storage.get<string>('empty')).toBe('');
  expect(storage.keys().sort()).toEqual(['empty', 'settings']);
  expect(storage.info().limitSizeKB).toBe(10240);
  storage.remove('empty');
  expect(storage.keys()).toEqual(['settings']);
});

test('a value over 1 MB throws entry_too_large with a Chinese message; the old value stays', () => {
  storage.set('records', { largeFont: false });
  let err: unknown;
  try {
    storage.set('records', 'x'.repeat(STORAGE_ENTRY_LIMIT));
  } catch (e) {
    err = e;
  }
  expect(err).toBeInstanceOf(StorageError);
  const se = err as StorageError;
  expect(se.code).toBe('entry_too_large');
  expect(se.userMessage).toContain('1MB');
  expect(se.errMsg).toContain('entry size limit reached');
  expect(storage.get('records', isSettings)).toEqual({ largeFont: false });
});

test('full storage gives quota via trySet', () => {
  fake.faults.storageFull = true;
  const r = storage.trySet('a', 1);
  expect(r.ok).toBe(false);
  if (!r.ok) {
    expect(r.error.code).toBe('quota');
    expect(r.error.userMessage).toMatch(/存储空间已满/);
  }
});

test('a corrupt key is reported, not returned', () => {
  storage.set('settings', { largeFont: true });
  fake.corruptKey('settings');
  expect(() => storage.get('settings', isSettings)).toThrow(StorageError);
  try {
    storage.get('settings', isSettings);
  } catch (e) {
    expect((e as StorageError).code).toBe('corrupt');
  }
});

test('classifyStorageFailure understands the wording of other clients', () => {
  expect(storage.classifyStorageFailure('setStorage:fail:quota reached')).toBe('quota');
  expect(storage.classifyStorageFailure('setStorageSync:fail exceed storage max size 10Mb')).toBe(
    'quota',
  );
  expect(storage.classifyStorageFailure('exceed storage item max length')).toBe('entry_too_large');
  expect(storage.classifyStorageFailure('setStorageSync:fail')).toBe('unknown');
});
