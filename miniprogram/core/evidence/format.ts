// Small formatting helpers shared by the report and the complaint draft.
// Times are shown in China Standard Time (UTC+8, no DST): the app serves mainland users,
// and a fixed zone keeps reports identical on every device and in tests.
import { KIND_LABELS, COMM_LABELS, Item } from './types';

const CST_OFFSET_MS = 8 * 3600 * 1000;

function pad(n: number): string {
  return n < 10 ? '0' + n : String(n);
}

export function formatDateTime(ms: number): string {
  const d = new Date(ms + CST_OFFSET_MS);
  return `${d.getUTCFullYear()}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())} ${pad(d.getUTCHours())}:${pad(d.getUTCMinutes())}`;
}

export function formatDate(ms: number): string {
  return formatDateTime(ms).slice(0, 10);
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

export function kindLabel(item: Pick<Item, 'kind' | 'comm'>): string {
  if (item.kind === 'communication' && item.comm)
    return `${KIND_LABELS.communication}·${COMM_LABELS[item.comm]}`;
  return KIND_LABELS[item.kind];
}

/** First non-empty line, cut to `max` characters (by code point, so no half emoji). */
export function firstLine(text: string, max = 60): string {
  const found = text.split(/\r?\n/).find((l) => l.trim() !== '');
  const line = found === undefined ? '' : found;
  const chars = Array.from(line.trim());
  return chars.length > max ? chars.slice(0, max).join('') + '…' : chars.join('');
}

/** When it happened if the user said so, else when it was captured. */
export function whenOf(item: Pick<Item, 'happenedAt' | 'capturedAt'>): number {
  return item.happenedAt != null ? item.happenedAt : item.capturedAt;
}
