// The learning curve's shares of the training data (npm run eval): whole sources, every kind of
// source kept, nested shares, the same every run.
import { subsampleBySource, type Labelled } from '../../../scripts/model/lib';

const msg = (source: string, label: string, n: number): Labelled => ({
  id: `${source}:${n}`,
  text: `${source} ${n}`,
  label: label as Labelled['label'],
  channel: 'sms',
  source,
  split: 'train',
  kind: 'fixture',
});

// 12 scam sources of uneven size, 4 reminder sources, 8 others.
const msgs: Labelled[] = [];
for (let s = 0; s < 12; s++) for (let n = 0; n <= s; n++) msgs.push(msg(`scam${s}`, 'scam', n));
for (let s = 0; s < 4; s++) for (let n = 0; n < 3; n++) msgs.push(msg(`rem${s}`, 'reminder', n));
for (let s = 0; s < 8; s++) for (let n = 0; n < 2; n++) msgs.push(msg(`other${s}`, 'unrelated', n));
const sourcesOf = (idx: number[]) => new Set(idx.map((i) => msgs[i].source));

describe('learning-curve shares', () => {
  test('keep whole sources, a share of each kind of source', () => {
    const idx = subsampleBySource(msgs, 0.25, 7);
    const kept = sourcesOf(idx);
    for (const s of kept)
      expect(idx.filter((i) => msgs[i].source === s).length).toBe(
        msgs.filter((m) => m.source === s).length,
      );
    const count = (p: string) => [...kept].filter((s) => s.startsWith(p)).length;
    expect([count('scam'), count('rem'), count('other')]).toEqual([3, 1, 2]);
  });

  test('nest (25 % within 50 % within all) and repeat with the same seed', () => {
    const q = sourcesOf(subsampleBySource(msgs, 0.25, 7));
    const h = sourcesOf(subsampleBySource(msgs, 0.5, 7));
    for (const s of q) expect(h.has(s)).toBe(true);
    expect(subsampleBySource(msgs, 0.5, 7)).toEqual(subsampleBySource(msgs, 0.5, 7));
    expect(subsampleBySource(msgs, 1, 7)).toEqual(msgs.map((_, i) => i));
    expect(subsampleBySource(msgs, 0.5, 8)).not.toEqual(subsampleBySource(msgs, 0.5, 7));
  });
});
