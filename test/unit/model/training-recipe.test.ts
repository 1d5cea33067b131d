// Training-recipe knobs of scripts/model/lib.ts (TrainConfig.turns, TrainConfig.sourceWeights):
// which messages are split into turns and how a source's weight is scaled.
import {
  exampleWeights,
  expandTurns,
  featurize,
  type Labelled,
  type TrainConfig,
} from '../../../scripts/model/lib';

const msg = (source: string, label: string, text: string, n = 0): Labelled => ({
  id: `${source}:${n}`,
  text,
  label: label as Labelled['label'],
  channel: 'call',
  source,
  split: 'train',
  kind: 'fixture',
});

const dialogue = msg(
  'taf',
  'scam',
  '您好，我是银行客服，您的账户有异常交易。\n好的\n请您提供一下身份证号码和验证码。',
);
const other = msg('web', 'scam', '第一行\n第二行');

describe('TrainConfig.turns', () => {
  test('splits only the named sources, drops short turns, keeps the whole message on request', () => {
    expect(expandTurns([dialogue, other], {})).toEqual([dialogue, other]);
    const turns = expandTurns([dialogue, other], { turns: { sources: ['taf'], min: 5 } });
    expect(turns.map((m) => m.text)).toEqual([
      '您好，我是银行客服，您的账户有异常交易。',
      '请您提供一下身份证号码和验证码。',
      '第一行\n第二行',
    ]);
    expect(turns[0].id).toBe('taf:0#0');
    expect(turns.every((m) => m.label === 'scam' && m.source !== undefined)).toBe(true);
    const kept = expandTurns([dialogue], { turns: { sources: ['taf'], keep: true } });
    expect(kept.map((m) => m.text)).toEqual([dialogue.text, ...dialogue.text.split('\n')]);
  });
});

describe('TrainConfig.sourceWeights', () => {
  test("scales the named source's share of its class against the others", () => {
    const ex = featurize([dialogue, other, msg('web2', 'unrelated', '今天天气很好')]);
    const base: TrainConfig = {
      lambda: 1e-4,
      cap: 30,
      shares: [0.5, 0.2, 0.3],
      iterations: 1,
      lr: 0.1,
    };
    const w1 = exampleWeights(ex, base);
    expect(w1[0]).toBeCloseTo(w1[1]);
    const w2 = exampleWeights(ex, { ...base, sourceWeights: { taf: 0.25 } });
    expect(w2[0] / w2[1]).toBeCloseTo(0.25);
    expect(w2[0] + w2[1]).toBeCloseTo(w1[0] + w1[1]);
  });
});
