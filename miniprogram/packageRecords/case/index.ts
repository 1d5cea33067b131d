// One case: its timeline (paged, rendered in small grouped setData calls), adding evidence
// (photos, chat files, typed notes), the integrity badge, delete with undo, status, export,
// and deleting the whole case.
import { reaction } from 'mobx-miniprogram';
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import { BORROWED_LABELS, ItemDraft } from '../../core/evidence/index';
import { recordsStore } from '../../stores/records';
import { appearanceBinding } from '../../stores/settings';
import { ImportSource, mimeOf, pickMedia, pickMessageFiles } from '../../services/files';
import { alertOnce, back, chooseAction, confirm, navigate, toast } from '../../services/viewer';
import { switchTab } from '../../services/nav';
import { groupPatches, rowOf } from '../view';
import { anchorLine, sendAnchorFile, shareMessage } from '../anchor';

export const ADD_ACTIONS = ['拍照/截图', '聊天文件（合同、录音、图片）', '文字记录'];

export const NOTE_KINDS: {
  value: string;
  label: string;
  draft: Pick<ItemDraft, 'kind' | 'comm'>;
}[] = [
  { value: 'call', label: '电话内容', draft: { kind: 'communication', comm: 'call_recording' } },
  { value: 'sms', label: '短信', draft: { kind: 'communication', comm: 'sms' } },
  { value: 'visit', label: '上门', draft: { kind: 'communication', comm: 'visit_note' } },
  { value: 'payment', label: '还款', draft: { kind: 'payment' } },
  { value: 'other', label: '其他', draft: { kind: 'other' } },
];

/** What picked photos/files are evidence of (asked after picking, unless the type is clear). */
export const FILE_KINDS: { label: string; kind: ItemDraft['kind'] }[] = [
  { label: '合同', kind: 'contract' },
  { label: '沟通记录', kind: 'communication' },
  { label: '还款凭证', kind: 'payment' },
  { label: '其他', kind: 'other' },
];

const mimeOfSource = (s: ImportSource) => s.mime || mimeOf(s.name || s.tempPath);
const isAudio = (s: ImportSource) => mimeOfSource(s).startsWith('audio/');

/** The kind needs no question when every file says it: PDFs are contracts, audio is a call. */
export function defaultFileDraft(sources: ImportSource[]): Pick<ItemDraft, 'kind' | 'comm'> | null {
  if (!sources.length) return null;
  if (sources.every((s) => mimeOfSource(s) === 'application/pdf')) return { kind: 'contract' };
  if (sources.every(isAudio)) return { kind: 'communication', comm: 'call_recording' };
  return null;
}

/** The draft for a FILE_KINDS choice; a communication is a call if audio, else a chat/SMS shot. */
export function fileDraftFor(
  index: number,
  sources: ImportSource[],
): Pick<ItemDraft, 'kind' | 'comm'> | null {
  const k = FILE_KINDS[index];
  if (!k) return null;
  if (k.kind !== 'communication') return { kind: k.kind };
  return { kind: 'communication', comm: sources.some(isAudio) ? 'call_recording' : 'chat' };
}

interface PageState {
  caseId: string;
  keys: string[];
  dispose: (() => void) | null;
}
const states = new WeakMap<object, PageState>();

export interface Badge {
  state: string;
  text: string;
  detail: string;
}

export function badgeOf(): Badge {
  const i = recordsStore.integrity;
  if (i.state === 'checking') return { state: 'checking', text: '正在做防篡改检查…', detail: '' };
  if (i.state === 'ok' && i.result && i.result.ok)
    return {
      state: 'ok',
      text: '这些证据没有被改动过 ✓',
      detail: `共 ${i.result.records} 条，和保存时一模一样`,
    };
  if (i.state === 'bad' && i.result && !i.result.ok)
    return {
      state: 'bad',
      text:
        i.result.reason === 'case_changed'
          ? '案件信息被改动过'
          : `第 ${i.result.position} 条被改动过或不见了`,
      detail:
        i.result.message + (i.result.attachmentName ? `（附件：${i.result.attachmentName}）` : ''),
    };
  return {
    state: 'unknown',
    text: '还没做过检查',
    detail: '点“检查”，看这些证据和附件保存后有没有被改动过',
  };
}

Component({
  behaviors: [storeBindingsBehavior],
  data: {
    groups: [] as unknown[],
    showNote: false,
    noteText: '',
    noteKind: 'call',
    noteKinds: NOTE_KINDS.map(({ value, label }) => ({ value, label })),
    noteError: '',
    busy: false,
    /** After a save: offer to send the check code to the user's own chat. */
    offerAnchor: false,
  },
  storeBindings: [
    {
      store: recordsStore,
      fields: {
        info: () => {
          const c = recordsStore.current;
          const s = recordsStore.currentSummary;
          if (!c && !s) return null;
          // The case record's facts when it could be read, else its summary's.
          const title = c && c.title != null ? c.title : s && s.title != null ? s.title : '';
          const institution =
            c && c.institution.name != null
              ? c.institution.name
              : s && s.institutionName != null
                ? s.institutionName
                : '';
          const borrowed =
            BORROWED_LABELS[
              c && c.borrowed != null ? c.borrowed : s && s.borrowed != null ? s.borrowed : 'unsure'
            ];
          const amount = c && c.amount != null ? c.amount : s && s.amount != null ? s.amount : '';
          const status = c && c.status != null ? c.status : s ? s.status : undefined;
          return {
            facts: [institution !== title ? institution : '', borrowed, amount ? `¥${amount}` : '']
              .filter(Boolean)
              .join(' · '),
            title,
            notes: c && c.notes != null ? c.notes : '',
            resolved: status === 'resolved',
            editable: !!c,
          };
        },
        total: () => recordsStore.total,
        hasMore: () => recordsStore.hasMore,
        loading: () => recordsStore.loading,
        error: () => recordsStore.error,
        badge: badgeOf,
        progress: () => Math.round(recordsStore.progress * 100),
        anchorLine,
        undo: () => {
          const p = recordsStore.pendingDelete;
          const current = recordsStore.current;
          return !!p && !!current && p.caseId === current.id;
        },
      },
      actions: {},
    },
    appearanceBinding,
  ],
  lifetimes: {
    detached() {
      const st = states.get(this);
      if (st && st.dispose) st.dispose();
      states.delete(this);
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const caseId = decodeURIComponent(query.id || '');
      const st: PageState = { caseId, keys: [], dispose: null };
      states.set(this, st);
      if (!recordsStore.ready) recordsStore.init();
      const current = recordsStore.current;
      if (caseId && (!current || current.id !== caseId)) recordsStore.openCase(caseId);
      // The timeline is pushed by hand: only changed groups of 30 rows, in payloads < 48 KB.
      st.dispose = reaction(
        () => recordsStore.visibleItems,
        (items) => this.sync(items.map(rowOf)),
        { fireImmediately: true },
      );
      if (recordsStore.current && recordsStore.current.title && wx.setNavigationBarTitle)
        wx.setNavigationBarTitle({ title: recordsStore.current.title });
    },

    onUnload() {
      const st = states.get(this);
      if (st && st.dispose) st.dispose();
      if (st) st.dispose = null;
      // Leaving the case records a pending deletion for good.
      recordsStore.closeCase();
    },

    sync(rows: ReturnType<typeof rowOf>[]) {
      const st = states.get(this);
      if (!st) return;
      for (const patch of groupPatches(st.keys, rows)) this.setData(patch);
    },

    onReachBottom() {
      this.onLoadMore();
    },

    onLoadMore() {
      recordsStore.loadMore();
    },

    onOpenItem(e: WechatMiniprogram.TouchEvent) {
      const { dataset } = e.currentTarget;
      const id = String(dataset.id != null ? dataset.id : '');
      const c = recordsStore.current;
      if (id && c)
        navigate(
          `/packageRecords/item/index?case=${encodeURIComponent(c.id)}&id=${encodeURIComponent(id)}`,
        );
    },

    onDismissError() {
      recordsStore.clearError();
    },

    // ---------------------------------------------------------------- adding

    onAdd() {
      wx.showActionSheet({
        itemList: ADD_ACTIONS,
        success: (r) => {
          if (r.tapIndex === 0) void this.onAddMedia();
          else if (r.tapIndex === 1) void this.onAddChatFile();
          else if (r.tapIndex === 2) this.onAddNote();
        },
      });
    },

    onAddMedia(): Promise<boolean> {
      return this.importFrom(() => pickMedia(), {});
    },

    onAddChatFile(): Promise<boolean> {
      return this.importFrom(() => pickMessageFiles(), {});
    },

    async importFrom(
      pick: () => Promise<ImportSource[]>,
      draft: Partial<ItemDraft>,
    ): Promise<boolean> {
      let sources: ImportSource[];
      try {
        sources = await pick();
      } catch (e) {
        toast((e as Error).message || '没有选到文件，请再试一次。');
        return false;
      }
      if (!sources.length) return false;
      let kind: Pick<ItemDraft, 'kind' | 'comm'> | null = draft.kind
        ? { kind: draft.kind, comm: draft.comm }
        : defaultFileDraft(sources);
      if (!kind) {
        const i = await chooseAction(
          FILE_KINDS.map((k) => k.label),
          '这是哪种证据？',
        );
        // Cancelled: nothing has been copied yet, so nothing is left behind.
        kind = i === null ? null : fileDraftFor(i, sources);
        if (!kind) return false;
      }
      this.setData({ busy: true });
      const it = recordsStore.addFiles(sources, { ...draft, ...kind });
      this.setData({ busy: false });
      if (it) {
        toast('已保存', 'success');
        this.setData({ offerAnchor: true });
      }
      return !!it;
    },

    onAddNote() {
      this.setData({ showNote: true, noteError: '' });
    },

    onCloseNote() {
      this.setData({ showNote: false });
    },

    onNoteInput(e: WechatMiniprogram.CustomEvent) {
      this.setData({ noteText: String(e.detail != null ? e.detail : ''), noteError: '' });
    },

    onPickNoteKind(e: WechatMiniprogram.TouchEvent) {
      this.setData({ noteKind: String(e.currentTarget.dataset.value) });
    },

    onSaveNote(): boolean {
      const text = this.data.noteText.trim();
      if (!text) {
        this.setData({ noteError: '请先写下发生了什么，例如谁打来、说了什么。' });
        return false;
      }
      const kind = NOTE_KINDS.find((k) => k.value === this.data.noteKind) || NOTE_KINDS[0];
      const it = recordsStore.addNote(text, { ...kind.draft });
      if (!it) {
        // Keep what was typed: nothing is lost when storage is full.
        const why = recordsStore.error;
        this.setData({ noteError: why != null ? why : '没有保存成功，请再试一次。' });
        return false;
      }
      this.setData({ showNote: false, noteText: '', offerAnchor: true });
      toast('已保存', 'success');
      return true;
    },

    // ---------------------------------------------------------------- integrity, delete, status

    async onVerify() {
      await recordsStore.verify();
    },

    onCancelVerify() {
      recordsStore.cancelVerifying();
    },

    // ---------------------------------------------------------------- outside anchor

    /** The anchor button (open-type="share") and the menu's 转发 both land here. */
    onShareAppMessage(res?: { from?: string; target?: { id?: string } }) {
      const msg = shareMessage(res);
      if (res && res.from === 'button') this.setData({ offerAnchor: false });
      return msg;
    },

    async onAnchorFile(): Promise<boolean> {
      const problem = await sendAnchorFile();
      if (problem) toast(problem);
      else this.setData({ offerAnchor: false });
      return !problem;
    },

    async onDeleteItem(e: WechatMiniprogram.TouchEvent) {
      const { dataset } = e.currentTarget;
      const id = String(dataset.id != null ? dataset.id : '');
      if (!id) return false;
      const ok = await confirm({
        title: '删除这条证据？',
        content: '删除会作为一条记录写进证据链，5 秒内可以撤销。',
        confirmText: '删除',
        danger: true,
      });
      if (!ok) return false;
      return recordsStore.deleteItem(id);
    },

    onUndo() {
      recordsStore.undoDelete();
    },

    /** Delete the whole case (every item and attachment) after an explicit confirm. */
    async onDeleteCase(): Promise<boolean> {
      const st = states.get(this);
      const current = recordsStore.current;
      const caseId = (st && st.caseId) || (current ? current.id : undefined);
      if (!caseId) return false;
      const ok = await confirm({
        title: '删除整个案件？',
        content:
          '这个案件里的全部证据和附件都会从手机上删除，不能恢复。以后可能还要投诉或报警的话，建议先“导出证据报告”留一份。',
        confirmText: '删除',
        danger: true,
      });
      if (!ok) return false;
      if (!recordsStore.deleteCase(caseId)) {
        // The case stays; the store's sentence says why (also shown in the banner on top).
        const why = recordsStore.error;
        alertOnce('没有删除', why != null ? why : '没有删除成功，请稍后再试。');
        return false;
      }
      // Deleted; if part of the clean-up waits for the next start, say so.
      if (recordsStore.notice) alertOnce('已删除', recordsStore.notice);
      else toast('已删除', 'success');
      back();
      return true;
    },

    onToRecords() {
      switchTab('/pages/records/index');
    },

    onToggleStatus() {
      const c = recordsStore.current;
      if (!c) return;
      const next = c.status === 'resolved' ? 'open' : 'resolved';
      if (recordsStore.updateCase({ status: next }))
        toast(next === 'resolved' ? '已标记为已解决' : '已重新打开', 'success');
    },

    // ---------------------------------------------------------------- export

    onExport() {
      const c = recordsStore.current;
      if (c) navigate(`/packageRecords/export/index?id=${encodeURIComponent(c.id)}`);
    },

    onComplaint(e: WechatMiniprogram.TouchEvent) {
      const c = recordsStore.current;
      const { dataset } = e.currentTarget;
      const kind = String(dataset.kind != null ? dataset.kind : '12378');
      if (c)
        navigate(`/packageRecords/export/index?id=${encodeURIComponent(c.id)}&complaint=${kind}`);
    },
  },
});
