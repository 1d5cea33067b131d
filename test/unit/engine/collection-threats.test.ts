// Abusive collection in plain, short wording (issue 8): the threat is built from parts — someone
// of the reader's (family, colleagues, the group they are in), something done to them or to the
// reader (told, visited, people sent, a sit-in, posted online) and what makes it a threat (a
// condition, a menace, a collector's talk about the debt). Beside each, a message with the same
// words that threatens nothing. Messages written here.
import { checkNotice } from '../../../miniprogram/core/check';
import type { CheckResult, SignalId } from '../../../miniprogram/core/types';

function check(text: string): CheckResult {
  return checkNotice({ text, channel: 'sms' });
}

function highlights(r: CheckResult, text: string, id: SignalId): string[] {
  const s = r.signals.find((x) => x.id === id);
  return s ? s.spans.map(([a, b]) => text.slice(a, b)) : [];
}

function expectAbusive(text: string, id: SignalId, part: string) {
  const r = check(text);
  expect(r.verdict).toBe('abusive');
  expect(highlights(r, text, id).some((h) => h.includes(part))).toBe(true);
}

describe("a collector's talk is a debt even without loan words", () => {
  test('"your family will carry it for you" makes "does your family know?" a threat', () => {
    expectAbusive('你家人知道吗？一小时后让他们替你扛。', 'intimidation', '家人');
  });
  test('"we call until you pay" is harassment over a debt', () => {
    expectAbusive('我们会一直打到你还为止。', 'intimidation', '打到你还');
  });
  test('the same question among friends is nothing', () => {
    const r = check('你家人知道吗？周末一起去爬山。');
    expect(r.verdict).toBe('unrelated');
    expect(r.signals).toEqual([]);
  });
});

describe('people sent as what follows from not paying', () => {
  test('"not paid by three, our people come over" needs no address', () => {
    expectAbusive('下午三点前不还，我们的人就过去。', 'intimidation', '我们的人');
  });
  test('"wait, we are coming to your door" is a menace in five words', () => {
    expectAbusive('等着，我们上门。', 'intimidation', '上门');
  });
  test('"wait, we come to install the broadband" is a service call', () => {
    expect(check('等着，我们上门安装宽带。').verdict).toBe('unrelated');
  });
  test('a sit-in at the reader\'s company "until your boss comes out" is a threat', () => {
    expectAbusive(
      '今天不还，我们就在你们公司大厅坐着，等你们老板出来评评理。',
      'intimidation',
      '公司大厅坐着',
    );
  });
});

// Principle: a collector may visit (CBA 2026 guideline art. 22: at least two staff). A visit
// announced as the lender's lawful step — framed as lawful, or to verify or serve papers — is a
// reminder. People sent tonight, to the family, to make a scene, or with the reader told to stay
// in for them, are a threat.
describe('a lawful visit and a visit as a menace', () => {
  test('"we will lawfully commission a third party to verify in person" stays a reminder', () => {
    const r = check('如您仍未还款，我司将依法委托第三方上门核实。');
    expect(r.verdict).toBe('reminder');
    expect(r.signals.map((s) => s.id)).not.toContain('intimidation');
  });
  test('staff coming to serve a written reminder stay a reminder', () => {
    expect(check('您的借款已逾期，我司将安排工作人员上门送达催告函，请知悉。').verdict).toBe(
      'reminder',
    );
  });
  test('"tonight we send people to your home" is a threat', () => {
    expectAbusive('欠的钱今晚就派人去你家。', 'intimidation', '派人');
  });
  test('a visit with the reader told to stay home for it is not a lawful notice', () => {
    const r = check('你已逾期三个月，我们的外访人员明天上门核实，请在家等着。');
    expect(r.verdict).toBe('abusive');
  });
});

describe('the debt told to someone else', () => {
  test("a child's teacher told the father's debt and asked to pass it on", () => {
    expectAbusive(
      '您是小明的班主任吧？他爸爸在我们平台借钱逾期了，麻烦您跟孩子说一声。',
      'contact_exposure',
      '说一声',
    );
  });
  test('a relatives\' group told "@X owes us, everyone please push him"', () => {
    expectAbusive(
      '各位亲友好，@李四 在我们平台借了八千一直不还，大家帮忙督促一下。',
      'contact_exposure',
      '督促',
    );
  });
  test('a book lent to a friend is no debt to disclose', () => {
    expect(check('他借了我的书一直没还，你帮我跟他说一声。').verdict).toBe('unrelated');
  });
  test("the reader's debt announced at their wedding", () => {
    expectAbusive('你下个月结婚是吧？我去婚礼上帮你宣传一下你欠的钱。', 'contact_exposure', '宣传');
  });
  test("the reader's loan details to be posted on a local forum", () => {
    expectAbusive(
      '你的借款信息和身份证号将于今晚发布到本地论坛。',
      'contact_exposure',
      '发布到本地论坛',
    );
  });
  test('saying such posting is unlawful threatens no one', () => {
    expect(check('把你的借款信息发布到网上是违法的，请放心。').verdict).not.toBe('abusive');
  });
  test('a blacklist "pushed to your community grid worker and village committee"', () => {
    expectAbusive(
      '您已被列入拖欠名单，名单将推送至您所在社区网格员。',
      'contact_exposure',
      '网格员',
    );
  });
  test('"your contact book, we have all of it" over a debt', () => {
    expectAbusive('欠款不还是吧？你的通讯录我们都有。', 'contact_exposure', '通讯录');
  });
});

describe('insults and threats to the reader in a few words', () => {
  test('"pay up, or you will see" is a threat', () => {
    expectAbusive('还钱！不然让你好看。', 'intimidation', '让你好看');
  });
  test('"you won\'t be able to live in this city" over a debt', () => {
    expectAbusive('你不还这个钱，我就让你在这个城市混不下去。', 'intimidation', '混不下去');
  });
  test('a slur at the debtor', () => {
    expectAbusive('欠钱不还的无赖，赶紧还钱。', 'intimidation', '无赖');
  });
  test('English: "we know where you work … or we\'ll visit your office"', () => {
    const r = check('We know where you work. Repay in the app today or we will visit your office.');
    expect(r.verdict).toBe('abusive');
  });
});

describe('the reader avoiding the caller, and home, work or family as the next stop', () => {
  test('"not answering? I go to your hometown" is a pursuit, debt named or not', () => {
    expectAbusive('再不接电话，我就去你老家。', 'intimidation', '去你老家');
  });
  test('"if we cannot find you we go to your family", over a debt', () => {
    expectAbusive('欠的钱不还，找不到你就找你家人。', 'intimidation', '找你家人');
  });
  test("a worried mother going to the reader's flat is not a threat", () => {
    expect(check('再不接电话，我就去你家找你了，妈妈很担心。').verdict).toBe('unrelated');
  });
  test('"pay today, or we come to your company"', () => {
    expectAbusive('今天必须还，不然我们到你公司去。', 'intimidation', '到你公司');
  });
  test('"field staff have set off" over a debt', () => {
    expectAbusive('你的欠款逾期三个月了，外访已经出发了。', 'intimidation', '外访');
  });
  test("the lender's field staff on their way to serve a reminder letter stay a reminder", () => {
    const r = check('您的借款已逾期。我们的外访同事已经出发，前往您登记的地址送达还款提醒函。');
    expect(r.verdict).toBe('reminder');
  });
  test("a bill posted to the reader's home sends no one", () => {
    expect(check('您的账单已逾期，纸质账单将寄到你家。').verdict).toBe('reminder');
  });
});

describe('the same threats in the other languages collection quotes come in', () => {
  test.each([
    [
      'Indonesian: "pay the debt or we come to your office"',
      'Bayar hutang atau kami datang ke kantor anda.',
    ],
    [
      'Italian: "I tell your wife if you do not give the money back"',
      'Lo dico a tua moglie se non mi ridai i soldi.',
    ],
  ])('%s', (_name, text) => {
    expect(check(text).verdict).toBe('abusive');
  });
  test('Italian: "I tell you your wife called" threatens no one', () => {
    expect(check('Ti dico che tua moglie ha chiamato stamattina.').verdict).toBe('unrelated');
  });
});

describe('threats that name no debt and need none', () => {
  test('"you think we cannot find you?" is a pursuer speaking', () => {
    expectAbusive('你是不是觉得我们找不到你？', 'intimidation', '找不到你');
  });
  test('"keep playing dead and we talk to your child\'s teacher" exposes the reader', () => {
    expectAbusive('你要是再装死，我们就找你孩子的老师聊聊。', 'contact_exposure', '孩子的老师');
  });
  test('"we found your daughter\'s school" is a menace', () => {
    expectAbusive('你女儿的学校我们已经查到了。', 'intimidation', '学校我们已经查到');
  });
  test('"we go to her school to talk to her about your business"', () => {
    expectAbusive(
      '你妹妹在读大学是吧，我们下周去学校找她聊聊你的事。',
      'intimidation',
      '聊聊你的事',
    );
  });
  test('"we found your parents on your moments"', () => {
    expectAbusive('我已经在你朋友圈里找到你爸妈了。', 'intimidation', '找到你爸妈');
  });
  test('"we call from a new number until you answer"', () => {
    expectAbusive('你再拉黑我，我就换号继续打。', 'intimidation', '换号继续打');
  });
  test("a parent knowing the school for a parents' meeting threatens no one", () => {
    expect(check('你女儿的学校我们清楚，明天一起去开家长会。').verdict).toBe('unrelated');
  });
  test('a friend who cannot reach the reader asking the family is not a threat', () => {
    expect(check('找不到你就找你家人问问，大家都很着急。').verdict).toBe('unrelated');
  });
});
