// Abusive collection as frames (issue 8 item 4): who is threatened, what will happen, when.
// Each behaviour is shown with the verdict, the signal and the clause it highlights, beside a
// benign near-miss that uses the same words without the threat. Messages written here.
import { checkNotice } from '../../../miniprogram/core/check';
import type { CheckResult, NoticeInput, SignalId } from '../../../miniprogram/core/types';

function check(text: string, extra: Partial<NoticeInput> = {}): CheckResult {
  return checkNotice({ text, ...extra });
}

/** The text each span of `id` highlights. */
function highlighted(r: CheckResult, text: string, id: SignalId): string[] {
  const s = r.signals.find((x) => x.id === id);
  return s ? s.spans.map(([a, b]) => text.slice(a, b)) : [];
}

function expectAbusive(text: string, id: SignalId, clause: string) {
  const r = check(text, { channel: 'sms' });
  expect(r.verdict).toBe('abusive');
  expect(highlighted(r, text, id).some((h) => h.includes(clause))).toBe(true);
}

describe('people sent to the reader: the announcement may sit between the people and the place', () => {
  test('"our people are already downstairs" is a threat in a few words', () => {
    expectAbusive('我们的人已经在你家楼下了', 'intimidation', '我们的人已经在你家');
  });
  test('"someone has been sent to your child\'s school" names the child as the target', () => {
    expectAbusive('我们已经安排人去你孩子学校了', 'intimidation', '安排人去你孩子');
  });
  test.each([
    '明天派人去你公司送合同，请签收',
    '兄弟们已经出发去你家了，今晚喝酒',
    '我一小时后到你家楼下接你',
  ])('an errand or a visit among friends is not a threat: %s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('unrelated');
    expect(r.signals).toEqual([]);
  });
});

describe('a visit to make a scene at home or work is a threat, debt named or not', () => {
  test('"tomorrow we make a scene at your company"', () => {
    expectAbusive('等着吧，明天就到你公司闹', 'intimidation', '到你公司闹');
  });
  test('"we go to your workplace to find your boss"', () => {
    expectAbusive('明天我们去你单位找你领导聊聊', 'intimidation', '去你单位找你领导');
  });
  test("going to a colleague's company for a meeting is not", () => {
    expect(check('明天我们去你公司开会，顺便找你吃饭').verdict).toBe('unrelated');
  });
});

describe("a warning aimed at the reader's body or family, over a debt, is a threat of harm", () => {
  test('"watch your legs"', () => {
    expectAbusive('再不还钱小心你的腿', 'intimidation', '小心你的腿');
  });
  test('"your daughter should be careful on her way to school"', () => {
    expectAbusive('你欠的钱不还，你女儿上学路上注意点', 'intimidation', '你女儿上学路上注意点');
  });
  test('a lender warning about account safety stays a reminder', () => {
    const t = '您的借款本期应还1200元，请按时还款，注意账户安全，谨防诈骗。';
    const r = check(t);
    expect(r.verdict).toBe('reminder');
    expect(r.signals.map((s) => s.id)).not.toContain('intimidation');
  });
});

describe('humiliation and insults aimed at the debtor', () => {
  test.each([
    ['你欠钱不还，还有脸睡觉？', '还有脸睡觉'],
    ['你欠的钱再不还，我保证让你在村里抬不起头', '让你在村里抬不起头'],
    ['欠钱不还的人渣，全家死光', '欠钱不还的人渣'],
  ])('%s', (t, clause) => {
    expectAbusive(t, 'intimidation', clause);
  });
  test('"does your family know you owe money?" is an exposure threat in one line', () => {
    expectAbusive('你家里人知道你欠钱吗？', 'intimidation', '你家里人知道你欠钱吗');
  });
  test('a story about a deadbeat in a film insults no one', () => {
    expect(check('这部电影里老赖最后被抓了').verdict).toBe('unrelated');
  });
});

describe("the reader's contact book named with a time or a claim of having it", () => {
  test('"we have your contact book; from this afternoon we call them one by one"', () => {
    expectAbusive(
      '你的通讯录我们已经拿到了，今天下午开始挨个打',
      'contact_exposure',
      '今天下午开始挨个打',
    );
  });
  test('English: "we are reaching your phone book from the next hour"', () => {
    const t = 'You are not cooperating. We are now reaching your phone book from the next hour.';
    expectAbusive(t, 'contact_exposure', 'your phone book');
  });
  test('an app asking to sync the contact book is not a threat', () => {
    const r = check('开启通讯录权限后，可以更快找到已注册的好友。');
    expect(r.verdict).toBe('unrelated');
    expect(r.signals).toEqual([]);
  });
});

describe('collecting from the family at their door, and pursuit', () => {
  test('"tomorrow we go to your home and ask your parents for the money"', () => {
    expectAbusive('你給我等著，明天就去你家找你爸媽要錢', 'intimidation', '去你家找你爸媽要錢');
  });
  test('"you think a new number means we cannot find you?"', () => {
    expectAbusive('你以为换个号码就找不到你了吗？', 'intimidation', '换个号码就找不到你');
  });
  test('"we know where your wife works", over a debt', () => {
    const t = '你欠的钱，你觉得躲起来就没事了？你老婆在哪上班我们都清楚';
    expectAbusive(t, 'intimidation', '在哪上班我们都清楚');
  });
  test.each([
    '你以为躲在家里就不用写作业了？',
    '别以为换了手机号我就找不到你，哈哈，周末一起吃饭',
    '他家地址我们都有，明天寄请柬',
  ])('teasing, homework and invitations pursue no one: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe("the reader's children and circle", () => {
  test('a false consequence for the children over a debt', () => {
    const t = '你欠的钱再不还，以后你孩子考公政审都过不了，我们会去学校说';
    expectAbusive(t, 'intimidation', '你孩子考公政审都过不了');
  });
  test('"your parents will get our call tomorrow"', () => {
    const t = '你要是今天还不上，明天你父母就会接到我们的电话';
    expectAbusive(t, 'contact_exposure', '你父母就会接到我们的电话');
  });
  test('collecting through the contact book', () => {
    const t = '最后给你两个小时，不还款我们马上启动通讯录催收';
    expectAbusive(t, 'contact_exposure', '启动通讯录催收');
  });
  test("the reader's photo posted to the company group, debt named or not", () => {
    expectAbusive(
      '你的照片我们已经做好了，今晚就发到你们公司群',
      'contact_exposure',
      '发到你们公司群',
    );
  });
  test('minutes sent to a company group, or a photo sent to the reader, expose no one', () => {
    expect(check('会议纪要今晚就发到你们公司群').verdict).toBe('unrelated');
    expect(check('你的照片我们已经修好了，今晚发到你微信').verdict).toBe('unrelated');
  });
  test('"your family will know you owe money" said with a lender\'s reminder is abusive', () => {
    const t = '你的借款已逾期，再不处理，你的家人和同事都会知道你欠钱不还，请登录App还款。';
    const r = check(t, { sender: '13912345678' });
    expect(r.verdict).toBe('abusive');
    expect(r.signals.map((s) => s.id)).not.toContain('unofficial_number');
  });
});

describe('verdict: who the authority is decides scam or abusive', () => {
  test("a collector's own arrest threat beside their own number is abusive", () => {
    const t = '再不还就报警抓你，有种别接电话，13812345678';
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(highlighted(r, t, 'authority_threat')).toContain('再不还就报警抓你');
  });
  test('a "lawyer" reachable on a private number is a fake legal process', () => {
    expect(check('你的欠款再不还我们就起诉你，律师电话13800138000').verdict).toBe('scam');
  });
  test('a "court" persona with a private WeChat is a scam', () => {
    expect(check('我是法院的，你的欠款案件已立案，加我微信abc12345处理').verdict).toBe('scam');
  });
  test('a criminal case "under way" and someone to contact to handle it is the fake-authority chain', () => {
    const t = '您因贷款逾期已被列入诈骗名单，案件已移交公安机关，请立即联系XXX处理';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(highlighted(r, t, 'impersonation')).toEqual(
      expect.arrayContaining(['案件已移交公安机关', '请立即联系XXX处理']),
    );
  });
  test('the same false criminal threat asking for the debt itself is abusive', () => {
    const t = '你已经逾期了，已移交公安机关，请立即还款，否则追究刑事责任';
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(r.signals.map((s) => s.id)).not.toContain('impersonation');
  });
  test("a case handed to the lender's legal department, handled by its official service, is a reminder", () => {
    expect(check('您的借款已逾期，已移交法务部门，请联系官方客服处理。').verdict).toBe('reminder');
  });
});

describe('third parties named as the next target, and the debt posted to a group', () => {
  test('"if you still do not pay we go to your guarantor and your boss"', () => {
    const t = '你借的钱什么时候还？再不还我们就找你担保人和你老板';
    expectAbusive(t, 'contact_exposure', '找你担保人');
  });
  test("the reader's debt posted in the estate's owners' group", () => {
    const t = '你欠钱的事我们已经发在你们小区业主群了';
    expectAbusive(t, 'contact_exposure', '你欠钱的事我们已经发在你们小区业主群');
  });
  test('a receipt sent to a service group exposes nothing', () => {
    const t = '您的借款本期应还1200元，还款后可将截图发到客服群，我们会及时核对。';
    expect(check(t).signals.map((s) => s.id)).not.toContain('contact_exposure');
  });
  test.each([
    ['欠钱不还，良心被狗吃了？', '良心被狗吃了'],
    ['你是不是不想活了？欠钱还敢不接电话', '你是不是不想活了'],
  ])('%s', (t, clause) => {
    expectAbusive(t, 'intimidation', clause);
  });
});

describe('lawful consequences stay a reminder; paired with fake criminal liability or exposure they do not', () => {
  test.each([
    '您的借款已逾期，我司将上报征信并依法提起诉讼，请尽快还款。',
    '您的欠款已逾期90天，我司已向法院提起诉讼，法院将向您送达传票，请关注。',
    '24小时内不还款将起诉!',
  ])('%s is a reminder', (t) => {
    expect(check(t).verdict).toBe('reminder');
  });
  test('a suit with "you will face criminal detention" is abusive', () => {
    const t = '您的欠款已逾期，我司将依法起诉，届时您将面临刑事拘留';
    expectAbusive(t, 'authority_threat', '届时您将面临刑事拘留');
  });
  test('a deadline in hours with the emergency contact told is abusive', () => {
    const t = '您已逾期，2小时内不处理将上报征信并通知您的紧急联系人';
    expectAbusive(t, 'contact_exposure', '通知您的紧急联系人');
  });
});

describe("where the reader's child is, said with a veiled threat", () => {
  test('"your daughter is in class 2, grade 3, right? think it over"', () => {
    const t = '你女儿在XX小学三年级二班对吧？你自己掂量掂量。';
    expectAbusive(t, 'intimidation', '你女儿在XX小学三年级二班对吧');
  });
  test.each([
    '你女儿在XX小学三年级二班对吧？明天家长会别忘了。',
    '孩子在幼儿园要注意点卫生，回家记得洗手。',
  ])("a parents' notice threatens nothing: %s", (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
  test('"we will make you socially dead" over a debt is exposure', () => {
    expectAbusive('你欠钱不还，我们会让你社会性死亡。', 'contact_exposure', '让你社会性死亡');
  });
});

describe("tracked down, the family's safety, funeral things", () => {
  test.each([
    ['我们已经找到你老家了，你爸妈说你不是东西', '找到你老家'],
    ['别逼我们用非常手段，你家人的安全自己考虑', '你家人的安全自己考虑'],
    ['再不还钱，我们就给你家寄花圈', '给你家寄花圈'],
    ['你女朋友的电话我们也有了，要不要让她知道你欠钱的事？', '电话我们也有'],
  ])('%s', (t, clause) => {
    expectAbusive(t, 'intimidation', clause);
  });
  test.each([
    '我查到你的地址了，给你寄礼物',
    '明天上午十点，我们的人会准时出现在你公司前台，带上合同',
    '快递员找到你家了，下楼取一下',
  ])('a gift, a meeting or a courier is not a menace: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('a shaming picture is not a warrant', () => {
  test('a photo edited onto a "wanted poster" and sent to the village is abusive, not a fake authority', () => {
    const text = '再不还钱，就把你的头像P到通缉令上，发到你们村的群里';
    const r = check(text, { channel: 'sms' });
    expect(r.verdict).toBe('abusive');
    expect(r.signals.map((s) => s.id)).not.toContain('impersonation');
  });
  test('a warrant "served" by message is still a fake authority', () => {
    const r = check('您涉嫌洗钱，已被下达刑事逮捕令，请立即联系办案民警', { channel: 'sms' });
    expect(r.verdict).toBe('scam');
  });
});
