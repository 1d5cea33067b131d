// Chinese abusive collection in five or ten words with no debt word (zh-abuse18.ts): our people
// or field staff at the reader's door, the reader's routine claimed, the family hunted, harm,
// curses, midnight calls, a funeral portrait, "等着被抓"; the whole village told, every contact
// sent one, the family made to know the debt, the boss offered a call, a notice on the door.
// Each positive was unrelated or a reminder before; beside each, the same words in an errand, a
// greeting, a lawful notice, a warning about such words or a joke stay genuine.
import { check, ids } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('our people at the door, the routine claimed, harm and curses', () => {
  test.each([
    '我们的人在你楼下',
    '我们的人已经在你小区门口了',
    '外访人员已出发',
    '催收专员正在赶往你老家',
    '你的行踪我们都掌握',
    '我们知道你每天几点下班',
    '你老公在哪上班我们一清二楚',
    '你全家我们会挨个找',
    '你家地址我们查到了，今晚就去你家',
    '你住哪我们知道了，马上过去',
    '让你住院',
    '你这种人怎么不去死',
    '天天半夜给你打电话',
    '给你做个遗像挂出去',
    '已经立案了，等着被抓吧',
    '等着坐牢去吧',
    '给你全家准备好寿衣',
    '我们的同事已经去过你老家了',
    '今天不还，今晚让你睡不着',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('intimidation');
  });
  test.each([
    '我们的人在你楼下等你，快下来吃饭',
    '我们的人已经在你小区门口了，快递帮你放门卫',
    '兄弟们已经在路上了，等我们吃饭',
    '外访人员须持证上门，请注意核实身份',
    '暴力催收者常说"我们的人在你楼下"，遇到请报警',
    '我们知道你每天几点下班，等你一起吃饭',
    '你的行踪我们都掌握，放心，定位显示快到了',
    '你女儿在哪上学我们知道，下周家访',
    '你住哪我知道，马上过去给你送东西',
    '医生说要让你住院观察几天',
    '这次流感让你住院了吗',
    '你怎么还不死心',
    '你怎么不去死磕那道题',
    '我们的同事已经去过你老家了，那边风景很好',
    '这种骗子死全家',
    '每天半夜给你打电话的那个人是谁',
    '给你奶奶做个遗像，照片选好了吗',
    '等着被抓吧，小偷',
    '这部电影会让你睡不着',
    '今晚让你睡不着',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('the whole circle told, every contact sent one', () => {
  test.each([
    '全村都会知道',
    '左邻右舍都会知道你欠钱',
    '通讯录每人一条',
    '亲戚朋友每人一条短信',
    '给你同事挨个打电话',
    '让你老公知道你借高利贷',
    '信不信我打电话给你领导',
    '钱不还，要不要我告诉你老板',
    '你的照片P完了，马上发朋友圈',
    '我们会在你家门口贴告示',
    '你爸妈还不知道吧',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test.each([
    '全村都会知道你考上清华了',
    '通讯录每人一条拜年短信',
    '给你亲戚朋友都发一遍请帖吧',
    '给你爸妈都打个电话报平安',
    '要不要我告诉你老板你今天请假',
    '你的照片P好了，发出去吧，好看',
    '我们在你小区门口贴了招租告示',
    '你爸妈还不知道你要回来吧',
    '【反诈提醒】有人冒充催收称"全村都会知道"，请勿理会',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('lawful reminders stay reminders', () => {
  test.each([
    '您好，您的借款已逾期，逾期将影响征信，请尽快登录APP还款。',
    '尊敬的客户，您的欠款已逾期，我司将依法起诉，请于3日内还款。',
    '【某某金融】您的借款已逾期，我司外访人员将于近日上门核实，请保持电话畅通。',
    // "后果自负" whose outcome is the lawful step the notice names.
    '您的借款已逾期，逾期将影响征信，后果自负。',
    '您的账户已逾期，如仍未还款，我司将依法向法院提起诉讼，由此产生的一切后果由您自行承担。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('reminder');
  });
  test.each(['再不还钱，后果自负', '不还钱就去你家，后果自负'])(
    'a bare "后果自负" over a debt stays a threat: %s',
    (t) => {
      expect(check(t).verdict).toBe('abusive');
    },
  );
});
