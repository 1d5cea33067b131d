// 官方渠道: search the directory of official customer-service channels and call one of them.
// Only numbers from the directory are callable (services/phone refuses anything else); sources
// are shown and copyable, never opened (the app makes no network requests).
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { directoryStore } from '../../stores/directory';
import { appearanceBinding } from '../../stores/settings';
import { callOfficial, copyText, datasetOf, syncDisplaySettings } from './contact-actions';

Component({
  behaviors: [storeBindingsBehavior],
  storeBindings: [
    appearanceBinding,
    {
      store: directoryStore,
      fields: ['query', 'groups', 'resultCount', 'searchError', 'queryCheck', 'expandAll'],
      actions: { setQuery: 'setQuery', clearQuery: 'clearQuery' },
    },
  ],
  data: {
    lookupUrl: '/pages/lookup/index',
    /** Entries the user opened (details are folded in the full list). */
    open: {} as Record<string, boolean>,
    /** Entries whose 来源 fold the user opened. */
    sourcesOpen: {} as Record<string, boolean>,
  },
  methods: {
    onLoad() {
      syncDisplaySettings();
    },
    onSearch(e: { detail: unknown }) {
      const q = typeof e.detail === 'string' ? e.detail : '';
      directoryStore.setQuery(q);
      const t = q.trim();
      this.setData({
        lookupUrl: t ? `/pages/lookup/index?q=${encodeURIComponent(t)}` : '/pages/lookup/index',
      });
    },
    onClear() {
      directoryStore.clearQuery();
      this.setData({ lookupUrl: '/pages/lookup/index' });
    },
    onToggle(e: unknown) {
      const id = datasetOf(e).id;
      if (typeof id === 'string' && id) this.setData({ [`open.${id}`]: true });
    },
    onToggleSources(e: unknown) {
      const id = datasetOf(e).id;
      if (typeof id === 'string' && id) this.setData({ [`sourcesOpen.${id}`]: true });
    },
    onCall(e: unknown) {
      return callOfficial(datasetOf(e).number);
    },
    onCopy(e: unknown) {
      return copyText(datasetOf(e).text);
    },
  },
});
