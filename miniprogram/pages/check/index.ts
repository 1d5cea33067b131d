// 核验 tab: paste, type, import or forward a notice, add optional context, check it, and
// reopen recent checks. The result opens on pages/result. Forwarded files (scene 1173) are
// handed over by app.ts through globalData and checked as soon as this page shows.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import type { ForwardedMaterial } from '../../services/entry';
import { privacyAgreed } from '../../services/clipboard';
import { navigateTo, SHARE, toast } from '../../services/nav';
import { BORROWED, CHANNELS, checkStore } from '../../stores/check';
import { settingsStore } from '../../stores/settings';

interface AppData {
  globalData?: { forwarded?: ForwardedMaterial[] };
}

/** Take (and clear) files app.ts received from a chat. */
export function takePendingForward(): ForwardedMaterial[] {
  try {
    const app = getApp() as unknown as AppData;
    const list = (app.globalData && app.globalData.forwarded) || [];
    if (app.globalData) app.globalData.forwarded = [];
    return list;
  } catch (_e) {
    return [];
  }
}

type Ev = { detail?: { value?: unknown }; currentTarget?: { dataset?: Record<string, string> } };

/** An input event's value, as a string ('' when there is none). */
function inputValue(e: Ev): string {
  const v = e.detail ? e.detail.value : undefined;
  return String(v != null ? v : '');
}

/** A `data-*` value of the tapped element, or ''. */
function dataValue(e: Ev, key: string): string {
  const dataset = e.currentTarget ? e.currentTarget.dataset : undefined;
  const v = dataset ? dataset[key] : undefined;
  return v != null ? v : '';
}

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: [
    {
      store: settingsStore,
      fields: ['rootFontSize', 'rootClass', 'largeFont', 'keepHistory'],
      actions: [],
    },
    {
      store: checkStore,
      fields: [
        'draftPreview',
        'draftTooLong',
        'draftLength',
        'channel',
        'sender',
        'borrowed',
        'loading',
        'error',
        'notice',
        'offerPaste',
        'historyRows',
        'clipOffer',
      ],
      actions: [],
    },
  ],
  data: {
    title: '核验催款通知',
    channels: CHANNELS,
    borrowedOptions: BORROWED,
    /** Open sections of the "补充信息（可不填）" fold (closed: the start button stays close). */
    extra: [] as string[],
  },
  methods: {
    onLoad() {
      if (!checkStore.historyLoaded) checkStore.loadHistory();
    },
    async onShow() {
      const forwarded = takePendingForward();
      if (forwarded.length) return this.checkForwarded(forwarded);
      // Copied a message in WeChat and came back: offer it, but only once the user has
      // agreed to the privacy guide (never a consent prompt the user did not ask for).
      if (!checkStore.loading && (await privacyAgreed())) await checkStore.offerClipboard();
    },
    /** "检测到复制的内容，核验它？" → check it now (one tap to the verdict). */
    async onClipCheck() {
      if (checkStore.acceptClip() && (await checkStore.runCheck()))
        navigateTo('/pages/result/index');
    },
    onClipDismiss() {
      checkStore.dismissClip();
    },
    onLargeFont() {
      settingsStore.setLargeFont(!settingsStore.largeFont);
    },
    async checkForwarded(materials: ForwardedMaterial[]) {
      const ok = await checkStore.fromForward(materials);
      if (ok && (await checkStore.runCheck())) navigateTo('/pages/result/index');
    },
    onInput(e: Ev) {
      checkStore.setDraft(inputValue(e));
    },
    onClear() {
      checkStore.clearDraft();
    },
    async onPaste() {
      const ok = await checkStore.paste();
      if (!ok) toast('没能读取剪贴板');
    },
    async onImportFile() {
      await checkStore.fromFile();
    },
    async onScreenshot() {
      await checkStore.screenshot();
    },
    onExtra(e: { detail?: unknown }) {
      this.setData({ extra: Array.isArray(e.detail) ? (e.detail as string[]) : [] });
    },
    onChannel(e: Ev) {
      const v = dataValue(e, 'value');
      checkStore.setChannel(checkStore.channel === v ? '' : v);
    },
    onSender(e: Ev) {
      checkStore.setSender(inputValue(e));
    },
    onBorrowed(e: Ev) {
      const v = dataValue(e, 'value');
      checkStore.setBorrowed(checkStore.borrowed === v ? '' : v);
    },
    async onCheck() {
      if (checkStore.loading) return;
      if (await checkStore.runCheck()) navigateTo('/pages/result/index');
    },
    async onHistoryTap(e: Ev) {
      const id = dataValue(e, 'id');
      if (await checkStore.reopen(id)) navigateTo('/pages/result/index');
    },
    onSettings() {
      navigateTo('/pages/settings/index');
    },
    onShareAppMessage() {
      return SHARE;
    },
  },
});
