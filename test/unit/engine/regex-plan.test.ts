// Regexes run by plan (engine/regex-plan.ts): only the alternatives whose literals the text has
// run, yet every result is the whole regex's own.
import * as fs from 'fs';
import * as path from 'path';
import {
  matchAll,
  matchesAny,
  scanAll,
  setPlannedCalls,
  stringsOf,
  usePlans,
  type Pos,
} from '../../../miniprogram/core/engine/regex-plan';
import { REGEX_PLANS } from '../../../miniprogram/core/engine/regex-plans';
import {
  alternativesOf,
  plannedRegexes,
  regexPlansSource,
} from '../../../scripts/regex-plan-source';

const FIXTURES = path.resolve(__dirname, '../../fixtures');

function native(re: RegExp, t: string, limit: number): Pos[] {
  const g = new RegExp(re.source, re.flags);
  const out: Pos[] = [];
  for (let m = g.exec(t); m && out.length < limit; m = g.exec(t))
    out.push({ s: m.index, e: m.index + m[0].length });
  return out;
}

/** degrading-acts' scan loop: an empty match left out, the search one character on. */
function nativeScan(re: RegExp, t: string, cap: number): Pos[] {
  const g = new RegExp(re.source, re.flags);
  const out: Pos[] = [];
  for (let m = g.exec(t); m && out.length < cap; m = g.exec(t)) {
    if (!m[0]) g.lastIndex++;
    else out.push({ s: m.index, e: m.index + m[0].length });
  }
  return out;
}

function texts(): string[] {
  const out: string[] = [];
  for (const f of ['notices.jsonl', 'holdout.jsonl', 'probe-dev.jsonl'])
    for (const line of fs.readFileSync(path.join(FIXTURES, f), 'utf8').split('\n'))
      if (line.trim()) out.push((JSON.parse(line) as { text: string }).text);
  return out;
}

/** Texts made of the regex's own literals and a few fillers, so that its alternatives match,
 * overlap and start at the same place (a fixed seed: the same texts every run). */
function madeUp(re: RegExp, n: number): string[] {
  const parts = alternativesOf(re.source, re.flags) || [];
  const words = [...new Set(parts.flatMap((p) => p.req.flat()))];
  const fill = ['，', '。', '你', '的', '我们', '会', '了', '都', '？', '\n', '明天', '就'];
  let seed = 12345;
  const rnd = (k: number) => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return seed % k;
  };
  const out: string[] = [];
  for (let i = 0; i < n; i++) {
    let t = '';
    for (let j = rnd(14) + 2; j > 0; j--)
      t += rnd(3) ? words[rnd(words.length)] || '' : fill[rnd(fill.length)];
    out.push(t);
  }
  return out;
}

describe('a planned regex', () => {
  const regexes = plannedRegexes();
  const corpus = texts();
  beforeAll(() => setPlannedCalls(Infinity));
  afterAll(() => setPlannedCalls());

  test('covers the longest threat act, split into its alternatives', () => {
    const tell = regexes.find((re) => re.source.startsWith('(告诉|通知|告知'));
    const row = REGEX_PLANS.regexes.find((r) => r[0] === tell);
    expect(row && row[3].split(';').length).toBeGreaterThan(5);
    expect(row && row[2].split(',').length).toBe(row && row[3].split(';').length);
  });

  test("is the rule file's own regex, with its flags, cut at its top-level bars", () => {
    expect(REGEX_PLANS.regexes.length).toBeGreaterThan(20);
    for (const [re, flags, lengths] of REGEX_PLANS.regexes) {
      expect(regexes).toContain(re);
      expect(flags).toBe(re.flags);
      expect(lengths).toBe(
        (alternativesOf(re.source, re.flags) || [])
          .map((a) => a.source.length.toString(36))
          .join(','),
      );
    }
  });

  test('is cut at the top-level bars only', () => {
    const source = '(找|告诉)你|[|)(]\\|x|\\(a|b\\)|(?:c|d)e';
    expect(alternativesOf(source, 'g')?.map((a) => a.source)).toEqual([
      '(找|告诉)你',
      '[|)(]\\|x',
      '\\(a',
      'b\\)',
      '(?:c|d)e',
    ]);
  });

  test('reads a literal set from a piece of its source: characters and groups, maybe optional', () => {
    expect(stringsOf('(爸妈|同事)')).toEqual(['爸妈', '同事']);
    expect(stringsOf('(你|您)(们)?的?').sort()).toEqual(
      ['你', '你的', '你们', '你们的', '您', '您的', '您们', '您们的'].sort(),
    );
    expect(stringsOf('找你')).toEqual(['找你']);
    // Runs of plain characters are appended whole; the order is the cross product's.
    expect(stringsOf('告诉(你|您)?家人?了')).toEqual([
      '告诉你家人了',
      '告诉你家了',
      '告诉您家人了',
      '告诉您家了',
      '告诉家人了',
      '告诉家了',
    ]);
    expect(stringsOf('a(b')).toEqual(['a(b']);
  });

  test('finds what the whole regex finds, on every fixture notice and on texts of its own words', () => {
    const differ: string[] = [];
    let found = 0;
    for (const re of regexes) {
      for (const t of [...corpus, ...madeUp(re, 300)]) {
        const want = re.global ? native(re, t, 48) : new RegExp(re.source, re.flags).test(t);
        const got = re.global ? matchAll(re, t, 48) : matchesAny(re, t);
        if (JSON.stringify(got) !== JSON.stringify(want)) differ.push(`${re.source} on ${t}`);
        if (
          re.global &&
          JSON.stringify(scanAll(re, t, 16)) !== JSON.stringify(nativeScan(re, t, 16))
        )
          differ.push(`${re.source} (scan) on ${t}`);
        if (want === true || (Array.isArray(want) && want.length)) found++;
      }
    }
    expect(differ).toEqual([]);
    // The texts exercise the regexes: matches to compare, not only misses.
    expect(found).toBeGreaterThan(regexes.length * 20);
  });

  test('scanned by plan leaves out empty matches as the scan loop does', () => {
    // Alternatives a?c (needs c), b (needs b) and (x)?, which may match empty.
    const re = /a?c|b|(x)?/g;
    usePlans({ factors: 'c\nb', regexes: [[re, 'g', '3,1,4', '0;1;']] });
    try {
      for (const t of ['', 'xxbac', 'ac b x', 'bbb', 'cxa', 'yyy'])
        expect([scanAll(re, t, 16), matchAll(re, t, 8)]).toEqual([
          nativeScan(re, t, 16),
          native(re, t, 8),
        ]);
    } finally {
      usePlans(REGEX_PLANS);
    }
  });

  test('whose source or flags changed runs whole: a stale plan changes no result', () => {
    const row = REGEX_PLANS.regexes.find(
      ([re]) => re.source.length > 200 && re.source.includes('你'),
    );
    const planned = (row as (typeof REGEX_PLANS.regexes)[number])[0];
    // Handed the plan made for `planned`: a regex edited since (longer), or with other flags.
    const edited = new RegExp(planned.source.replace('你', '(你)'), planned.flags);
    const folded = new RegExp(planned.source, planned.flags + 'i');
    const stale = (re: RegExp, flags: string): (typeof REGEX_PLANS.regexes)[number] => {
      const [, , lengths, needs] = row as (typeof REGEX_PLANS.regexes)[number];
      return [re, flags, lengths, needs];
    };
    usePlans({
      factors: REGEX_PLANS.factors,
      regexes: [stale(edited, edited.flags), stale(folded, planned.flags)],
    });
    try {
      for (const re of [edited, folded])
        for (const t of madeUp(planned, 200))
          expect(matchAll(re, t, 48)).toEqual(native(re, t, 48));
    } finally {
      usePlans(REGEX_PLANS);
    }
  });

  test('needs, per alternative, a literal of each set its matches all contain', () => {
    const alts = alternativesOf(
      '(找|告诉)(了)?(你|您)的?(爸妈|同事)|让他[^，]{0,4}知道|(?:a|b)?c',
      'g',
    );
    expect(alts?.map((a) => a.source)).toEqual([
      '(找|告诉)(了)?(你|您)的?(爸妈|同事)',
      '让他[^，]{0,4}知道',
      '(?:a|b)?c',
    ]);
    expect(alts?.[1].req).toEqual([['让他'], ['知道']]);
    expect(alts?.[2].req).toEqual([['c', 'ac', 'bc']]);
    // Unicode mode and backreferences are not read: such a regex always runs whole.
    expect(alternativesOf('(a)\\1|b', 'g')).toBeNull();
    expect(alternativesOf('a|b', 'gu')).toBeNull();
  });

  test('file is up to date with the rules (else run npm run gen:phrases)', () => {
    const file = path.resolve(__dirname, '../../../miniprogram/core/engine/regex-plans.ts');
    expect(fs.readFileSync(file, 'utf8') === regexPlansSource()).toBe(true);
  });
});
