// View helpers shared by the evidence pages of this subpackage: small timeline rows, and a
// grouped, diffed setData so a 1,000-item timeline never sends one big payload.
import { formatDateTime } from '../core/evidence/format';
import type { ItemSummary } from '../core/evidence/repository';

/** One timeline row as the template needs it: a few short, pre-joined strings (few nodes). */
export interface Row {
  id: string;
  icon: string;
  head: string;
  line: string;
  meta: string;
  unreadable: boolean;
  aria: string;
}

const VERDICTS: Record<string, string> = {
  scam: '疑似诈骗',
  abusive: '违规催收',
  reminder: '正常提醒',
  unrelated: '与借款无关',
};

/**
 * A one-character badge per kind (合 contract, 音 call recording, 信 SMS, 聊 chat, 访 visit,
 * 款 payment, 验 checked notice, 记 other). Plain text, not an icon component: a 1,000-row
 * timeline would otherwise mount 1,000 custom components on a low-end phone.
 */
export function iconOf(s: Pick<ItemSummary, 'kind' | 'kindLabel' | 'unreadable'>): string {
  if (s.unreadable) return '!';
  switch (s.kind) {
    case 'contract':
      return '合';
    case 'payment':
      return '款';
    case 'checked_notice':
      return '验';
    case 'communication':
      if (s.kindLabel.includes('录音')) return '音';
      if (s.kindLabel.includes('上门')) return '访';
      if (s.kindLabel.includes('聊天')) return '聊';
      if (s.kindLabel.includes('短信')) return '信';
      return '话';
    default:
      return '记';
  }
}

export function rowOf(s: ItemSummary): Row {
  const time = formatDateTime(s.when);
  const line = s.unreadable
    ? s.error || '这条记录无法读取。'
    : s.firstLine || (s.attachmentCount ? `${s.attachmentCount} 个附件` : '（无文字）');
  const meta = [
    s.verdict ? VERDICTS[s.verdict] : '',
    s.attachmentCount ? `${s.attachmentCount} 个附件` : '',
    s.edited ? '已更正' : '',
  ]
    .filter(Boolean)
    .join(' · ');
  return {
    id: s.id,
    icon: iconOf(s),
    head: `${s.kindLabel} · ${time}`,
    line,
    meta,
    unreadable: !!s.unreadable,
    aria: `${s.kindLabel}，${time}，${line}`,
  };
}

export const GROUP_SIZE = 30;
/** Keep each setData well under WeChat's 1 MB hard limit and its 256 KB / 64 KB warnings. */
export const MAX_PATCH_CHARS = 48 * 1024;

/**
 * Diff rows against what the page already has (one string key per group of GROUP_SIZE rows)
 * and return the setData payloads to send: only changed groups, split so that no payload
 * exceeds MAX_PATCH_CHARS of JSON. `keys` is updated in place.
 */
export function groupPatches(keys: string[], rows: Row[]): Record<string, unknown>[] {
  const count = Math.ceil(rows.length / GROUP_SIZE);
  const out: Record<string, unknown>[] = [];
  let patch: Record<string, unknown> = {};
  let size = 0;
  const push = (path: string, value: unknown, json: string) => {
    if (size > 0 && size + json.length > MAX_PATCH_CHARS) {
      out.push(patch);
      patch = {};
      size = 0;
    }
    patch[path] = value;
    size += json.length + path.length;
  };
  for (let g = 0; g < Math.max(count, keys.length); g++) {
    const slice = rows.slice(g * GROUP_SIZE, (g + 1) * GROUP_SIZE);
    const json = JSON.stringify(slice);
    if (keys[g] === json) continue;
    keys[g] = json;
    push(`groups[${g}]`, slice, json);
  }
  if (size > 0) out.push(patch);
  return out;
}

export function shortHash(hex: string | null | undefined): string {
  if (!hex) return '无法读取';
  return `${hex.slice(0, 8)}…${hex.slice(-8)}`;
}
