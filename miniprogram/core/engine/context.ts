// What every signal rule sees: the normalised notice, cue hits by class, entities, the
// institutions it names, and the user's own context (channel, sender, borrowed).

import type { NoticeInput, Span } from '../types';
import { normalize, toOriginal, type Normalized, type SharedScan } from '../text/normalize';
import { MatchList, PhraseMatcher } from '../text/phrases';
import { SCAN_INDEX } from '../text/phrase-indexes';
import { evasionTable } from '../text/evasions';
import { CUES, type CueClass } from './cues';
import { extractEntities, type RawEntity } from './extract';
import {
  aliasList,
  findInstitutionMentions,
  foldedForNames,
  mentionsOf,
  type AliasHit,
} from '../directory/names';
import { entryById } from '../directory/registry';
import type { DirectoryEntry } from '../directory/types';

export interface Hit {
  cls: CueClass;
  s: number;
  e: number;
}

interface CueIndex {
  /** One matcher over the cue phrases, then the institution aliases, then the evasion spellings:
   * a notice is scanned once for all three (again only if its evasions changed the text). */
  matcher: PhraseMatcher;
  /** The class of each cue phrase, in the order of the cue lists (a phrase may be in several). */
  classOf: CueClass[];
  /** Each phrase's class as a number (its place in CUES), and the number of each class. */
  classNo: Int32Array;
  numberOf: Map<CueClass, number>;
  /** The same numbers as an object's fields: `all` runs ~150 times a notice, and without a JIT a
   * keyed field read costs less than a Map.get call. */
  classNumber: Record<string, number>;
  classes: number;
  /** Patterns [0, cueCount) are cues; alias k is pattern nameFirst + k. */
  cueCount: number;
  nameFirst: number;
  aliasHits: AliasHit[];
  shared: SharedScan;
}

/** The shared scan's phrase lists, in pattern order (scripts/gen-phrase-index.ts indexes them). */
export function scanLists(): { cues: string[][]; aliases: string[]; evasions: string[] } {
  return {
    cues: (Object.keys(CUES) as CueClass[]).map((cls) => CUES[cls]),
    aliases: aliasList().patterns,
    evasions: evasionTable().map((p) => p[0]),
  };
}

let cueIndex: CueIndex | null = null;
const NONE: Hit[] = [];
/** The matches of the text last scanned (reused: one notice is checked at a time). */
const matches = new MatchList();
function cues(): CueIndex {
  if (!cueIndex) {
    // Whole lists at a time (native concat and fill): a push per phrase cost ~1 ms on a phone
    // without a JIT.
    const keys = Object.keys(CUES) as CueClass[];
    const lists = scanLists();
    const cuePhrases = ([] as string[]).concat(...lists.cues);
    const phrases = cuePhrases.concat(lists.aliases, lists.evasions);
    const classOf = new Array<CueClass>(cuePhrases.length);
    const classNo = new Int32Array(cuePhrases.length);
    const numberOf = new Map<CueClass, number>();
    const classNumber: Record<string, number> = Object.create(null) as Record<string, number>;
    let at = 0;
    for (let no = 0; no < keys.length; no++) {
      numberOf.set(keys[no], no);
      classNumber[keys[no]] = no;
      const n = lists.cues[no].length;
      classOf.fill(keys[no], at, at + n);
      classNo.fill(no, at, at + n);
      at += n;
    }
    const matcher = new PhraseMatcher(phrases, SCAN_INDEX);
    cueIndex = {
      matcher,
      classOf,
      classNo,
      numberOf,
      classNumber,
      classes: numberOf.size,
      cueCount: cuePhrases.length,
      nameFirst: cuePhrases.length,
      aliasHits: aliasList().hits,
      shared: {
        first: cuePhrases.length + lists.aliases.length,
        scan: (t: string) => {
          matcher.scanInto(t, matches);
          return matches;
        },
      },
    };
  }
  return cueIndex;
}

/** The numbers of cue classes, for `Context.hasAnyNo` (resolved once, not per notice). */
export function cueNumbers(list: readonly CueClass[]): Int32Array {
  const { numberOf } = cues();
  return Int32Array.from(list, (cls) => {
    const no = numberOf.get(cls);
    if (no === undefined) throw new Error(`unknown cue class ${cls}`);
    return no;
  });
}

// Per character: 1 ends a sentence, 2 ends a clause. A table, because this runs per character.
const BREAKS = new Uint8Array(0x10000);
for (const c of '。!?;\n！？；…') BREAKS[c.charCodeAt(0)] = 1;
for (const c of ',，:：()（）“”"「」【】[]') BREAKS[c.charCodeAt(0)] = 2;

export interface Mention {
  entry: DirectoryEntry;
  s: number;
  e: number;
  span: Span;
}

/** Index of the first hit starting at or after `pos`. */
function lowerBound(list: Hit[], pos: number): number {
  let lo = 0;
  let hi = list.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (list[mid].s < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

// Someone unnamed who might ask ("如有人", "凡是自称…的", "任何人以…名义"): a warning's condition.
const HYPOTHETICAL = /(如|若|如果|假如|凡|凡是|任何)(有人|人|自称|以|机构|个人|陌生)/;

// The ask a negation refuses, between it and the cue ("不会…要求您…", "从不…让你…").
const NEG_ASK = /^[^，,。;；!?！？]{0,12}?(要求|让|叫|索要|索取)(您|你)/;

export class Context {
  readonly n: Normalized;
  readonly text: string;
  readonly input: NoticeInput;
  /** Hits per class, by class number (undefined: none). */
  private readonly byClass: Array<Hit[] | undefined>;
  /** Sentence and clause number at each position of `text`. */
  readonly sentence: number[];
  readonly clause: number[];
  readonly entities: RawEntity[];
  readonly mentions: Mention[];
  /** Normalised sender (digits kept), lower case. */
  readonly sender: string;

  constructor(input: NoticeInput) {
    this.input = input;
    const ci = cues();
    // Normalisation scans the base layer with the shared matcher (for its evasions); that scan
    // is the text layer's too unless evasions or padding changed the text.
    this.n = normalize(input.text, ci.shared);
    this.text = this.n.text.text;
    const t = this.text;
    if (this.n.text !== this.n.base) ci.matcher.scanInto(t, matches);
    // Plain arrays: a typed array per notice is an off-heap allocation, slower than the work.
    // Locals in the loop (the fields, the table and the length read once): without a JIT each
    // read of `this.sentence` or of a module constant per character is paid in full.
    const n = t.length;
    const sentence = new Array<number>(n + 1);
    const clause = new Array<number>(n + 1);
    const breaks = BREAKS;
    let s = 0;
    let c = 0;
    for (let i = 0; i < n; i++) {
      const ch = t.charCodeAt(i);
      sentence[i] = s;
      clause[i] = c;
      const b = breaks[ch];
      if (b === 1 || (ch === 46 && (i + 1 >= n || t.charCodeAt(i + 1) === 32))) {
        s++;
        c++;
      } else if (b === 2) c++;
    }
    sentence[n] = s;
    clause[n] = c;
    this.sentence = sentence;
    this.clause = clause;

    const byClass: Array<Hit[] | undefined> = new Array(ci.classes);
    this.byClass = byClass;
    const { classOf, classNo, cueCount } = ci;
    let last: Hit | null = null;
    // Matches come in order of start, so every list is sorted. A phrase listed in several classes
    // matches once per class, consecutively: one hit object shared by those lists, its `cls` the
    // first class that lists it.
    const d = matches.data;
    for (let k = 0, m = 3 * matches.count; k < m; k += 3) {
      const pattern = d[k + 2];
      if (pattern >= cueCount) continue;
      const start = d[k];
      const end = d[k + 1];
      let h: Hit;
      if (last !== null && last.s === start && last.e === end) h = last;
      else h = last = { cls: classOf[pattern], s: start, e: end };
      const no = classNo[pattern];
      const list = byClass[no];
      if (list === undefined) byClass[no] = [h];
      else if (list[list.length - 1] !== h) list.push(h);
    }

    this.entities = extractEntities(this.n);
    this.mentions = [];
    // The normalised text has no upper case or full-width ASCII for the names' folding to change.
    const found =
      foldedForNames(t) === null
        ? mentionsOf(t, matches, ci.nameFirst, ci.aliasHits)
        : findInstitutionMentions(t);
    for (let i = 0; i < found.length; i++) {
      const m = found[i];
      const entry = entryById(m.entryId);
      if (entry)
        this.mentions.push({ entry, s: m.start, e: m.end, span: this.span(m.start, m.end) });
    }
    this.sender = (input.sender || '').toLowerCase();
  }

  /** The message talks about a debt, or the reader says they borrowed from the platform. */
  get debtTalk(): boolean {
    return (
      this.has('LOAN') ||
      this.has('DEBT') ||
      this.has('OBLIGATION') ||
      this.input.borrowed === 'yes' ||
      this.input.borrowed === 'unsure'
    );
  }

  /** Some class of `nos` (numbers from `cueNumbers`) has a hit. */
  hasAnyNo(nos: Int32Array): boolean {
    for (let i = 0; i < nos.length; i++) if (this.byClass[nos[i]] !== undefined) return true;
    return false;
  }

  all(cls: CueClass): Hit[] {
    const no = (cueIndex as CueIndex).classNumber[cls];
    return (no === undefined ? undefined : this.byClass[no]) || NONE;
  }

  has(cls: CueClass): boolean {
    // all(), inlined (~65 calls a notice).
    const no = (cueIndex as CueIndex).classNumber[cls];
    const list = no === undefined ? undefined : this.byClass[no];
    return list !== undefined && list.length > 0;
  }

  span(s: number, e: number): Span {
    return toOriginal(this.n.text, s, e);
  }

  spanOf(h: { s: number; e: number }): Span {
    return this.span(h.s, h.e);
  }

  /** Position in `text` of an original offset (for entities found in the base layer). */
  textPos(orig: number): number {
    const st = this.n.text.start;
    let lo = 0;
    let hi = st.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (st[mid] < orig) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** A cue is negated when a negation word sits just before it in the same clause. */
  negated(h: Hit, window = 8): boolean {
    if (this.quoted(h)) return true;
    const negs = this.all('NEG');
    // Hits are sorted by start and cues are short: start just before the window.
    for (let i = lowerBound(negs, h.s - window - 16); i < negs.length; i++) {
      const neg = negs[i];
      if (neg.s >= h.s) break;
      // "无需支付": the negation starts first and overlaps the cue ("需支付").
      if (neg.e > h.s) return true;
      if (this.clause[neg.s] !== this.clause[h.s]) continue;
      if (h.s - neg.e <= window) return true;
      // A refused ask governs what it lists: "我司不会以任何理由要求您下载其他软件或共享屏幕".
      if (h.s - neg.e <= 32 && NEG_ASK.test(this.text.slice(neg.e, h.s))) return true;
    }
    return false;
  }

  /** The cue sits in a sentence that calls what it lists fraud ("要求转账到个人账户的都是诈骗"). */
  quoted(h: { s: number }): boolean {
    const q = this.all('ADVISORY_QUOTE');
    if (!q.length) return false;
    // The classifying phrase closes the list it classifies: it follows the cue closely, with no
    // comma between them (quotation marks may split the list itself).
    const sent = this.sentence[h.s];
    // "如有人以解冻、保证金等名义要求转账，均为诈骗": a hypothetical someone's ask, classified after
    // the comma that closes the condition.
    let start = h.s;
    while (start > 0 && h.s - start < 40 && this.sentence[start - 1] === sent) start--;
    const hypothetical = HYPOTHETICAL.test(this.text.slice(start, h.s));
    return q.some(
      (x) =>
        this.sentence[x.s] === sent &&
        x.s >= h.s &&
        x.s - h.s <= 40 &&
        (hypothetical || !/[,，;；]/.test(this.text.slice(h.s, x.s))),
    );
  }

  /** A lawful framing ("依法起诉", "按规定报送") just before the cue. */
  lawful(h: Hit, window = 8): boolean {
    for (let i = 0, list = this.all('LAWFUL'); i < list.length; i++) {
      const l = list[i];
      if (l.e > h.s) break;
      if (h.s - l.e <= window && this.sentence[l.s] === this.sentence[h.s]) return true;
    }
    return false;
  }

  live(cls: CueClass): Hit[] {
    return this.all(cls).filter((h) => !this.negated(h));
  }

  /** First hit of `cls` within `dist` characters of `h` (either side), same sentence unless told otherwise. */
  near(
    h: { s: number; e: number },
    cls: CueClass,
    dist: number,
    sameSentence = true,
    unnegated = true,
  ): Hit | undefined {
    const list = this.all(cls);
    for (let i = lowerBound(list, h.s - dist - 16); i < list.length; i++) {
      const o = list[i];
      if (o.s > h.e + dist) break;
      if (o.e < h.s - dist) continue;
      if (sameSentence && this.sentence[o.s] !== this.sentence[Math.min(h.s, this.text.length - 1)])
        continue;
      if (unnegated && this.negated(o)) continue;
      return o;
    }
    return undefined;
  }

  /** Hits of `cls` that follow `h` within `dist` characters. */
  after(h: { e: number; s: number }, cls: CueClass, dist: number): Hit | undefined {
    for (let i = 0, list = this.all(cls); i < list.length; i++) {
      const o = list[i];
      if (o.s < h.e) continue;
      if (o.s - h.e > dist) break;
      if (this.sentence[o.s] !== this.sentence[h.s]) continue;
      return o;
    }
    return undefined;
  }

  before(h: { s: number }, cls: CueClass, dist: number): Hit | undefined {
    let found: Hit | undefined;
    for (let i = 0, list = this.all(cls); i < list.length; i++) {
      const o = list[i];
      if (o.e > h.s) break;
      if (h.s - o.e <= dist && this.clause[o.s] === this.clause[h.s]) found = o;
    }
    return found;
  }

  entitiesOf(kind: RawEntity['kind']): RawEntity[] {
    return this.entities.filter((e) => e.kind === kind);
  }

  /** Text-layer [s, e) of an entity. */
  entityPos(e: RawEntity): { s: number; e: number } {
    if (e.layer === 'text') return { s: e.at[0], e: e.at[1] };
    return {
      s: this.textPos(e.span[0]),
      e: Math.max(this.textPos(e.span[0]) + 1, this.textPos(e.span[1])),
    };
  }
}
