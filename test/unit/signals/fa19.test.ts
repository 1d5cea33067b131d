// False alarms found by fa19's probe sets of genuine messages (benign19.ts): a
// lender's lawful visit to the reader's own address, a friend waiting after work with a treat, a
// greeting sent to the whole contact book, "…都是骗子" in a warning, and a friend's or spouse's
// word on a debt the model read as a scam's plain notice. Beside them, the same acts as threats
// (a visit at night, to the workplace or the parents; waiting over a debt; the contact book held)
// and scams with an ask stay alarms.
import { check, ids } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('a lender visiting the reader lawfully stays a reminder', () => {
  test.each([
    '【微粒贷】您的逾期欠款已持续60天，我们将委托外访人员按照合法合规方式上门了解您的还款情况，请及时还款。',
    '【某银行】您的信用卡逾期已超过90天，根据相关规定，我行可能安排外访人员前往您的户籍地或居住地核实情况，请尽快还款。',
    '【招商银行】您的信用卡已逾期，我行将委托外访人员在工作日白天到您的居住地进行合规外访，如有异议请致电95555。',
    '【中国银行】您的信用卡欠款逾期，我行工作人员将在合法合规前提下进行电话或上门催收，上门人员会出示工作证，请勿向其支付现金。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
  test.each([
    ['【某某贷】您的借款已逾期，我司将委托外访人员今晚前往您的户籍地核实情况。', 'intimidation'],
    [
      '【某某贷】您的借款已逾期，我司将依法安排外访人员前往您的工作单位核实情况。',
      'contact_exposure',
    ],
    [
      '【某某贷】您的借款已逾期，外访人员将前往您的户籍地和您父母核实情况，后果自负。',
      'intimidation',
    ],
  ] as const)('%s', (t, id) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain(id);
  });
});

describe('friends, greetings and warnings are no threats', () => {
  test.each([
    '你几点下班？我在你们公司楼下等你，给你带了奶茶。',
    '今晚我去你家楼下等你，咱们一起去看电影。',
    '过年了，我打算把通讯录挨个发一遍新年祝福，你帮我想几句吉利话。',
    '征信上的逾期记录结清后五年自动删除，不用找人花钱处理，那些说能洗白征信的都是骗子。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
  test.each([
    ['你欠的钱再不还，我就在你公司楼下等你。', 'intimidation'],
    ['欠钱不还是吧，今晚我去你家楼下等你。', 'intimidation'],
    ['你的通讯录我们已经拿到了，今天开始挨个打。', 'contact_exposure'],
    ['你这个骗子，欠钱不还。', 'intimidation'],
  ] as const)('%s', (t, id) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain(id);
  });
});

describe("a friend's or spouse's word on a debt is no scam notice", () => {
  test.each([
    '你那个信用卡逾期的事别慌，先把钱还上，征信记录五年后自动消除。',
    '老婆，我把房贷还了，这个月信用卡记得还一下，别逾期了影响征信。',
    '你那个借呗别逾期啊，逾期了上征信以后买房贷款麻烦。',
    '你记得下班去银行把那张卡销了，免得年费。',
    '逾期一天会不会影响征信啊？我昨天忘还信用卡了。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
  test.each([
    '您的贷款逾期未还，请尽快还款，否则将影响您的信用记录。',
    '别慌，你的征信可以找我们内部人员花钱处理，加微信2828xx。',
    '你那个借呗逾期了，我是借呗客服，加我QQ 123456 帮你处理。',
    '老婆，我手机坏了，这是我新号码，急用钱先转5000到这个卡号6222020202020202020。',
  ])('%s', (t) => expect(check(t).verdict).toBe('scam'));
});

describe('a code delivered, a parcel notice, a friend paying, a trade to the account on file', () => {
  test.each([
    '【拼多多】验证码218844，用于手机号绑定，泄露有风险，请勿告诉他人。',
    '【中通快递】您的包裹因地址不详暂存网点，请联系派送员或拨打官方客服95311。',
    '你把银行卡号发我，我把上次聚餐的钱转你。',
    '王总，货款请转到我们公司对公账户，账号和上次合同上的一样，开票信息我稍后发您。',
    '张经理，这批货的款项麻烦按合同转到我司对公账户，收到后我们安排发货。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
  test.each([
    ['您的退款已审核通过，请提供银行卡号，我们把钱转给您。', 'credential_request'],
    ['你把银行卡号和验证码发我，我把钱转你。', 'credential_request'],
    ['您的快递地址不详，请提供您的姓名和身份证号重新登记。', 'credential_request'],
    [
      '王总，我们公司对公账户变更了，货款请按合同转到新账户6222020202020202020。',
      'pay_to_unofficial_account',
    ],
    ['您的欠款请按合同转到我司对公账户，否则将起诉。', 'pay_to_unofficial_account'],
  ] as const)('%s', (t, id) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain(id);
  });
});

describe('second probe set: a signed notice with no contact, warnings, a payment made', () => {
  test.each([
    '【某银行】根据《征信业管理条例》，您的逾期信息将报送至金融信用信息基础数据库，请尽快还款以免产生不良记录。',
    '【某银行】您好，您的贷款逾期已超过一年，我行已向法院申请强制执行，请关注法院通知。',
    '【某银行】您的信用卡逾期，我行将按照监管规定向您的紧急联系人核实您的联系方式，不会透露您的欠款信息。',
    '你别被那些说能帮你消除逾期记录的骗了，征信只能自己还清等五年。',
    '你那个贷款逾期了就赶紧跟银行协商分期，别去找网上那些代理。',
    '孩子的学费我已经转到学校账户了，发票在群里。',
    '我明天早上八点在你家门口等你，一起去机场。',
    '【某银行】您好，我行将根据您的还款能力为您制定还款计划，请登录手机银行查看。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
  test.each([
    ['【某贷】您已逾期，我司将联系您的紧急联系人核实您的联系方式并告知您的欠款情况。', 'abusive'],
    ['逾期记录可以找我们内部人员消除，收费3000，加微信kk123。', 'scam'],
    ['逾期协商分期交给我们专业团队，成功后再收费，联系13800001111。', 'scam'],
    ['你先转5000到这个账户，我已经帮你申请了。', 'scam'],
    ['您的还款能力不足，请先缴纳2000元验证还款能力后才能放款。', 'scam'],
    ['欠钱不还，我明天早上八点在你家门口等你。', 'abusive'],
  ] as const)('%s', (t, v) => expect(check(t).verdict).toBe(v));
});

describe('English: a worried friend is no visitor sent', () => {
  test('a visit for worry, with no debt in sight, stays benign', () => {
    const t = "If you don't call me back I'm coming to your house, I'm worried about you.";
    expect(check(t).verdict).toMatch(GENUINE);
  });
  test.each([
    "If you don't pay what you owe I'm coming to your house, I'm worried about you.",
    "If you don't call me back I'm coming to your house.",
  ])('%s', (t) => expect(check(t).verdict).toBe('abusive'));
});
