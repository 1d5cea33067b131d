// 这个号码/链接是官方的吗？ Check a number or link against the directory. What the user typed
// or pasted is only shown and copyable, never dialled or opened; the call buttons dial the
// directory's own numbers for the institution, through services/phone.
// Opened from the directory tab, or from a check result as /pages/lookup/index?q=<encoded>
// (optionally &claimed=<institution the message named>).
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { readClipboard } from '../../services/clipboard';
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
    async onPaste() {
      const r = await readClipboard();
      if (r.ok) directoryStore.setContactQuery(r.text.trim());
      else
        wx.showToast({
          title: r.reason === 'empty' ? '剪贴板里没有文字' : r.message,
          icon: 'none',
          duration: 3000,
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
