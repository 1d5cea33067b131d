// A small error log kept on the phone, for the user to include in a report if they want to
// (settings → 错误记录 copies it). Nothing is ever sent. It holds the last MAX_ENTRIES errors,
// each cut to MAX_MESSAGE characters, so it can neither grow without bound nor carry a whole
// pasted message; writing it never throws (a full phone must not turn one error into two).
import { get, trySet } from './storage';

export const ERROR_LOG_KEY = 'errorLog.v1';
export const MAX_ENTRIES = 20;
export const MAX_MESSAGE = 500;
/** Shown when something fails unexpectedly: calm, and where to find the details. */
export const ERROR_NOTICE = '出了点小问题，已记在“设置”的错误记录里';

export type ErrorKind = 'error' | 'rejection';

export interface ErrorEntry {
  /** ISO time of the first occurrence. */
  at: string;
  kind: ErrorKind;
  message: string;
  /** How many times in a row the same error came. */
  count: number;
}

const isEntry = (e: unknown): e is ErrorEntry => {
  const o = e as ErrorEntry | null;
  return (
    !!o &&
    typeof o.at === 'string' &&
    (o.kind === 'error' || o.kind === 'rejection') &&
    typeof o.message === 'string' &&
    typeof o.count === 'number'
  );
};
const isLog = (v: unknown): v is ErrorEntry[] => Array.isArray(v) && v.every(isEntry);

/** What an onError/onUnhandledRejection value says, as one bounded string. */
export function describe(reason: unknown): string {
  let text: string;
  if (reason instanceof Error) text = `${reason.name}: ${reason.message}\n${reason.stack || ''}`;
  else if (reason && typeof reason === 'object') {
    const o = reason as { errMsg?: unknown; message?: unknown };
    let said = o.errMsg != null ? o.errMsg : o.message;
    if (said == null) said = Object.prototype.toString.call(reason);
    text = String(said);
  } else text = String(reason);
  text = text.trim() || '(没有说明)';
  return text.length > MAX_MESSAGE ? `${text.slice(0, MAX_MESSAGE)}…` : text;
}

export function readErrorLog(): ErrorEntry[] {
  try {
    return get(ERROR_LOG_KEY, isLog) || [];
  } catch (_e) {
    return []; // unreadable or damaged: start again rather than fail
  }
}

/** Keep one error. Returns false when it could not be written (the app carries on). */
export function recordError(kind: ErrorKind, reason: unknown, now = new Date()): boolean {
  try {
    const message = describe(reason);
    const log = readErrorLog();
    const last = log[log.length - 1];
    if (last && last.kind === kind && last.message === message) last.count += 1;
    else log.push({ at: now.toISOString(), kind, message, count: 1 });
    return trySet(ERROR_LOG_KEY, log.slice(-MAX_ENTRIES)).ok;
  } catch (_e) {
    return false;
  }
}

/** The log as plain text to paste into a report. */
export function errorLogText(version: string): string {
  const log = readErrorLog();
  if (!log.length) return '';
  const lines = log.map((e) => {
    const times = e.count > 1 ? `（连续 ${e.count} 次）` : '';
    return `${e.at} ${e.kind === 'error' ? '错误' : '未处理的异步错误'}${times}\n${e.message}`;
  });
  return [`催款核验 错误记录（版本 ${version}，共 ${log.length} 条）`, ...lines].join('\n\n');
}
