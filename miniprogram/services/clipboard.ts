// Clipboard in and out. Reading can be refused twice over: the user has not agreed to the
// privacy guide ("privacy permission is not authorized"), or the system paste prompt was
// declined ("auth deny"). Either way the user gets a plain reason and a way around it.
import { currentWx, errMsgOf, Wx } from './wx';

export type ClipboardRead =
  | { ok: true; text: string }
  | { ok: false; reason: 'denied' | 'empty' | 'failed'; message: string };

export const CLIPBOARD_MESSAGES = {
  denied: '没有读取剪贴板：你没有同意读取（隐私保护指引或粘贴提示）。可以长按输入框，选“粘贴”。',
  empty: '剪贴板里没有文字。请先在聊天里长按那条消息，选“复制”，再回来点“粘贴”。',
  failed: '读取剪贴板失败。可以长按输入框，选“粘贴”。',
  copyFailed: '复制失败，请长按文字手动复制。',
  copyDenied: '没有复制：你没有同意隐私保护指引，剪贴板没有改动。可以长按文字手动复制。',
} as const;

/** Both refusal wordings WeChat uses, across clients and base library versions. */
export function isPermissionRefusal(errMsg: string): boolean {
  return /privacy|auth deny|auth denied|permission|not authorized|scope/i.test(errMsg);
}

export function readClipboard(getWx: () => Wx = currentWx): Promise<ClipboardRead> {
  return new Promise((resolve) => {
    try {
      getWx().getClipboardData({
        success: (res) => {
          const text = typeof res.data === 'string' ? res.data : '';
          if (!text.trim())
            resolve({ ok: false, reason: 'empty', message: CLIPBOARD_MESSAGES.empty });
          else resolve({ ok: true, text });
        },
        fail: (e) => {
          const denied = isPermissionRefusal(errMsgOf(e));
          resolve({
            ok: false,
            reason: denied ? 'denied' : 'failed',
            message: denied ? CLIPBOARD_MESSAGES.denied : CLIPBOARD_MESSAGES.failed,
          });
        },
      });
    } catch (_e) {
      resolve({ ok: false, reason: 'failed', message: CLIPBOARD_MESSAGES.failed });
    }
  });
}

/** Copy text (a number or link from a message: copied, never dialled or opened). */
export function copyText(
  text: string,
  getWx: () => Wx = currentWx,
): Promise<{ ok: true } | { ok: false; message: string }> {
  return new Promise((resolve) => {
    try {
      getWx().setClipboardData({
        data: text,
        success: () => resolve({ ok: true }),
        fail: (e) =>
          resolve({
            ok: false,
            message: isPermissionRefusal(errMsgOf(e))
              ? CLIPBOARD_MESSAGES.copyDenied
              : CLIPBOARD_MESSAGES.copyFailed,
          }),
      });
    } catch (_e) {
      resolve({ ok: false, message: CLIPBOARD_MESSAGES.copyFailed });
    }
  });
}

/**
 * Has the user already agreed to the privacy guide? Reading the clipboard unasked is only
 * done then (otherwise WeChat would pop its consent prompt on a page the user just opened).
 * Old base libraries without getPrivacySetting: false, so nothing is read unasked.
 */
export function privacyAgreed(getWx: () => Wx = currentWx): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      const w = getWx() as unknown as {
        getPrivacySetting?: (o: {
          success: (r: { needAuthorization?: boolean }) => void;
          fail: () => void;
        }) => void;
      };
      if (typeof w.getPrivacySetting !== 'function') return resolve(false);
      w.getPrivacySetting({
        success: (r) => resolve(r.needAuthorization === false),
        fail: () => resolve(false),
      });
    } catch (_e) {
      resolve(false);
    }
  });
}
