// The phrase matcher behind the cue lists, the evasion table and the institution names: every
// occurrence of every phrase, overlapping ones too, in the order the rules rely on.
import * as fs from 'fs';
import * as path from 'path';
import { buildPhraseIndex, PhraseMatcher } from '../../../miniprogram/core/text/phrases';
import { phraseIndexesSource } from '../../../scripts/phrase-index-source';

/** Every (start, end, index) by brute force, ordered by start, then end, then index. */
function naive(phrases: string[], text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  for (let i = 0; i < text.length; i++)
    phrases.forEach((p, id) => {
      if (p && text.startsWith(p, i)) out.push([i, i + p.length, id]);
    });
  return out.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

function scanned(m: PhraseMatcher, text: string): Array<[number, number, number]> {
  const out: Array<[number, number, number]> = [];
  m.scan(text, (s, e, id) => out.push([s, e, id]));
  return out;
}

test('finds overlapping and nested phrases, the shorter first at one start, repeats in list order', () => {
  const phrases = ['验证码', '验证', '码', '告诉', '验证码', '证码告', 'a', ''];
  const m = new PhraseMatcher(phrases);
  expect(scanned(m, '请把验证码告诉我')).toEqual([
    [2, 4, 1],
    [2, 5, 0],
    [2, 5, 4],
    [3, 6, 5],
    [4, 5, 2],
    [5, 7, 3],
  ]);
  expect(scanned(m, '')).toEqual([]);
});

test('agrees with a brute-force search on random phrase sets and texts', () => {
  // A small alphabet makes shared prefixes, overlaps and repeats common.
  let seed = 12345;
  const rnd = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const alphabet = ['请', '转', '账', 'a', 'b', '码', ' '];
  const word = (max: number) =>
    Array.from({ length: 1 + rnd(max) }, () => alphabet[rnd(alphabet.length)]).join('');
  for (let round = 0; round < 200; round++) {
    const phrases = Array.from({ length: 1 + rnd(30) }, () => word(4));
    const m = new PhraseMatcher(phrases);
    for (let k = 0; k < 5; k++) {
      const text = word(40);
      expect(scanned(m, text)).toEqual(naive(phrases, text));
    }
  }
});

test('leftmost-longest picks non-overlapping replacements from the left', () => {
  const m = new PhraseMatcher(['证信', '身份证', 'zhi付宝', 'zhi']);
  expect(
    m.findLeftmostLongest('身份证信息和zhi付宝').map((r) => [r.start, r.end, r.pattern]),
  ).toEqual([
    [0, 3, 1],
    [6, 11, 2],
  ]);
});

describe('the precomputed sorted order (phrase-indexes.ts)', () => {
  const phrases = ['验证码', '验证', '码', '告诉', '验证码', '证码告', 'a', '', '验', 'ab'];
  const text = '请把验证码告诉我 ab 验证码告';

  test('gives the same matches as sorting at start-up', () => {
    const m = new PhraseMatcher(phrases, buildPhraseIndex(phrases));
    expect(scanned(m, text)).toEqual(naive(phrases, text));
  });

  test('is ignored when it is not the order of exactly these phrases, so a stale one changes no match', () => {
    const index = buildPhraseIndex(phrases);
    const edited = [...phrases];
    edited[3] = '告知'; // edited in place, still in order: the tables come from the new phrase
    const grown = [...phrases, '我'];
    const filled = [...phrases];
    filled[7] = '码告'; // the empty phrase, now one to find
    const resorted = [...phrases];
    resorted[9] = '把'; // sorts elsewhere now
    // Two characters an index (phrases.ts encodeIds): the same indexes, in reverse order.
    const swapped = { ...index, ids: (index.ids.match(/[^]{2}/g) as string[]).reverse().join('') };
    for (const [list, ix] of [
      [edited, index],
      [grown, index],
      [filled, index],
      [resorted, index],
      [phrases, swapped],
    ] as const) {
      const m = new PhraseMatcher(list, ix);
      expect(scanned(m, text + '告知我')).toEqual(naive([...list], text + '告知我'));
    }
  });

  test('is up to date with the cue lists, the directory and the evasion table (else run npm run gen:phrases)', () => {
    const file = path.resolve(__dirname, '../../../miniprogram/core/text/phrase-indexes.ts');
    expect(fs.readFileSync(file, 'utf8') === phraseIndexesSource()).toBe(true);
  });
});
