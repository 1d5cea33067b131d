// 核验 tab: paste, type, import or forward a notice, add optional context, check it, and
// reopen recent checks. The result opens on pages/result. Forwarded files (scene 1173) are
// handed over by app.ts through globalData and checked as soon as this page shows.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import type { ForwardedMaterial } from '../../services/entry';
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
    const list = app.globalData?.forwarded ?? [];
    if (app.globalData) app.globalData.forwarded = [];
    return list;
  } catch {
    return [];
  }
}

type Ev = { detail?: { value?: unknown }; currentTarget?: { dataset?: Record<string, string> } };

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
      ],
      actions: [],
    },
  ],
  data: {
    title: '核验催款通知',
    channels: CHANNELS,
    borrowedOptions: BORROWED,
  },
  methods: {
    onLoad() {
      if (!checkStore.historyLoaded) checkStore.loadHistory();
    },
    async onShow() {
      const forwarded = takePendingForward();
      if (forwarded.length) await this.checkForwarded(forwarded);
    },
    async checkForwarded(materials: ForwardedMaterial[]) {
      const ok = await checkStore.fromForward(materials);
      if (ok && (await checkStore.runCheck())) navigateTo('/pages/result/index');
    },
    onInput(e: Ev) {
      checkStore.setDraft(String(e.detail?.value ?? ''));
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
    onChannel(e: Ev) {
      const v = e.currentTarget?.dataset?.value ?? '';
      checkStore.setChannel(checkStore.channel === v ? '' : v);
    },
    onSender(e: Ev) {
      checkStore.setSender(String(e.detail?.value ?? ''));
    },
    onBorrowed(e: Ev) {
      const v = e.currentTarget?.dataset?.value ?? '';
      checkStore.setBorrowed(checkStore.borrowed === v ? '' : v);
    },
    async onCheck() {
      if (checkStore.loading) return;
      if (await checkStore.runCheck()) navigateTo('/pages/result/index');
    },
    async onHistoryTap(e: Ev) {
      const id = e.currentTarget?.dataset?.id ?? '';
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
