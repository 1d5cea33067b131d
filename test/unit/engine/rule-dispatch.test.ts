// The checker skips a rule when the notice has none of the cue classes or entity kinds the rule
// is listed as needing (NEEDS in engine/check.ts). A rule changed later to fire on something else
// without its entry updated would silently stop firing; this runs every notice of the regression
// corpus (test fixtures but the blind probe set, the hold-out, data/sources) with the skip and
// with every rule forced on, and requires the same result for each.
import * as fs from 'fs';
import * as path from 'path';
import { ROOT, regressionCorpusFiles } from '../../helpers/corpus-files';
import { checkNotice, setRuleDispatch } from '../../../miniprogram/core/engine/check';
import type { NoticeInput } from '../../../miniprogram/core/types';

function corpus(): Array<{ at: string; input: NoticeInput }> {
  const files = regressionCorpusFiles();
  const out: Array<{ at: string; input: NoticeInput }> = [];
  for (const file of files)
    fs.readFileSync(file, 'utf8')
      .split('\n')
      .forEach((line, n) => {
        if (!line.trim()) return;
        const o = JSON.parse(line) as Record<string, unknown>;
        if (typeof o.text !== 'string' || !o.text.trim()) return;
        out.push({
          at: `${path.relative(ROOT, file)}:${n + 1}`,
          input: {
            text: o.text,
            channel: o.channel as NoticeInput['channel'],
            sender: typeof o.sender === 'string' ? o.sender : undefined,
            borrowed: o.borrowed as NoticeInput['borrowed'],
          },
        });
      });
  return out;
}

afterEach(() => setRuleDispatch(true));

test('skipping rules whose needs are absent changes no result on the regression corpus', () => {
  const rows = corpus();
  expect(rows.length).toBeGreaterThan(1000);
  const differ: string[] = [];
  for (const { at, input } of rows) {
    setRuleDispatch(true);
    const skipped = JSON.stringify(checkNotice(input));
    setRuleDispatch(false);
    const all = JSON.stringify(checkNotice(input));
    if (skipped !== all) differ.push(`${at}\n  with skip:  ${skipped}\n  every rule: ${all}`);
  }
  // A difference means a rule fired without any of its listed needs: add what it used to NEEDS.
  expect(differ.slice(0, 5)).toEqual([]);
});

test('a rule is skipped only when none of its needs is present', () => {
  // pay_to_unofficial_account needs a payment cue; a notice with one still gets the signal.
  const r = checkNotice({ text: '请立即转账到以下个人账户6222021001123456789，否则后果自负。' });
  expect(r.signals.map((s) => s.id)).toContain('pay_to_unofficial_account');
});
