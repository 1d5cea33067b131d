// 设置和关于: large font, recent-check history (and clearing it), clear all data, what the
// app does with data (nothing leaves the phone), and how current the directory is.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { allEntries } from '../../core/directory/index';
import { copyText } from '../../services/clipboard';
import { errorLogText, readErrorLog } from '../../services/error-log';
import { confirm, SHARE, toast } from '../../services/nav';
import { checkStore } from '../../stores/check';
import { clearAllData } from '../../stores/reset';
import { settingsStore } from '../../stores/settings';

/** Keep in step with package.json "version". */
export const APP_VERSION = '0.1.0';

/** The newest "verified" date of the directory entries (ISO yyyy-mm-dd). */
export function directoryVerifiedDate(): string {
  let latest = '';
  for (let i = 0, list = allEntries(); i < list.length; i++) {
    const e = list[i];
    if (e.verified > latest) latest = e.verified;
  }
  return latest;
}

function appVersion(): string {
  try {
    const info = wx.getAccountInfoSync();
    return (info && info.miniProgram && info.miniProgram.version) || APP_VERSION;
  } catch (_e) {
    return APP_VERSION;
  }
}

type Ev = { detail?: unknown };

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: [
    {
      store: settingsStore,
      fields: ['rootFontSize', 'rootClass', 'largeFont', 'keepHistory', 'error'],
      actions: [],
    },
  ],
  data: {
    version: APP_VERSION,
    verified: '',
    entryCount: 0,
    message: '',
    errorCount: 0,
  },
  methods: {
    onLoad() {
      this.setData({
        version: appVersion(),
        verified: directoryVerifiedDate(),
        entryCount: allEntries().length,
      });
    },
    onShow() {
      this.setData({ errorCount: readErrorLog().length });
    },
    /** Copy the local error log for a report; nothing is sent anywhere. */
    async onCopyErrorLog() {
      const text = errorLogText(appVersion());
      if (!text) {
        toast('没有错误记录');
        return;
      }
      const r = await copyText(text);
      toast(r.ok ? '已复制错误记录' : r.message);
    },
    onLargeFont(e: Ev) {
      settingsStore.setLargeFont(!!e.detail);
    },
    onKeepHistory(e: Ev) {
      const on = !!e.detail;
      settingsStore.setKeepHistory(on);
      // Turning history off also forgets what was kept.
      if (!on) checkStore.clearHistory();
      else checkStore.loadHistory();
    },
    async onClearHistory() {
      const yes = await confirm('清空最近核验', '清空后，核验页上的最近记录会被删除。', '清空');
      if (!yes) return;
      checkStore.clearHistory();
      toast('已清空', true);
    },
    async onClearAll() {
      const yes = await confirm(
        '清除全部数据',
        '会删除本机上的全部证据、附件、最近核验和设置，删除后无法恢复。确定要清除吗？',
        '全部清除',
      );
      if (!yes) return;
      const r = clearAllData();
      this.setData({ message: r.message, errorCount: readErrorLog().length });
      toast(r.ok ? '已清除' : '部分未清除', r.ok);
    },
    onShareAppMessage() {
      return SHARE;
    },
  },
});
