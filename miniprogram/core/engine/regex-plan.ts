// Big regexes run only where they can match. A rule's regex is a long alternation ("告诉你单位…"
// | "给你爸妈打电话…" | …), and on the phone (JavaScriptCore without a JIT) compiling one costs
// more than running it: the threat acts' six alternations were ~40 % of the regex compilation of
// a first check. Each top-level alternative of such a regex comes with the literals any match of
// it must contain (one of the verbs of "(告诉|通知|…)(了)?", one of the places, …), worked out
// ahead of time from its source (scripts/regex-plan-source.ts writes regex-plans.ts): an
// alternative whose literals the text lacks cannot match, is never compiled and never runs. What
// is left runs as the whole regex when every alternative may match, otherwise as one small regex
// per alternative, merged as the alternation takes them: the earliest start, at equal starts the
// first alternative. Results are the regex's own, computed with less work
// (test/unit/engine/regex-plan.test.ts compares them on the corpus and on generated texts); a
// regex with no plan, or whose source or flags differ from its plan's, simply runs whole.
//
// The plans do not repeat the sources (they ship in the rule files): regex-plans.ts names each
// planned regex (the rule files export them) and hands the table over on load (usePlans), so a
// plan is found by the regex object itself, without reading its source; the alternatives are cut
// from the regex's own source by their lengths. A regex whose flags or length differ from its
// plan's runs whole (a unit test fails until the table is regenerated).

export interface Pos {
  s: number;
  e: number;
}

/** regex-plans.ts: literal sets ('|' between literals, '\n' between sets; a set may be written
 * as products, see literalsOf), and per regex the regex, its flags as planned, the lengths
 * (base 36, summing to its source's) of its top-level
 * alternatives (base 36, ',' between them) and their sets (';' between alternatives, ',' between sets): a set is an id into the factors, or
 * "start:length", the strings the piece of the regex's own source at that place matches (see
 * stringsOf). */
export interface RegexPlanData {
  factors: string;
  regexes: Array<[re: RegExp, flags: string, lengths: string, needs: string]>;
}

let REGEX_PLANS: RegexPlanData = { factors: '', regexes: [] };

interface Alt {
  source: string;
  /** Ids of literal sets the text must contain one literal of each. */
  req: number[];
  re: RegExp | null;
}

interface Plan {
  /** null: the regex runs whole. */
  alts: Alt[] | null;
  flags: string;
  /** Calls so far that ran by plan (see PLANNED_CALLS). */
  calls: number;
}

/**
 * Calls of a regex that run by plan; later ones run it whole. The plan pays on the first checks
 * after start-up, when compiling is the cost; once a session has checked a few notices, looking
 * up literals on every call costs more than the whole regex, compiled by then once, takes to run.
 */
const PLANNED_CALLS = 8;
let plannedCalls = PLANNED_CALLS;

/** Tests only: run by plan on every call (Infinity), or as shipped (undefined). */
export function setPlannedCalls(n?: number): void {
  plannedCalls = n === undefined ? PLANNED_CALLS : n;
}

// Literal sets by id, split from their compact string on first use; each is looked up once per
// text.
let factorSource: string[] | null = null;
const FACTORS: Array<string[] | undefined> = [];
let memoText = '';
let memoGen = 0;
const stamp: number[] = [];
const present: boolean[] = [];

/**
 * The literals of a set as written in regex-plans.ts: a '|' list, or terms ('#' between them)
 * each the product of '&'-joined lists ("我|老子&来|过来" is 我来, 我过来, 老子来, 老子过来).
 */
function literalsOf(line: string): string[] {
  if (line.indexOf('&') < 0) return line.split('|');
  const out: string[] = [];
  const terms = line.split('#');
  for (let i = 0; i < terms.length; i++) {
    const lists = terms[i].split('&');
    let cur = lists[0].split('|');
    for (let k = 1; k < lists.length; k++) {
      const next = lists[k].split('|');
      const acc: string[] = [];
      for (let a = 0; a < cur.length; a++)
        for (let b = 0; b < next.length; b++) acc.push(cur[a] + next[b]);
      cur = acc;
    }
    for (let a = 0; a < cur.length; a++) out.push(cur[a]);
  }
  return out;
}

function has(t: string, f: number): boolean {
  if (t !== memoText) {
    memoText = t;
    memoGen++;
  }
  if (stamp[f] === memoGen) return present[f];
  if (!factorSource) factorSource = REGEX_PLANS.factors.split('\n');
  let lits = FACTORS[f];
  if (!lits) lits = FACTORS[f] = literalsOf(factorSource[f]);
  let ok = false;
  for (let k = 0; k < lits.length && !ok; k++) ok = t.indexOf(lits[k]) >= 0;
  stamp[f] = memoGen;
  present[f] = ok;
  return ok;
}

let plans = new WeakMap<RegExp, Plan>();
/** Each planned regex's row in REGEX_PLANS. */
let rows: Map<RegExp, number> | null = null;
let collected: Set<RegExp> | null = null;

/** Scripts and tests only: gather every regex handed to this module into `into` (null: stop). */
export function collectRegexes(into: Set<RegExp> | null): void {
  collected = into;
}

function planOf(re: RegExp): Plan {
  if (collected) collected.add(re);
  let plan = plans.get(re);
  if (plan) return plan;
  if (!rows) {
    rows = new Map();
    const all = REGEX_PLANS.regexes;
    for (let k = 0; k < all.length; k++) rows.set(all[k][0], k);
  }
  const row = rows.get(re);
  let alts: Alt[] | null = null;
  if (row !== undefined && REGEX_PLANS.regexes[row][1] === re.flags) {
    if (!factorSource) factorSource = REGEX_PLANS.factors.split('\n');
    const [, , lengths, needs] = REGEX_PLANS.regexes[row];
    const ends = lengths.split(',');
    let total = -1;
    for (let k = 0; k < ends.length; k++) total += parseInt(ends[k], 36) + 1;
    // A regex edited since its plan was made (other flags or length) runs whole.
    if (total === re.source.length) {
      const req = needs.split(';');
      const ids = idOf(re);
      alts = [];
      let from = 0;
      for (let k = 0; k < ends.length; k++) {
        const to = from + parseInt(ends[k], 36);
        alts.push({
          source: re.source.slice(from, to),
          req: req[k] ? req[k].split(',').map(ids) : [],
          re: null,
        });
        from = to + 1;
      }
    }
  }
  plan = { alts, flags: re.flags, calls: 0 };
  plans.set(re, plan);
  return plan;
}

/** Ids of the pieces read so far, by their text (a relatives list many regexes hold is looked up
 * once per text, as a factor is). */
const pieceIds = new Map<string, number>();

/** A set's id: a factor's, or that of "start:length", a piece of the regex's source. */
function idOf(re: RegExp): (set: string) => number {
  return (set) => {
    const at = set.indexOf(':');
    if (at < 0) return Number(set);
    const from = Number(set.slice(0, at));
    const piece = re.source.slice(from, from + Number(set.slice(at + 1)));
    let id = pieceIds.get(piece);
    if (id === undefined) {
      pieceIds.set(piece, (id = (factorSource as string[]).length + pieceIds.size));
      FACTORS[id] = stringsOf(piece);
    }
    return id;
  };
}

/** The plans (regex-plans.ts calls it on load; tests may hand over others). */
export function usePlans(data: RegexPlanData): void {
  REGEX_PLANS = data;
  plans = new WeakMap();
  rows = null;
  factorSource = null;
  FACTORS.length = 0;
  pieceIds.clear();
  memoText = '';
  memoGen++;
}

/**
 * The strings a piece of regex source made of literal characters and groups of literal
 * alternatives, each maybe optional, matches ("(你|您)(们)?的" is 你的, 您的, 你们的, 您们的); the
 * generator cuts only such pieces.
 */
export function stringsOf(piece: string): string[] {
  const n = piece.length;
  let cur = [''];
  for (let k = 0; k < n;) {
    let opts: string[];
    // A '(' without its ')' (never in a piece the generator cut) is taken as a character.
    const end = piece.charCodeAt(k) === 40 ? piece.indexOf(')', k) : -1;
    if (end >= 0) {
      opts = piece.slice(k + 1, end).split('|');
      k = end + 1;
    } else {
      // A run of characters none of which a '?' makes optional, appended in one step: without a
      // JIT each character a turn of this loop cost as much as a group.
      let j = k + 1;
      while (j < n && piece.charCodeAt(j) !== 40 && piece.charCodeAt(j + 1) !== 63) j++;
      if (piece.charCodeAt(k + 1) !== 63) {
        const run = piece.slice(k, j);
        for (let a = 0; a < cur.length; a++) cur[a] += run;
        k = j;
        continue;
      }
      opts = [piece[k++]];
    }
    if (piece.charCodeAt(k) === 63) {
      opts.push('');
      k++;
    }
    if (cur.length === 1 && cur[0] === '') {
      cur = opts;
      continue;
    }
    const next: string[] = [];
    for (let a = 0; a < cur.length; a++)
      for (let b = 0; b < opts.length; b++) next.push(cur[a] + opts[b]);
    cur = next;
  }
  return cur;
}

/** The alternatives of `plan` that may match `t` (all of them: null). */
function live(plan: Plan, t: string): Alt[] | null {
  const alts = plan.alts as Alt[];
  let out: Alt[] | null = null;
  for (let k = 0; k < alts.length; k++) {
    const req = alts[k].req;
    let ok = true;
    for (let j = 0; j < req.length && ok; j++) ok = has(t, req[j]);
    if (ok) {
      if (out) out.push(alts[k]);
    } else if (!out) out = alts.slice(0, k);
  }
  return out;
}

function regexOf(alt: Alt, flags: string): RegExp {
  return alt.re || (alt.re = new RegExp(alt.source, flags));
}

/**
 * The matches of global regex `re` in `t`, as `re.lastIndex = 0; while (m = re.exec(t))` would
 * find them, at most `limit` (the regex's lastIndex is left alone).
 */
export function matchAll(re: RegExp, t: string, limit: number): Pos[] {
  const out: Pos[] = [];
  const plan = planOf(re);
  const alts = plan.alts && re.global && plan.calls++ < plannedCalls ? live(plan, t) : null;
  if (!alts) {
    re.lastIndex = 0;
    for (let m = re.exec(t); m && out.length < limit; m = re.exec(t))
      out.push({ s: m.index, e: m.index + m[0].length });
    re.lastIndex = 0;
    return out;
  }
  return leftmostMatches(t, alts.length, (k) => regexOf(alts[k], plan.flags), limit, false);
}

/**
 * The matches of global regex `re` in `t` as degrading-acts' scan loop finds them: at most `cap`,
 * an empty match left out (the search goes on one character after it); by plan where `re` has
 * one (the regex's lastIndex is left at 0).
 */
export function scanAll(re: RegExp, t: string, cap: number): Pos[] {
  const plan = planOf(re);
  const alts = plan.alts && re.global && plan.calls++ < plannedCalls ? live(plan, t) : null;
  if (alts)
    return leftmostMatches(t, alts.length, (k) => regexOf(alts[k], plan.flags), cap, true, true);
  const out: Pos[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(t); m && out.length < cap; m = re.exec(t)) {
    if (!m[0]) re.lastIndex++;
    else out.push({ s: m.index, e: m.index + m[0].length });
  }
  re.lastIndex = 0;
  return out;
}

/**
 * The matches of `n` global regexes merged as one alternation of them would find them: at each
 * step the earliest start any of them matches at, the first such in order, then on from its end;
 * each regex's next match is kept until the scan passes its start, so each runs as few times as
 * it can. After an empty match, `pastEmpty` steps one character on; without it the same match is
 * found again, as a bare `while (m = re.exec(t))` loop would (bounded by `limit`). `skipEmpty`
 * leaves empty matches out (with `pastEmpty`).
 */
export function leftmostMatches(
  t: string,
  n: number,
  regexAt: (k: number) => RegExp,
  limit: number,
  pastEmpty: boolean,
  skipEmpty = false,
): Pos[] {
  const out: Pos[] = [];
  if (!n) return out;
  // Per regex: start and end of its next match at or after `pos` (start -2: not looked for yet,
  // -1: none left).
  const at: number[] = [];
  const end: number[] = [];
  for (let k = 0; k < n; k++) {
    at.push(-2);
    end.push(0);
  }
  let pos = 0;
  while (out.length < limit && pos <= t.length) {
    let best = -1;
    let bs = Infinity;
    for (let k = 0; k < n; k++) {
      if (at[k] === -1) continue;
      if (at[k] < pos) {
        const r = regexAt(k);
        r.lastIndex = pos;
        const m = r.exec(t);
        if (!m) {
          at[k] = -1;
          continue;
        }
        at[k] = m.index;
        end[k] = m.index + m[0].length;
      }
      if (at[k] < bs) {
        bs = at[k];
        best = k;
      }
    }
    if (best < 0) break;
    if (!skipEmpty || end[best] > bs) out.push({ s: bs, e: end[best] });
    pos = pastEmpty && end[best] === bs ? bs + 1 : end[best];
  }
  return out;
}

// Word gates: a regex every match of which holds one of a few words runs only on a text that
// holds one. The words are the caller's; test/unit/engine/regex-gates.test.ts proves them from
// each gated regex's source (every top-level alternative needs a literal set whose literals
// each contain a gate word), so a gate never hides a match.
const GATE_WORDS = new Map<string, string[]>();
let gatesSeen: Map<RegExp, string> | null = null;

/** Tests only: gather every (regex, gate words) pair handed to gateOpen into `into`. */
export function collectGates(into: Map<RegExp, string> | null): void {
  gatesSeen = into;
}

/** Whether `t` holds one of `words` ('|' between them), without which `re` cannot match. */
export function gateOpen(re: RegExp, t: string, words: string): boolean {
  if (gatesSeen) gatesSeen.set(re, words);
  let list = GATE_WORDS.get(words);
  if (!list) GATE_WORDS.set(words, (list = words.split('|')));
  for (let k = 0; k < list.length; k++) if (t.indexOf(list[k]) >= 0) return true;
  return false;
}

/** `re.test(t)` for a regex without the g flag (a global regex's test moves its lastIndex). */
export function matchesAny(re: RegExp, t: string): boolean {
  const plan = planOf(re);
  const alts = plan.alts && !re.global && plan.calls++ < plannedCalls ? live(plan, t) : null;
  if (!alts) return re.test(t);
  for (let i = 0; i < alts.length; i++) {
    const a = alts[i];
    if (regexOf(a, plan.flags).test(t)) return true;
  }
  return false;
}
