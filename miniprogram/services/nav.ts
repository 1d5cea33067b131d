// Page navigation and short feedback, tolerant of a wx without them (tests, old clients).
// Navigation goes the way the client accepts it (switchTab for a tab page, navigateTo for the
// others) and a refusal is told to the user: a tap that silently does nothing reads as broken.
import { currentWx } from './wx';

type Loose = Record<string, unknown>;

/** app.json's tabBar.list (test/unit/nav.test.ts keeps the two in step). */
export const TAB_PAGES: readonly string[] = [
  'pages/check/index',
  'pages/records/index',
  'pages/directory/index',
  'pages/guide/index',
];

const routeOf = (url: string) => url.replace(/^\/+/, '').split('?')[0];
export const isTabPage = (url: string): boolean => TAB_PAGES.includes(routeOf(url));

function call(name: string, arg: Loose): boolean {
  const w = currentWx() as unknown as Loose;
  const fn = w && w[name];
  if (typeof fn !== 'function') return false;
  try {
    (fn as (o: Loose) => void).call(w, arg);
    return true;
  } catch (_e) {
    return false;
  }
}

/** What the user reads when a page does not open (WeChat's errMsg → plain Chinese). */
export function navigationFailureText(errMsg: string): string {
  if (/webview count limit/i.test(errMsg)) return '打开的页面太多了，请先返回几页再试';
  return '页面没有打开，请返回后再试一次';
}

/** Run one wx navigation API; resolves true when the page opened, else tells the user. */
function go(name: string, arg: Loose, quiet = false): Promise<boolean> {
  return new Promise((resolve) => {
    const fail = (e?: { errMsg?: string }) => {
      if (!quiet) toast(navigationFailureText(String(e && e.errMsg != null ? e.errMsg : '')));
      resolve(false);
    };
    const started = call(name, { ...arg, success: () => resolve(true), fail });
    if (!started) fail();
  });
}

/** Open a page: a tab page is switched to, any other page is pushed on the stack. */
export function open(url: string): Promise<boolean> {
  if (isTabPage(url)) return go('switchTab', { url: `/${routeOf(url)}` });
  return go('navigateTo', { url });
}

/** Same as open(): kept for the pages that name it so. */
export const navigateTo = open;

export function switchTab(url: string): Promise<boolean> {
  return go('switchTab', { url });
}

/**
 * Back one page; when there is none (the page was opened from a share or a chat file), the
 * given tab instead, so the button never does nothing.
 */
export async function navigateBack(fallbackTab = '/pages/check/index'): Promise<boolean> {
  if (await go('navigateBack', { delta: 1 }, true)) return true;
  return switchTab(fallbackTab);
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
