// The source of miniprogram/core/engine/regex-plans.ts (scripts/gen-phrase-index.ts writes it
// with the phrase indexes; a unit test checks the committed file equals it): for each regex the
// checker runs through engine/regex-plan.ts (matchAll, matchesAny) on the fixture notices, its
// top-level alternatives and, for each, the literal sets any match of it must contain. Reading a
// source for them costs ~30 ms on a phone without a JIT, more than the compilation it saves, so
// it is done here, once. The file names each planned regex by its export from its rule file (a
// planned regex must be exported), so the checker finds a plan by the regex object, without
// hashing its source; it uses a plan only while the regex's flags and length are the plan's, and
// a unit test fails until the file is regenerated after an edit.
import * as fs from 'fs';
import * as path from 'path';
import { checkNotice } from '../miniprogram/core/check';
import { collectRegexes, stringsOf } from '../miniprogram/core/engine/regex-plan';

/** A literal set: at least one of its strings is in every match (a required factor). */
type Lits = string[];

/** What a piece of pattern can match: its finite set of strings when small, else factors. */
interface Info {
  /** Every string the piece can match, when there are few (null: many or unknown). */
  exact: Lits | null;
  /** Literal sets each match contains one of (all of them required). */
  factors: Lits[];
}

/** Largest literal set kept exact before it is given up as a factor (cross products grow). */
const LIMIT = 64;

const ANY: Info = { exact: null, factors: [] };
const EMPTY: Info = { exact: [''], factors: [] };

function cross(a: Lits, b: Lits): Lits {
  const out: Lits = [];
  for (const x of a) for (const y of b) if (out.indexOf(x + y) < 0) out.push(x + y);
  return out;
}

function union(a: Lits, b: Lits): Lits {
  const out = a.slice();
  for (const y of b) if (out.indexOf(y) < 0) out.push(y);
  return out;
}

/** A char whose match is itself alone, with or without the `i` flag (CJK, digits, punctuation). */
function caseless(c: number): boolean {
  if (c < 0x80) return !((c >= 65 && c <= 90) || (c >= 97 && c <= 122));
  return (
    (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff01 && c <= 0xff20)
  );
}

/**
 * The top-level alternatives of `source` and the literal sets each needs, or null where the
 * source uses what this reader does not follow (unicode mode, backreferences, named groups,
 * \p, \c): such a regex always runs whole.
 */
export function alternativesOf(
  source: string,
  flags: string,
): Array<{ source: string; req: Lits[] }> | null {
  if (/[uvy]/.test(flags)) return null;
  const icase = flags.indexOf('i') >= 0;
  const src = source;
  let i = 0;
  let bad = false;

  const usable = (set: Lits | null): set is Lits => {
    if (!set || !set.length) return false;
    for (const s of set) {
      if (!s) return false;
      if (icase) for (let k = 0; k < s.length; k++) if (!caseless(s.charCodeAt(k))) return false;
    }
    return true;
  };
  /** The most telling required set of a piece: its exact strings, or its longest factor. */
  const best = (info: Info): Lits | null => {
    if (usable(info.exact)) return info.exact;
    let b: Lits | null = null;
    let score = -1;
    for (const f of info.factors) {
      let min = Infinity;
      for (const s of f) min = Math.min(min, s.length);
      const sc = min * 1000 - f.length;
      if (sc > score) {
        score = sc;
        b = f;
      }
    }
    return b;
  };

  const alt = (branches: Info[]): Info => {
    if (branches.length === 1) return branches[0];
    let all: Lits | null = [];
    for (const b of branches) all = all && b.exact ? union(all, b.exact) : null;
    if (all && all.length <= LIMIT) return { exact: all, factors: [] };
    let set: Lits = [];
    for (const b of branches) {
      const s = best(b);
      if (!s) return ANY;
      set = union(set, s);
    }
    return { exact: null, factors: [set] };
  };

  const seq = (items: Info[]): Info => {
    let cur: Lits = [''];
    const factors: Lits[] = [];
    let exact = true;
    for (const it of items) {
      if (it.exact) {
        if (cur.length * it.exact.length <= LIMIT) cur = cross(cur, it.exact);
        else {
          if (usable(cur)) factors.push(cur);
          exact = false;
          cur = it.exact;
        }
      } else {
        exact = false;
        if (usable(cur)) factors.push(cur);
        cur = [''];
        for (const f of it.factors) factors.push(f);
      }
    }
    if (exact) return { exact: cur, factors: [] };
    if (usable(cur)) factors.push(cur);
    return { exact: null, factors };
  };

  /** After a backslash: the one char it stands for, or null (a class escape or unknown). */
  const escapeChar = (inClass: boolean): string | null => {
    const c = src[i++];
    if (c === undefined) {
      bad = true;
      return null;
    }
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'f':
        return '\f';
      case 'v':
        return '\v';
      case 'b':
        return inClass ? '\b' : null;
      case 'x':
      case 'u': {
        const len = c === 'x' ? 2 : 4;
        const h = src.slice(i, i + len);
        if (h.length !== len || !/^[0-9a-fA-F]+$/.test(h)) {
          bad = true;
          return null;
        }
        i += len;
        return String.fromCharCode(parseInt(h, 16));
      }
      default:
        // Digits (backreferences, octal), letters (\d \s \w \p \c \k …): not followed here.
        if (/[0-9A-Za-z]/.test(c)) {
          if (!/[dDsSwW]/.test(c)) bad = true;
          return null;
        }
        return c;
    }
  };

  const parseClass = (): Info => {
    // After '['.
    let ok = src[i] !== '^';
    if (!ok) i++;
    const chars: Lits = [];
    let first = true;
    while (i < src.length && (src[i] !== ']' || false)) {
      first = false;
      let c: string | null;
      if (src[i] === '\\') {
        i++;
        c = escapeChar(true);
        if (c === null) ok = false;
      } else c = src[i++];
      if (src[i] === '-' && i + 1 < src.length && src[i + 1] !== ']') {
        i++;
        let d: string | null;
        if (src[i] === '\\') {
          i++;
          d = escapeChar(true);
        } else d = src[i++];
        if (c === null || d === null) {
          ok = false;
          continue;
        }
        const a = c.charCodeAt(0);
        const b = d.charCodeAt(0);
        if (b - a > 16 || b < a) ok = false;
        else for (let k = a; k <= b; k++) chars.push(String.fromCharCode(k));
      } else if (c !== null) chars.push(c);
    }
    if (src[i] !== ']') bad = true;
    i++;
    // "[]" matches nothing; first is left for the reader of this loop.
    if (first || !ok || chars.length > 16) return ANY;
    return { exact: union([], chars), factors: [] };
  };

  const parseAtom = (): Info => {
    const c = src[i];
    if (c === '(') {
      i++;
      let look = false;
      if (src[i] === '?') {
        const d = src[i + 1];
        if (d === ':') i += 2;
        else if (d === '=' || d === '!') {
          look = true;
          i += 2;
        } else if (d === '<' && (src[i + 2] === '=' || src[i + 2] === '!')) {
          look = true;
          i += 3;
        } else {
          bad = true;
          i += 2;
        }
      }
      const branches = [parseSeq()];
      while (src[i] === '|') {
        i++;
        branches.push(parseSeq());
      }
      if (src[i] !== ')') bad = true;
      i++;
      // A lookaround consumes nothing; what it asks of the text is not needed here.
      return look ? EMPTY : alt(branches);
    }
    if (c === '[') {
      i++;
      return parseClass();
    }
    if (c === '\\') {
      i++;
      if (src[i] === 'b' || src[i] === 'B') {
        i++;
        return EMPTY;
      }
      const ch = escapeChar(false);
      return ch === null ? ANY : { exact: [ch], factors: [] };
    }
    i++;
    if (c === '.') return ANY;
    if (c === '^' || c === '$') return EMPTY;
    if (c === '*' || c === '+' || c === '?') bad = true;
    return { exact: [c], factors: [] };
  };

  const parseQuant = (a: Info): Info => {
    const c = src[i];
    let min: number;
    let max: number;
    if (c === '?') {
      min = 0;
      max = 1;
      i++;
    } else if (c === '*') {
      min = 0;
      max = Infinity;
      i++;
    } else if (c === '+') {
      min = 1;
      max = Infinity;
      i++;
    } else if (c === '{') {
      const m = /^\{(\d+)(,(\d*))?\}/.exec(src.slice(i, i + 24));
      if (!m) return a; // a literal '{'
      i += m[0].length;
      min = Number(m[1]);
      max = m[2] ? (m[3] === '' ? Infinity : Number(m[3])) : min;
    } else return a;
    if (src[i] === '?') i++;
    if (min === 0 && max === 1) return a.exact ? { exact: union([''], a.exact), factors: [] } : ANY;
    if (min === 0) return ANY;
    if (min === max && a.exact && min <= 4 && Math.pow(a.exact.length, min) <= LIMIT) {
      let cur: Lits = [''];
      for (let k = 0; k < min; k++) cur = cross(cur, a.exact);
      return { exact: cur, factors: [] };
    }
    // At least one copy: what one copy needs.
    const f = best(a);
    const factors = a.factors.filter((x) => x !== f);
    if (f) factors.unshift(f);
    return { exact: null, factors };
  };

  function parseSeq(): Info {
    const items: Info[] = [];
    while (i < src.length && src[i] !== '|' && src[i] !== ')') items.push(parseQuant(parseAtom()));
    return seq(items);
  }

  const bounds = [0];
  const branches = [parseSeq()];
  while (src[i] === '|') {
    bounds.push(i);
    i++;
    branches.push(parseSeq());
  }
  if (bad || i !== src.length) return null;
  return branches.map((b, k) => ({
    source: src.slice(k ? bounds[k] + 1 : 0, k + 1 < branches.length ? bounds[k + 1] : src.length),
    req: b.exact ? (usable(b.exact) ? [b.exact] : []) : b.factors.filter(usable),
  }));
}

const ROOT = path.resolve(__dirname, '..');
/** Shorter regexes compile in little time; looking up their literals on every notice costs more
 * than it saves on a warm check. */
const MIN_SOURCE = 150;
/** The notices run to find the regexes (never the blind probe set, the lead's alone). */
const FIXTURES = ['notices.jsonl', 'holdout.jsonl', 'probe-dev.jsonl'];

/** The regexes the checker hands to regex-plan.ts on the fixture notices. */
export function plannedRegexes(): RegExp[] {
  const seen = new Set<RegExp>();
  collectRegexes(seen);
  try {
    for (const f of FIXTURES)
      for (const line of fs
        .readFileSync(path.join(ROOT, 'test', 'fixtures', f), 'utf8')
        .split('\n')) {
        if (!line.trim()) continue;
        const o = JSON.parse(line) as {
          text: string;
          channel?: string;
          sender?: string;
          borrowed?: string;
        };
        try {
          checkNotice(o as Parameters<typeof checkNotice>[0]);
        } catch {
          // An input the checker refuses reaches no rule.
        }
      }
  } finally {
    collectRegexes(null);
  }
  return [...seen];
}

/** The set without strings that contain another of it ("你的" is in every text "你" is not absent
 * from): the same requirement, fewer look-ups. Shortest first, as a text lacks the rarest least. */
function minimal(set: Lits): Lits {
  const sorted = set.slice().sort((a, b) => a.length - b.length || (a < b ? -1 : a > b ? 1 : 0));
  const out: Lits = [];
  for (const s of sorted) if (!out.some((o) => s.includes(o))) out.push(s);
  return out;
}

/** Characters that are not literals in a regex source. */
const META = '()[]\\.*+?{}^$|';

/**
 * The pieces of `source` engine/regex-plan.ts can expand (stringsOf): runs of literal characters
 * and groups of literal alternatives ("(爸妈|父母|…)"), each maybe optional, outside classes. By
 * the strings each matches as minimal() keeps them, sorted: where the piece starts and its
 * length, and how many strings it expands to. A literal set that equals one is cut from the
 * source at run time instead of written out.
 */
function literalPieces(source: string): Map<string, { at: number; len: number; count: number }> {
  const toks: Array<{ at: number; end: number; opts: Lits | null }> = [];
  for (let i = 0; i < source.length;) {
    const c = source[i];
    let t: { at: number; end: number; opts: Lits | null };
    if (c === '\\') t = { at: i, end: i + 2, opts: null };
    else if (c === '[') {
      let k = i + 1;
      while (k < source.length && source[k] !== ']') k += source[k] === '\\' ? 2 : 1;
      t = { at: i, end: k + 1, opts: null };
    } else if (c === '(') {
      const m = /^\(([^()[\]\\.*+?{}^$|]+(?:\|[^()[\]\\.*+?{}^$|]+)*)\)/.exec(source.slice(i));
      t = m
        ? { at: i, end: i + m[0].length, opts: m[1].split('|') }
        : { at: i, end: i + 1, opts: null };
    } else t = { at: i, end: i + 1, opts: META.includes(c) ? null : [c] };
    const q = source[t.end];
    if (t.opts && q === '?') {
      t.opts = [...t.opts, ''];
      t.end++;
    } else if (t.opts && (q === '*' || q === '+' || q === '{')) t.opts = null;
    toks.push(t);
    i = t.end;
  }
  const out = new Map<string, { at: number; len: number; count: number }>();
  for (let a = 0; a < toks.length; a++) {
    let cur: Lits = [''];
    for (let b = a; b < toks.length && toks[b].opts && cur.length <= 256; b++) {
      cur = cross(cur, toks[b].opts as Lits);
      // A lone character's set is written shorter than cut.
      if (b === a && toks[b].opts?.length === 1) continue;
      const key = minimal(cur).sort().join('|');
      const len = toks[b].end - toks[a].at;
      // What the checker will read there: the same strings, or the piece is not used.
      if (
        minimal(stringsOf(source.substr(toks[a].at, len)))
          .sort()
          .join('|') !== key
      )
        continue;
      const old = out.get(key);
      if (!old || cur.length < old.count || (cur.length === old.count && len < old.len))
        out.set(key, { at: toks[a].at, len, count: cur.length });
    }
  }
  return out;
}

const SIGNALS = path.join(ROOT, 'miniprogram', 'core', 'signals');

/** Each regex the rule files export, by where: module (its file name without .ts) and name. */
function exportedRegexes(): Map<RegExp, { file: string; name: string }> {
  const out = new Map<RegExp, { file: string; name: string }>();
  for (const f of fs.readdirSync(SIGNALS).sort()) {
    if (!f.endsWith('.ts')) continue;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const mod = require(path.join(SIGNALS, f)) as Record<string, unknown>;
    for (const name of Object.keys(mod).sort()) {
      const v = mod[name];
      if (v instanceof RegExp && !out.has(v)) out.set(v, { file: f.slice(0, -3), name });
    }
  }
  return out;
}

/** The name a generated import gives a rule module ("threat-acts" -> threatActs). */
const moduleVar = (file: string): string =>
  file.replace(/[-.]([a-z0-9])/g, (_, c: string) => c.toUpperCase());

export function regexPlansSource(): string {
  const entries: Array<{
    at: { file: string; name: string };
    flags: string;
    source: string;
    lengths: string;
    req: Lits[][];
  }> = [];
  const exported = exportedRegexes();
  for (const re of plannedRegexes()) {
    const parts = alternativesOf(re.source, re.flags);
    // Separators of the compact strings below: a set with them is left out (it only helps).
    const req = (parts || []).map((p) =>
      p.req.filter((f) => !f.some((l) => /[|\n&#:]/.test(l))).map(minimal),
    );
    if (!parts || !req.some((r) => r.length) || re.source.length < MIN_SOURCE) continue;
    if (parts.map((p) => p.source).join('|') !== re.source)
      throw new Error(`alternatives do not make up the source: ${re.source.slice(0, 60)}`);
    const lengths = parts.map((p) => p.source.length.toString(36)).join(',');
    const at = exported.get(re);
    // Only an exported regex can be named here: another runs whole (export it for a plan).
    if (!at) continue;
    entries.push({ at, flags: re.flags, source: re.source, lengths, req });
  }
  const order = (e: (typeof entries)[number]) => `${e.at.file} ${e.at.name}`;
  entries.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
  const ids = new Map<string, number>();
  const factors: string[] = [];
  const idOf = (f: Lits) => {
    const k = f.join('|');
    let id = ids.get(k);
    if (id === undefined) {
      ids.set(k, (id = factors.length));
      factors.push(compactSet(f));
    }
    return id;
  };
  const rows = entries.map((e) => {
    const pieces = literalPieces(e.source);
    const cutOf = (f: Lits): string | null => {
      const p = pieces.get(f.slice().sort().join('|'));
      // A few more strings than the set's own to look for, at most (they cost time per text).
      const cut = p && p.count <= 2 * f.length + 4 && `${p.at}:${p.len}`;
      return cut && cut.length + 2 < listBytes(f) ? cut : null;
    };
    const setsOf = (r: Lits[]): string => {
      const sets = r.map((f) => ({ f, cut: cutOf(f) }));
      // Every set is required, so any one of them rules the alternative out: where some are cut
      // from the source (a few bytes each), the written-out ones are left to the regex itself.
      const keep = sets.some((x) => x.cut) ? sets.filter((x) => x.cut) : sets;
      return keep.map((x) => x.cut || String(idOf(x.f))).join(',');
    };
    return `  [${moduleVar(e.at.file)}.${e.at.name}, '${e.flags}', '${e.lengths}', '${e.req.map(setsOf).join(';')}'],`;
  });
  const files = [...new Set(entries.map((e) => e.at.file))];
  return `// Generated by scripts/gen-phrase-index.ts (npm run gen:phrases); do not edit by hand.
// Per regex engine/regex-plan.ts runs (the rule file's export itself, so found without reading
// its source), the flags it was planned for, the lengths of its top-level alternatives (they
// sum to the source's length: an edited regex runs whole) and the literal sets each needs: ids
// into factors, or a place in the regex's own source whose piece matches just that set. Handed
// to regex-plan.ts on load (engine/check.ts imports this file).
import { usePlans, type RegexPlanData } from './regex-plan';
${files.map((f) => `import * as ${moduleVar(f)} from '../signals/${f}';`).join('\n')}

export const REGEX_PLANS: RegexPlanData = {
  factors: ${JSON.stringify(factors.join('\n'))},
  regexes: [
${rows.join('\n')}
  ],
};
usePlans(REGEX_PLANS);
`;
}

/** The bytes of `lits` written as one '|' list. */
const listBytes = (lits: Lits): number => Buffer.byteLength(lits.join('|'));

/**
 * The best product P × Q inside `set` (every p + q in it; P and Q of 2 or more), or null: the
 * suffixes Q of one of its strings after a cut, and every prefix all of them follow.
 */
function bestProduct(set: Lits, whole: boolean): { p: Lits; q: Lits; saving: number } | null {
  const has = new Set(set);
  let best: { p: Lits; q: Lits; saving: number } | null = null;
  const tried = new Set<string>();
  for (const s of set)
    for (let cut = 1; cut < s.length; cut++) {
      const head = s.slice(0, cut);
      if (tried.has(head)) continue;
      tried.add(head);
      const q = set.filter((x) => x.startsWith(head)).map((x) => x.slice(cut));
      if (q.length < 2) continue;
      const heads = new Set<string>();
      for (const x of set)
        for (const y of q)
          if (x.length >= y.length && x.endsWith(y)) heads.add(x.slice(0, x.length - y.length));
      const p = [...heads].filter((h) => q.every((y) => has.has(h + y)));
      if (p.length < 2) continue;
      if (whole && p.length * q.length !== set.length) continue;
      const covered = new Set<string>();
      for (const h of p) for (const y of q) covered.add(h + y);
      // Two ways to one string ("我" + "们来", "我们" + "来") would repeat it on expanding.
      if (covered.size !== p.length * q.length || (whole && covered.size !== set.length)) continue;
      const saving = listBytes([...covered]) - listBytes(p) - listBytes(q) - 2;
      if (!best || saving > best.saving) best = { p, q, saving };
    }
  return best;
}

/** A '|' list, or the lists whose product it is exactly (joined by '&'). */
function productOf(lits: Lits): string {
  const d = lits.length >= 4 ? bestProduct(lits, true) : null;
  return d ? `${productOf(d.p)}&${productOf(d.q)}` : lits.join('|');
}

/** The strings a compact set stands for (engine/regex-plan.ts reads it the same way). */
function expandSet(line: string): Lits {
  if (line.indexOf('&') < 0) return line.split('|');
  const out: Lits = [];
  for (const term of line.split('#')) {
    let cur = [''];
    for (const f of term.split('&')) {
      const next: Lits = [];
      for (const a of cur) for (const b of f.split('|')) next.push(a + b);
      cur = next;
    }
    out.push(...cur);
  }
  return out;
}

/**
 * A literal set in the plans' compact form: products that make up most of it (the cross
 * products of "(我|我们|老子)(亲自)?(来|过来)") as '&'-joined lists, '#' between terms, the
 * strings left over as a last term. The same strings, a third of the bytes for the big sets.
 */
function compactSet(set: Lits): string {
  let rest = set.slice();
  const terms: string[] = [];
  for (;;) {
    const d = rest.length >= 4 ? bestProduct(rest, false) : null;
    if (!d || d.saving <= 0) break;
    terms.push(`${productOf(d.p)}&${productOf(d.q)}`);
    const covered = new Set<string>();
    for (const h of d.p) for (const y of d.q) covered.add(h + y);
    rest = rest.filter((x) => !covered.has(x));
  }
  if (rest.length) terms.push(rest.join('|'));
  const line = terms.join('#');
  const back = expandSet(line);
  if (
    back.length !== set.length ||
    new Set(back).size !== set.length ||
    back.some((x) => !set.includes(x))
  )
    throw new Error(`compact literal set does not expand back: ${set.join('|')}`);
  return line;
}
