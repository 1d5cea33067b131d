// Official-channel directory store (mobx-miniprogram). Two jobs for two pages:
// - the directory tab: a search query and the entries that match it, grouped by kind;
// - the lookup page: "is this number / link official?" answered from the directory.
// Everything handed to pages is a plain object (setData-ready). Only directory numbers end up
// in `numbers` / `callInstead`, so a page that dials from them can only dial an official line;
// what the user typed is shown as text to copy, never as something to call or open.
import { makeAutoObservable } from 'mobx-miniprogram';
import {
  allEntries,
  detectQueryKind,
  entryById,
  entryByName,
  foldDigits,
  lookupLink,
  lookupName,
  lookupNumber,
  toHalfWidth,
} from '../core/directory/index';
import type { DirectoryEntry, InstitutionKind, LookupAnswer } from '../core/directory/index';

/** Shown with every number answer: caller ID proves nothing. */
export const SPOOF_WARNING = '来电显示可以伪造：挂断后从这里拨打官方号码';

/** Used when an institution has no confirmed number and no text of its own. */
export const WHERE_TO_FIND_DEFAULT = '在它的官方 App「我的 → 客服」或借款合同里找';

export type GroupKey = 'wechat' | 'lender' | 'bank' | 'payment' | 'oversight' | 'police';

/**
 * The loans people reach from WeChat come first, in this order (微粒贷 is 微众银行, a bank,
 * but it is the loan most users of this 小程序 have), then other lenders, banks, regulators.
 */
export const WECHAT_FIRST = ['webank', 'wechatpay', 'alipay', 'jdfinance', 'meituan', 'duxiaoman'];

const GROUPS: Array<{ key: GroupKey; title: string; kinds: InstitutionKind[] }> = [
  { key: 'wechat', title: '微信里常用的借款', kinds: [] },
  { key: 'lender', title: '其他借款平台', kinds: ['lender'] },
  { key: 'bank', title: '银行', kinds: ['bank'] },
  { key: 'payment', title: '支付', kinds: ['payment'] },
  { key: 'oversight', title: '监管与投诉', kinds: ['regulator', 'complaint'] },
  { key: 'police', title: '公安与反诈', kinds: ['police'] },
];

/** A source as a reader sees it: a plain title; `raw` is the full reference (copyable). */
export interface SourceView {
  title: string;
  raw: string;
}

const SOURCE_SITES: Record<string, string> = {
  'pay.weixin.qq.com': '微信支付官网',
  'tech.sina.cn': '新浪科技',
  'news.hndaily.cn': '海南日报',
  'news.cnhubei.com': '荆楚网',
  'huanggang.cjyun.org': '黄冈新闻网',
  'hk.crntt.com': '中评网',
  'big5.news.cn': '新华网',
  'wapiknow.baidu.com': '百度知道',
};

/** "vCards 开源号码库：中国工商银行" instead of github.com/metowolf/vCards data/金融银行/….yaml. */
export function sourceTitle(raw: string): string {
  const s = raw.trim();
  const vcards = /github\.com\/metowolf\/vCards\b.*?([^/\s]+)\.yaml/.exec(s);
  if (vcards) return `vCards 开源号码库：${vcards[1]}`;
  if (/github\.com\/metowolf\/vCards/.test(s)) return 'vCards 开源号码库的讨论';
  if (/open-source app's hard-coded bank list/.test(s)) return '开源应用里的银行号码表';
  if (/SEO list/.test(s)) return '网上的号码汇总页（只作旁证）';
  if (/no reliable source found/.test(s)) return '没有找到可靠来源，所以不给号码';
  if (/general knowledge/.test(s)) return '常识，未找到出处';
  if (/^facts\.md/.test(s)) return '本项目整理的资料';
  const site = /^(?:https?:\/\/)?([a-z0-9.-]+\.[a-z]{2,})(\/\S*)?\s*(?:\((.*)\))?/i.exec(s);
  if (site) {
    const name = SOURCE_SITES[site[1]] || site[1].replace(/^(www|m|wap)\./, '');
    // Only notes a Chinese reader can use (English working notes stay in the raw reference).
    const note = site[3] && /[\u4e00-\u9fff]/.test(site[3]) ? site[3] : '';
    return note ? `${name}（${note}）` : `网页：${name}`;
  }
  return s;
}

export interface NumberView {
  /** Digits as dialled (the directory's own value). */
  number: string;
  /** Easier to read: 400-830-8003, 010-12321. */
  display: string;
  label: string;
  hours: string;
}

export interface EntryView {
  id: string;
  name: string;
  /** Name without the bracketed product list, for short sentences ("冒充 微众银行"). */
  shortName: string;
  kind: InstitutionKind;
  numbers: NumberView[];
  /** Empty when the entry has numbers or a purpose-only help channel says nothing. */
  whereToFindNumber: string;
  entryPoints: string[];
  notes: string[];
  purpose: string;
  domains: string[];
  sources: string[];
  /** The sources as readable titles, for the 来源 fold. */
  sourceViews: SourceView[];
  verified: string;
}

export interface EntryGroup {
  key: GroupKey;
  title: string;
  entries: EntryView[];
}

export type ContactStatus = 'official' | 'lookalike' | 'unknown' | 'not_official' | 'name';

export interface ContactCheck {
  query: string;
  kind: LookupAnswer['kind'];
  status: ContactStatus;
  /** 官方（X） / 仿冒（冒充 X） / 未知 / 非官方 / the institution's name. */
  title: string;
  /** One or two plain sentences on what this means. */
  explanation: string;
  /** The spoofing warning for numbers, '' otherwise. */
  warning: string;
  /** The institution the answer is about (official owner, or the one imitated), if any. */
  entry: EntryView | null;
  /** Official numbers of that institution, to call instead of the one checked. */
  callInstead: NumberView[];
  /** When there are no numbers to call: where the real one is. */
  whereToFind: string;
}

/** Readable form of a dialled number; the digits stay the ones in the directory. */
export function displayNumber(digits: string): string {
  if (/^(400|800)\d{7}$/.test(digits))
    return `${digits.slice(0, 3)}-${digits.slice(3, 6)}-${digits.slice(6)}`;
  if (/^0(10|2\d)\d{5,8}$/.test(digits)) return `${digits.slice(0, 3)}-${digits.slice(3)}`;
  if (/^1\d{10}$/.test(digits))
    return `${digits.slice(0, 3)} ${digits.slice(3, 7)} ${digits.slice(7)}`;
  return digits;
}

function shortNameOf(name: string): string {
  return name.replace(/[（(][^）)]*[）)]\s*$/, '').trim() || name;
}

const views = new Map<string, EntryView>();

/** The page view of a directory entry (built once, then shared). */
export function entryView(e: DirectoryEntry): EntryView {
  const cached = views.get(e.id);
  if (cached) return cached;
  const numbers = e.hotlines
    .filter((h) => h.confidence === 'C1' || h.confidence === 'C2')
    .map((h) => ({
      number: h.number,
      display: displayNumber(h.number),
      label: h.label,
      hours: h.hours || '',
    }));
  const v: EntryView = {
    id: e.id,
    name: e.name,
    shortName: shortNameOf(e.name),
    kind: e.kind,
    numbers,
    whereToFindNumber:
      numbers.length > 0 ? '' : e.whereToFindNumber || (e.purpose ? '' : WHERE_TO_FIND_DEFAULT),
    entryPoints: [...e.entryPoints],
    notes: [...e.notes],
    purpose: e.purpose || '',
    domains: [...e.domains],
    sources: [...e.sources],
    sourceViews: e.sources.map((raw) => ({ raw, title: sourceTitle(raw) })),
    verified: e.verified,
  };
  views.set(e.id, v);
  return v;
}

function fold(s: string): string {
  return toHalfWidth(s).toLowerCase().replace(/\s+/g, '');
}

/** Digits of a query that is only a phone number (spaces, dashes, brackets, + allowed), or ''. */
export function numberDigits(query: string): string {
  const s = foldDigits(toHalfWidth(query)).trim();
  if (!/^[+\d\s\-()（）]+$/.test(s)) return '';
  const digits = s.replace(/\D/g, '');
  return digits.length >= 2 ? digits : '';
}

function group(entries: DirectoryEntry[]): EntryGroup[] {
  const out: EntryGroup[] = [];
  const first = WECHAT_FIRST.map((id) => entries.find((e) => e.id === id)).filter(
    (e): e is DirectoryEntry => !!e,
  );
  for (let i = 0; i < GROUPS.length; i++) {
    const g = GROUPS[i];
    const list =
      g.key === 'wechat'
        ? first.map(entryView)
        : entries
            .filter((e) => g.kinds.includes(e.kind) && !WECHAT_FIRST.includes(e.id))
            .map(entryView);
    if (list.length) out.push({ key: g.key, title: g.title, entries: list });
  }
  return out;
}

/** Entries matching a search: name/alias/domain text, a number (or part of one), a link. */
export function searchEntries(query: string): DirectoryEntry[] {
  const all = allEntries();
  const q = fold(query);
  if (!q) return [...all];
  const picked = new Set<string>();
  const digits = numberDigits(query);
  if (digits) {
    const a = lookupNumber(query);
    const hit = a.entry ? a.entry.id : a.lookalike_of;
    if (hit) picked.add(hit);
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      if (e.hotlines.some((h) => h.number.includes(digits))) picked.add(e.id);
    }
  } else if (detectQueryKind(query) === 'link') {
    const a = lookupLink(query);
    const hit = a.entry ? a.entry.id : a.lookalike_of;
    if (hit) picked.add(hit);
  } else {
    for (let i = 0; i < all.length; i++) {
      const e = all[i];
      const texts = [e.name, ...e.aliases, ...(e.weakAliases || []), ...e.domains];
      if (texts.some((t) => fold(t).includes(q))) picked.add(e.id);
    }
    // Traditional forms not listed as aliases, longer phrases, one-slip typos.
    const byName = entryByName(query);
    if (byName) picked.add(byName.id);
  }
  return all.filter((e) => picked.has(e.id));
}

function numbersOf(entry: EntryView | null): NumberView[] {
  return entry ? entry.numbers : [];
}

function whereOf(entry: EntryView | null): string {
  if (!entry) return WHERE_TO_FIND_DEFAULT;
  return entry.numbers.length ? '' : entry.whereToFindNumber || WHERE_TO_FIND_DEFAULT;
}

const LINK_IN_TEXT =
  /(?:https?:\/\/|www\.)[^\s，。！？、；]+|[a-z0-9][a-z0-9.-]*\.[a-z]{2,}(?:\/[^\s，。！？、；]*)?/i;
const NUMBER_IN_TEXT = /\+?\d[\d\s-]{3,}\d/;

/** The first link or phone number inside a longer text, or ''. */
export function contactIn(text: string): string {
  const t = foldDigits(toHalfWidth(text));
  const link = LINK_IN_TEXT.exec(t);
  if (link) return link[0];
  const num = NUMBER_IN_TEXT.exec(t);
  return num ? num[0].trim() : '';
}

/**
 * Is this number or link official? `claimed` is the institution the caller or message said it
 * was (optional): when the contact is unknown, its official numbers are offered instead.
 */
export function checkContact(query: string, claimed = ''): ContactCheck | null {
  const q = query.trim();
  if (!q) return null;
  const kind = numberDigits(q) ? 'number' : detectQueryKind(q);
  const a: LookupAnswer =
    kind === 'number' ? lookupNumber(q) : kind === 'link' ? lookupLink(q) : lookupName(q);
  const what = kind === 'link' ? '链接' : '号码';
  const warning = kind === 'number' ? SPOOF_WARNING : '';
  const claimedEntry = claimed.trim() ? entryByName(claimed.trim()) : null;
  const claimedView = claimedEntry ? entryView(claimedEntry) : null;

  if (kind === 'name') {
    // Pasted text with a number or link inside ("招商银行 138 0013 8000"): check that contact,
    // and take a named institution as the one the caller claimed to be.
    const inner = contactIn(q);
    if (inner && inner !== q) {
      const named = claimed.trim() || (a.entry ? q : '');
      return checkContact(inner, named);
    }
    const entry = a.entry ? entryView(a.entry) : null;
    return {
      query: q,
      kind,
      status: 'name',
      title: entry ? entry.name : '目录里没有这个机构',
      explanation: entry
        ? '这是机构名称。下面是它在本目录里的官方渠道。'
        : '请输入号码或链接来核对；机构名称可以在「官方渠道」里搜索。',
      warning: '',
      entry,
      callInstead: numbersOf(entry),
      whereToFind: entry ? whereOf(entry) : '',
    };
  }

  if (a.official === true && a.entry) {
    const entry = entryView(a.entry);
    // A claimed institution that is not the owner: the number is official, but not theirs.
    const mismatch = claimedView && claimedView.id !== entry.id ? claimedView : null;
    return {
      query: q,
      kind,
      status: 'official',
      title: `官方（${entry.shortName}）`,
      explanation:
        kind === 'number'
          ? `这是${entry.shortName}的官方号码。` +
            (mismatch ? `它不是${mismatch.shortName}的号码。` : '') +
            '但来电显示这个号码，也不能证明对方真是它。'
          : `这个链接属于${entry.shortName}的官方网址。仍然不要在链接里填写密码或验证码。`,
      warning,
      entry,
      callInstead: numbersOf(mismatch || entry),
      whereToFind: whereOf(mismatch || entry),
    };
  }

  if (a.official === false && a.lookalike_of) {
    const target = entryById(a.lookalike_of);
    const entry = target ? entryView(target) : null;
    const name = entry ? entry.shortName : '正规机构';
    return {
      query: q,
      kind,
      status: 'lookalike',
      title: `仿冒（冒充 ${name}）`,
      explanation:
        kind === 'number'
          ? `这不是${name}的官方号码，有人用它冒充${name}。不要回拨，不要转账。`
          : `这个链接模仿${name}的网址，但不是${name}的。不要打开，不要填写任何信息。`,
      warning,
      entry,
      callInstead: numbersOf(entry),
      whereToFind: whereOf(entry),
    };
  }

  if (a.official === false) {
    return {
      query: q,
      kind,
      status: 'not_official',
      title: '非官方',
      explanation:
        kind === 'link'
          ? '正规机构不会让你打开只有数字的网址。不要打开，不要填写任何信息。'
          : `这不是官方${what}。不要回拨，不要转账。`,
      warning,
      entry: claimedView,
      callInstead: numbersOf(claimedView),
      whereToFind: claimedView ? whereOf(claimedView) : WHERE_TO_FIND_DEFAULT,
    };
  }

  const digits = numberDigits(q);
  const mobile = kind === 'number' && /^(?:86)?1[3-9]\d{9}$/.test(digits);
  return {
    query: q,
    kind,
    status: 'unknown',
    title: '未知',
    explanation:
      (mobile ? '这是个人手机号，不是任何机构的官方客服热线。' : `本目录里没有这个${what}。`) +
      '未知不一定是诈骗，小的借款平台也有自己的电话。' +
      (claimedView
        ? `核实请打${claimedView.shortName}的官方号码。`
        : '请在借款 App「我的 → 客服」或借款合同里核对。'),
    warning,
    entry: claimedView,
    callInstead: numbersOf(claimedView),
    whereToFind: claimedView ? whereOf(claimedView) : WHERE_TO_FIND_DEFAULT,
  };
}

const SEARCH_ERROR = '官方渠道目录暂时无法搜索，请重新打开小程序再试。';
const CHECK_ERROR = '暂时无法核对，请重新打开小程序再试。';

export class DirectoryStore {
  /** Directory tab search box. */
  query: string;
  /** Lookup page: the number or link being checked, and who the caller said they were. */
  contactQuery: string;
  claimed: string;

  constructor() {
    this.query = '';
    this.contactQuery = '';
    this.claimed = '';

    makeAutoObservable(this);
  }

  private get search(): { groups: EntryGroup[]; error: string } {
    try {
      return { groups: group(searchEntries(this.query)), error: '' };
    } catch (_e) {
      return { groups: [], error: SEARCH_ERROR };
    }
  }

  /** Matching entries grouped by kind (all entries for an empty query). */
  get groups(): EntryGroup[] {
    return this.search.groups;
  }

  get resultCount(): number {
    return this.groups.reduce((n, g) => n + g.entries.length, 0);
  }

  /** A short result list shows every entry's details; the full list folds them. */
  get expandAll(): boolean {
    return this.resultCount > 0 && this.resultCount <= 3;
  }

  /** Plain Chinese message when the search failed (an error state, not "nothing found"). */
  get searchError(): string {
    return this.search.error;
  }

  /** The search query read as a number or link to check, or null for names. */
  get queryCheck(): ContactCheck | null {
    const q = this.query.trim();
    try {
      const digits = numberDigits(q);
      if (!q || (!digits && detectQueryKind(q) !== 'link')) return null;
      const answer = checkContact(q);
      // A number still being typed ("955") is not "unknown" yet.
      if (digits && answer && answer.status === 'unknown' && digits.length < 7) return null;
      return answer;
    } catch (_e) {
      return null;
    }
  }

  private get contact(): { answer: ContactCheck | null; error: string } {
    try {
      return { answer: checkContact(this.contactQuery, this.claimed), error: '' };
    } catch (_e) {
      return { answer: null, error: CHECK_ERROR };
    }
  }

  /** Lookup page answer (null while the box is empty). */
  get contactAnswer(): ContactCheck | null {
    return this.contact.answer;
  }

  get contactError(): string {
    return this.contact.error;
  }

  /** The user named who called, but the directory does not know that name. */
  get claimedMissing(): boolean {
    const name = this.claimed.trim();
    if (!name) return false;
    try {
      return entryByName(name) === null;
    } catch (_e) {
      return true;
    }
  }

  setQuery(q: string): void {
    this.query = typeof q === 'string' ? q.slice(0, 200) : '';
  }

  clearQuery(): void {
    this.query = '';
  }

  setContactQuery(q: string): void {
    this.contactQuery = typeof q === 'string' ? q.slice(0, 500) : '';
  }

  setClaimed(name: string): void {
    this.claimed = typeof name === 'string' ? name.slice(0, 50) : '';
  }

  clearContact(): void {
    this.contactQuery = '';
    this.claimed = '';
  }
}

export const directoryStore = new DirectoryStore();
