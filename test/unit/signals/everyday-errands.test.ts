// Short threats count even in five words, but the same words about an errand, a game or a treat
// are everyday talk: "你等着，我去给你买" is a friend, not a collector. Each benign line names what
// the visit or the wait is for; the menaces beside them name none.
import { check } from '../../helpers/checker';

describe('an errand, a game or a treat is no menace', () => {
  test.each([
    '你等着，我去给你买。',
    '走着瞧，这次比赛我们一定赢。',
    '已经安排人去你家修水管了。',
    '兄弟们已经出发了，球场见。',
    '我们已经联系你们领导了，活动安排在周五。',
    '信不信我找你领导给你加薪。',
    '我们的人已经到你们小区了，快递下来取一下。',
  ])('%s', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('the same words as a menace stay abusive', () => {
  test.each([
    '你等着，我们的人马上到你家。',
    '我们的人已经到你们小区了，你跑不掉。',
    '再不还钱，我们就联系你们领导。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('abusive');
  });
});
