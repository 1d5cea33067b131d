// Page navigation and short feedback, tolerant of a wx without them (tests, old clients).
import { currentWx } from './wx';

type Loose = Record<string, unknown>;

function call(name: string, arg: Loose): boolean {
  const w = currentWx() as unknown as Loose;
  const fn = w && w[name];
  if (typeof fn !== 'function') return false;
  try {
    (fn as (o: Loose) => void).call(w, arg);
    return true;
  } catch {
    return false;
  }
}

export function navigateTo(url: string): boolean {
  return call('navigateTo', { url, fail: () => undefined });
}

export function switchTab(url: string): boolean {
  return call('switchTab', { url, fail: () => undefined });
}

export function navigateBack(): boolean {
  return call('navigateBack', { delta: 1, fail: () => undefined });
}

/** A short toast; `success` shows the tick (titles up to 7 characters). */
export function toast(title: string, success = false): void {
  call('showToast', { title, icon: success ? 'success' : 'none', duration: 2000 });
}

/** A confirmation dialog; resolves true when the user confirms. */
export function confirm(title: string, content: string, confirmText = '确定'): Promise<boolean> {
  return new Promise((resolve) => {
    const ok = call('showModal', {
      title,
      content,
      confirmText,
      cancelText: '取消',
      success: (r: { confirm?: boolean }) => resolve(!!r.confirm),
      fail: () => resolve(false),
    });
    if (!ok) resolve(false);
  });
}

/** What every page shares: the app, never the user's message. */
export const SHARE = { title: '催款核验，先核验再回电', path: '/pages/check/index' };
