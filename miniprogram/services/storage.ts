import { errorType } from '../core/error-type';
/**
 * A small typed layer over wx storage (10 MB in total, 1 MB per key).
 *
 * - `wx` is read lazily on every call, never at import time, so this module can be imported
 *   anywhere (and in tests before a fake is installed).
 * - A failed write throws a StorageError with a plain Chinese message for the user; the
 *   previous value of the key is untouched (WeChat rejects the write as a whole).
 * - `trySet` returns a Result instead of throwing, for callers that prefer values.
 */

export type StorageErrorCode = 'quota' | 'entry_too_large' | 'corrupt' | 'unavailable' | 'unknown';

const USER_MESSAGES: Record<StorageErrorCode, string> = {
  quota:
    '手机里留给本小程序的存储空间已满（上限 10MB），这次的内容没有保存，已有记录不受影响。请先导出并删除不需要的记录，再试一次。',
  entry_too_large:
    '这份内容太大（单项上限 1MB），没有保存，已有记录不受影响。请拆成几份保存，或把大文件作为附件保存。',
  corrupt: '本地保存的这部分数据已损坏，无法读取。其他记录不受影响。',
  unavailable: '暂时无法使用本地存储，请稍后再试。',
  unknown: '保存失败，已有记录不受影响。请稍后再试。',
};

export interface StorageError extends Error {
  readonly code: StorageErrorCode;
  readonly key: string;
  /** Plain Chinese sentence to show the user. */
  readonly userMessage: string;
  /** WeChat's own errMsg, for logs. */
  readonly errMsg: string;
}
export const StorageError = errorType<
  StorageError,
  [code: StorageErrorCode, key: string, errMsg: string]
>(
  'StorageError',
  (code) => USER_MESSAGES[code],
  (e, code, key, errMsg) =>
    Object.assign(e, { code, key, userMessage: USER_MESSAGES[code], errMsg }),
);

export type Result<T, E = StorageError> = { ok: true; value: T } | { ok: false; error: E };

export interface StorageInfo {
  keys: string[];
  /** KB used, as WeChat reports it. */
  currentSizeKB: number;
  /** KB allowed (10240). */
  limitSizeKB: number;
}

function api(): WechatMiniprogram.Wx {
  const w = (globalThis as { wx?: WechatMiniprogram.Wx }).wx;
  if (!w) throw new StorageError('unavailable', '', 'wx is not defined');
  return w;
}

function errMsgOf(e: unknown): string {
  if (e && typeof e === 'object') {
    const o = e as { errMsg?: unknown; message?: unknown };
    if (typeof o.errMsg === 'string') return o.errMsg;
    if (typeof o.message === 'string') return o.message;
  }
  return String(e);
}

/** Map WeChat's failure text to a code. Wording differs a little across clients. */
export function classifyStorageFailure(errMsg: string): StorageErrorCode {
  if (/entry size limit|exceed storage item max length|item max length/i.test(errMsg))
    return 'entry_too_large';
  if (/exceed storage max size|quota|storage.*(full|limit)|no space/i.test(errMsg)) return 'quota';
  return 'unknown';
}

/**
 * Read a key. Returns undefined when the key is absent. With `isValid`, a stored value that
 * does not pass throws StorageError('corrupt') rather than handing bad data to the caller.
 */
export function get<T>(key: string, isValid?: (v: unknown) => v is T): T | undefined {
  const w = api();
  let value: unknown;
  try {
    value = w.getStorageSync(key);
  } catch (e) {
    throw new StorageError('unknown', key, errMsgOf(e));
  }
  // WeChat returns '' for a missing key; tell that apart from a stored empty string.
  if (value === '' && !w.getStorageInfoSync().keys.includes(key)) return undefined;
  if (isValid && !isValid(value)) {
    throw new StorageError('corrupt', key, `stored value for "${key}" failed validation`);
  }
  return value as T;
}

/** Write a key; throws StorageError when WeChat refuses (the old value stays). */
export function set(key: string, value: unknown): void {
  try {
    api().setStorageSync(key, value);
  } catch (e) {
    if (e instanceof StorageError) throw e;
    const msg = errMsgOf(e);
    throw new StorageError(classifyStorageFailure(msg), key, msg);
  }
}

/** Like set, but returns a Result. */
export function trySet(key: string, value: unknown): Result<void> {
  try {
    set(key, value);
    return { ok: true, value: undefined };
  } catch (e) {
    if (e instanceof StorageError) return { ok: false, error: e };
    throw e;
  }
}

export function remove(key: string): void {
  try {
    api().removeStorageSync(key);
  } catch (e) {
    throw new StorageError('unknown', key, errMsgOf(e));
  }
}

export function keys(): string[] {
  return [...api().getStorageInfoSync().keys];
}

export function info(): StorageInfo {
  const i = api().getStorageInfoSync();
  return { keys: [...i.keys], currentSizeKB: i.currentSize, limitSizeKB: i.limitSize };
}
