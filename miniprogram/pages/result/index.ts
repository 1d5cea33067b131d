// 核验结果: the verdict card, the original with the trigger words highlighted, each signal
// explained, every number and link in the message marked 官方/非官方/仿冒/未核实 (copy only:
// a number from the message is never dialled), official numbers of the institutions named
// (dialled only through services/phone), the next steps, and 保存为证据.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { copyText } from '../../services/clipboard';
import { navigateBack, navigateTo, SHARE, toast } from '../../services/nav';
import { dialOfficial } from '../../services/phone';
import { checkStore } from '../../stores/check';
import { settingsStore } from '../../stores/settings';

type Ev = { currentTarget?: { dataset?: Record<string, string> } };

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
        'segments',
        'textCut',
        'signalRows',
        'contacts',
        'officialCalls',
        'officialHints',
        'saveState',
        'saveError',
      ],
      actions: [],
    },
  ],
  methods: {
    async onCopy(e: Ev) {
      const text = e.currentTarget?.dataset?.text ?? '';
      if (!text) return;
      const r = await copyText(text);
      toast(r.ok ? '已复制' : r.message);
    },
    /** The directory's answer for a number or link found in the message (never dials it). */
    onLookup(e: Ev) {
      const url = e.currentTarget?.dataset?.url ?? '';
      if (url) navigateTo(url);
    },
    /** Only directory numbers reach here; dialOfficial refuses anything else anyway. */
    async onCall(e: Ev) {
      const number = e.currentTarget?.dataset?.number ?? '';
      const r = await dialOfficial(number);
      if (!r.ok && r.reason !== 'cancelled') toast(r.message);
    },
    onSave() {
      if (checkStore.saveState === 'saving') return;
      if (checkStore.saveAsEvidence()) toast('已保存到证据', true);
    },
    onOpenRecords() {
      navigateTo('/pages/records/index');
    },
    onBack() {
      navigateBack();
    },
    onShareAppMessage() {
      return SHARE;
    },
  },
});
