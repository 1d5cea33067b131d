// Links: parse a host out of whatever the user pasted, find its registrable domain (public-suffix
// list via tldts-icann), decide official / look-alike / unknown.
import type { parse as TldtsParse } from 'tldts-icann';
import { editDistance, toHalfWidth } from './chars';
import { findInstitutionMentions } from './names';
import { officialNumberOwner } from './numbers';
import { decodeLabel } from './punycode';
import { entryById, shippedEntries } from './registry';
import type { LookupAnswer } from './types';

// The public-suffix list (tldts-icann, ~8 ms to load without a JIT) is read on the first link
// that needs it, not when the checker loads: most notices carry no link. A literal require
// still names the package statically, so WeChat's packager and the compile test see it.
let tldtsParse: typeof TldtsParse | null = null;
function parseDomain(
  host: string,
  opts: Parameters<typeof TldtsParse>[1],
): ReturnType<typeof TldtsParse> {
  if (!tldtsParse)
    // eslint-disable-next-line @typescript-eslint/no-require-imports, no-restricted-globals
    tldtsParse = (require('tldts-icann') as { parse: typeof TldtsParse }).parse;
  return tldtsParse(host, opts);
}

export interface ParsedLink {
  /** Lower-case host as written (ASCII or xn--, or Unicode if typed so), no port, no trailing dot. */
  host: string;
  /** The part before "@" in the authority ("https://webank.com@evil.cn" → "webank.com"), or "". */
  userinfo: string;
  isIp: boolean;
}

const SCHEME = /^[a-z][a-z0-9+.-]*:\/\//;
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/;
const HOST_OK = /^[a-z0-9\u00a1-\uffff_](?:[a-z0-9\u00a1-\uffff_.-]*[a-z0-9\u00a1-\uffff_])?$/;

/** Extract the host from a URL or bare host: scheme, userinfo, port, path, trailing dots, full-width dots. */
export function parseLink(input: string): ParsedLink | null {
  let s = toHalfWidth(String(input)).trim().replace(/[。｡]/g, '.').toLowerCase();
  s = s.replace(SCHEME, '').replace(/^\/\//, '');
  const end = s.search(/[/?#\\\s]/);
  const authority = end < 0 ? s : s.slice(0, end);
  const at = authority.lastIndexOf('@');
  const userinfo = at >= 0 ? authority.slice(0, at) : '';
  let host = authority.slice(at + 1);
  let isIp = false;
  if (host[0] === '[') {
    const close = host.indexOf(']');
    if (close < 0) return null;
    host = host.slice(1, close);
    isIp = true;
  } else if ((host.match(/:/g) || []).length >= 2 && /^[0-9a-f:.]+$/.test(host)) {
    isIp = true; // bare IPv6
  } else {
    const colon = host.indexOf(':');
    if (colon >= 0) host = host.slice(0, colon);
  }
  // Trailing dots (an FQDN's root dot, or junk): trimmed by a scan, since /\.+$/ backtracks
  // quadratically on a long run of dots followed by anything else.
  let cut = host.length;
  while (cut > 0 && host.charCodeAt(cut - 1) === 46) cut--;
  host = host.slice(0, cut);
  if (!host) return null;
  if (!isIp) {
    if (IPV4.test(host)) isIp = true;
    else if (!HOST_OK.test(host) || host.indexOf('..') >= 0) return null;
  }
  return { host, userinfo, isIp };
}

/** Registrable domain ("eTLD+1") of a host or URL: "https://a.b.webank.com:8443/x" → "webank.com". Null for IPs. */
export function registrableDomain(hostOrUrl: string): string | null {
  const p = parseLink(hostOrUrl);
  if (!p || p.isIp) return null;
  return parseDomain(p.host, { extractHostname: false, validateHostname: false }).domain;
}

// ---------------------------------------------------------------- indexes

interface DomainIndex {
  /** official domain → entry id */
  official: Map<string, string>;
  /** registrable domains of official domains: other pages there are the same company, not look-alikes */
  companies: Set<string>;
  /** skeleton of the registrable label of an official registrable domain → entry id ("webank" → webank) */
  labels: Map<string, string>;
  /** long labels for the edit-distance check */
  longLabels: Array<{ label: string; id: string }>;
  /** brand tokens, longest first */
  tokens: Array<{ token: string; id: string; short: boolean }>;
}

let dix: DomainIndex | null = null;

/** Well-known unrelated domains one edit away from an official label (citibank ≈ citicbank). */
const NOT_LOOKALIKE = new Set(['citibank.com', 'citi.com']);
/** Suffixes a scammer cannot register under. */
const PROTECTED_SUFFIX = /(?:^|\.)(?:gov|edu|mil)(?:\.cn)?$/;

function domainIndex(): DomainIndex {
  if (dix) return dix;
  const official = new Map<string, string>();
  const companies = new Set<string>();
  const labels = new Map<string, string>();
  const longLabels: Array<{ label: string; id: string }> = [];
  const tokens: Array<{ token: string; id: string; short: boolean }> = [];
  for (let i = 0, list = shippedEntries(); i < list.length; i++) {
    const e = list[i];
    for (let j = 0, items = e.domains; j < items.length; j++) {
      const d = items[j];
      official.set(d, e.id);
      const p = parseDomain(d, { extractHostname: false, validateHostname: false });
      if (p.domain) companies.add(p.domain);
      if (p.domain === d && p.domainWithoutSuffix && !/^\d+$/.test(p.domainWithoutSuffix)) {
        const sk = skeleton(p.domainWithoutSuffix);
        if (!labels.has(sk)) labels.set(sk, e.id);
        if (sk.length >= 5) longLabels.push({ label: sk, id: e.id });
      }
    }
    for (let j = 0, items = e.brandTokens || []; j < items.length; j++) {
      const t = items[j];
      tokens.push({ token: t, id: e.id, short: t.length <= 3 });
    }
  }
  tokens.sort((a, b) => b.token.length - a.token.length);
  dix = { official, companies, labels, longLabels, tokens };
  return dix;
}

// ---------------------------------------------------------------- homoglyphs and distance

const CONFUSABLE: Record<string, string> = {
  // Cyrillic
  а: 'a',
  е: 'e',
  ё: 'e',
  о: 'o',
  р: 'p',
  с: 'c',
  у: 'y',
  х: 'x',
  к: 'k',
  м: 'm',
  і: 'i',
  ї: 'i',
  ј: 'j',
  ѕ: 's',
  һ: 'h',
  ԁ: 'd',
  ԛ: 'q',
  ԝ: 'w',
  ь: 'b',
  ӏ: 'l',
  п: 'n',
  // Greek
  α: 'a',
  ο: 'o',
  ρ: 'p',
  ε: 'e',
  ι: 'i',
  κ: 'k',
  ν: 'v',
  τ: 't',
  υ: 'u',
  χ: 'x',
  ϲ: 'c',
  // Latin look-alikes and digits
  ı: 'i',
  ł: 'l',
  ɡ: 'g',
  ɑ: 'a',
  '0': 'o',
  '1': 'l',
  '|': 'l',
};

/** A label reduced to what it looks like: homoglyphs to Latin, accents dropped, rn → m, vv → w. */
export function skeleton(label: string): string {
  let s =
    /[^\x00-\x7f]/.test(label) && typeof label.normalize === 'function'
      ? label.normalize('NFD').replace(/[\u0300-\u036f]/g, '')
      : label;
  let out = '';
  for (let i = 0; i < s.length; i++) out += CONFUSABLE[s[i]] || s[i];
  s = out.replace(/rn/g, 'm').replace(/vv/g, 'w');
  return s;
}

// ---------------------------------------------------------------- official and look-alike

function hostOf(hostOrUrl: string): string | null {
  const p = parseLink(hostOrUrl);
  return p && !p.isIp ? p.host : null;
}

function ownerOfHost(host: string): string | null {
  const ix = domainIndex();
  let h = host;
  for (;;) {
    const id = ix.official.get(h);
    if (id) return id;
    const dot = h.indexOf('.');
    if (dot < 0) return null;
    h = h.slice(dot + 1);
  }
}

/** The entry id whose official domain this host (or URL) is, or a subdomain of; else null. */
export function officialDomainOwner(hostOrUrl: string): string | null {
  const host = hostOf(hostOrUrl);
  return host ? ownerOfHost(host) : null;
}

/** Is this host (or URL) an official domain (or subdomain of one) of entry `entryId`? */
export function isOfficialDomain(entryId: string, hostOrUrl: string): boolean {
  const host = hostOf(hostOrUrl);
  if (!host || !entryById(entryId)) return false;
  const e = entryById(entryId)!;
  return e.domains.some((d) => host === d || host.endsWith('.' + d));
}

/**
 * Which entry (if any) a host's labels imitate. `labels` are raw labels (possibly xn--), `isSubdomain`
 * says whether each sits left of the registrable label (a brand as a subdomain of a stranger's domain).
 */
function imitated(labels: Array<{ raw: string; sub: boolean }>): string | null {
  const ix = domainIndex();
  const sks = labels.map((l) => ({ sk: skeleton(decodeLabel(l.raw)), raw: l.raw, sub: l.sub }));
  // 1. the official label itself, alone or as a hyphen part, on another suffix or in a subdomain:
  //    webank.top, аlipay.com, jd-jr.top, cgbchina-kf.cn, webank.com.evil.cn
  for (let i = 0; i < sks.length; i++) {
    const l = sks[i];
    const id = ix.labels.get(l.sk);
    if (id) return id;
  }
  for (let i = 0; i < sks.length; i++) {
    const l = sks[i];
    if (l.sk.indexOf('-') < 0) continue;
    for (let j = 0, list = l.sk.split('-'); j < list.length; j++) {
      const p = list[j];
      const id = ix.labels.get(p);
      if (id) return id;
    }
  }
  // 2. an official number used as a name: 95384.vip, kf-95188.cc
  for (let i = 0; i < sks.length; i++) {
    const l = sks[i];
    const runs = l.raw.match(/\d{5,}/g);
    if (runs)
      for (const r of runs) {
        const id = officialNumberOwner(r);
        if (id) return id;
      }
  }
  // 3. one or two typing slips away from an official label, same first letter: webamk, alipey, cmbchlna
  for (let i = 0; i < sks.length; i++) {
    const l = sks[i];
    const parts = l.sk.indexOf('-') >= 0 ? [l.sk, ...l.sk.split('-')] : [l.sk];
    for (let j = 0; j < parts.length; j++) {
      const p = parts[j];
      if (p.length < 4) continue;
      for (let k = 0, list = ix.longLabels; k < list.length; k++) {
        const o = list[k];
        if (p[0] !== o.label[0] || p === o.label) continue;
        const max = o.label.length >= 8 ? 2 : 1;
        if (editDistance(p, o.label, max) <= max) return o.id;
      }
    }
  }
  // 4. a Chinese institution name as a domain label (支付宝.com, xn--... of 微众银行)
  for (let i = 0; i < sks.length; i++) {
    const l = sks[i];
    if (/^[\x00-\x7f]*$/.test(l.sk)) continue;
    const m = findInstitutionMentions(decodeLabel(l.raw));
    if (m.length) return m[0].entryId;
  }
  // 5. brand tokens: long ones inside a longer label (webank-kefu, weixinpay-help), short ones as a whole part (jd-jr)
  for (let i = 0, list = ix.tokens; i < list.length; i++) {
    const t = list[i];
    for (let j = 0; j < sks.length; j++) {
      const l = sks[j];
      if (t.short) {
        if (l.sk.split('-').indexOf(t.token) >= 0 && (l.sub || l.sk !== t.token)) return t.id;
      } else if (l.sk.indexOf(t.token) >= 0 && (l.sub || l.sk !== t.token)) return t.id;
    }
  }
  return null;
}

function linkAnswer(
  query: string,
  official: boolean | null,
  id: string | null,
  lookalike: string | null,
): LookupAnswer {
  return {
    query,
    kind: 'link',
    official,
    entry: id ? entryById(id) : null,
    lookalike_of: lookalike,
  };
}

/**
 * Is this link official?
 * - official: true + entry — host is an official domain of the entry or a subdomain of one;
 * - official: false + lookalike_of — the host imitates an entry (brand token inside another domain, one or two
 *   slips from an official name, homoglyphs, an official number as a name, brand in the userinfo);
 * - official: false, lookalike_of null — a raw IP address (no institution sends those);
 * - official: null — unknown (including other pages of a known company's domain, e.g. mp.weixin.qq.com).
 */
export function lookupLink(query: string): LookupAnswer {
  const p = parseLink(query);
  if (!p) return linkAnswer(query, null, null, null);
  const userLabels = p.userinfo
    ? p.userinfo
        .split(/[.:@]/)
        .filter((x) => x)
        .map((raw) => ({ raw, sub: true }))
    : [];
  if (p.isIp)
    return linkAnswer(query, false, null, userLabels.length ? imitated(userLabels) : null);
  const ix = domainIndex();
  // The host decides where the link goes; text before "@" is only decoration.
  const owner = ownerOfHost(p.host);
  if (owner) return linkAnswer(query, true, owner, null);
  const parsed = parseDomain(p.host, { extractHostname: false, validateHostname: false });
  const reg = parsed.domain;
  const suffix = parsed.publicSuffix || '';
  if (reg && ix.companies.has(reg)) return linkAnswer(query, null, null, null);
  if (reg && NOT_LOOKALIKE.has(reg)) return linkAnswer(query, null, null, null);
  const labels = [...userLabels];
  if (parsed.subdomain)
    for (let i = 0, list = parsed.subdomain.split('.'); i < list.length; i++) {
      const raw = list[i];
      if (raw) labels.push({ raw, sub: true });
    }
  if (parsed.domainWithoutSuffix) labels.push({ raw: parsed.domainWithoutSuffix, sub: false });
  else if (!reg) labels.push({ raw: p.host.split('.')[0], sub: false });
  if (PROTECTED_SUFFIX.test(suffix) && userLabels.length === 0)
    return linkAnswer(query, null, null, null);
  const id = imitated(labels);
  return id ? linkAnswer(query, false, null, id) : linkAnswer(query, null, null, null);
}
