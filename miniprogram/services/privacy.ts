// WeChat holds a privacy-protected call (clipboard, chat files, photos, camera) until the user
// answers the privacy guide, and asks through the ONE wx.onNeedPrivacyAuthorization listener.
// The question must appear on the page the user is looking at: a popup raised on a hidden
// page leaves the call waiting and the tap seems dead. So there is one listener for the whole
// app, and every page hosts a popup that registers itself while its page is in front.
import { currentWx, Wx } from './wx';

export type PrivacyAnswer = 'agree' | 'disagree';

/** A popup that can ask the user; `ask` shows it for the API named by `referrer`. */
export interface PrivacyHost {
  ask(referrer: string): void;
  /** The prompt it shows was answered elsewhere or abandoned: hide it. */
  dismiss(): void;
}

type Resolve = (o: WechatMiniprogram.NeedPrivacyAuthorizationResolveOption) => void;

/** Hosts of the pages that are showing, the page in front last. */
const hosts: PrivacyHost[] = [];
/** Calls waiting for an answer, with the host that is asking about them. */
const waiting: { resolve: Resolve; host: PrivacyHost | null }[] = [];
let installedOn: Wx | null = null;

/** What each protected API is used for here, in the words the popup shows. */
export const PRIVACY_USES: Record<string, string> = {
  getClipboardData: '读取剪贴板：粘贴你复制的消息来核验',
  setClipboardData: '写入剪贴板：复制号码、链接或报告文字',
  chooseMessageFile: '选择聊天里的文件：导入要核验的消息或证据',
  chooseMedia: '选择相册里的照片或视频，或用相机拍照：导入截图和证据',
  chooseImage: '选择相册里的照片：导入截图和证据',
  createVKSession: '识别图片里的文字：读出截图上的消息',
  saveImageToPhotosAlbum: '保存图片到相册',
};

/** Plain words for the popup: what this request is for, or every use when WeChat did not say. */
export function privacyUseOf(referrer: string): string {
  return PRIVACY_USES[referrer] || '';
}

function settle(entry: { resolve: Resolve }, answer: PrivacyAnswer): void {
  try {
    entry.resolve(
      answer === 'agree' ? { event: 'agree', buttonId: 'privacy-agree' } : { event: 'disagree' },
    );
  } catch (_e) {
    /* WeChat already dropped this request */
  }
}

function onNeed(resolve: Resolve, info?: { referrer?: string }): void {
  const host = hosts[hosts.length - 1] || null;
  if (!host) {
    // No page in front can ask: refuse at once rather than leave the call hanging; the caller
    // then shows its own "you did not agree" message.
    settle({ resolve }, 'disagree');
    return;
  }
  waiting.push({ resolve, host });
  try {
    resolve({ event: 'exposureAuthorization' });
  } catch (_e) {
    /* older clients do not take the exposure report */
  }
  host.ask((info && info.referrer) || '');
}

/**
 * Registers the app's single listener (once per wx; again only if the runtime's wx changed,
 * as it does between tests). Safe to call from App.onLaunch and from every popup.
 */
export function installPrivacyListener(getWx: () => Wx = currentWx): void {
  const w = getWx() as Wx & Partial<WechatMiniprogram.PrivacyWx>;
  if (!w || installedOn === w) return;
  // Base library 2.32.3+; older clients have no privacy prompt to answer.
  if (typeof w.onNeedPrivacyAuthorization !== 'function') return;
  installedOn = w;
  hosts.length = 0;
  waiting.length = 0;
  w.onNeedPrivacyAuthorization(onNeed);
}

/** The host's page came to the front (attached or shown). */
export function hostShown(host: PrivacyHost): void {
  const i = hosts.indexOf(host);
  if (i >= 0) hosts.splice(i, 1);
  hosts.push(host);
}

/**
 * The host's page went behind another or closed. A question it was asking can no longer be
 * seen, so it is answered "no" (the call fails with a clear message instead of hanging).
 */
export function hostHidden(host: PrivacyHost): void {
  const i = hosts.indexOf(host);
  if (i >= 0) hosts.splice(i, 1);
  for (let k = waiting.length - 1; k >= 0; k--) {
    if (waiting[k].host !== host) continue;
    settle(waiting[k], 'disagree');
    waiting.splice(k, 1);
  }
}

/** The user answered on `host`'s popup; every waiting call gets the same answer. */
export function answerPrivacy(answer: PrivacyAnswer): void {
  const all = waiting.splice(0);
  for (let i = 0; i < all.length; i++) {
    const w = all[i];
    settle(w, answer);
  }
  for (let i = 0; i < hosts.length; i++) {
    const h = hosts[i];
    h.dismiss();
  }
}

/** For tests and diagnostics: is any call waiting for the user? */
export function privacyPending(): number {
  return waiting.length;
}
