// Seventh-round abusive frames (issue: abusive recall on real messages): acts on the reader's
// body, dignity and life that no lender writes — sex work or the body as the way to pay,
// self-harm put to them, a curse on their family, a beating promised, their photo doctored or
// sent to the people they know — in short and long form, simplified and traditional, alone or
// inside an otherwise normal overdue notice (where the act must win over the reminder). Each
// behaviour is shown beside the lawful notice or everyday message that uses the same words.
// Messages written here.
import { abusiveWith, check } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const verdictOf = (text: string) => check(text).verdict;

const NOTICE = '【某某贷】您的借款1500元已逾期3天，请于今日登录官方APP还款。';

describe('sex work or the body as the way to pay', () => {
  test.each([
    ['你这个姿色可以去陪酒还钱', '陪酒'],
    ['還不上錢就去陪酒', '陪酒'],
    ['没钱还就去坐台', '坐台'],
    ['还不起钱可以肉偿', '肉偿'],
    ['冇錢還就去做雞啦', '做'],
    ['還唔到錢就去賣啦', '賣'],
    ['你欠的钱利息都还不上，不如陪我们睡一晚，利息就免了', '陪我们睡一晚'],
    ['你老公欠我们的钱，让你女儿来陪陪我们就算了', '陪陪我们'],
    ['錢還不上的話，你就陪我們開心開心，你懂的', '開心開心'],
    ['利息拖了三个月，你先去夜场陪酒，还不够的话，你这个姿色还可以出台', '陪酒'],
  ])('%s', (t, clause) => {
    abusiveWith(t, 'intimidation', clause);
  });
  test('inside a polite overdue notice, the act wins over the reminder', () => {
    abusiveWith(`${NOTICE}你這個姿色，去夜總會上班很快就還清了。`, 'intimidation', '夜總會');
  });
  test.each([
    '夜场招聘，高薪日结，包吃住',
    '【某某银行】信用卡还款满100元送夜场电影票一张，快来参与。',
    '国家出台新政策，请按时还款',
    '这合同简直是卖身契，利息太高了',
    '周末陪客户吃饭，记得还我钱',
    '病人需要家属陪床，请家属准备好住院押金',
    '房子还不上贷款就去卖了吧',
  ])('hiring, leisure, policy and care are not coercion: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('self-harm put to the reader', () => {
  test.each([
    ['表演一下跳楼', '跳楼'],
    ['表演一下跳樓', '跳樓'],
    ['還不上錢是吧？站到天台上給我們表演個跳水', '跳水'],
    ['還不上就去跳樓吧', '跳樓'],
    ['没钱还就从楼上跳下去', '跳下去'],
    ['欠钱不还，干脆喝农药算了', '喝农药'],
  ])('%s', (t, clause) => {
    abusiveWith(t, 'intimidation', clause);
  });
  test('inside a long overdue notice', () => {
    abusiveWith(
      '【某某贷】尊敬的客户，您的分期已逾期，应还本息2,460.00元，请今日内通过APP还款，逾期将影响征信。还不上的话，干脆去跳河吧。',
      'intimidation',
      '跳河',
    );
  });
  test.each([
    '跳楼价清仓，欠款客户也可以参加',
    '如果你因为网贷还不上想不开，请拨打心理援助热线',
    '男子网贷逾期还不上，竟从楼上跳下，警方提醒理性借贷',
    '我同事欠网贷还不上，差点就跳楼了，我该怎么办',
    '给大家表演一下跳水，泳池见',
    '暴力催收常见手段：让借款人去跳楼、去陪酒还债，遇到请报警',
  ])('a sale, a hotline, news, a plea and a show are not threats: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('a curse on the family or a beating, over the debt', () => {
  test.each([
    ['你妈死了吗，还钱', '你妈死了'],
    ['您的借款逾期未还，你妈死了吗？电话也不接', '你妈死了'],
    ['你是猪吗，借钱不还', '你是猪吗'],
    ['不还就让你躺着进医院', '躺着进'],
  ])('%s', (t, clause) => {
    abusiveWith(t, 'intimidation', clause);
  });
  test('in a notice', () => {
    abusiveWith(`${NOTICE}你是猪吗？`, 'intimidation', '你是猪吗');
  });
  test.each(['你是猪吗，这都不会', '你个猪，快去吃饭', '你去死吧，游戏打这么菜'])(
    'a quarrel with no debt is not collection: %s',
    (t) => {
      expect(verdictOf(t)).not.toBe('abusive');
    },
  );
});

describe("the reader's photo doctored or sent to their people", () => {
  test.each([
    ['把你的照片发到你的通讯录群里', '通讯录群'],
    ['把你的照片發到你的通訊錄群裡', '通訊錄群'],
    ['把你的裸照发给你所有的联系人', '联系人'],
    ['把你P成遗照发到你家族群', 'P成遗照'],
    ['我们会把你P成黄图发给你同事', 'P成黄图'],
    ['再不还就把你的头像P到色情图片上', 'P到色情'],
  ])('%s', (t, clause) => {
    abusiveWith(t, 'contact_exposure', clause);
  });
  test('inside a notice', () => {
    abusiveWith(`${NOTICE}再不处理，我们就把你P成遗照发到你家族群。`, 'contact_exposure', '遗照');
  });
  test.each([
    '奶奶把你的照片发到家族群里了，大家都说你长高了',
    '我把你的照片发给你妈了，她说拍得真好',
    '请不要把您的身份证照片发给您的朋友',
    '请将您的还款凭证截图发给您的专属客服',
    '把你的照片修成黑白照了，很有艺术感',
    '催收人员不得以P图、爆通讯录等方式催收，如遇此类情况请投诉',
  ])('family news, advice and a receipt are not exposure: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('the one-line threats the principle names stay abusive', () => {
  test.each([
    ['你家人知道吗?一个小时后他们替你还', 'contact_exposure'],
    ['我们外访人员已到你家楼下,在家等着', 'intimidation'],
    ['马上派人去找你', 'intimidation'],
    ['再不还就去你单位', 'intimidation'],
    ['你爸妈电话我们都有', 'intimidation'],
    ['你家在哪我们清楚得很，等着', 'intimidation'],
  ] as Array<[string, SignalId]>)('%s', (t, id) => {
    abusiveWith(t, id);
  });
});

describe('the family worn down, means promised, the contact book told', () => {
  test.each([
    ['你爸妈年纪大了吧，经不经得起我们天天上门', 'intimidation', '经不经得起'],
    ['我们有的是办法让你还', 'intimidation', '有的是办法'],
    ['你孩子上学的路我们很熟', 'intimidation', '上学的路'],
    ['你那么喜欢躲，我们就去你老家问你爸妈', 'intimidation', '老家'],
    ['你所有的联系人都会收到你的照片', 'contact_exposure', '联系人都会收到'],
    ['不想让你爸妈知道就赶紧处理', 'contact_exposure', '爸妈知道'],
  ] as Array<[string, SignalId, string]>)('%s', (t, id, clause) => {
    abusiveWith(t, id, clause);
  });
  test.each([
    '这款手机经得起我们各种折腾',
    '我们有的是办法让你变美',
    '开启后，您的通讯录好友会看到您的头像和昵称',
    '不想让你爸妈知道就赶紧戒烟',
    '你孩子上学的路我们很熟，明天顺路送他',
    '你那么喜欢躲猫猫，我们就去你家找你玩',
  ])('the same words in a product, an app or a friend are not threats: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('lawful reminders stay reminders', () => {
  test.each([
    '【某某银行】您的信用卡本期账单已逾期，逾期将影响征信，请尽快还款。',
    '【某某贷】您的借款已逾期3天，我司将依法提起诉讼，请尽快登录APP还款。',
    '【某某贷】您的借款已到期，如有疑问请联系官方客服。',
    '您的借款已逾期，我们不会联系您的家人，请放心，尽快还款',
    '还款提醒：您本月应还款1200元，请于15日前通过官方APP还款，谢谢。',
  ])('%s', (t) => {
    expect(verdictOf(t)).toBe('reminder');
  });
  test.each([
    '【顺丰速运】您的快递将于今天下午上门派送，请保持电话畅通。',
    '【某某银行】家人专享福利，邀请家人办卡送好礼，详询客服。',
  ])('a delivery and a bank advert are unrelated: %s', (t) => {
    expect(verdictOf(t)).toBe('unrelated');
  });
});
