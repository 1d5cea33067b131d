// Entity extraction: numbers, links, amounts, dates, account numbers, private ids.
// Hand-written linear scanners (no backtracking regular expressions over unbounded runs), so
// 200,000 digits or "http://a." × 60,000 cost the same per character as a normal message.

import type { Entity } from '../types';
import { isDigit, toOriginal, type Layer, type Normalized } from '../text/normalize';

export type PhoneType = 'mobile' | 'landline' | 'service400' | 'service' | 'sms_port' | 'intl';

export interface RawEntity extends Entity {
  /** Position in the layer it was found in (base for numbers/links, text for ids). */
  at: [number, number];
  layer: 'base' | 'text';
}

function isAsciiLetter(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90);
}

/** Luhn check used by bank cards (one implementation, shared with evidence masking). */
export { luhnValid as luhn } from '../text/luhn';
import { luhnValid as luhn } from '../text/luhn';

export function classifyPhone(
  digits: string,
  plus: boolean,
): { type: PhoneType; national: string } | null {
  let d = digits;
  if (plus || d.startsWith('00')) {
    const rest = plus ? d : d.slice(2);
    if (rest.startsWith('86') && rest.length >= 5) d = rest.slice(2);
    else return rest.length >= 6 && rest.length <= 15 ? { type: 'intl', national: rest } : null;
    if (d.length === 10 && /^[1-9]/.test(d) && !/^1[3-9]/.test(d)) d = '0' + d; // +86 20 xxxx → 020 xxxx
  }
  if (/^1[3-9]\d{9}$/.test(d)) return { type: 'mobile', national: d };
  if (/^[48]00\d{7}$/.test(d)) return { type: 'service400', national: d };
  if (/^106\d{5,17}$/.test(d)) return { type: 'sms_port', national: d };
  // Area code with its 0 + local number is at least 9 digits (Taiwan 089-123456, mainland 10-12); 8 is a
  // dd-mm-yyyy date or a code.
  if (/^0[1-9]\d{7,10}$/.test(d)) return { type: 'landline', national: d };
  if (
    /^9[56]\d{3,4}$/.test(d) ||
    /^1[0-2]\d{3}$/.test(d) ||
    /^1[012]0\d{5}$/.test(d) ||
    /^11[0-9]$/.test(d) ||
    /^12[0-9]$/.test(d)
  )
    return { type: 'service', national: d };
  return null;
}

const NOT_PHONE_BEFORE = [
  '验证码',
  '取件码',
  '会议号',
  '尾号',
  '户号',
  '订单',
  '单号',
  '工号',
  '警号',
  '邀请码',
  '案号',
  '编号',
  '识别码',
  '校验码',
  '动态码',
  '密码',
  '车次',
  '号码牌',
  '认证码',
  '代码',
  '码:',
  '码为',
];
const ACCOUNT_BEFORE = [
  '账号',
  '帐号',
  '卡号',
  '账户',
  '帐户',
  '银行卡',
  '户名',
  '开户行',
  '银行',
  '分行',
  '支行',
  'account',
  'acct',
  'a/c',
];

function precededBy(text: string, pos: number, words: string[], window: number): boolean {
  const from = Math.max(0, pos - window);
  const seg = text.slice(from, pos);
  for (let i = 0; i < words.length; i++) {
    const w = words[i];
    if (seg.includes(w)) return true;
  }
  return false;
}

function entity(
  n: Normalized,
  layer: 'base' | 'text',
  s: number,
  e: number,
  kind: Entity['kind'],
  value: string,
  detail?: string,
): RawEntity {
  const L: Layer = layer === 'base' ? n.base : n.text;
  const span = toOriginal(L, s, e);
  const ent: RawEntity = {
    kind,
    text: n.original.slice(span[0], span[1]),
    value,
    span,
    at: [s, e],
    layer,
  };
  if (detail) ent.detail = detail;
  return ent;
}

const NEXT_DIGIT = /\d/g;

/** Numbers: phones, bank cards/accounts, amounts, dates. */
function scanNumbers(n: Normalized, out: RawEntity[]): void {
  const t = n.base.text;
  const len = t.length;
  let i = 0;
  while (i < len) {
    const c = t.charCodeAt(i);
    if (!isDigit(c)) {
      // Jump to the next digit natively: most of a notice has none.
      NEXT_DIGIT.lastIndex = i + 1;
      const m = NEXT_DIGIT.exec(t);
      if (!m) break;
      i = m.index;
      continue;
    }
    // A maximal run of digits with thousands separators and one decimal point.
    let j = i;
    let digitsOnly = true;
    for (; j < len; j++) {
      const cj = t.charCodeAt(j);
      if (isDigit(cj)) continue;
      if ((cj === 44 || cj === 46) && j + 1 < len && isDigit(t.charCodeAt(j + 1))) {
        digitsOnly = false;
        continue;
      }
      break;
    }
    const run = t.slice(i, j);
    const prev = i > 0 ? t.charCodeAt(i - 1) : 0;
    const next = j < len ? t.charCodeAt(j) : 0;
    const prevStr = t.slice(Math.max(0, i - 4), i);
    const glued =
      isAsciiLetter(prev) ||
      isAsciiLetter(next) ||
      next === 0x2a /* masked 0712****3306 */ ||
      prev === 0x2a;

    // Amounts: a currency sign before or a unit after.
    const cur = /(¥|￥|rmb|cny|人民币|\$)\s?$/.test(prevStr);
    const unit = /^(万元|元|块|万|rmb|cny)/.test(t.slice(j, j + 3).replace(/^\s/, ''));
    if ((cur || unit) && !/^0\d/.test(run)) {
      const num = Number(run.replace(/,/g, ''));
      if (Number.isFinite(num)) {
        const mult = t.startsWith('万', j) || t.startsWith(' 万', j) ? 10000 : 1;
        out.push(entity(n, 'base', i, j, 'amount', String(num * mult)));
      }
      i = j;
      continue;
    }
    // Dates: 12月18日, 2025年12月9日.
    if (digitsOnly && (next === 0x6708 /* 月 */ || next === 0x5e74) /* 年 */) {
      const m = /^(\d{1,4}年)?\d{1,2}月\d{1,2}[日号]/.exec(t.slice(i, i + 14));
      if (m) {
        out.push(entity(n, 'base', i, i + m[0].length, 'date', m[0]));
        i += m[0].length;
        continue;
      }
    }
    // One or two digits are no number, account or QQ id (classifyPhone needs three).
    if (digitsOnly && !glued && j - i > 2) {
      const plus = prev === 0x2b || (prev === 0x20 && i > 1 && t.charCodeAt(i - 2) === 0x2b);
      const start = plus ? (prev === 0x2b ? i - 1 : i - 2) : i;
      const excluded = precededBy(t, i, NOT_PHONE_BEFORE, 8);
      const qq = /qq[号:\s]*$/.test(t.slice(Math.max(0, i - 6), i));
      if (qq && run.length >= 5 && run.length <= 11) {
        out.push(entity(n, 'base', i, j, 'qq', run));
        i = j;
        continue;
      }
      if (!excluded && run.length >= 12 && run.length <= 25) {
        // "…账户将纳入黑名单，清退热线：0898-6631-2047": a line named just before the digits is a
        // phone number, whatever account word sits further back.
        const lineCue = /(热线|电话|致电|拨打|专线|tel)[号码]?[:：\s]*$/.test(
          t.slice(Math.max(0, i - 8), i),
        );
        const accountCue = !lineCue && precededBy(t, i, ACCOUNT_BEFORE, 16);
        if ((run.length >= 16 && run.length <= 19 && luhn(run) && !lineCue) || accountCue) {
          out.push(entity(n, 'base', i, j, 'bank_card', run, luhn(run) ? 'luhn' : 'account'));
          i = j;
          continue;
        }
      }
      const ph = excluded ? null : classifyPhone(run, plus);
      if (ph) {
        // Extension: 95017-2, 95017转2.
        let e = j;
        let ext = '';
        const em = /^(-|转)(\d{1,4})(?!\d)/.exec(t.slice(j, j + 6));
        if (em && (ph.type === 'service' || ph.type === 'landline' || ph.type === 'service400')) {
          ext = em[2];
          e = j + em[0].length;
        }
        const ent = entity(
          n,
          'base',
          start,
          e,
          'phone',
          ph.national + (ext ? '-' + ext : ''),
          ph.type,
        );
        out.push(ent);
        i = e;
        continue;
      }
    }
    i = j;
  }
}

// Characters that may appear in a URL, as a lookup table: this runs once per character.
const URL_TABLE = new Uint8Array(128);
for (const c of "abcdefghijklmnopqrstuvwxyz0123456789-._~:/?#[]@!$&'()*+,;=%")
  URL_TABLE[c.charCodeAt(0)] = 1;
const isUrlChar = (c: number): boolean => c < 128 && URL_TABLE[c] === 1;
/** a–z, or with `digits` also 0–9. */
const isAsciiLower = (c: number, digits: boolean): boolean =>
  (c >= 97 && c <= 122) || (digits && c >= 48 && c <= 57);
const TRAILING = /[.,;:!?()[\]'"*]+$/;
/** The URL characters a link may start with: all but . , ) : (kept in step with URL_TABLE). */
const NEXT_LINK_START = /[a-z0-9\-_~/?#[\]@!$&'(*+;=%]/g;

const NUMERIC_HOST = /^[\d.-]+\.[a-z]+$/;
const NUMERIC_HOST_TLD =
  /\.(?:[a-z]{2}|com|net|org|info|biz|top|xyz|vip|club|site|online|shop|store|app|live|fun|icu|wang|ink|ltd|pro|tech|work|link|life|win|mobi|asia|cloud|art|love|red|kim|run|best|cyou|cfd|sbs|bond|lat|buzz|today|group|company|center|email|plus|host|space|website|press|game|games|bet|cash|loan|loans|money|finance|credit|pay|gov|edu)$/;

/** Links and bare domains, including obfuscated dots ("mt-jieqian[.]top", "webank。com"). */
function scanLinks(n: Normalized, out: RawEntity[]): void {
  const t = n.base.text;
  const len = t.length;
  // A local: the module's table is a context read, and isUrlChar a call, per character of every
  // word of an English notice (paid in full without a JIT).
  const url = URL_TABLE;
  let i = 0;
  while (i < len) {
    const code = t.charCodeAt(i);
    if (!isUrlChar(code) || code === 46 || code === 44 || code === 41 || code === 58) {
      // A URL character next (a word after its space) is looked at here, without a regex call.
      const next = t.charCodeAt(i + 1);
      if (next < 128 && url[next] === 1) {
        i++;
        continue;
      }
      // Jump natively to the next character that may start a link.
      NEXT_LINK_START.lastIndex = i + 1;
      const m = NEXT_LINK_START.exec(t);
      if (!m) break;
      i = m.index;
      continue;
    }
    // The token's extent first, by char codes: most tokens are numbers (no letter, no dot), which
    // can be neither a link nor an address, and need no string built.
    let j = i;
    let letter = false;
    let dot = false;
    let wideDot = false;
    while (j < len) {
      const cj = t.charCodeAt(j);
      // isUrlChar, inlined.
      if (cj < 128 && url[cj] === 1) {
        if (cj >= 97 && cj <= 122) letter = true;
        else if (cj === 46) dot = true;
        j++;
      } else if (
        cj === 0x3002 /* 。 */ &&
        j > i &&
        isAsciiLower(t.charCodeAt(j - 1), true) &&
        j + 1 < len &&
        isAsciiLower(t.charCodeAt(j + 1), false)
      ) {
        wideDot = true;
        j++;
      } else break;
      if (j - i > 2048) break;
    }
    // A link, an address and an IP all have a dot, written or spelled out ("[dot]"): a word
    // without one (most of an English notice) needs no string built and no regex run.
    if (!dot && !wideDot) {
      const d = letter ? t.indexOf('dot', i) : -1;
      if (d < 0 || d + 3 > j) {
        i = j;
        continue;
      }
    }
    // Every 。 in the token was taken as a dot.
    const raw = wideDot ? t.slice(i, j).replace(/。/g, '.') : t.slice(i, j);
    const trail = TRAILING.exec(raw);
    const tokEnd = trail ? j - trail[0].length : j;
    let tok = trail ? raw.slice(0, raw.length - trail[0].length) : raw;
    i = j;
    if (
      tok.length < 4 ||
      (!/[a-z]/.test(tok) && !/^\d+\.\d+\.\d+\.\d+/.test(tok.replace(/^[a-z]+:\/\//, '')))
    )
      continue;
    const obfuscated = /\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/.test(tok);
    tok = tok.replace(/\[\.\]|\(\.\)|\{\.\}|\[dot\]|\(dot\)/g, '.');
    const start = j - raw.length;
    const hasScheme = /^[a-z][a-z0-9+.-]{1,10}:\/\//.test(tok);
    const body = tok.replace(/^[a-z][a-z0-9+.-]{1,10}:\/\//, '');
    // Email addresses (used as "支付宝账号"), masked ones too ("tr****33@yahoo.com": the reader's
    // own, as a statement names it), which are not a link's userinfo trick.
    if (!hasScheme && /^[a-z0-9._%+*-]+@[a-z0-9-]+(\.[a-z0-9-]+)+$/.test(body)) {
      out.push(entity(n, 'base', start, tokEnd, 'email', body));
      continue;
    }
    const hostPart = body.split(/[/?#]/)[0];
    const afterAt = hostPart.includes('@')
      ? hostPart.slice(hostPart.lastIndexOf('@') + 1)
      : hostPart;
    const host = (/^[a-z0-9.-]*/.exec(afterAt) as RegExpExecArray)[0].replace(/\.+$/, '');
    const isIp = /^\d{1,3}(\.\d{1,3}){3}$/.test(host);
    const isDomain = /^([a-z0-9-]{1,63}\.)+([a-z]{2,24}|xn--[a-z0-9-]{2,59})$/.test(host);
    if (!isIp && !isDomain) continue;
    // A bare "3.6" or "a.b" without scheme needs a plausible domain shape.
    if (!hasScheme && !isIp && !/^www\./.test(host) && host.split('.').length < 2) continue;
    // "dated 05-02-2025.Amt received": a date or amount run into the next word is no link. A bare
    // host of digits only (12306.cn, 5656.vip are real) counts when its suffix is a country code
    // or a generic top-level domain such hosts use.
    if (!hasScheme && !isIp && NUMERIC_HOST.test(host) && !NUMERIC_HOST_TLD.test(host)) continue;
    const details: string[] = [];
    if (isIp) details.push('ip');
    if (obfuscated) details.push('obfuscated');
    if (/\.apk($|[?#])/.test(body)) details.push('apk');
    if (hostPart.includes('@')) details.push('userinfo');
    out.push(entity(n, 'base', start, tokEnd, 'link', host, details.join(',') || undefined));
  }
}

/** WeChat / LINE ids after "微信", "加微信", "v:", and QQ numbers after "qq". Runs on the text layer. */
function scanIds(n: Normalized, out: RawEntity[]): void {
  const t = n.text.text;
  // Every match holds one of these (微信…, line…, qq/q, v/vx, wx): a notice with none of them
  // (most Chinese ones) skips the regex, whose `[^a-z]` branches are tried at every position.
  if (
    t.indexOf('q') < 0 &&
    t.indexOf('v') < 0 &&
    t.indexOf('微信') < 0 &&
    t.indexOf('line') < 0 &&
    t.indexOf('wx') < 0
  )
    return;
  // Bare "v:", "wx:", "vx:" count only with a colon and not inside a word.
  const re =
    /(微信号?|微信id|line\s?id|line|加微信|qq号?|(?:^|[^a-z])(?:v|wx|vx)\s?[:：]|(?:^|[^a-z])q(?=\s?[:：]?\s?\d))\s?[:：]?\s?([a-z][a-z0-9_-]{3,24}|\d{5,11})/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(t))) {
    const id = m[2];
    const s = m.index + m[0].length - id.length;
    // "Q 2277889911" (a bare Q before digits) is a QQ number too.
    const isQq = m[1].startsWith('qq') || /q$/.test(m[1]);
    // "online lending", "a line of credit": LINE only as a word, and a bare "line" only with a
    // colon or an "add" before it ("加LINE：abc", "LINE ID abc").
    if (m[1].startsWith('line')) {
      if (/[a-z]/.test(t.charAt(m.index - 1))) continue;
      if (
        m[1] === 'line' &&
        !/[:：]/.test(m[0]) &&
        !/(加|添加|搜寻|搜索|add)\s?$/.test(t.slice(Math.max(0, m.index - 4), m.index))
      )
        continue;
    }
    if (isQq && !/^\d+$/.test(id)) continue;
    if (!isQq && /^\d+$/.test(id)) continue;
    if (!isQq && /^(pay|com|app|account|official|group)$/.test(id)) continue;
    out.push(
      entity(
        n,
        'text',
        s,
        s + id.length,
        isQq ? 'qq' : 'wechat_id',
        id,
        m[1].startsWith('line') ? 'line' : undefined,
      ),
    );
    if (m[0].length === 0) re.lastIndex++;
  }
}

export function extractEntities(n: Normalized): RawEntity[] {
  const out: RawEntity[] = [];
  scanLinks(n, out);
  // Digits inside links are not phone numbers: blank them for the number scan by position.
  const linkRanges = out.filter((e) => e.kind === 'link' || e.kind === 'email').map((e) => e.at);
  const nums: RawEntity[] = [];
  scanNumbers(n, nums);
  for (let i = 0; i < nums.length; i++) {
    const e = nums[i];
    if (!linkRanges.some(([s, f]) => e.at[0] < f && e.at[1] > s)) out.push(e);
  }
  const ids: RawEntity[] = [];
  scanIds(n, ids);
  for (let i = 0; i < ids.length; i++) {
    const e = ids[i];
    const dup = out.some((o) => o.kind === 'qq' && o.value === e.value);
    if (
      !dup &&
      !out.some(
        (o) =>
          (o.kind === 'link' || o.kind === 'email') &&
          o.span[0] <= e.span[0] &&
          o.span[1] >= e.span[1],
      )
    )
      out.push(e);
  }
  return out.sort((a, b) => a.span[0] - b.span[0]);
}
