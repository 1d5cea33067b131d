// 证据 tab: the user's cases (one per dispute) with item counts and last activity, a form to
// start a new case, and an empty state that says why keeping evidence matters.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { BORROWED_LABELS, CaseSummary, formatDateTime } from '../../core/evidence/index';
import { allEntries, entryByName } from '../../core/directory/index';
import type { Borrowed } from '../../core/types';
import { recordsStore } from '../../stores/records';
import { appearanceBinding } from '../../stores/settings';
import { alertOnce, navigate, toast } from '../../services/viewer';

export interface CaseRow {
  id: string;
  title: string;
  institution: string;
  count: string;
  last: string;
  resolved: boolean;
  problem: string;
  aria: string;
}

export function caseRowOf(c: CaseSummary): CaseRow {
  const count = `${c.liveCount} 条证据`;
  const last = c.updatedAt ? `最近更新 ${formatDateTime(c.updatedAt)}` : '';
  const resolved = c.status === 'resolved';
  return {
    id: c.id,
    title: c.title,
    institution: c.institutionName && c.institutionName !== c.title ? c.institutionName : '',
    count,
    last,
    resolved,
    problem: c.problem || '',
    aria: `${c.title}，${count}，${resolved ? '已解决' : '处理中'}${last ? '，' + last : ''}`,
  };
}

/** Institutions offered in the form: lenders, banks and payment platforms from the directory. */
function suggestions(): { id: string; name: string }[] {
  return allEntries()
    .filter((e) => e.kind === 'lender' || e.kind === 'bank' || e.kind === 'payment')
    .map((e) => ({ id: e.id, name: e.name }));
}

const EMPTY_FORM = {
  institution: '',
  entryId: '',
  borrowed: 'unsure' as Borrowed,
  amount: '',
  notes: '',
  formError: '',
};

const globalFlags = (): { recordsWarningsShown?: boolean } => {
  try {
    const app = getApp<{ globalData?: Record<string, unknown> }>() as {
      globalData?: Record<string, unknown>;
    };
    if (!app.globalData) app.globalData = {};
    return app.globalData as { recordsWarningsShown?: boolean };
  } catch (_e) {
    return {};
  }
};

Component({
  behaviors: [storeBindingsBehavior],
  data: {
    showForm: false,
    ...EMPTY_FORM,
    borrowedOptions: (['yes', 'no', 'unsure'] as Borrowed[]).map((v) => ({
      value: v,
      label: BORROWED_LABELS[v],
    })),
    suggestions: [] as { id: string; name: string }[],
  },
  storeBindings: [
    {
      store: recordsStore,
      fields: {
        ready: () => recordsStore.ready,
        error: () => recordsStore.error,
        rows: () => recordsStore.cases.map(caseRowOf),
      },
      actions: {},
    },
    appearanceBinding,
  ],
  methods: {
    onShow() {
      if (!recordsStore.ready) recordsStore.init();
      else recordsStore.refreshCases();
      const flags = globalFlags();
      if (recordsStore.warnings.length && !flags.recordsWarningsShown) {
        flags.recordsWarningsShown = true;
        alertOnce('部分记录需要注意', recordsStore.warnings.join('\n'));
      }
    },

    onRetry() {
      recordsStore.init();
    },

    onOpenCase(e: WechatMiniprogram.TouchEvent) {
      const { dataset } = e.currentTarget;
      const id = String(dataset.id != null ? dataset.id : '');
      if (id) navigate(`/packageRecords/case/index?id=${encodeURIComponent(id)}`);
    },

    onNewCase() {
      this.setData({ showForm: true, ...EMPTY_FORM, suggestions: suggestions() });
    },

    onCloseForm() {
      this.setData({ showForm: false });
    },

    onInstitutionInput(e: WechatMiniprogram.CustomEvent) {
      const name = String(e.detail != null ? e.detail : '');
      this.setData({ institution: name, entryId: '', formError: '' });
    },

    onPickInstitution(e: WechatMiniprogram.TouchEvent) {
      const { id, name } = e.currentTarget.dataset as { id: string; name: string };
      this.setData({ institution: name, entryId: id, formError: '' });
    },

    onBorrowed(e: WechatMiniprogram.CustomEvent) {
      this.setData({ borrowed: String(e.detail) as Borrowed });
    },

    onPickBorrowed(e: WechatMiniprogram.TouchEvent) {
      this.setData({ borrowed: String(e.currentTarget.dataset.value) as Borrowed });
    },

    onAmountInput(e: WechatMiniprogram.CustomEvent) {
      this.setData({ amount: String(e.detail != null ? e.detail : '') });
    },

    onNotesInput(e: WechatMiniprogram.CustomEvent) {
      this.setData({ notes: String(e.detail != null ? e.detail : '') });
    },

    /** Save the form; returns the new case id (tests) or '' when nothing was saved. */
    onSaveCase(): string {
      const name = this.data.institution.trim();
      if (!name) {
        this.setData({ formError: '请填写或选择机构名称，例如“微粒贷”。' });
        return '';
      }
      const amount = this.data.amount.trim();
      if (amount && !/^\d+(\.\d{1,2})?$/.test(amount)) {
        this.setData({ formError: '金额请只填数字，例如 3200 或 3200.50。' });
        return '';
      }
      let entryId = this.data.entryId || undefined;
      if (!entryId) {
        const named = entryByName(name);
        entryId = (named && named.id) || undefined;
      }
      const created = recordsStore.createCase({
        institution: entryId ? { entryId, name } : { name },
        borrowed: this.data.borrowed,
        amount: amount || undefined,
        notes: this.data.notes.trim(),
      });
      if (!created) {
        const why = recordsStore.error;
        this.setData({ formError: why != null ? why : '没有保存成功，请再试一次。' });
        return '';
      }
      this.setData({ showForm: false, ...EMPTY_FORM });
      toast('已新建案件', 'success');
      navigate(`/packageRecords/case/index?id=${encodeURIComponent(created.id)}`);
      return created.id;
    },
  },
});
