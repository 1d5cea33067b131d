// 核验结果. The first screen answers "what is this and what do I do now": the verdict card
// (risk in words), the one action that matters for that verdict (投诉 for abusive collection,
// "已经转账了？" for a scam), the official number of the institution named (dialled only
// through services/phone), 保存为证据 and 发给家人看看. The explanation follows: each reason
// with the clause it quotes, the original with the clauses highlighted, every number and link
// in the message marked and copy-only, and the full checklist.
// Opened from a shared card (?from=share&...) it shows that card from the query alone.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { copyText } from '../../services/clipboard';
import { navigateBack, navigateTo, SHARE, switchTab, toast } from '../../services/nav';
import { dialOfficial } from '../../services/phone';
import { checkStore, VERDICT_VIEW } from '../../stores/check';
import { displayNumber } from '../../stores/directory';
import { settingsStore } from '../../stores/settings';
import { SHARE_TITLES, sharedViewOf, sharePath } from '../../stores/share';
import { entryById } from '../../core/directory/index';

type Ev = { currentTarget?: { dataset?: Record<string, string> } };

/** A `data-*` value of the tapped element, or ''. */
function dataValue(e: Ev, key: string): string {
  const dataset = e.currentTarget ? e.currentTarget.dataset : undefined;
  const v = dataset ? dataset[key] : undefined;
  return v != null ? v : '';
}

/** A shared card's view data: verdict and the official number, all from the directory. */
function sharedData(query: Record<string, string | undefined>) {
  const v = sharedViewOf(query);
  if (!v) return null;
  const entry = v.institutionId ? entryById(v.institutionId) : null;
  const h = entry
    ? entry.hotlines.find((x) => x.confidence === 'C1' || x.confidence === 'C2')
    : undefined;
  return {
    ...v,
    view: VERDICT_VIEW[v.verdict],
    call: h
      ? {
          number: h.number,
          display: displayNumber(h.number),
          shortName: entry!.name.replace(/[（(][^）)]*[）)]\s*$/, ''),
        }
      : null,
  };
}

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: [
    {
      store: settingsStore,
      fields: ['rootFontSize', 'rootClass', 'largeFont'],
      actions: [],
    },
    {
      store: checkStore,
      fields: [
        'result',
        'verdictView',
        'riskLevel',
        'segments',
        'hasHits',
        'textCut',
        'signalRows',
        'contacts',
        'officialCalls',
        'officialHints',
        'primaryCall',
        'primaryHint',
        'complaintKind',
        'urgentSteps',
        'saveState',
        'saveError',
      ],
      actions: [],
    },
  ],
  data: {
    /** A result shared by someone else (from the page query), or null. */
    shared: null as ReturnType<typeof sharedData>,
    /** The shared card's own path, so passing it on shows the same card. */
    sharedPath: '',
    showUrgent: false,
    /** "连原消息一起发": off unless the user turns it on for this share. */
    shareRaw: false,
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const shared = sharedData(query || {});
      if (shared) {
        const q = query || {};
        const sharedPath =
          '/pages/result/index?' +
          Object.keys(q)
            .filter((k) => q[k] !== undefined)
            .map((k) => `${k}=${encodeURIComponent(decodeURIComponent(String(q[k])))}`)
            .join('&');
        this.setData({ shared, sharedPath });
      }
    },
    async onCopy(e: Ev) {
      const text = dataValue(e, 'text');
      if (!text) return;
      const r = await copyText(text);
      toast(r.ok ? '已复制' : r.message);
    },
    /** The directory's answer for a number or link found in the message (never dials it). */
    onLookup(e: Ev) {
      const url = dataValue(e, 'url');
      if (url) navigateTo(url);
    },
    /** Only directory numbers reach here; dialOfficial refuses anything else anyway. */
    async onCall(e: Ev) {
      const number = dataValue(e, 'number');
      const r = await dialOfficial(number);
      if (!r.ok && r.reason !== 'cancelled') toast(r.message);
    },
    onSave() {
      if (checkStore.saveState === 'saving') return;
      if (checkStore.saveAsEvidence()) toast('已保存到证据', true);
    },
    /** 投诉: save the notice into its case (the draft is built from it), open the draft. */
    onComplain() {
      const kind = checkStore.complaintKind;
      if (!kind) return;
      if (checkStore.saveState !== 'saved' && !checkStore.saveAsEvidence()) return;
      const id = checkStore.savedCaseId;
      if (id)
        navigateTo(`/packageRecords/export/index?id=${encodeURIComponent(id)}&complaint=${kind}`);
    },
    onToggleShareRaw() {
      this.setData({ shareRaw: !this.data.shareRaw });
    },
    onToggleUrgent() {
      this.setData({ showUrgent: !this.data.showUrgent });
    },
    onOpenRecords() {
      navigateTo('/pages/records/index');
    },
    onBack() {
      navigateBack();
    },
    onCheckOwn() {
      switchTab('/pages/check/index');
    },
    /** The card carries the verdict and masked facts only, never the message. */
    onShareAppMessage() {
      const r = checkStore.result;
      const shared = this.data.shared;
      if (shared) return { title: SHARE_TITLES[shared.verdict], path: this.data.sharedPath };
      if (!r) return SHARE;
      const text = this.data.shareRaw ? checkStore.checkedText : undefined;
      return { title: SHARE_TITLES[r.verdict], path: sharePath(r, text) };
    },
  },
});
