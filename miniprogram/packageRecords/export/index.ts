// Export a case: report preview, copy as text, send as a file to a chat, masking of ID and bank
// card numbers (on by default), and complaint drafts for 12378 (collection) and 12363 (credit).
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import type { ComplaintKind, MaskOptions } from '../../core/evidence/index';
import { entryById } from '../../core/directory/index';
import { recordsStore } from '../../stores/records';
import { appearanceBinding } from '../../stores/settings';
import { dialOfficial } from '../../services/phone';
import { copyText, shareFile, toast, writeExportFile } from '../../services/viewer';
import { anchorLine, sendAnchorFile, shareMessage } from '../anchor';
import { buildComplaintDraft } from '../complaint';
import { buildReportHtml, buildReportText, reportFileName } from '../report';

/** The current case's complaint draft of `kind` (null, and the store's error set, on failure). */
function complaintDraft(kind: ComplaintKind, mask: MaskOptions | false) {
  return recordsStore.exportWith(
    (r) =>
      buildComplaintDraft(kind, { case: r.case, items: r.items, generatedAt: r.generatedAt, mask }),
    { mask },
  );
}

/** Longest preview sent to the view; the copy and the file always carry everything. */
export const PREVIEW_CHARS = 4000;

function cap(text: string): { text: string; cut: boolean } {
  return text.length > PREVIEW_CHARS
    ? { text: text.slice(0, PREVIEW_CHARS), cut: true }
    : { text, cut: false };
}

const AUTHORITIES: Record<ComplaintKind, { entryId: string; topic: string }> = {
  '12378': { entryId: 'nfra', topic: '暴力催收、骚扰、威胁、泄露借款信息' },
  '12363': { entryId: 'pboc', topic: '征信记录错误、被冒名借款' },
};

function officialOf(kind: ComplaintKind): { name: string; number: string } {
  const e = entryById(AUTHORITIES[kind].entryId);
  const h = e ? e.hotlines.find((x) => x.number === kind) || e.hotlines[0] : undefined;
  return { name: e ? e.name : '', number: h ? h.number : kind };
}

export const COMPLAINT_OPTIONS = (['12378', '12363'] as ComplaintKind[]).map((kind) => ({
  kind,
  topic: AUTHORITIES[kind].topic,
  ...officialOf(kind),
}));

function fileStamp(): string {
  const d = new Date();
  const p = (n: number) => (n < 10 ? '0' + n : String(n));
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

Component({
  behaviors: [storeBindingsBehavior],
  data: {
    masked: true,
    preview: '',
    previewCut: false,
    message: '',
    complaintKind: '' as '' | ComplaintKind,
    complaint: null as null | { title: string; body: string; cut: boolean; authority: string },
    options: COMPLAINT_OPTIONS,
    working: false,
    /** Opened for a complaint (from a result or a case): the draft comes first. */
    draftFirst: false,
  },
  storeBindings: [
    {
      store: recordsStore,
      fields: {
        title: () => (recordsStore.current && recordsStore.current.title) || '',
        verified: () => recordsStore.integrity.state,
        anchorLine,
      },
      actions: {},
    },
    appearanceBinding,
  ],
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const caseId = decodeURIComponent(query.id || '');
      if (!recordsStore.ready) recordsStore.init();
      const current = recordsStore.current;
      if (caseId && (!current || current.id !== caseId)) recordsStore.openCase(caseId);
      const kind =
        query.complaint === '12363' || query.complaint === '12378' ? query.complaint : '';
      this.setData({ complaintKind: kind, draftFirst: !!kind });
      this.refresh();
    },

    mask(): MaskOptions | false {
      return this.data.masked ? {} : false;
    },

    refresh() {
      const text = recordsStore.exportWith(buildReportText, { mask: this.mask() });
      if (text === null) {
        const why = recordsStore.error;
        this.setData({ preview: '', message: why != null ? why : '没能生成报告。' });
        return;
      }
      const p = cap(text);
      const kind = this.data.complaintKind;
      const draft = kind ? complaintDraft(kind, this.mask()) : null;
      const body = draft ? cap(draft.body) : null;
      this.setData({
        preview: p.text,
        previewCut: p.cut,
        message: '',
        complaint:
          draft && body
            ? { title: draft.title, body: body.text, cut: body.cut, authority: draft.authority }
            : null,
      });
    },

    onMaskChange(e: WechatMiniprogram.CustomEvent) {
      this.setData({ masked: !!e.detail });
      this.refresh();
    },

    async onVerify() {
      await recordsStore.verify();
      this.refresh();
    },

    async onCopy() {
      const text = recordsStore.exportWith(buildReportText, { mask: this.mask() });
      if (text === null) {
        const why = recordsStore.error;
        return this.fail(why != null ? why : '没能生成报告。');
      }
      const r = await copyText(text);
      if (r.ok) toast('已复制，可粘贴到聊天或备忘录');
      else if (!r.cancelled) this.fail(r.message);
      return r.ok;
    },

    /** Write the HTML report under USER_DATA_PATH and send it to a chat. */
    async onShare() {
      const html = recordsStore.exportWith(buildReportHtml, { mask: this.mask() });
      if (html === null) {
        const why = recordsStore.error;
        return this.fail(why != null ? why : '没能生成报告。');
      }
      const written = writeExportFile(`evidence-report-${fileStamp()}.html`, html);
      if (!written.ok) return this.fail(written.message);
      this.setData({ working: true });
      // The chat shows the file name to everyone in it: masked like the report.
      const c = recordsStore.current || { title: '', institution: { name: '' } };
      const r = await shareFile(written.path, reportFileName(c, this.mask()));
      this.setData({ working: false });
      if (r.ok) toast('已发送');
      else if (!r.cancelled) this.fail(r.message);
      return r.ok;
    },

    /** On export, offer to send the check code to the user's own chat too. */
    onShareAppMessage(res?: { from?: string; target?: { id?: string } }) {
      return shareMessage(res);
    },

    async onAnchorFile(): Promise<boolean> {
      const problem = await sendAnchorFile();
      if (problem) this.fail(problem);
      return !problem;
    },

    fail(message: string): false {
      this.setData({ message });
      return false;
    },

    onPickComplaint(e: WechatMiniprogram.TouchEvent) {
      const kind = String(e.currentTarget.dataset.kind) as ComplaintKind;
      this.setData({ complaintKind: kind });
      this.refresh();
    },

    async onCopyComplaint() {
      const kind = this.data.complaintKind;
      if (!kind) return false;
      const draft = complaintDraft(kind, this.mask());
      if (!draft) {
        const why = recordsStore.error;
        return this.fail(why != null ? why : '没能生成投诉稿。');
      }
      const r = await copyText(`${draft.title}\n\n${draft.body}`);
      if (r.ok) toast('投诉稿已复制');
      else if (!r.cancelled) this.fail(r.message);
      return r.ok;
    },

    /** Dial the regulator's hotline; only directory numbers can be dialled (services/phone). */
    async onCall(e: WechatMiniprogram.TouchEvent) {
      const { dataset } = e.currentTarget;
      const number = String(dataset.number != null ? dataset.number : '');
      const r = await dialOfficial(number);
      if (!r.ok && r.reason !== 'cancelled') this.fail(r.message);
      return r.ok;
    },
  },
});
