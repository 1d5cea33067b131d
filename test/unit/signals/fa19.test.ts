// False alarms found by fa19's probe sets of genuine messages (benign19.ts): a
// lender's lawful visit to the reader's own address, a friend waiting after work with a treat, a
// greeting sent to the whole contact book, "…都是骗子" in a warning, and a friend's or spouse's
// word on a debt the model read as a scam's plain notice. Beside them, the same acts as threats
// (a visit at night, to the workplace or the parents; waiting over a debt; the contact book held)
// and scams with an ask stay alarms.
import { abusiveWith, check, scamWith } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('a lender visiting the reader lawfully stays a reminder', () => {
  test.each([
    '【微粒贷】您的逾期欠款已持续60天，我们将委托外访人员按照合法合规方式上门了解您的还款情况，请及时还款。',
    '【某银行】您的信用卡逾期已超过90天，根据相关规定，我行可能安排外访人员前往您的户籍地或居住地核实情况，请尽快还款。',
    '【招商银行】您的信用卡已逾期，我行将委托外访人员在工作日白天到您的居住地进行合规外访，如有异议请致电95555。',
    '【中国银行】您的信用卡欠款逾期，我行工作人员将在合法合规前提下进行电话或上门催收，上门人员会出示工作证，请勿向其支付现金。',
    '【某平台】您的借款已逾期，外访人员将在工作时间上门拜访，拜访前会与您电话预约，上门时出示工作证件。',
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
    abusiveWith(t, id);
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
    abusiveWith(t, id);
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
    scamWith(t, id);
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

// A sample (every sixth line) of fa19's probe sets of genuine messages that stayed genuine —
// lender reminders and overdue notices, bank, carrier, courier and code SMS, everyday chat in
// Chinese and English — kept as behaviours: none may become an alarm.
describe('genuine probe lines stay genuine', () => {
  test.each([
    '【微粒贷】尊敬的客户，您的借款本期应还1236.50元已逾期3天，请尽快通过微信-微粒贷入口还款，逾期记录将按规定报送人民银行征信系统。',
    '【借呗】尊敬的用户，您的借呗已逾期15天，我们已按合同约定将逾期信息报送征信机构，请尽快在支付宝内还款，客服95188。',
    '【浦发银行】您的信用卡欠款已逾期，根据协议我行将委托外部催收机构与您联系，还款请认准浦大喜奔APP或官方渠道。',
    '【平安普惠】您的借款已逾期，请通过平安普惠APP还款，如暂时困难可在APP内申请协商还款方案。',
    '【度小满】您的有钱花借款已逾期，请尽快在度小满金融APP还款，客服95055。',
    '【某银行】您的信用卡逾期已超过90天，根据相关规定，我行可能安排外访人员前往您的户籍地或居住地核实情况，请尽快还款。',
    '【邮储银行】尊敬的客户，您的个人贷款已逾期，请及时到就近网点或通过手机银行还款，以免影响您的征信记录。',
    '【微粒贷】您好，我们注意到您的借款已逾期，若您近期遇到困难，可在微粒贷页面申请延期还款或联系客服95384协商。',
    '您好，我是某某银行信用卡中心的催收专员，您的卡片已逾期两期，请您今天之内通过手机银行还最低还款额，避免进一步影响征信。',
    '【建设银行】您的个人住房贷款本月扣款失败，请于3个工作日内存足款项，否则将产生逾期记录并上报征信。',
    '【兴业银行】您的信用卡逾期，若您对欠款有异议，可拨打95561或通过兴业银行APP提交申诉。',
    '【腾讯科技】您的验证码为482913，5分钟内有效，请勿泄露给他人。',
    '【12306】您的注册验证码为693022，请在10分钟内完成验证，若非本人操作请忽略。',
    '【招商银行】您账户9931于12月02日16:05入账工资，人民币8,600.00，余额10,221.40。',
    '【微信支付】收款到账通知：您收到一笔转账88.00元，已存入零钱。',
    '【中国联通】您的宽带将于12月31日到期，续费请登录联通APP或前往营业厅办理。',
    '【韵达快递】您的快递已放至妈妈驿站，取件码3-5-1108，地址：XX路15号。',
    '【XX自来水】尊敬的用户，您本期水费42.00元已出账，请按时缴费，逾期将产生滞纳金。',
    '【支付宝】您的余额宝昨日收益0.85元。',
    '【招商银行】您的账户密码已成功修改，如非本人操作请致电95555。',
    '【滴滴】您的账户余额已到账退款12.00元。',
    '【工商银行】您的银行卡将于2027年1月到期，我行将为您免费换卡，请携带身份证到网点办理。',
    '【苹果】您的Apple ID验证码是：442190，请勿与他人共享。',
    '我换号了，这是新号码，麻烦存一下，旧号下个月就停了。',
    '房东您好，合同我签好了，身份证复印件也一起放信封里了。',
    '你可小心点，别让你老婆知道你借了她的车去钓鱼。',
    '你那个借呗别逾期啊，逾期了上征信以后买房贷款麻烦。',
    '我下周回老家，顺便去你爸妈家坐坐，给他们拜个年。',
    '房租这个月我转给房东了，你那份转我就行。',
    '我把你的电话给了装修师傅，他明天会联系你。',
    '你老公上次帮我搬家，我请你们吃饭吧。',
    '你的工资条我放你桌上了，有问题找财务。',
    '这周六我去你家吃饭，你老婆做的红烧肉太好吃了。',
    '你爸妈都知道你要结婚了吗？赶紧告诉他们啊。',
    'Chase: Your credit card payment of $45.00 is due on Dec 15. Pay in the Chase app or at chase.com. Reply STOP to opt out.',
    "Your Google verification code is 553019. Don't share it with anyone.",
    'Synchrony: Your account is seriously past due. If unpaid, your account may be charged off and referred to a collection agency. Call the number on your statement.',
    'Your Uber code is 4421. Never share this code.',
    'USPS: Your package was delivered to the parcel locker. Your locker code is 5521.',
    "Monzo: You've spent £12.40 at Tesco.",
    'Can you send me a copy of your ID? I need it for the lease application.',
    "I'll pay you back the $50 on Friday when I get paid.",
    "I'm going to message everyone in my contacts to wish them a happy new year.",
    "Did you pay the electric bill? It's overdue and they're charging a late fee.",
    'Please verify your email address by clicking the link we sent you when you signed up on our website.',
    '【网商银行】您的网商贷已逾期，请尽快登录支付宝或网商银行APP还款，逾期将影响您的征信记录，客服95188。',
    '【某消费金融】您的借款已逾期，如仍不还款，我司将依法向人民法院提起诉讼，届时您需承担诉讼费用。',
    '【某银行】您的信用卡逾期，我行将按照监管规定向您的紧急联系人核实您的联系方式，不会透露您的欠款信息。',
    '【某银行】您好，您的贷款逾期已超过一年，我行已向法院申请强制执行，请关注法院通知。',
    '你别被那些说能帮你消除逾期记录的骗了，征信只能自己还清等五年。',
    '你的快递我签收了，放在门卫那里，下班记得拿。',
    '你不接电话我很担心，再不回我就去你家看看了。',
    '公司通知：本月工资将于15日发放至各位工资卡，请注意查收。',
    '今天去营业厅把手机号实名认证了，还办了个新套餐。',
    '这次体检结果出来了，医生说没什么大问题。',
    'This is a communication from a debt collector. This is an attempt to collect a debt and any information obtained will be used for that purpose. Please call us at the number on your letter.',
    'Reminder from your landlord: rent is 5 days late. A late fee of $50 will be added per the lease.',
    'Your bank will never ask for your PIN or password by text or phone. If you receive such a request, hang up and call the number on your card.',
    'Your statement is ready. Log in to view it.',
    "If you don't call me back I'm coming to your house, I'm worried about you.",
    "I owe you one for helping me move. Dinner's on me.",
    'Netflix: Your payment method was declined. Update it in the Netflix app to keep watching.',
    'Your DMV appointment is confirmed for Dec 8 at 9:30 AM. Bring your documents.',
    'I sent the money to your account, let me know if you got it.',
    'Your credit limit has been increased to $5,000. No action is needed.',
    'Your utility company will never demand payment by gift card. Report suspicious calls.',
    '【某消费金融】您的借款已逾期45天，根据合同约定，您的账户已委托第三方催收机构处理，催收员会以我司名义与您联系，请通过官方APP还款。',
    '【某消费金融】您的账户已逾期，若您有还款困难，可在APP内申请个性化分期或延期还款，无需支付任何费用。',
    '您好，这里是某某消费金融，您本月的账单已经逾期，今天能处理一下吗？您可以在APP里直接还款。',
    '【某银行】尊敬的客户，我行发现您的贷款已逾期，依据借款合同，我行有权宣布贷款提前到期并依法追偿。',
    '【某银行】您好，您名下的信用卡已逾期，我行将联系您本人协商还款，不会联系您的家人或同事。',
    '【某平台】您的借款已逾期，我们可能会通过短信、电话、邮件等方式提醒您还款，给您带来不便敬请谅解。',
    '【某银行】您好，我行将根据您的还款能力为您制定还款计划，请登录手机银行查看。',
  ])('%s', (t) => expect(check(t).verdict).toMatch(GENUINE));
});
