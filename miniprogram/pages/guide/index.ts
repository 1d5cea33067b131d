// 指南: what a collection notice means, what collectors may not do (each rule with its
// confidence), credit-record basics, and where to complain. Call buttons dial directory
// numbers only, through services/phone.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { settingsStore } from '../../stores/settings';
import { dialOfficial } from '../../services/phone';
import { GUIDE_FOOTNOTE, GUIDE_INTRO, GUIDE_TITLE, guideView } from './content';

/** Sections open when the page is first shown. */
const INITIALLY_OPEN = ['verify'];

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: {
    store: settingsStore,
    fields: ['rootClass', 'rootFontSize'],
    actions: [],
  },
  data: {
    title: GUIDE_TITLE,
    intro: GUIDE_INTRO,
    footnote: GUIDE_FOOTNOTE,
    sections: guideView(),
    active: INITIALLY_OPEN,
  },
  methods: {
    onLoad() {
      try {
        settingsStore.setTheme(wx.getAppBaseInfo().theme);
      } catch (_e) {
        // Older base libraries: keep the stored theme.
      }
    },
    onSectionsChange(e: WechatMiniprogram.CustomEvent<string[]>) {
      this.setData({ active: e.detail });
    },
    async onCall(e: WechatMiniprogram.TouchEvent<Record<string, never>, { number?: string }>) {
      const { dataset } = e.currentTarget;
      const number = String(dataset.number != null ? dataset.number : '');
      const result = await dialOfficial(number);
      if (!result.ok && result.reason !== 'cancelled') {
        wx.showToast({ title: result.message, icon: 'none', duration: 3000 });
      }
    },
    onShareAppMessage() {
      // Shares the app itself, never anything the user typed or saved.
      return { title: '催款核验：收到催款通知，先核实再处理', path: '/pages/check/index' };
    },
  },
});
