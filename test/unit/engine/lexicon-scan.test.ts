// The foreign word lists are matched item by item, each item only when the text holds its
// anchor (a literal every match of it contains), instead of as one regex of all the items. This
// requires the same matches as the one regex on every text of the regression corpus (but the
// blind probe set) and on texts built to tell the two apart (ties, overlaps, empty anchors).
import * as fs from 'fs';
import { regressionCorpusFiles } from '../../helpers/corpus-files';
import { anchorsOf, lexiconScans } from '../../../miniprogram/core/signals/abuse-lexicon';
import { normalize } from '../../../miniprogram/core/text/normalize';

function texts(): string[] {
  const files = regressionCorpusFiles();
  const out: string[] = [];
  for (const file of files)
    for (const line of fs.readFileSync(file, 'utf8').split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line) as { text?: unknown };
      if (typeof o.text === 'string' && o.text.trim()) out.push(normalize(o.text).text.text);
    }
  return out;
}

test('item-by-item matching finds what the one regex of a list finds, on the corpus', () => {
  const all = texts();
  expect(all.length).toBeGreaterThan(1000);
  const differ: string[] = [];
  let matched = 0;
  for (const t of all)
    lexiconScans(t).forEach((r, list) => {
      matched += r.whole.length;
      if (JSON.stringify(r.items) !== JSON.stringify(r.whole)) differ.push(`list ${list}: ${t}`);
    });
  expect(differ.slice(0, 5)).toEqual([]);
  // The corpus has foreign abuse: the comparison compared matches, not empty lists.
  expect(matched).toBeGreaterThan(100);
});

test('ties go to the earlier item, overlaps to the earlier start, as in one alternation', () => {
  for (const t of [
    'i will kill you and kill your family, you are dead, we know where you live',
    'pay the loan or we visit your house; your family and your boss will be told',
    'te voy a matar, te mato, vamos a tu casa, hijo de puta, hijodeputa',
    '죽여 죽이 죽인다 돈 갚아 빚 연체',
    '',
    'kill you'.repeat(40),
  ])
    for (const r of lexiconScans(t)) expect(r.items).toEqual(r.whole);
});

test('anchors are literals every match holds one of, or none', () => {
  expect(anchorsOf('\\b(te|le) parto\\b')).toEqual([' parto']);
  expect(anchorsOf('hij[oa] ?de ?puta')).toEqual(['puta']);
  expect(anchorsOf('\\binstal?lments?\\b')).toEqual(['insta']);
  expect(anchorsOf('\\b(la )?casa\\b')).toEqual(['casa']);
  expect(anchorsOf('a{2,}b')).toEqual(['b']);
  expect(anchorsOf('ab\\u00c0cd')).toEqual(['ab']);
  expect(anchorsOf('[xX]{2,} ?[아야](?![가-힣])')).toBeNull();
  // A top-level alternative has no literal both sides share.
  expect(anchorsOf('abc|d')).toBeNull();
  // A group of plain words outside any other: one of them is in every match.
  expect(anchorsOf('\\b(idiot|fool)(?![a-z])')).toEqual(['idiot', 'fool']);
  expect(anchorsOf('\\b(?:tu|su) (fotos?|cara)')).toEqual(['tu', 'su']);
  expect(anchorsOf('[(]x(ab|cd)+')).toEqual(['ab', 'cd']);
  // ... but not one made optional, one inside another group, one with an empty word or a class.
  expect(anchorsOf('(ab|cd)?x')).toEqual(['x']);
  expect(anchorsOf('(ab|cd){0,2}x')).toEqual(['x']);
  expect(anchorsOf('x((ab|cd) )')).toEqual(['x']);
  expect(anchorsOf('(ab||cd)')).toBeNull();
  expect(anchorsOf('(a[bc]|de)')).toBeNull();
  expect(anchorsOf('(?!abc)d')).toEqual(['d']);
});
