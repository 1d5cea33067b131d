// Threat acts (issue 8 item 4): abusive collection as an act aimed at the reader or the people and
// places around them, said as a threat, in talk of a debt that may be only implied. Each act is
// shown in wording no cue list holds, in simplified, traditional and English, beside the lawful or
// friendly message that uses the same words. Messages written here.
import { check, ids, shown } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

function expectAct(text: string, id: SignalId, clause: string) {
  const r = check(text);
  expect(r.verdict).toBe('abusive');
  expect(ids(r)).toContain(id);
  expect(shown(text, r, id)).toContain(clause);
}

describe('a few words are enough: family, visits, people coming', () => {
  test('a five-word threat to tell the family, the debt only implied', () => {
    expectAct('钱不还，找你爸妈。', 'contact_exposure', '找你爸妈');
  });
  test('a family threat with no loan word, in traditional characters', () => {
    expectAct('錢準備好，不然打給你媽。', 'contact_exposure', '打給你媽');
  });
  test('coming to the reader at school, the money only named as something to bring', () => {
    expectAct('明天上午到你学校找你，钱带上。', 'intimidation', '到你学校找你');
  });
  test('lying in wait at the workplace', () => {
    expectAct('账拖到今天了，下午我们去你单位门口蹲你。', 'intimidation', '去你单位门口蹲你');
  });
  test.each([
    '明天去你家吃饭。',
    '快递已到你家楼下，请下来取件。',
    '我们明天去你公司开会。',
    '借你的伞什么时候还我？不还我就去你家拿了。',
  ])('a visit with no debt in sight is not a threat: %s', (t) => {
    const r = check(t);
    expect(r.verdict).not.toBe('abusive');
  });
});

describe('telling the circle, posting in public: the verb and whom it reaches', () => {
  test('the employer told under a condition, no debt word at all', () => {
    expectAct('今天不处理，明天通知你单位领导。', 'contact_exposure', '通知你单位领导');
  });
  test('the whole contact book, after "再拖"', () => {
    expectAct('再拖，我们就联系你所有的联系人。', 'contact_exposure', '联系你所有的联系人');
  });
  test('the circle said to receive the news', () => {
    expectAct(
      '你的同學和老師都會收到你欠錢不還的消息。',
      'contact_exposure',
      '你的同學和老師都會收到',
    );
  });
  test('the reader put on a video platform', () => {
    expectAct('再拖下去，你的身份证和欠款金额会出现在抖音上。', 'contact_exposure', '出现在抖音上');
  });
  test('a friend sharing a photo is not exposure', () => {
    expect(check('我把你的照片发到家族群里了，大家都说好看。').verdict).toBe('unrelated');
  });
  test('reaching the borrower through the contact they gave is not a threat to tell', () => {
    const r = check('如无法联系到您本人，我们可能联系您预留的紧急联系人，请保持电话畅通。');
    expect(r.verdict).not.toBe('abusive');
  });
});

describe('harm, hounding and insults as acts on the reader', () => {
  test("harm to property: a predicate on the reader's thing", () => {
    expectAct('欠債不還，你的店就別想開了。', 'intimidation', '店就別想開');
  });
  test('hounding: calls until the debt is paid', () => {
    expectAct(
      '从今天开始，你的手机会每五分钟响一次，直到你把钱还上。',
      'intimidation',
      '每五分钟响一次',
    );
  });
  test('degrading words, the debt implied by the money demanded', () => {
    expectAct('借钱不还，你还是人吗？', 'intimidation', '你还是人吗');
  });
  test('English: harm threatened over the debt', () => {
    expectAct("Pay what you owe or you'll get hurt.", 'intimidation', "you'll get hurt");
  });
  test('English: hounding until paid', () => {
    expectAct(
      'We will keep calling you every day until you pay.',
      'intimidation',
      'keep calling you',
    );
  });
  test('a worried mother calling until answered is not hounding', () => {
    expect(check('我会一直打电话直到你接为止，担心死了。').verdict).toBe('unrelated');
  });
});

describe('lawful collection stays a reminder', () => {
  test('a lawful visit to verify, without "stay home"', () => {
    const r = check('我司将依法委托工作人员上门核实您的还款情况，请知悉。');
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('intimidation');
  });
  test('the same visit with the reader told to stay home is abusive', () => {
    expect(
      check('我司将依法委托工作人员上门核实您的还款情况，请您在家等候，别出门。').verdict,
    ).toBe('abusive');
  });
  test("a doorstep lender's weekly round is not people sent", () => {
    const r = check(
      'Our agent will call at your home on Tuesday to collect your weekly payment as usual.',
    );
    expect(ids(r)).not.toContain('intimidation');
    expect(r.verdict).not.toBe('abusive');
  });
  test('an English visit as the consequence of not paying is a threat', () => {
    expect(check("We're coming to your house tomorrow if you don't pay.").verdict).toBe('abusive');
  });
  test('a lawsuit announced by the lender is a reminder', () => {
    expect(check('您的欠款已逾期，若仍未还款，我司将依法向人民法院提起诉讼。').verdict).toBe(
      'reminder',
    );
  });
});

describe('a scam stays a scam', () => {
  test('an authority persona asking for a transfer, with a visit threat beside it', () => {
    const r = check(
      '我是某市公安局民警，你涉嫌洗钱，请将资金转到安全账户配合调查，不然明天去你家。',
    );
    expect(r.verdict).toBe('scam');
  });
  test('a ransom is not read as a debt', () => {
    const r = check('你的孩子在我们手上，把钱准备好，不然你就别想见到他，不要报警。');
    expect(r.verdict).toBe('scam');
  });
});

describe("who it is aimed at: the reader's people, places and things named in a demand", () => {
  test("relatives' numbers claimed over a debt is exposure", () => {
    expectAct('你欠的钱不还，你大姨、二舅的电话我们都有。', 'contact_exposure', '你大姨');
  });
  test("the reader's car named with a warning is a menace", () => {
    expectAct(
      '你欠的钱拖着不还，你家那辆白色的车晚上停外面可得注意了。',
      'intimidation',
      '你家那辆白色的车',
    );
  });
  test("a lender's polite notice naming the reader's own repayment stays a reminder", () => {
    const r = check('您的借款已逾期，请您尽快登录APP还款，以免影响您的工作和生活。');
    expect(r.verdict).toBe('reminder');
  });
  test("a friend naming the reader's father is not a threat", () => {
    expect(check('你爸身体不太好，有空多回家看看。').verdict).toBe('unrelated');
  });
});

describe('words about threats that threaten no one', () => {
  test('a lender promising not to contact the family is a reminder', () => {
    const r = check(
      '您好，您的借款已逾期，如您暂时无法还款，请联系我们申请延期，我们不会联系您的家人。',
    );
    expect(r.verdict).toBe('reminder');
  });
  test('the emergency contact asked only how to reach the borrower is a reminder', () => {
    const r = check(
      '尊敬的客户，您的分期已逾期，我司将按合同约定与您预留的紧急联系人核实您的联系方式，请您保持电话畅通。',
    );
    expect(r.verdict).toBe('reminder');
  });
  test('the emergency contact told of the debt stays abusive', () => {
    expect(check('你的借款已逾期，我们今天会通知你的紧急联系人你欠款不还的事。').verdict).toBe(
      'abusive',
    );
  });
  test.each([
    '暴力催收常见手段：威胁上门、骚扰家人、P图曝光，遇到请报警。',
    '他欠了网贷，催收天天打电话到他单位，我该怎么办？',
  ])('advice or a plea for help is not abusive: %s', (t) => {
    expect(check(t).verdict).not.toBe('abusive');
  });
  test('"people are on their way" in five words is a threat', () => {
    expect(check('不用回消息了，我们的人已经在去你那的路上了。').verdict).toBe('abusive');
  });
});

describe('a scene told with the message', () => {
  test('people lying in wait at the door are a menace', () => {
    expect(check('（两个男的堵在门口）开门，钱准备好了没有？').verdict).toBe('abusive');
  });
  test('staff visiting with their papers shown are not', () => {
    const r = check('（两名工作人员上门，出示了工作证）你好，我们受银行委托来了解你的还款情况。');
    expect(r.verdict).not.toBe('abusive');
  });
});
