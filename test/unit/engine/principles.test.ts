// The verdict principles of issue 8 / DESIGN.md "The checker's contract", each shown on fresh
// messages written here as behaviours (not taken from any corpus).
import type { SignalId } from '../../../miniprogram/core/types';
import { check, ids } from '../../helpers/checker';

describe("a sender's number is not a contact offered", () => {
  test('a threatening collector texting from a mobile, paid in the official app, is abusive', () => {
    const t = '你已经逾期15天了，再不还我们就天天打电话给你家人，请今天在官方App内还款。';
    const r = check(t, { sender: '13912345678', channel: 'sms' });
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).not.toContain('unofficial_number');
  });
  test('a plain reminder from a mobile sender stays a reminder', () => {
    const r = check('您的借款本期应还1200元，今日到期，请登录App按时还款。', {
      sender: '+8613812345678',
      channel: 'sms',
    });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).toEqual([]);
  });
});

describe('an authority persona that asks for money, an app, a code or a transfer is a scam', () => {
  test.each([
    '您好，我是XX派出所的民警，需要您下载一个app配合我们核实情况。',
    '我是区法院的书记员，你名下有一起案件，请把保证金转到我们的账户。',
    '这里是市反诈中心，你的银行卡涉嫌洗钱，请把收到的验证码报给我核对。',
    '我是金融监管总局的工作人员，你的贷款资质有问题，需要你打开屏幕共享配合检查。',
  ])('%s', (t) => {
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });
  test('a fake police officer accusing you of a crime, with no debt in sight, is a scam', () => {
    const r = check('我是市公安局的王警官，你的身份证被人冒用，涉嫌一起诈骗案。', {
      channel: 'call',
    });
    expect(r.verdict).toBe('scam');
  });
});

describe('a relative in danger with money demanded is a scam, not a collector', () => {
  test('a fake kidnapping', () => {
    const r = check('你女儿现在在我们这里，想让她平安回来，马上准备八万块。', { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('fake_emergency');
  });
  test('the speaker talking about their own family is nothing', () => {
    const r = check('我儿子住院了，这周不去上班，下周见。');
    expect(r.verdict).toBe('unrelated');
  });
});

describe('threats to family, visits and "people are coming" are abusive even in five words', () => {
  test.each([
    '正在派人去找你',
    '我们外访人员已经到你家门口了，在家等着',
    '你家人知道吗？一小时后让他们替你还',
  ])('%s', (t) => {
    expect(check(t, { channel: 'sms' }).verdict).toBe('abusive');
  });
  test('a social visit is not a threat', () => {
    expect(check('明天去你家玩，给你带了水果。').verdict).toBe('unrelated');
  });
});

describe('police and lawsuits: false arrest threats are abusive, a lawful suit is a reminder', () => {
  test('a collector threatening arrest, paid in the official app, is abusive', () => {
    const r = check('再不还款我们就报警，让警察把你抓起来。还款请在官方App操作。');
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('authority_threat');
  });
  test('the lender announcing its own lawful suit is a reminder', () => {
    const r = check('您的借款已逾期30天，我司将依法向法院提起诉讼，请尽快登录App还款。');
    expect(r.verdict).toBe('reminder');
  });
  test('authority words in an ordinary sentence are nothing', () => {
    expect(check('你上次说的那个案件我看了新闻，挺吓人的。').verdict).toBe('unrelated');
  });
});

describe('a cue word counts only inside an ask or a threat', () => {
  test('"二十四小时" and "一百个" in a service line are not threats', () => {
    expect(check('我们的客服二十四小时在线，一百个问题都可以问。').verdict).toBe('unrelated');
  });
  test('"your friend" with no debt in sight is not contact exposure', () => {
    const r = check('您好，您的朋友给您寄了一个包裹，请问明天在家吗？');
    expect(ids(r)).not.toContain('contact_exposure');
    expect(r.verdict).not.toBe('abusive');
  });
});

describe('money words count only when you are asked to pay (records and descriptions are not)', () => {
  test.each([
    '【XX公积金中心】您的个人账户于11月3日汇缴公积金1500元，余额8200元。',
    '交易提醒：交易时间11月02日，交易类型：扫码消费，交易金额28.00元。',
    '店里新装了收款二维码，顾客付钱更方便了。',
    '这家店的备用金制度挺好的，月底统一报销。',
    '您可以在应用商店下载我们的打车软件，注册后即可叫车。',
    '律师咨询费一般按小时计算，具体看案件难度。',
    '您的借款已发放至绑定账户，每月10日还款，逾期需缴纳违约金，请按时还款。',
  ])('%s is not a scam', (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
  test('the same QR code in an ask to pay the debt to a person is a scam', () => {
    const r = check('请扫这个二维码把欠款付给我，付完就销账。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('pay_to_unofficial_account');
  });
});

describe('short, blunt scam scripts', () => {
  test('"not cancelled → your credit record suffers" in one line', () => {
    const r = check('未注销将影响征信');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('account_cancellation');
  });
  test('a loan "frozen" over a made-up card error, contact online service', () => {
    const r = check('贷款被冻结，因银行卡信息不符，请联系在线客服');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });
  test('a real cancellation notice with no cost attached is not', () => {
    expect(check('会员自动续费可随时在设置中取消，不影响使用。').verdict).not.toBe('scam');
  });
});

describe('spans cover the clause that carries the behaviour, not a lone cue word', () => {
  const highlights = (t: string, id: SignalId) => {
    const r = check(t);
    const s = r.signals.find((x) => x.id === id);
    return s ? s.spans.map(([a, b]) => t.slice(a, b)) : [];
  };
  test('the threat is highlighted whole', () => {
    expect(highlights('我们明天就带人去你公司堵你，看你还敢不还。', 'intimidation')).toContain(
      '我们明天就带人去你公司堵你',
    );
  });
  test('a deadline is its clause, not "就", "前" or "明天"', () => {
    const t = '你必须在明天下午5点前还清，不然就等着上门。';
    const words = check(t).signals.flatMap((s) => s.spans.map(([a, b]) => t.slice(a, b)));
    expect(words.length).toBeGreaterThan(0);
    for (const w of words) expect(['就', '前', '明天', '内', '请', '需']).not.toContain(w);
    expect(highlights(t, 'urgency')).toContain('你必须在明天下午5点前还清');
  });
  test('an account number is not cut in two', () => {
    const t = '请把欠款转到我们专员的个人卡 6212 2640 0017 3892 551，到账后销账。';
    expect(highlights(t, 'pay_to_unofficial_account')[0]).toMatch(/3892 551$/);
  });
});

describe('loan-offer, debt-relief and credit-repair scripts are scams, not reminders', () => {
  test.each([
    ['我们有内部渠道，黑户也能下款，当天到账。', 'loan_lure'],
    ['逾期了别慌，所有网贷平台我们均可协商分期，停止催收。', 'debt_relief_agency'],
    ['信用卡逾期减免利息交给专业团队，一对一处理。', 'debt_relief_agency'],
    ['大额逾期也能洗白，征信花了找我们。', 'credit_repair'],
  ])('%s', (t, id) => {
    const r = check(t, { channel: 'wechat' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain(id);
  });
  test('the lender offering its own instalments is a reminder', () => {
    const r = check('您的信用卡已逾期，如确有困难，可登录本行App申请分期还款，详询官方客服。');
    expect(r.verdict).toBe('reminder');
  });
  test('a bank disclaiming fee-charging agencies is not one', () => {
    const r = check(
      '【某银行】您的信用卡已逾期，请尽快还款。我行从未委托任何机构以“停息”名义收费。',
    );
    expect(r.verdict).toBe('reminder');
  });
});

describe('numbers in a record or a public hotline are not a contact that diverts you', () => {
  test('a toll record pointing to the highway hotline and a merchant line is not a scam', () => {
    const t =
      '【工商银行】您的ETC账户已成功扣款35.00元，交易时间12月01日。详单可拨打12122咨询；如对扣费有疑问，请联系商家，电话：010-87650000。';
    expect(check(t, { channel: 'sms' }).verdict).not.toBe('scam');
  });
  test("a bank's caller giving a 95 number that is not the bank's is still flagged", () => {
    const r = check('我是工商银行客服，您的银行卡有异常交易，请拨打客服电话95545核实，尽快处理。', {
      channel: 'call',
    });
    expect(ids(r)).toContain('unofficial_number');
  });
});

describe('an authority accusing the reader of a crime is the fake-police script', () => {
  test.each(['公安机关发现您涉嫌洗钱，请配合调查。', '你已被公安通缉，请支付保证金解除通缉。'])(
    '%s',
    (t) => {
      const r = check(t, { channel: 'call' });
      expect(r.verdict).toBe('scam');
      expect(ids(r)).toContain('impersonation');
    },
  );
  test('a traffic-violation notice from the official app is not an accusation', () => {
    const r = check('【12123】您的机动车有一条违法记录未处理，请登录交管12123 App查询。');
    expect(r.verdict).not.toBe('scam');
  });
  test('"not operated in time → your credit suffers" is the cancellation script; "not repaid" is a reminder', () => {
    expect(check('系统检测到您的花呗额度需调整，未及时操作将影响信用。').verdict).toBe('scam');
    expect(check('您的账单未及时处理将影响征信，请登录App还款。').verdict).toBe('reminder');
  });
});

describe('a fee asked before something is handed over is advance-fee fraud, loan or not', () => {
  test.each([
    '您的包裹被海关扣押，需缴纳清关费800元才能派送。',
    '恭喜您中得二等奖，领奖前需支付个人所得税3000元。',
  ])('%s', (t) => {
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });
  test('a utility bill payable in the official app is not', () => {
    expect(check('【国网】您本月电费126元，需缴纳，可通过网上国网App缴费。').verdict).not.toBe(
      'scam',
    );
  });
});

describe('collecting from third parties is contact exposure', () => {
  test('a message asking the reader to pass on someone else’s debt', () => {
    const r = check(
      '先生/女士，您好，请通知张三，其在某平台的欠款已严重逾期，若不能及时处理，后果由其本人承担。',
    );
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
});

describe('details asked over the channel that raised the alarm; returns promised without risk', () => {
  test('"unusual activity on your account — tell me your name and ID number" is a credential request', () => {
    const r = check(
      '您好，这里是某银行客服中心，您的账户有异常交易，请告诉我您的姓名和身份证号码进行核实。',
      {
        channel: 'call',
      },
    );
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('credential_request');
  });
  test('a courier confirming an address with no alarm is not', () => {
    expect(check('您好，请问您的快递地址是哪里？我们明天派送。').verdict).toBe('unrelated');
  });
  test('high returns with almost no risk is an investment lure; a product sheet is not', () => {
    const r = check('我们有个高收益项目，年化百分之三十，风险非常低，您投一笔试试。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('investment_lure');
    expect(check('这款理财产品适合追求稳定收益的客户，预期年化3%。').verdict).toBe('unrelated');
  });
  test('anti-fraud advice that mentions "asking for personal details" is not a request', () => {
    const t = '这个电话很有可能是诈骗电话，对于任何要求提供个人信息的来电都要谨慎对待。';
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('fake kidnapping, lottery and investment scripts; the same words in reports are not', () => {
  test.each([
    ['你儿子被人绑架了，马上准备二十万赎金，不要报警。', 'fake_emergency'],
    ['您好，这里是国家彩票中心，恭喜您中得特等奖，奖金五百万元。', 'fake_reward'],
    [
      '我是星辰资本的投资顾问，有个项目年化收益可达百分之三十，您有兴趣了解一下吗？',
      'investment_lure',
    ],
    ['您的包裹中含有违禁品，需要您配合我们处理。', 'impersonation'],
  ])('%s', (t, id) => {
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain(id);
  });
  test.each([
    '新闻：警方破获一起绑架案，嫌疑人索要赎金。',
    '公司年会抽奖，恭喜你中了一等奖，奖金1万元！',
    '我们公司今年营收增长了30%，收益率也有15%。',
  ])('%s is not a scam', (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('payment words in a purchase are not a diversion', () => {
  test.each([
    '欢迎光临，您选好的草莓一共38元，可以在这里扫码支付。',
    '您好，租房需要缴纳一个月押金，签合同时一起付。',
    '会议链接和会议号稍后会通过短信发送给您，明天上午十点开会。',
  ])('%s is not a scam', (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a transfer to a private account is a diversion whatever the pretext', () => {
    expect(check('今天必须把钱转到这个私人账户。').verdict).toBe('scam');
  });
  test('screen sharing asked by an "anti-fraud centre" is remote control', () => {
    const r = check('【国家反诈中心】您的手机存在风险，请立即开启屏幕共享，由工作人员协助检测。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('remote_control');
  });
});

describe('openers of the verification and fake-emergency calls', () => {
  test('"cooperate with an identity check" after an account alarm', () => {
    const r = check(
      '您好，我是您开户行的客服，您的账户有异常交易，需要您配合我们进行一次身份验证。',
      {
        channel: 'call',
      },
    );
    expect(r.verdict).toBe('scam');
  });
  test('"your friend is in trouble and needs your help" from a stranger', () => {
    const r = check('喂，您好，我是您的朋友李明的同事，他遇到了一些麻烦，需要您的帮助。', {
      channel: 'call',
    });
    expect(ids(r)).toContain('fake_emergency');
  });
  test('someone asking a colleague for help with their own sick child is nothing', () => {
    expect(check('我家孩子生病住院了，这周需要你的帮助带一下班。').verdict).toBe('unrelated');
  });
});

describe('English collection messages', () => {
  test('reaching the borrower’s phone book is contact exposure', () => {
    const r = check(
      'We have sent you reminders about your loan, we are now reaching your phone book from the next hour.',
    );
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test('a payment to a credit company falling due is a reminder', () => {
    expect(
      check('Dear customer, your payment of KES 1280.00 to ABC Credit is due tomorrow.').verdict,
    ).toBe('reminder');
  });
});

describe('a crime pinned on the reader with "confirm now" is the fake-bank opener; a collector demanding repayment stays abusive', () => {
  test('"your card is suspected of malicious overdraft, confirm at once"', () => {
    expect(check('您的卡涉嫌恶意透支，需立即确认。').verdict).toBe('scam');
  });
  test('a collector alleging malicious overdraft and threatening the police', () => {
    expect(check('你已涉嫌恶意透支，请立即处理欠款，否则我们将报警。').verdict).toBe('abusive');
  });
});

describe('a signature line is not a contact offered', () => {
  test("a collector's name and mobile under the message offer nothing", () => {
    const r = check(
      '你的借款已逾期30天，再不还款我们就联系你的家人。请在App内还款。\n——催收部 张经理 电话：13812345678',
    );
    expect(ids(r)).not.toContain('unofficial_number');
    expect(r.verdict).toBe('abusive');
  });
  test('a mobile presented as the bank’s customer service is still an unofficial contact', () => {
    const r = check('【某某银行】您的信用卡已逾期，请尽快还款。\n客服专员：13812345678');
    expect(ids(r)).toContain('unofficial_number');
  });
});

describe('"修复" is a credit-repair offer only where credit is the talk', () => {
  test('a road repair in a service chat is not credit repair', () => {
    const r = check(
      '我是交通咨询助手，可以帮您查询路况。最近东环路正在进行路面修复工程，我们可以为您规划绕行方案。',
    );
    expect(ids(r)).not.toContain('credit_repair');
    expect(r.verdict).not.toBe('scam');
  });
  test('"we can repair your overdue record, 600 a line" still is', () => {
    const r = check('你的网贷逾期记录我们可以帮你修复，费用每条600元，先付后修。');
    expect(ids(r)).toContain('credit_repair');
    expect(r.verdict).toBe('scam');
  });
});

describe("a service's own code SMS is never a request for the code", () => {
  test.each([
    '【快易借】校验码620417，您正在申请借款，需要告诉客服吗？不要！客服不会向您索取。',
    '【快易借】您正在向李四尾号3021的账户转账500.00元，验证码620417，请勿泄露。',
    '【快易借】动态码620417（提现验证），请勿告诉任何人。',
  ])('%s', (text) => {
    const r = check(text, { channel: 'sms' });
    expect(ids(r)).not.toContain('credential_request');
    expect(r.verdict).not.toBe('scam');
  });
  test('someone asking for the code they say they sent is still a request', () => {
    const r = check('我是快易借客服，刚给您发了验证码，麻烦把验证码告诉我，帮您取消扣费。');
    expect(ids(r)).toContain('credential_request');
    expect(r.verdict).toBe('scam');
  });
});

describe('an anti-fraud warning that describes a script is not the script', () => {
  test.each([
    '【全国学生资助管理中心】提醒：国家没有注销校园贷的程序，您名下不存在需要注销的校园贷账户，接到此类电话请挂断。',
    '银行提醒：遇到此类"不注销账户就影响征信"的来电，请直接挂断并拨打96110咨询。',
  ])('%s', (t) => {
    expect(check(t, { channel: 'sms' }).verdict).not.toBe('scam');
  });
  test('a script that uses the same words and asks for a contact stays a scam', () => {
    const t = '您的校园贷账户需要注销，否则影响征信，接到此类通知请及时处理，联系专员QQ 123456。';
    expect(check(t, { channel: 'sms' }).verdict).toBe('scam');
  });
});
