// One entry point for the CLI and the directory page: decide whether the query is a number, a link
// or a name, and answer in the DESIGN.md shape {query, kind, official, entry, lookalike_of}.
import { toHalfWidth } from './chars';
import { lookupLink, parseLink } from './domains';
import { lookupName } from './names';
import { foldDigits, lookupNumber, normalizeNumber } from './numbers';
import type { LookupAnswer } from './types';

export type QueryKind = LookupAnswer['kind'];

const LINKISH =
  /(?:^[a-z][a-z0-9+.-]*:\/\/|^www\.|^xn--|@|[a-z0-9\u00a1-\uffff-]\.(?:[a-z]{2,}|xn--[a-z0-9-]+)(?:[:/?#]|\.?$))/i;
const IPV4ISH = /^\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?(?:[/?#].*)?$/;

/** What kind of query this is: a phone number, a link (URL / host / IP), or an institution name. */
export function detectQueryKind(query: string): QueryKind {
  const s = toHalfWidth(query).trim().replace(/[。｡]/g, '.');
  if (IPV4ISH.test(s) || /^\[[0-9a-f:.]+\]/i.test(s) || /^https?:\/\//i.test(s)) return 'link';
  if (normalizeNumber(s) && /\d/.test(foldDigits(s))) return 'number';
  if (LINKISH.test(s) && !/[\u4e00-\u9fff]/.test(s.split(/[/?#]/)[0]) && parseLink(s))
    return 'link';
  if (/xn--/i.test(s) && parseLink(s)) return 'link';
  // 支付宝.com, 微众银行.cn: a Chinese name with an ASCII top-level domain is a link
  if (/^[^\s/]+\.[a-z]{2,}(?:[:/?#]|$)/i.test(s) && parseLink(s)) return 'link';
  return 'name';
}

/** Look up a number, link or name (auto-detected). */
export function lookup(query: string): LookupAnswer {
  switch (detectQueryKind(query)) {
    case 'number':
      return lookupNumber(query);
    case 'link':
      return lookupLink(query);
    default:
      return lookupName(query);
  }
}
