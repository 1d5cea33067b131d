// The check flow (核验): the draft the user pastes, types, imports or forwards; the optional
// context (channel, sender, borrowed); the checker's result and the original text split into
// highlighted segments for the result page; recent checks (only when the user keeps history).
// Actions never throw to a page: failures become `error`, a plain Chinese sentence.
import { makeAutoObservable, observable, runInAction } from 'mobx-miniprogram';
import { checkNotice, InputError, MAX_CHECK_CHARS } from '../core/check';
import { entryById } from '../core/directory/index';
import type {
  Borrowed,
  Channel,
  CheckResult,
  EntityKind,
  OfficialStatus,
  Verdict,
} from '../core/types';
import { readClipboard } from '../services/clipboard';
import type { ForwardedMaterial } from '../services/entry';
import {
  FILE_MESSAGES,
  kindOf,
  pickImage,
  pickMessageFile,
  readTextFile,
} from '../services/message-file';
import { getOcr, OCR_MESSAGES } from '../services/ocr';
import * as storage from '../services/storage';
import { displayNumber } from './directory';
import { recordsStore } from './records';
import { settingsStore } from './settings';
import { riskLevelOf, RiskLevel } from './share';

export const HISTORY_KEY = 'check.history.v1';
export const HISTORY_LIMIT = 20;
/** Characters of a checked message kept in history (enough to re-check a notice). */
export const HISTORY_TEXT_CHARS = 5000;
/** Characters of the original shown on the result page and in the textarea. */
export const DISPLAY_CHARS = MAX_CHECK_CHARS;

export const CHECK_MESSAGES = {
  empty: '请先粘贴或输入消息',
  failed: '核验时出错了，请再试一次。如果一直这样，请把消息内容复制到“官方渠道”页自己查一查。',
  nothingToSave: '还没有核验结果，无法保存。',
  saveFailed: '保存失败，已有记录不受影响。请稍后再试。',
  historyFailed: '最近记录没有保存（不影响核验结果）。',
} as const;

export const CHANNELS: { value: Channel; label: string }[] = [
  { value: 'sms', label: '短信' },
  { value: 'wechat', label: '微信' },
  { value: 'call', label: '电话' },
  { value: 'visit', label: '上门' },
  { value: 'letter', label: '信件' },
  { value: 'other', label: '其他' },
];

export const BORROWED: { value: Borrowed; label: string }[] = [
  { value: 'yes', label: '借过' },
  { value: 'no', label: '没借过' },
  { value: 'unsure', label: '不确定' },
];

export const VERDICT_VIEW: Record<Verdict, { label: string; tone: string; icon: string }> = {
  scam: { label: '很可能是诈骗', tone: 'danger', icon: 'warning' },
  abusive: { label: '可能是真催收，但做法违规', tone: 'warning', icon: 'info' },
  reminder: { label: '像是正常的还款提醒', tone: 'success', icon: 'passed' },
  unrelated: { label: '与借款催收无关', tone: 'info', icon: 'question' },
};

export const STATUS_LABELS: Record<OfficialStatus, string> = {
  official: '官方',
  unverified: '未核实',
  unofficial: '非官方',
  lookalike: '仿冒',
};

const KIND_LABELS: Partial<Record<EntityKind, string>> = {
  phone: '电话',
  link: '链接',
  bank_card: '银行卡号',
  wechat_id: '微信号',
  qq: 'QQ',
  email: '邮箱',
};

export interface Segment {
  text: string;
  hit: boolean;
  signalIds: string[];
}

export interface HistoryItem {
  id: string;
  at: number;
  /** The message as checked (first HISTORY_TEXT_CHARS characters). */
  text: string;
  verdict: Verdict;
  risk: number;
  summary: string;
  channel?: Channel;
}

/** A contact found in the message: shown with its status, copyable, never dialled. */
export interface ContactRow {
  /** Opens the \"is this official?\" answer for this number or link. */
  lookupUrl: string;
  key: string;
  kindLabel: string;
  text: string;
  status: OfficialStatus | 'none';
  statusLabel: string;
}

/** An official number of an institution the message names (from the directory). */
export interface OfficialCall {
  key: string;
  entryId: string;
  name: string;
  number: string;
  label: string;
}

/** The official number shown at the top of the result page, large and one tap away. */
export interface PrimaryCall extends OfficialCall {
  /** Easier to read, never broken mid-group (400-830-8003). */
  display: string;
  shortName: string;
}

/** "已经转账了？": what to do right now, with directory numbers only. */
export interface UrgentStep {
  key: string;
  text: string;
  call?: { number: string; label: string };
}

/** An institution the message names whose number is not confirmed: where to find it. */
export interface OfficialHint {
  key: string;
  name: string;
  hint: string;
}

function isHistoryItem(v: unknown): v is HistoryItem {
  const o = v as HistoryItem;
  return (
    !!o &&
    typeof o === 'object' &&
    typeof o.id === 'string' &&
    typeof o.text === 'string' &&
    typeof o.at === 'number' &&
    typeof o.verdict === 'string' &&
    o.verdict in VERDICT_VIEW
  );
}

/**
 * Split `text` (up to `limit` characters) into runs, marking the runs any signal's spans
 * cover. Spans are [start, end) UTF-16 offsets in the original text.
 */
export function segmentsOf(
  text: string,
  signals: { id: string; spans: [number, number][] }[],
  limit = text.length,
): Segment[] {
  const end = Math.min(text.length, limit);
  const cuts = new Set<number>([0, end]);
  const spans: { s: number; e: number; id: string }[] = [];
  for (let i = 0; i < signals.length; i++) {
    const sig = signals[i];
    for (let j = 0, list = sig.spans; j < list.length; j++) {
      const [s0, e0] = list[j];
      const s = Math.max(0, Math.min(s0, end));
      const e = Math.max(0, Math.min(e0, end));
      if (e <= s) continue;
      spans.push({ s, e, id: sig.id });
      cuts.add(s);
      cuts.add(e);
    }
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const a = points[i];
    const b = points[i + 1];
    if (b <= a) continue;
    const ids: string[] = [];
    for (let i = 0; i < spans.length; i++) {
      const sp = spans[i];
      if (sp.s <= a && sp.e >= b && !ids.includes(sp.id)) ids.push(sp.id);
    }
    const prev = out[out.length - 1];
    if (prev && prev.signalIds.join() === ids.join()) prev.text += text.slice(a, b);
    else out.push({ text: text.slice(a, b), hit: ids.length > 0, signalIds: ids });
  }
  return out;
}

const CLAUSE_END = /[，。！？；,!?;\n]/;
const QUOTE_CHARS = 40;

/**
 * The clause of `text` around [s, e): out to the nearest punctuation on each side, so a reason
 * quotes "明天我们就带人去你公司堵你", not a lone "就". Long clauses are cut around the span.
 */
export function clauseAround(text: string, s: number, e: number): string {
  let a = s;
  while (a > 0 && !CLAUSE_END.test(text[a - 1])) a--;
  let b = e;
  while (b < text.length && !CLAUSE_END.test(text[b])) b++;
  let clause = text.slice(a, b).trim();
  if (clause.length > QUOTE_CHARS) {
    const mid = Math.max(0, s - a - Math.floor((QUOTE_CHARS - (e - s)) / 2));
    const start = Math.min(mid, clause.length - QUOTE_CHARS);
    clause =
      (start > 0 ? '…' : '') +
      clause.slice(start, start + QUOTE_CHARS) +
      (start + QUOTE_CHARS < clause.length ? '…' : '');
  }
  return clause;
}

function shortNameOf(name: string): string {
  return name.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || name;
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** "3月5日 14:07" in the phone's local time. */
export function formatWhen(at: number): string {
  const d = new Date(at);
  return `${d.getMonth() + 1}月${d.getDate()}日 ${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

export class CheckStore {
  draft!: string;
  channel!: Channel | '';
  sender!: string;
  borrowed!: Borrowed | '';
  loading: boolean;
  /** Plain Chinese message for the check page, or ''. */
  error!: string;
  /** Plain Chinese notice that is not an error (e.g. where a forwarded text came from). */
  notice!: string;
  /** OCR is not available or found nothing: the page offers paste instead. */
  offerPaste!: boolean;
  result!: CheckResult | null;
  /** The exact text `result` is about (spans point into it). */
  checkedText!: string;
  checkedChannel!: Channel | '';
  history!: HistoryItem[];
  historyLoaded: boolean;
  /** Result page: '' | 'saving' | 'saved'. */
  saveState!: '' | 'saving' | 'saved';
  saveError!: string;
  /** The case the result was saved into (the complaint draft opens on it). */
  savedCaseId!: string;
  /** Text on the clipboard the check page offers to check ('' when nothing new). */
  clipOffer!: string;
  /** Clipboard texts already offered or used, so the same copy is offered once. */
  private clipSeen!: string[];

  constructor() {
    this.loading = false;
    this.historyLoaded = false;
    // Every other field starts as "clear all data" leaves it.
    this.resetAll();

    makeAutoObservable(this, {
      result: observable.ref,
      history: observable.ref,
    });
  }

  /** Risk in words (高/中/低), never a score. */
  get riskLevel(): RiskLevel | null {
    return this.result ? riskLevelOf(this.result.risk) : null;
  }

  /** Some words of the original are highlighted. */
  get hasHits(): boolean {
    return this.segments.some((s) => s.hit);
  }

  /** The first official number of the institution the message names. */
  get primaryCall(): PrimaryCall | null {
    const c = this.officialCalls[0];
    if (!c) return null;
    return { ...c, display: displayNumber(c.number), shortName: shortNameOf(c.name) };
  }

  /** Where the real number is, when the institution named has none confirmed. */
  get primaryHint(): OfficialHint | null {
    return this.primaryCall ? null : this.officialHints[0] || null;
  }

  /** Abusive collection: the complaint to offer (12378; 12363 when it is about credit records). */
  get complaintKind(): '' | '12378' | '12363' {
    const r = this.result;
    if (!r || r.verdict !== 'abusive') return '';
    const credit = r.signals.some((s) => s.id === 'unknown_debt');
    return credit ? '12363' : '12378';
  }

  /** "已经转账了？" steps for a scam: 110, the bank's stop-payment, 96110. */
  get urgentSteps(): UrgentStep[] {
    if (!this.result || this.result.verdict !== 'scam') return [];
    const callOf = (id: string) => {
      const entry = entryById(id);
      const h = entry
        ? entry.hotlines.find((x) => x.confidence === 'C1' || x.confidence === 'C2')
        : undefined;
      return h ? { number: h.number, label: h.label } : undefined;
    };
    return [
      {
        key: 'police',
        text: '马上打 110 报警，说清转了多少钱、转到哪个账户。',
        call: callOf('police110'),
      },
      {
        key: 'bank',
        text: '再打你转出那张银行卡背面的客服电话，说“被骗了，要紧急止付”。',
      },
      {
        key: '96110',
        text: '拿不准怎么办，打 96110 反诈专线问。',
        call: callOf('antifraud96110'),
      },
      { key: 'keep', text: '别删聊天记录和转账记录，点下面“保存为证据”。' },
    ];
  }

  // ------------------------------------------------------------ derived

  get draftLength(): number {
    return this.draft.length;
  }

  /** Drafts this long are shown as a preview (setData and textarea limits) and not edited. */
  get draftTooLong(): boolean {
    return this.draft.length > DISPLAY_CHARS;
  }

  get draftPreview(): string {
    return this.draftTooLong ? this.draft.slice(0, DISPLAY_CHARS) : this.draft;
  }

  get segments(): Segment[] {
    const r = this.result;
    if (!r) return [];
    return segmentsOf(this.checkedText, r.signals, DISPLAY_CHARS);
  }

  /** The original was longer than what the result page shows. */
  get textCut(): boolean {
    return this.checkedText.length > DISPLAY_CHARS;
  }

  get verdictView(): { label: string; tone: string; icon: string } | null {
    return this.result ? VERDICT_VIEW[this.result.verdict] : null;
  }

  get contacts(): ContactRow[] {
    const r = this.result;
    if (!r) return [];
    const out: ContactRow[] = [];
    const seen = new Set<string>();
    r.entities.forEach((e, i) => {
      const kindLabel = KIND_LABELS[e.kind];
      if (!kindLabel) return;
      const dedupe = `${e.kind}|${e.value || e.text}`;
      if (seen.has(dedupe)) return;
      seen.add(dedupe);
      const status = e.status != null ? e.status : 'none';
      const claimed = r.entities.find((x) => x.kind === 'institution');
      out.push({
        key: `c${i}`,
        kindLabel,
        lookupUrl:
          `/pages/lookup/index?q=${encodeURIComponent(e.text)}` +
          (claimed ? `&claimed=${encodeURIComponent(claimed.text)}` : ''),
        text: e.text,
        status,
        statusLabel: e.status ? STATUS_LABELS[e.status] : '未核实',
      });
    });
    return out;
  }

  /**
   * Each reason with the one clause of the original that carries it, quoted once: the clause
   * holding most of the reason's spans, preferring one no earlier reason quoted.
   */
  get signalRows(): { id: string; title: string; explanation: string; quotes: string }[] {
    const r = this.result;
    if (!r) return [];
    const text = this.checkedText;
    const used = new Set<string>();
    return r.signals.map((s) => {
      const counts = new Map<string, { n: number; len: number }>();
      for (let i = 0, list = s.spans; i < list.length; i++) {
        const [a, b] = list[i];
        if (b <= a) continue;
        const c = clauseAround(text, a, b);
        if (!c) continue;
        const cur = counts.get(c) || { n: 0, len: 0 };
        counts.set(c, { n: cur.n + 1, len: Math.max(cur.len, b - a) });
      }
      let best = '';
      let bestScore = -1;
      for (const [c, v] of counts) {
        const score = (used.has(c) ? 0 : 1000) + v.n * 100 + v.len;
        if (score > bestScore) {
          best = c;
          bestScore = score;
        }
      }
      if (best) used.add(best);
      return {
        id: s.id,
        title: s.title,
        explanation: s.explanation,
        quotes: best ? `“${best}”` : '',
      };
    });
  }

  /** Recent checks for the list on the check page. */
  get historyRows(): { id: string; label: string; tone: string; preview: string; when: string }[] {
    return this.history.map((h) => ({
      id: h.id,
      label: VERDICT_VIEW[h.verdict].label,
      tone: VERDICT_VIEW[h.verdict].tone,
      preview: h.text.replace(/\s+/g, ' ').slice(0, 40),
      when: formatWhen(h.at),
    }));
  }

  /** Institutions the message names: their official numbers (callable) or where to look. */
  get officialCalls(): OfficialCall[] {
    return this.institutions().calls;
  }

  get officialHints(): OfficialHint[] {
    return this.institutions().hints;
  }

  private institutions(): { calls: OfficialCall[]; hints: OfficialHint[] } {
    const r = this.result;
    const calls: OfficialCall[] = [];
    const hints: OfficialHint[] = [];
    if (!r) return { calls, hints };
    const ids = new Set<string>();
    for (let i = 0, list = r.entities; i < list.length; i++) {
      const e = list[i];
      const id =
        e.kind === 'institution'
          ? e.entryId || e.value
          : e.status === 'lookalike' || e.status === 'unofficial'
            ? e.entryId
            : undefined;
      if (id) ids.add(id);
    }
    for (const id of ids) {
      const entry = entryById(id);
      if (!entry) continue;
      const shipped = entry.hotlines.filter((h) => h.confidence === 'C1' || h.confidence === 'C2');
      for (let i = 0; i < shipped.length; i++) {
        const h = shipped[i];
        calls.push({
          key: `${id}|${h.number}`,
          entryId: id,
          name: entry.name,
          number: h.number,
          label: h.label,
        });
      }
      if (!shipped.length) {
        hints.push({
          key: id,
          name: entry.name,
          hint:
            entry.whereToFindNumber ||
            '官方号码请在它自己的 App 里找（我的 → 客服），或看借款合同。',
        });
      }
    }
    return { calls, hints };
  }

  // ------------------------------------------------------------ input

  setDraft(text: string): void {
    this.draft = typeof text === 'string' ? text : '';
    this.error = '';
    this.offerPaste = false;
  }

  clearDraft(): void {
    this.draft = '';
    this.error = '';
    this.notice = '';
    this.offerPaste = false;
  }

  setChannel(channel: string): void {
    this.channel = CHANNELS.some((c) => c.value === channel) ? (channel as Channel) : '';
  }

  setSender(sender: string): void {
    this.sender = String(sender != null ? sender : '').slice(0, 100);
  }

  setBorrowed(b: string): void {
    this.borrowed = BORROWED.some((x) => x.value === b) ? (b as Borrowed) : '';
  }

  /** Paste from the clipboard. A refusal leaves the draft as it was. */
  async paste(): Promise<boolean> {
    this.error = '';
    this.notice = '';
    const r = await readClipboard();
    runInAction(() => {
      if (r.ok) {
        this.draft = r.text;
        this.offerPaste = false;
        this.clipOffer = '';
        this.seeClip(r.text);
      } else this.error = r.message;
    });
    return r.ok;
  }

  /** Pick a text file or a screenshot from a chat. */
  async fromFile(): Promise<boolean> {
    this.error = '';
    this.notice = '';
    const picked = await pickMessageFile();
    if (!picked.ok) {
      runInAction(() => {
        this.error = picked.message;
      });
      return false;
    }
    return this.importFile(picked.file.path, picked.file.name, picked.file.size, picked.file.kind);
  }

  /** Files forwarded into the app (scene 1173): the first usable one becomes the draft. */
  async fromForward(materials: ForwardedMaterial[]): Promise<boolean> {
    this.error = '';
    this.notice = '';
    const m = materials[0];
    if (!m) return false;
    return this.importFile(m.path, m.name, m.size, kindOf(m.name, m.type));
  }

  /** 识别截图: explain at once when OCR is missing; otherwise pick an image and read it. */
  async screenshot(): Promise<boolean> {
    this.error = '';
    this.notice = '';
    if (!getOcr().available()) {
      this.error = OCR_MESSAGES.unsupported;
      this.offerPaste = true;
      return false;
    }
    const picked = await pickImage();
    if (!picked.ok) {
      runInAction(() => {
        this.error = picked.message;
      });
      return false;
    }
    return this.importFile(picked.file.path, '', picked.file.size, 'image');
  }

  /** Recognise the text in a screenshot (a path from a picker or a forward). */
  async fromImage(path: string): Promise<boolean> {
    this.error = '';
    this.notice = '';
    return this.importFile(path, '', undefined, 'image');
  }

  private async importFile(
    path: string,
    name: string,
    size: number | undefined,
    kind: 'text' | 'image' | 'other',
  ): Promise<boolean> {
    if (kind === 'image') {
      const ocr = getOcr();
      if (!ocr.available()) {
        runInAction(() => {
          this.error = OCR_MESSAGES.unsupported;
          this.offerPaste = true;
        });
        return false;
      }
      runInAction(() => {
        this.loading = true;
      });
      let r;
      try {
        r = await ocr.recognize(path);
      } catch (_e) {
        r = { ok: false as const, reason: 'failed' as const, message: OCR_MESSAGES.failed };
      }
      runInAction(() => {
        this.loading = false;
        if (r.ok) {
          this.draft = r.text;
          this.offerPaste = false;
          this.notice = '已识别截图里的文字，请核对后点“开始核验”。';
        } else {
          this.error = r.message;
          this.offerPaste = true;
        }
      });
      return r.ok;
    }
    if (kind === 'other') {
      runInAction(() => {
        this.error = FILE_MESSAGES.unsupported;
      });
      return false;
    }
    const r = readTextFile(path, size);
    runInAction(() => {
      if (!r.ok) this.error = r.message;
      else if (!r.text.trim()) this.error = FILE_MESSAGES.empty;
      else {
        this.draft = r.text;
        this.offerPaste = false;
        this.notice = name ? `已读取文件“${name}”。` : '';
      }
    });
    return r.ok && !!r.text.trim();
  }

  // ------------------------------------------------------------ check

  /** Check the draft. Never throws; on failure `error` says why and `result` is unchanged. */
  async runCheck(): Promise<boolean> {
    this.error = '';
    const text = this.draft;
    if (!text.trim()) {
      this.error = CHECK_MESSAGES.empty;
      return false;
    }
    this.loading = true;
    // Let the page paint its loading state before the (synchronous) check runs.
    await Promise.resolve();
    let result: CheckResult | null = null;
    let error = '';
    try {
      result = checkNotice({
        text,
        channel: this.channel || undefined,
        sender: this.sender.trim() || undefined,
        borrowed: this.borrowed || undefined,
      });
    } catch (e) {
      error = e instanceof InputError ? e.message : CHECK_MESSAGES.failed;
    }
    runInAction(() => {
      this.loading = false;
      if (!result) {
        this.error = error;
        return;
      }
      this.result = result;
      this.checkedText = text;
      this.checkedChannel = this.channel;
      this.saveState = '';
      this.saveError = '';
      this.savedCaseId = '';
      this.seeClip(text);
      this.remember(text, result);
    });
    return !!result;
  }

  /** Open a recent check again: its text becomes the draft and is checked anew. */
  async reopen(id: string): Promise<boolean> {
    const item = this.history.find((h) => h.id === id);
    if (!item) return false;
    this.draft = item.text;
    this.channel = item.channel != null ? item.channel : '';
    return this.runCheck();
  }

  // ------------------------------------------------------------ evidence

  /** Save the checked notice and its verdict as evidence (into the open case, or a new one). */
  saveAsEvidence(): boolean {
    const r = this.result;
    this.saveError = '';
    if (!r) {
      this.saveError = CHECK_MESSAGES.nothingToSave;
      return false;
    }
    this.saveState = 'saving';
    if (!recordsStore.ready && !recordsStore.init()) {
      this.saveState = '';
      this.saveError = recordsStore.error || CHECK_MESSAGES.saveFailed;
      return false;
    }
    let caseId = recordsStore.current ? recordsStore.current.id : undefined;
    if (!caseId) {
      const inst = r.entities.find((e) => e.kind === 'institution');
      const entry = inst ? entryById(inst.entryId || inst.value) : null;
      const name = entry ? entry.name : '未确定的机构';
      const existing = recordsStore.cases.find((c) => c.institutionName === name);
      if (existing) caseId = existing.id;
      else {
        const created = recordsStore.createCase({
          title: entry ? `${entry.name}的催款` : '收到的催款消息',
          institution: entry ? { entryId: entry.id, name: entry.name } : { name },
          borrowed: this.borrowed || undefined,
        });
        caseId = created ? created.id : undefined;
      }
    }
    const item = caseId
      ? recordsStore.addFromCheck(this.checkedText, r, {
          channel: this.checkedChannel || undefined,
          caseId,
        })
      : null;
    if (!item || !caseId) {
      this.saveState = '';
      this.saveError = recordsStore.error || CHECK_MESSAGES.saveFailed;
      return false;
    }
    this.saveState = 'saved';
    this.savedCaseId = caseId;
    return true;
  }

  // ------------------------------------------------------------ history

  loadHistory(): void {
    this.historyLoaded = true;
    if (!settingsStore.keepHistory) {
      this.history = [];
      return;
    }
    try {
      const saved = storage.get<unknown>(HISTORY_KEY);
      this.history = Array.isArray(saved)
        ? saved.filter(isHistoryItem).slice(0, HISTORY_LIMIT)
        : [];
    } catch (_e) {
      this.history = [];
    }
  }

  clearHistory(): boolean {
    this.history = [];
    try {
      storage.remove(HISTORY_KEY);
      return true;
    } catch (_e) {
      return false;
    }
  }

  /** Forget everything in memory (after "clear all data"). */
  resetAll(): void {
    this.draft = '';
    this.channel = '';
    this.sender = '';
    this.borrowed = '';
    this.error = '';
    this.notice = '';
    this.offerPaste = false;
    this.result = null;
    this.checkedText = '';
    this.checkedChannel = '';
    this.history = [];
    this.saveState = '';
    this.saveError = '';
    this.savedCaseId = '';
    this.clipOffer = '';
    this.clipSeen = [];
  }

  // ------------------------------------------------------------ clipboard offer

  private seeClip(text: string): void {
    const t = text.trim();
    if (t && !this.clipSeen.includes(t)) this.clipSeen = [t, ...this.clipSeen].slice(0, 10);
  }

  /**
   * Offer newly copied text: only when it is not what the user already has, checked or
   * dismissed. Reading never shows an error (the user did not ask for it).
   */
  async offerClipboard(): Promise<boolean> {
    const r = await readClipboard();
    const t = r.ok ? r.text.trim() : '';
    runInAction(() => {
      const fresh = t.length >= 6 && !this.clipSeen.includes(t) && t !== this.draft.trim() ? t : '';
      this.clipOffer = fresh;
    });
    return !!this.clipOffer;
  }

  /** The user took the offer: the copied text becomes the draft. */
  acceptClip(): boolean {
    const t = this.clipOffer;
    if (!t) return false;
    this.draft = t;
    this.error = '';
    this.notice = '';
    this.clipOffer = '';
    this.seeClip(t);
    return true;
  }

  dismissClip(): void {
    this.seeClip(this.clipOffer);
    this.clipOffer = '';
  }

  private remember(text: string, result: CheckResult): void {
    if (!settingsStore.keepHistory) return;
    if (!this.historyLoaded) this.loadHistory();
    const kept = text.slice(0, HISTORY_TEXT_CHARS);
    const item: HistoryItem = {
      id: `h${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`,
      at: Date.now(),
      text: kept,
      verdict: result.verdict,
      risk: result.risk,
      summary: result.summary,
      channel: this.channel || undefined,
    };
    const next = [item, ...this.history.filter((h) => h.text !== kept)].slice(0, HISTORY_LIMIT);
    this.history = next;
    const w = storage.trySet(HISTORY_KEY, next);
    if (!w.ok) this.notice = CHECK_MESSAGES.historyFailed;
  }
}

export const checkStore = new CheckStore();
