// "发给家人看看": a result shared into a chat carries only the verdict, the reasons' titles and
// masked key facts in the page query, never the message itself. The result page rebuilds the
// card from that query alone (no network, no storage), so a relative who opens it sees the
// same answer. Pure functions: no wx.
import { entryById } from '../core/directory/index';
import type { CheckResult, Verdict } from '../core/types';

export const SHARE_PATH = '/pages/result/index';

/** WeChat keeps share paths short; these caps keep the query well under 1 KB. */
const MAX_REASONS = 3;
const MAX_FACTS = 4;
const MAX_FIELD = 40;
/** The original, only when the user chose to send it along. */
export const MAX_SHARED_TEXT = 200;

export type RiskWord = '高' | '中' | '低';

export interface RiskLevel {
  word: RiskWord;
  key: 'high' | 'mid' | 'low';
}

/** Risk in words, not a score: 70+ high, 30+ medium. */
export function riskLevelOf(risk: number): RiskLevel {
  if (risk >= 70) return { word: '高', key: 'high' };
  if (risk >= 30) return { word: '中', key: 'mid' };
  return { word: '低', key: 'low' };
}

const VERDICTS: Verdict[] = ['scam', 'abusive', 'reminder', 'unrelated'];

/** 171****6049: the first 3 and last 4 digits of a number stay. */
export function maskDigits(text: string): string {
  const digits = text.replace(/\D/g, '');
  if (digits.length <= 6) return digits.replace(/\d(?=\d{2})/g, '*');
  return `${digits.slice(0, 3)}****${digits.slice(-4)}`;
}

const FACT_KIND: Record<string, string> = {
  phone: '电话',
  bank_card: '银行卡',
  wechat_id: '微信号',
  qq: 'QQ',
  link: '链接',
  amount: '金额',
};

const STATUS_WORD: Record<string, string> = {
  official: '官方',
  unverified: '未核实',
  unofficial: '非官方',
  lookalike: '仿冒',
};

/** One short line per number, account, link or amount in the message, masked. */
export function maskedFacts(result: CheckResult): string[] {
  const out: string[] = [];
  for (let i = 0, list = result.entities; i < list.length; i++) {
    const e = list[i];
    const kind = FACT_KIND[e.kind];
    if (!kind) continue;
    let value: string;
    if (e.kind === 'amount') value = `${e.value || e.text} 元`;
    else if (e.kind === 'link')
      value = (e.value || e.text).replace(/^https?:\/\//, '').split('/')[0];
    else value = maskDigits(e.value || e.text) || '***';
    const status = e.status ? `（${STATUS_WORD[e.status]}）` : '';
    const line = `${kind} ${value}${status}`.slice(0, MAX_FIELD);
    if (!out.includes(line)) out.push(line);
    if (out.length >= MAX_FACTS) break;
  }
  return out;
}

function institutionOf(result: CheckResult): string {
  const inst = result.entities.find((e) => e.kind === 'institution');
  return inst ? inst.entryId || inst.value : '';
}

function clean(s: string): string {
  return s.replace(/[|\r\n]/g, ' ').slice(0, MAX_FIELD);
}

/** The query of a shared result: verdict, risk word, institution id, reasons, masked facts. */
export function shareQuery(result: CheckResult, text?: string): Record<string, string> {
  const q: Record<string, string> = {
    from: 'share',
    v: result.verdict,
    r: riskLevelOf(result.risk).key,
  };
  const inst = institutionOf(result);
  if (inst && entryById(inst)) q.i = inst;
  const why = result.signals.slice(0, MAX_REASONS).map((s) => clean(s.title));
  if (why.length) q.why = why.join('|');
  const facts = maskedFacts(result).map(clean);
  if (facts.length) q.f = facts.join('|');
  const t = (text || '').trim();
  if (t) q.t = t.length > MAX_SHARED_TEXT ? `${t.slice(0, MAX_SHARED_TEXT)}…` : t;
  return q;
}

/** `text`: the original, only when the user ticked "连原消息一起发". */
export function sharePath(result: CheckResult, text?: string): string {
  const q = shareQuery(result, text);
  return (
    SHARE_PATH +
    '?' +
    Object.keys(q)
      .map((k) => `${k}=${encodeURIComponent(q[k])}`)
      .join('&')
  );
}

export const SHARE_TITLES: Record<Verdict, string> = {
  scam: '帮我看看：这条催款消息很可能是诈骗',
  abusive: '帮我看看：这条催收消息做法违规',
  reminder: '帮我看看：这条像是正常的还款提醒',
  unrelated: '帮我看看：这条消息与借款无关',
};

/** What the result page shows for a shared link (null when the query is not a share). */
export interface SharedView {
  verdict: Verdict;
  risk: RiskLevel;
  institutionId: string;
  institutionName: string;
  reasons: string[];
  facts: string[];
  /** The original, when the sender chose to include it ('' otherwise). */
  text: string;
}

function decode(v: string | undefined): string {
  if (!v) return '';
  try {
    return decodeURIComponent(v);
  } catch (_e) {
    return v;
  }
}

/** Read a shared result back from the page query. Anything unexpected is dropped. */
export function sharedViewOf(query: Record<string, string | undefined>): SharedView | null {
  if (!query || query.from !== 'share') return null;
  const verdict = decode(query.v) as Verdict;
  if (!VERDICTS.includes(verdict)) return null;
  const r = decode(query.r);
  const risk: RiskLevel =
    r === 'high'
      ? { word: '高', key: 'high' }
      : r === 'mid'
        ? { word: '中', key: 'mid' }
        : { word: '低', key: 'low' };
  const id = decode(query.i);
  const entry = id ? entryById(id) : null;
  const list = (v: string | undefined, max: number) =>
    decode(v)
      .split('|')
      .map((s) => s.trim().slice(0, MAX_FIELD))
      .filter(Boolean)
      .slice(0, max);
  return {
    verdict,
    risk,
    institutionId: entry ? entry.id : '',
    institutionName: entry ? entry.name : '',
    reasons: list(query.why, MAX_REASONS),
    facts: list(query.f, MAX_FACTS),
    text: decode(query.t).slice(0, MAX_SHARED_TEXT + 1),
  };
}
