// 这个号码/链接是官方的吗？ Check a number or link against the directory. What the user typed
// or pasted is only shown and copyable, never dialled or opened; the call buttons dial the
// directory's own numbers for the institution, through services/phone.
// Opened from the directory tab, or from a check result as /pages/lookup/index?q=<encoded>
// (optionally &claimed=<institution the message named>).
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { directoryStore } from '../../stores/directory';
import { appearanceBinding } from '../../stores/settings';
import {
  callOfficial,
  copyText,
  datasetOf,
  syncDisplaySettings,
} from '../directory/contact-actions';

function decodeParam(v: unknown): string {
  if (typeof v !== 'string') return '';
  try {
    return decodeURIComponent(v);
  } catch (_e) {
    return v;
  }
}

const PASTE_FAILED = '没能读取剪贴板。可以长按输入框，选“粘贴”。';

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: [
    appearanceBinding,
    {
      store: directoryStore,
      fields: ['contactQuery', 'contactAnswer', 'contactError', 'claimed', 'claimedMissing'],
      actions: [],
    },
  ],
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      syncDisplaySettings();
      directoryStore.clearContact();
      const q = decodeParam(query && query.q).trim();
      if (q) directoryStore.setContactQuery(q);
      const claimed = decodeParam(query && query.claimed).trim();
      if (claimed) directoryStore.setClaimed(claimed);
    },
    onInput(e: { detail: unknown }) {
      directoryStore.setContactQuery(typeof e.detail === 'string' ? e.detail : '');
    },
    onClaimed(e: { detail: unknown }) {
      directoryStore.setClaimed(typeof e.detail === 'string' ? e.detail : '');
    },
    onPaste() {
      return new Promise<void>((resolve) => {
        wx.getClipboardData({
          success: (res) => {
            const text = typeof res.data === 'string' ? res.data.trim() : '';
            if (text) directoryStore.setContactQuery(text);
            else wx.showToast({ title: '剪贴板里没有文字', icon: 'none' });
            resolve();
          },
          fail: () => {
            wx.showToast({ title: PASTE_FAILED, icon: 'none', duration: 3000 });
            resolve();
          },
        });
      });
    },
    onClear() {
      directoryStore.clearContact();
    },
    onCall(e: unknown) {
      return callOfficial(datasetOf(e).number);
    },
    onCopy(e: unknown) {
      return copyText(datasetOf(e).text);
    },
  },
});
