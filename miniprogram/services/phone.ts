// The one way the app dials: only numbers the directory confirms (C1/C2) can be called.
// Numbers found in a message are never dialled; pages can only copy them.
import { officialNumbers } from '../core/directory/index';

export type DialResult =
  { ok: true } | { ok: false; reason: 'not_official' | 'cancelled' | 'failed'; message: string };

/** Digits of every callable number, built once. */
let callable: Set<string> | null = null;
function callableNumbers(): Set<string> {
  if (!callable) callable = new Set(officialNumbers().map((n) => n.number));
  return callable;
}

export function isCallable(number: string): boolean {
  return callableNumbers().has(String(number).replace(/\D/g, ''));
}

/** Dial a directory number. Refuses anything else, so a page bug cannot dial a scammer. */
export function dialOfficial(number: string): Promise<DialResult> {
  const digits = String(number).replace(/\D/g, '');
  if (!callableNumbers().has(digits)) {
    return Promise.resolve({
      ok: false,
      reason: 'not_official',
      message: '这个号码不在官方渠道目录里，不能从这里拨打。',
    });
  }
  return new Promise((resolve) => {
    wx.makePhoneCall({
      phoneNumber: digits,
      success: () => resolve({ ok: true }),
      fail: (err: { errMsg?: string }) => {
        const cancelled = /cancel/i.test(err && err.errMsg ? err.errMsg : '');
        resolve({
          ok: false,
          reason: cancelled ? 'cancelled' : 'failed',
          message: cancelled ? '已取消拨号。' : '拨号失败，请手动拨打这个号码。',
        });
      },
    });
  });
}
