// The app shell: settings and theme, the evidence store, and files forwarded from a chat
// (scene 1173, "用小程序打开"), which go to the check page and are checked there.
// No network, no permission prompts at launch (privacy is asked when a protected API is used).
import { takeForwardedMaterials, ForwardedMaterial } from './services/entry';
import { ERROR_NOTICE, recordError, ErrorKind } from './services/error-log';
import { switchTab, toast } from './services/nav';
import { installPrivacyListener } from './services/privacy';
import { watchForUpdates } from './services/update';
import { recordsStore } from './stores/records';
import { settingsStore } from './stores/settings';

interface GlobalData {
  /** Forwarded files waiting for the check page (it takes and clears them on show). */
  forwarded: ForwardedMaterial[];
}

type LaunchOptions = WechatMiniprogram.App.LaunchShowOption;

const NOTICE_GAP_MS = 10000;
let lastNotice = -Infinity;

/** Keep the error on the phone and tell the user once (not once per repeat). */
function onUnexpected(kind: ErrorKind, reason: unknown): void {
  recordError(kind, reason);
  const now = Date.now();
  if (now - lastNotice < NOTICE_GAP_MS) return;
  lastNotice = now;
  toast(ERROR_NOTICE);
}

function systemTheme(): string | undefined {
  try {
    const w = wx as unknown as { getAppBaseInfo?: () => { theme?: string } };
    if (typeof w.getAppBaseInfo === 'function') return w.getAppBaseInfo().theme;
    return wx.getSystemInfoSync().theme;
  } catch (_e) {
    return undefined;
  }
}

App<{ globalData: GlobalData; takeForwarded(o?: LaunchOptions): void }>({
  globalData: { forwarded: [] },

  onLaunch(options) {
    // One privacy listener for the app; each page's popup asks when its page is in front.
    installPrivacyListener();
    try {
      settingsStore.load();
    } catch (_e) {
      /* unreadable settings: the defaults stay */
    }
    settingsStore.setTheme(systemTheme());
    if (typeof wx.onThemeChange === 'function')
      wx.onThemeChange((r) => settingsStore.setTheme(r.theme));
    recordsStore.init();
    // A pending undo-able delete is committed before an update restarts the app.
    watchForUpdates(() => recordsStore.commitPendingDelete());
    this.takeForwarded(options);
  },

  onError(message) {
    onUnexpected('error', message);
  },

  onUnhandledRejection(res) {
    onUnexpected('rejection', res && res.reason);
  },

  onShow(options) {
    this.takeForwarded(options);
  },

  onHide() {
    recordsStore.commitPendingDelete();
  },

  /** New forwarded files go to the check page; the same files are never checked twice. */
  takeForwarded(options) {
    const fresh = takeForwardedMaterials(
      options as unknown as Parameters<typeof takeForwardedMaterials>[0],
    );
    if (!fresh.length) return;
    this.globalData.forwarded = fresh;
    // On a cold start WeChat opens the check page itself (supportedMaterials path); when the
    // app was already running, bring the check tab forward. Its onShow takes the files.
    const pages = typeof getCurrentPages === 'function' ? getCurrentPages() : [];
    const top = pages[pages.length - 1];
    if (pages.length && (!top || top.route !== 'pages/check/index'))
      switchTab('/pages/check/index');
  },
});
