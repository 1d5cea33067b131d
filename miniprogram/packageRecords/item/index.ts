// One evidence item: its text, attachments (image preview, documents, audio), digests, the
// engine's verdict for a checked notice, editing (a new version) and the version history.
import { storeBindingsBehavior } from 'mobx-miniprogram-bindings';
import {
  formatDateTime,
  formatSize,
  Item,
  kindLabel,
  firstLine,
  MSG,
  VERDICT_LABELS,
} from '../../core/evidence/index';
import { recordsStore } from '../../stores/records';
import { appearanceBinding } from '../../stores/settings';
import {
  back,
  fileExists,
  openDocument,
  previewImages,
  readTextStart,
  toast,
} from '../../services/viewer';
import { shortHash } from '../view';

export type FileKind = 'image' | 'audio' | 'video' | 'doc' | 'text' | 'other';

export function fileKindOf(mime: string, name: string): FileKind {
  if (mime.startsWith('image/')) return 'image';
  if (mime.startsWith('audio/')) return 'audio';
  if (mime.startsWith('video/')) return 'video';
  if (mime === 'text/plain' || /\.txt$/i.test(name)) return 'text';
  if (/\.(pdf|docx?|xlsx?|pptx?)$/i.test(name)) return 'doc';
  return 'other';
}

const ACTIONS: Record<FileKind, string> = {
  image: '查看图片',
  audio: '播放',
  video: '打开',
  doc: '打开',
  text: '查看文字',
  other: '打开',
};

interface AttachmentView {
  index: number;
  name: string;
  size: string;
  kind: FileKind;
  /** Button label: 播放 / 查看图片 / 查看文字 / 打开. */
  action: string;
  path: string;
  sha: string;
  shaShort: string;
  missing: boolean;
}

interface VersionView {
  id: string;
  n: number;
  time: string;
  line: string;
  digest: string;
  current: boolean;
}

type Audio = WechatMiniprogram.InnerAudioContext;
const audios = new WeakMap<object, Audio>();

function viewOf(it: Item) {
  const attachments: AttachmentView[] = it.attachments.map((a, index) => ({
    index,
    name: a.name,
    size: formatSize(a.size),
    kind: fileKindOf(a.mime, a.name),
    action: ACTIONS[fileKindOf(a.mime, a.name)],
    path: a.path,
    sha: a.sha256 || '',
    shaShort: shortHash(a.sha256),
    missing: !fileExists(a.path),
  }));
  return {
    id: it.id,
    rootId: it.rootId,
    kindLabel: kindLabel(it),
    happened: it.happenedAt !== undefined ? formatDateTime(it.happenedAt) : '',
    captured: formatDateTime(it.capturedAt),
    text: it.text,
    tags: it.tags.join('、'),
    check: it.check
      ? {
          verdict: VERDICT_LABELS[it.check.verdict],
          risk: it.check.risk,
          summary: it.check.summary,
          signals: it.check.signals.map((s) => s.title).join('、'),
        }
      : null,
    attachments,
    digest: it.digest,
    digestShort: shortHash(it.digest),
    revised: !!it.revises,
  };
}

Component({
  behaviors: [storeBindingsBehavior],
  data: {
    caseId: '',
    item: null as ReturnType<typeof viewOf> | null,
    problem: '',
    versions: [] as VersionView[],
    isLatest: true,
    editing: false,
    editText: '',
    editError: '',
    playing: -1,
    audioError: '',
    notice: '',
    /** Text of an opened .txt attachment, shown under it. */
    textIndex: -1,
    textBody: '',
  },
  storeBindings: [
    appearanceBinding,
    {
      store: recordsStore,
      fields: {
        /** The last 防篡改检查 of this case passed (it covers every item in it). */
        sealed: () =>
          recordsStore.integrity.state === 'ok' &&
          !!(recordsStore.integrity.result && recordsStore.integrity.result.ok),
      },
      actions: {},
    },
  ],
  lifetimes: {
    detached() {
      this.stopAudio(true);
    },
  },
  methods: {
    onLoad(query: Record<string, string | undefined>) {
      const caseId = decodeURIComponent(query.case || '');
      const id = decodeURIComponent(query.id || '');
      this.setData({ caseId });
      if (!recordsStore.ready) recordsStore.init();
      const current = recordsStore.current;
      if (caseId && (!current || current.id !== caseId)) recordsStore.openCase(caseId);
      this.show(id);
    },

    onUnload() {
      this.stopAudio(true);
    },

    /** Load and show one entry (the latest version or an older one from the history). */
    show(id: string): boolean {
      const it = id ? recordsStore.loadItem(id) : null;
      if (!it) {
        const why = recordsStore.error;
        this.setData({ item: null, problem: why != null ? why : MSG.notFound, versions: [] });
        return false;
      }
      const all = recordsStore.loadVersions(it.rootId);
      const latest = all.length ? all[all.length - 1].id : it.id;
      const versions: VersionView[] = all
        .map((v, i) => ({
          id: v.id,
          n: i + 1,
          time: formatDateTime(v.capturedAt),
          line: firstLine(v.text, 30) || '（无文字）',
          digest: shortHash(v.digest),
          current: v.id === it.id,
        }))
        .reverse();
      this.stopAudio(false);
      this.setData({
        item: viewOf(it),
        problem: '',
        versions: versions.length > 1 ? versions : [],
        isLatest: latest === it.id,
        editing: false,
        editError: '',
        audioError: '',
        notice: '',
        textIndex: -1,
        textBody: '',
      });
      return true;
    },

    onOpenVersion(e: WechatMiniprogram.TouchEvent) {
      const { dataset } = e.currentTarget;
      this.show(String(dataset.id != null ? dataset.id : ''));
    },

    // ---------------------------------------------------------------- attachments

    onOpenAttachment(e: WechatMiniprogram.TouchEvent) {
      const item = this.data.item;
      const a = item ? item.attachments[Number(e.currentTarget.dataset.index)] : undefined;
      if (!item || !a) return Promise.resolve(false);
      if (a.missing || !fileExists(a.path)) {
        this.setData({ notice: MSG.attachmentMissing });
        return Promise.resolve(false);
      }
      if (a.kind === 'image') {
        const urls = item.attachments.filter((x) => x.kind === 'image' && !x.missing);
        return previewImages(
          urls.map((x) => x.path),
          a.path,
        ).then((r) => this.report(r));
      }
      if (a.kind === 'audio') {
        this.toggleAudio(a.index, a.path);
        return Promise.resolve(true);
      }
      if (a.kind === 'text') {
        if (this.data.textIndex === a.index) {
          this.setData({ textIndex: -1, textBody: '' });
          return Promise.resolve(true);
        }
        const text = readTextStart(a.path);
        if (text === null) {
          this.setData({ notice: '这个文字文件读不出来，可能已损坏或不是文字格式。' });
          return Promise.resolve(false);
        }
        this.setData({ textIndex: a.index, textBody: text });
        return Promise.resolve(true);
      }
      return openDocument(a.path, a.name).then((r) => this.report(r));
    },

    report(r: { ok: boolean; message?: string; cancelled?: boolean }): boolean {
      if (!r.ok && !r.cancelled && r.message) this.setData({ notice: r.message });
      return r.ok;
    },

    toggleAudio(index: number, path: string) {
      let ctx = audios.get(this);
      if (this.data.playing === index && ctx) {
        ctx.pause();
        this.setData({ playing: -1 });
        return;
      }
      if (!ctx) {
        ctx = wx.createInnerAudioContext();
        ctx.onEnded(() => this.setData({ playing: -1 }));
        ctx.onError(() =>
          this.setData({
            playing: -1,
            audioError: '录音放不出来：文件可能已被清理或格式不支持。记录本身仍然保留。',
          }),
        );
        audios.set(this, ctx);
      } else {
        ctx.stop();
      }
      ctx.src = path;
      this.setData({ playing: index, audioError: '' });
      ctx.play();
    },

    stopAudio(destroy: boolean) {
      const ctx = audios.get(this);
      if (!ctx) return;
      ctx.stop();
      if (destroy) {
        ctx.destroy();
        audios.delete(this);
      }
      if (this.data && this.data.playing !== -1) this.setData({ playing: -1 });
    },

    async onVerify() {
      await recordsStore.verify();
    },

    onBack() {
      back();
    },

    // ---------------------------------------------------------------- editing

    onEdit() {
      const item = this.data.item;
      if (!item) return;
      this.setData({ editing: true, editText: item.text, editError: '' });
    },

    onCancelEdit() {
      this.setData({ editing: false, editError: '' });
    },

    onEditInput(e: WechatMiniprogram.CustomEvent) {
      this.setData({ editText: String(e.detail != null ? e.detail : ''), editError: '' });
    },

    /** Save the edit as a new version; the old one stays in the chain and the history. */
    onSaveEdit(): boolean {
      const view = this.data.item;
      if (!view) return false;
      const it = recordsStore.loadItem(view.id);
      if (!it) {
        const why = recordsStore.error;
        this.setData({ editError: why != null ? why : MSG.notFound });
        return false;
      }
      if (this.data.editText === it.text) {
        this.setData({ editing: false });
        return false;
      }
      const next = recordsStore.editItem(it.id, {
        kind: it.kind,
        comm: it.comm,
        happenedAt: it.happenedAt,
        text: this.data.editText,
        attachments: it.attachments,
        tags: it.tags,
        check: it.check,
      });
      if (!next) {
        const why = recordsStore.error;
        this.setData({ editError: why != null ? why : '没有保存成功，请再试一次。' });
        return false;
      }
      toast('已保存为新版本', 'success');
      return this.show(next.id);
    },
  },
});
