// Phone numbers: normalise the ways people write them, and look them up in the directory.
import { toHalfWidth } from './chars';
import { allEntries, entryById } from './registry';
import type { DirectoryEntry, Hotline, LookupAnswer } from './types';

export interface NormalizedNumber {
  /** National digits as dialled in mainland China, without country code: "95017", "01012321", "13812345678". */
  digits: string;
  /** Extension / menu option after the base number ("95017-2", "95017转2" → "2"), else null. */
  ext: string | null;
  /** How the number was prefixed: nothing, +86 / 0086 / 86, or another international prefix (+xx / 00xx). */
  prefix: 'none' | '+86' | 'intl';
}

const CN_DIGIT: Record<string, string> = {
  〇: '0',
  零: '0',
  '○': '0',
  Ｏ: '0',
  一: '1',
  幺: '1',
  壹: '1',
  二: '2',
  贰: '2',
  貳: '2',
  三: '3',
  叁: '3',
  參: '3',
  四: '4',
  肆: '4',
  五: '5',
  伍: '5',
  六: '6',
  陆: '6',
  陸: '6',
  七: '7',
  柒: '7',
  八: '8',
  捌: '8',
  九: '9',
  玖: '9',
};

/** Chinese numerals and full-width characters folded to ASCII. */
export function foldDigits(s: string): string {
  s = toHalfWidth(s);
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    out += CN_DIGIT[c] || c;
  }
  return out;
}

// Explicit extension markers; a bare dash is only an extension after a complete short service number.
const EXT_MARK = /(?:转|轉|分机|分機|ext\.?|x|#|,|;)/i;
const SEPARATORS = /[\s\-‐‑‒–—―−_.·•/()（）[\]【】"'“”‘’]+/g;
const SHORT_SERVICE = /^(?:95\d{3,4}|96\d{3}|12\d{3})$/;
const ALLOWED = /^[+\d\s\-‐‑‒–—―−_.·•/()（）[\]【】"'“”‘’]*$/;

/**
 * Normalise a written phone number: full-width digits, Chinese numerals (〇一二…九, 幺), spaces,
 * dashes, dots, parentheses, +86 / 0086 / 86 prefixes, extensions ("95017-2", "95017转2").
 * Returns null when the text is not a phone number.
 */
export function normalizeNumber(input: string): NormalizedNumber | null {
  let s = foldDigits(String(input)).trim().replace(/^tel:/i, '');
  if (!s) return null;
  let ext: string | null = null;
  const m = EXT_MARK.exec(s);
  if (m && m.index > 0) {
    const tail = s.slice(m.index + m[0].length).replace(SEPARATORS, '');
    if (!/^\d{1,6}$/.test(tail)) return null;
    ext = tail;
    s = s.slice(0, m.index).trim();
  }
  if (!ALLOWED.test(s)) return null;
  let prefix: NormalizedNumber['prefix'] = 'none';
  if (s[0] === '+') {
    s = s.slice(1);
    if (/^\s*86/.test(s)) {
      prefix = '+86';
      s = s.replace(/^\s*86/, '');
    } else prefix = 'intl';
  } else if (/^\s*0086/.test(s)) {
    prefix = '+86';
    s = s.replace(/^\s*0086/, '');
  } else if (/^\s*00[1-9]/.test(s)) {
    prefix = 'intl';
    s = s.replace(/^\s*00/, '');
  }
  if (s.indexOf('+') >= 0) return null;
  const groups = s.split(SEPARATORS).filter((g) => g.length > 0);
  if (groups.length === 0) return null;
  // "95017-2", "95511 3": a complete short service number followed by 1–4 digits is an extension.
  if (!ext && groups.length >= 2 && SHORT_SERVICE.test(groups[0])) {
    const rest = groups.slice(1).join('');
    if (rest.length >= 1 && rest.length <= 4) {
      ext = rest;
      groups.length = 1;
    }
  }
  let digits = groups.join('');
  if (!/^\d+$/.test(digits)) return null;
  if (prefix === 'none' && /^86(?:1[3-9]\d{9}|95\d{3,4}|96\d{3}|400\d{7}|800\d{7})$/.test(digits)) {
    prefix = '+86';
    digits = digits.slice(2);
  }
  if (
    prefix === '+86' &&
    /^(?:10\d{5,8}|[2-8]\d{6,10})$/.test(digits) &&
    !/^(?:400|800)/.test(digits)
  ) {
    // The trunk 0 is dropped after a country code: +86 10 12321 → 010 12321, +86 571 95017 → 0571 95017.
    digits = '0' + digits;
  }
  if (digits.length < 3 || digits.length > 20) return null;
  return { digits, ext, prefix };
}

interface NumberHit {
  entry: DirectoryEntry;
  hotline: Hotline;
}

interface NumberIndex {
  official: Map<string, NumberHit>;
  alt: Map<string, NumberHit>;
  wrong: Map<string, DirectoryEntry>;
}

let idx: NumberIndex | null = null;

function numberIndex(): NumberIndex {
  if (idx) return idx;
  const official = new Map<string, NumberHit>();
  const alt = new Map<string, NumberHit>();
  const wrong = new Map<string, DirectoryEntry>();
  for (let i = 0, list = allEntries(); i < list.length; i++) {
    const entry = list[i];
    for (let j = 0, items = entry.hotlines; j < items.length; j++) {
      const hotline = items[j];
      if (hotline.confidence !== 'C1' && hotline.confidence !== 'C2') continue;
      if (!official.has(hotline.number)) official.set(hotline.number, { entry, hotline });
      for (let k = 0, all = hotline.altForms || []; k < all.length; k++) {
        const form = all[k];
        const n = normalizeNumber(form);
        if (n) alt.set(n.digits, { entry, hotline });
      }
    }
    for (let j = 0, items = entry.wrongNumbers || []; j < items.length; j++) {
      const w = items[j];
      wrong.set(w.number, entry);
    }
  }
  idx = { official, alt, wrong };
  return idx;
}

function answer(
  query: string,
  official: boolean | null,
  entry: DirectoryEntry | null,
  lookalike: string | null,
): LookupAnswer {
  return { query, kind: 'number', official, entry, lookalike_of: lookalike };
}

const AREA_CODE = /^0(?:10|2\d|[3-9]\d{2})(\d{3,6})$/;

/**
 * Is this number an official number in the directory?
 * - official: true + entry — a C1/C2 number (also with +86, an extension, or a sourced alternative form);
 * - official: false + lookalike_of — a number published for that institution by unreliable pages and known
 *   wrong, or a strict-form line (96110) with a foreign prefix or suffix;
 * - official: null — unknown. Unknown is not unofficial: small lenders have their own lines.
 */
export function lookupNumber(query: string): LookupAnswer {
  const n = normalizeNumber(query);
  if (!n) return answer(query, null, null, null);
  const ix = numberIndex();
  const candidates = [n.digits];
  if (n.prefix === '+86' && n.digits[0] === '0') candidates.push(n.digits.slice(1));
  for (let i = 0; i < candidates.length; i++) {
    const c = candidates[i];
    const hit = ix.official.get(c);
    if (hit) {
      if (hit.hotline.strictForm && (n.prefix !== 'none' || n.ext))
        return answer(query, false, null, hit.entry.id);
      return answer(query, true, hit.entry, null);
    }
    const alt = ix.alt.get(c);
    if (alt) return answer(query, true, alt.entry, null);
    const wrong = ix.wrong.get(c);
    if (wrong) return answer(query, false, null, wrong.id);
  }
  const area = AREA_CODE.exec(n.digits);
  if (area) {
    const hit = ix.official.get(area[1]);
    if (hit && hit.hotline.areaCodePrefixOk) {
      if (hit.hotline.strictForm && (n.prefix !== 'none' || n.ext))
        return answer(query, false, null, hit.entry.id);
      return answer(query, true, hit.entry, null);
    }
  }
  return answer(query, null, null, null);
}

/** The id of the entry this number officially belongs to, or null. Accepts any written form. */
export function officialNumberOwner(digits: string): string | null {
  const a = lookupNumber(digits);
  return a.official === true && a.entry ? a.entry.id : null;
}

/** Is this (any written form) an official number of entry `entryId`? */
export function isOfficialNumber(entryId: string, digits: string): boolean {
  return officialNumberOwner(digits) === entryId && entryById(entryId) !== null;
}

/** Every shipped official number with its owner (for tests and the directory page). */
export function officialNumbers(): Array<{ number: string; entryId: string; label: string }> {
  const out: Array<{ number: string; entryId: string; label: string }> = [];
  for (let i = 0, list = allEntries(); i < list.length; i++) {
    const e = list[i];
    for (let j = 0, items = e.hotlines; j < items.length; j++) {
      const h = items[j];
      if (h.confidence === 'C1' || h.confidence === 'C2')
        out.push({ number: h.number, entryId: e.id, label: h.label });
    }
  }
  return out;
}
