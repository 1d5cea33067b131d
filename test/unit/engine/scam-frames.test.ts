// Scam frames for real messages nobody on the team wrote (issue 8, item 2): an offer or an
// alarm joined to a route off the institution's own app, a charge with a number to "stop" it,
// fake notices from courts and public accounts, fake refunds and "cancel or be charged". Each
// behaviour is written here fresh, with a near miss that a real institution would send.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { check, ids, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('an alarm or an offer settled through a link (the URL may be cut off)', () => {
  test('account abnormal, open the link to verify: scam, the ask and the alarm highlighted', () => {
    const t = '您的支付账户检测到异常登录，请尽快点击下方链接完成安全验证。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_link');
    const s = shown(t, r, 'unofficial_link');
    expect(s).toContain('检测到异常登录');
    expect(s).toContain('点击下方链接完成安全验证');
  });
  test('a refund owed, log in to the site to claim it', () => {
    const t = '您上月的保费多扣了，可申请退费，请登录网址填写银行卡办理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'unofficial_link')).toContain('请登录网址填写银行卡办理');
  });
  test('a bank notice that sends you to its own app stays benign', () => {
    const t = '您的账户检测到异常登录，如非本人操作，请登录手机银行App修改密码。';
    const r = check(t);
    expect(r.verdict).not.toBe('scam');
  });
  test('a record with "点击查看详情" is not a phishing ask', () => {
    const t = '退款成功，35.20元已退回您的零钱，点击查看详情。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a lender reminder with a repayment link stays a reminder', () => {
    const t = '您本期账单应还1280.00元，今日到期，请点击链接按时还款。';
    expect(check(t).verdict).toBe('reminder');
  });
});

describe('a loan or limit offered with a route off the lender app', () => {
  test('pre-approved limit, reply Y to take it: loan_lure on the offer and the reply', () => {
    const t = '尊敬的客户，您已获得最高50万元预授信额度，年化利率低至3.6%，如需办理请回复Y。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('loan_lure');
    const s = shown(t, r, 'loan_lure');
    expect(s).toContain('获得最高50万元预授信额度');
    expect(s).toContain('如需办理请回复Y');
  });
  test('a limit raise through a named manager', () => {
    const t = '您的信用良好，诚邀您提升信用卡额度，详情请联系客户部刘经理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'loan_lure')).toContain('联系客户部刘经理');
  });
  test.each([
    // The answer to the reader's own application, its link cut from the template.
    '您的借款申请已审核通过，请点击链接签署合同。',
    // A limit offered with the lender's own site: the link rule judges the address.
    '恭喜您获得5万元信用额度，点击 https://m.somelender.com/a 领取。',
    // ... or its own hotline.
    '恭喜您获得5万元信用额度，详情请拨打客服热线4001234567。',
  ])("a lender's own notice stays benign: %s", (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a limit offered with a mobile to call is a lure', () => {
    const t = '恭喜您获得5万元信用额度，详情请联系13912345678。';
    expect(ids(check(t))).toContain('loan_lure');
  });
  test('a limit offer that sends you to the bank app, with an opt-out, stays benign', () => {
    const t = '【某某银行】您已获得一笔信用贷额度，可登录手机银行App查看。退订回T';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a balance record naming the available limit is not an offer', () => {
    const t = '您尾号1234的信用卡消费58.00元，当前可用额度12000.00元。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a charge the reader did not make, with a number to call to stop it', () => {
  test('a card charge about to be taken and a local number: unofficial_number on both', () => {
    const t =
      '您的银行卡今日在某商场刷卡消费6800元，将从您账户扣除，如非本人操作请速拨打021-55556666。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_number');
    const s = shown(t, r, 'unofficial_number');
    expect(s).toContain('刷卡消费6800元');
    expect(s).toContain('请速拨打021-55556666');
  });
  test('an annual fee with a 400 number to dispute it', () => {
    const t = '本行将于下月从您的信用卡收取年费两千元，如有异议请与卡务中心联系4001234567。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'unofficial_number')).toContain('4001234567');
  });
  test('a quote that masked the amount and dropped the number', () => {
    const t = '××银行提醒：贵用户的卡在外地刷卡消费××元，已授权成功，如有疑问请拨打电话查询。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    const s = shown(t, r, 'unofficial_number');
    expect(s).toContain('刷卡消费××元');
    expect(s).toContain('请拨打电话');
  });
  test("the bank's own notice names the card by its tail number and its own line", () => {
    const t = '您尾号5678的信用卡12月1日消费6800元，如非本人操作请致电95555。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test("a lender's late fee with its hotline stays a reminder", () => {
    const t = '您的借款已逾期3天，已产生罚息36元，如有疑问请联系客服0755-88889999。';
    expect(check(t).verdict).toBe('reminder');
  });
});

describe('a summons, a warrant or a public account in trouble, fixed through the message', () => {
  test('a summons to collect by phone: impersonation on the summons', () => {
    const t = '这里是人民法院，你名下有一张传票尚未签收，请按9转人工查询。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
    expect(shown(t, r, 'impersonation')).toContain('传票尚未签收');
  });
  test('a social-security account "abnormal", verify now', () => {
    const t = '您的社保账户因信息异常即将停用，请立即进行身份核验。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    const s = shown(t, r, 'impersonation');
    expect(s).toContain('社保账户因信息异常即将停用');
    expect(s).toContain('请立即进行身份核验');
  });
  test('a card "under supervision", verify it to lift it', () => {
    const t = '系统检测到您的储蓄卡交易不规范，已被监管，请尽快验证解除。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'impersonation')).toContain('请尽快验证解除');
  });
  test('a social-security card to renew at the counter stays benign', () => {
    const t = '您的社保卡芯片已失效，请携带身份证到就近网点办理补换。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test("a lender's suit announced, with the summons to come, is no summons served", () => {
    const t = '您的借款已逾期90天，我司将依法起诉，届时法院会向您送达传票。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('"cancel it or be charged"', () => {
  test('a customer-service caller announcing a monthly charge you never chose', () => {
    const t = '您好，我是快手客服，您之前开通了商家会员，试用期结束后每月将自动扣除598元。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('account_cancellation');
    const s = shown(t, r, 'account_cancellation');
    expect(s).toContain('我是快手客服');
    expect(s).toContain('每月将自动扣除598元');
  });
  test('not cancelling means your card is charged again', () => {
    const t = '您的卡已经被盗刷一笔，这项业务若不及时取消，还会被刷更多。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'account_cancellation')).toContain('若不及时取消');
  });
  test("an app's own renewal notice that points to its settings stays benign", () => {
    const t = '【某某音乐】您的会员将于12月5日到期，到期后按月自动续费15元，可在App设置里关闭。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a monthly charge you are told to cancel in the app yourself is no cancellation script', () => {
    const t = '您开通的视频会员每月将自动扣费15元，如需取消请在App内关闭自动续费。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a refund or compensation nobody asked for', () => {
  test('a "customer service" caller offering triple compensation', () => {
    const t = '您好，我是购物平台客服，您买的儿童玩具抽检不合格已被下架，我们将为您办理三倍赔偿。';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('fake_reward');
    const s = shown(t, r, 'fake_reward');
    expect(s).toContain('我是购物平台客服');
    expect(s).toContain('我们将为您办理三倍赔偿');
  });
  test('a lost parcel paid out once you "open a claims channel"', () => {
    const t = '您的快递在运输中丢失，需要您先开通理赔通道，赔偿款才能到账。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'fake_reward')).toContain('开通理赔通道');
  });
  test('the law on triple compensation, quoted in the news, stays benign', () => {
    const t = '根据消费者权益保护法，经营者有欺诈行为的，消费者可以要求三倍赔偿。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test("a shop's own refund record stays benign", () => {
    const t = '退款成功：您购买的商品因质量问题退货，退款35.20元已原路退回。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a loan promised whatever your record', () => {
  test('approval promised without any check', () => {
    const t = '急用钱找我们，1分钟办理，无需审批，最高可借5万。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('loan_lure');
    expect(shown(t, r, 'loan_lure')).toContain('无需审批');
  });
  test('two selling points no lender checks, with no branch or app', () => {
    const t = '无抵押、无担保，放款快，额度高。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    const s = shown(t, r, 'loan_lure');
    expect(s).toContain('无抵押');
    expect(s).toContain('放款快');
  });
  test("a bank's own loan product, to ask about at its branch, stays benign", () => {
    const t = '我行推出无抵押、无担保的小微企业贷款，放款快，欢迎到就近网点了解。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a claims channel, a public account about to be stopped, an account to "handle"', () => {
  test('a refund "channel" to open for a lost parcel', () => {
    const t = '您的包裹已丢失，客服将为您开通退款通道，请按提示操作。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'fake_reward')).toContain('开通退款通道');
  });
  test("an insurer's own claim progress stays benign", () => {
    const t = '【某某保险】您的理赔申请已受理，理赔款将在3个工作日内到账。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a medical-insurance account "abnormal, to be frozen", with no office named', () => {
    const t = '您的医保账户存在异常，将被冻结。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'impersonation')).toContain('将被冻结');
  });
  test('the same notice that sends you to the service window stays benign', () => {
    const t = '您的医保账户异常将被冻结，请携带社保卡到医保服务窗口办理。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('an account to "handle" or your credit record suffers, with no debt named', () => {
    const t = '请尽快联系我们处理账户，否则会影响个人征信。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    const s = shown(t, r, 'account_cancellation');
    expect(s).toContain('处理账户');
    expect(s).toContain('影响个人征信');
  });
  test('a reminder that names the overdue debt stays a reminder', () => {
    const t = '您的借款已逾期，请尽快处理账户欠款，否则会影响个人征信。';
    expect(check(t).verdict).toBe('reminder');
  });
});

describe('details asked after an alarm, and someone negotiating your debts for you', () => {
  test('"your data was stolen — which bank is your card with?"', () => {
    const t = '由于系统故障，您的会员资料被盗用，想询问您绑定的储蓄卡是哪家银行？';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('credential_request');
    expect(shown(t, r, 'credential_request')).toContain('是哪家银行');
  });
  test('the same question with no alarm is benign', () => {
    const t = '您好，想询问您的工资卡是哪家银行，方便财务下月发放工资。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('a third party offering to negotiate a reduction with your bank', () => {
    const t = '信用卡还不上不要慌，我们可以帮您与银行协商减免利息。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'debt_relief_agency')).toContain('帮您与银行协商减免利息');
  });
  test('advice to negotiate with the bank yourself is benign', () => {
    const t = '如果确实还款困难，您可以主动联系发卡银行的官方客服申请协商还款。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe("institutions' own notices that share words with these scripts stay benign", () => {
  test.each([
    // A limit raised, with the bank's own short line.
    '【某某银行】您的信用卡额度已提升至30000元，详询95566。',
    // A court's e-service notice: a case number and its own platform.
    '【某某法院】张三您好，您有一份(2024)沪0115民初1234号案件的传票，请登录人民法院在线服务平台查收。',
    // A recurring charge the reader can switch off where it lives.
    '【微信支付】您开通的免密支付每月将按实际消费扣费，可在微信-服务-钱包中关闭。',
    // A bill the reader knows, from someone who names their office.
    '你好，我是小区物业工作人员，本月物业费每月将自动从您的账户扣除，有疑问请到物业服务中心咨询。',
  ])('%s', (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('more loan lures, prizes, handouts and a relative in trouble', () => {
  test('a loan with no guarantor and a manager to call', () => {
    const t = '本公司为急需资金的个人提供贷款，无需担保，详情请致电客户经理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'loan_lure')).toContain('无需担保');
  });
  test('interest paid first, the loan released after', () => {
    const t = '贷款手续很简单，只要先存入一个月的利息，公司马上就放贷。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
    expect(shown(t, r, 'advance_fee')).toContain('先存入一个月的利息');
  });
  test('a lottery jackpot announced to the reader', () => {
    const t = '恭喜你的手机号在彩票抽奖中抽中头奖，奖金30万元。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'fake_reward')).toContain('头奖，奖金30万元');
  });
  test('a government handout with an application link', () => {
    const t = '全民消费补助金已开放，每人3000元，申请网址：http://example-gov.top/apply';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_link');
  });
  test('"mum, dad, I was arrested, send money to this card"', () => {
    const t = '妈，我在外地被警察扣了，快转5000元到这张卡上，别给我打电话。';
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('fake_emergency');
    expect(shown(t, r, 'fake_emergency')).toContain('快转5000元到这张卡上');
  });
  test('a child telling a parent they got home is benign', () => {
    const t = '妈，我到家了，今天路上堵车，晚点给你打电话。';
    expect(check(t).verdict).not.toBe('scam');
  });
  test("a foreign bank's English credit alert with its toll-free line is benign", () => {
    const t =
      'Your account XX1234 is credited by Rs.500 on 01-12-26. Call 18601234567 to report issue - Some Bank';
    expect(check(t).verdict).not.toBe('scam');
  });
  test('"download our app" is no branch: the lure stands', () => {
    const t = '无抵押、秒放款，下载我们的APP即可申请。';
    expect(check(t).verdict).toBe('scam');
    expect(ids(check(t))).toContain('loan_lure');
  });
  test('a lender that names its own rate and branch stays benign', () => {
    const t = '我行个人消费贷款无需担保，年化利率4%起，请到就近网点咨询办理。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe('a prize told with the amount first', () => {
  test('"your lottery ticket won a five-million prize"', () => {
    const t = '您好，这里是福利彩票中心，恭喜您的彩票中了五百万元的大奖！';
    const r = check(t, { channel: 'call' });
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'fake_reward')).toContain('中了五百万元的大奖');
  });
  test('a company party draw is no lottery script', () => {
    const t = '年会抽奖结果：销售部小王赢得了一万元的现金大奖，请到行政部领取。';
    expect(check(t).verdict).not.toBe('scam');
  });
});

describe("a lender's own flow is not a phishing notice", () => {
  test.each([
    '您的借款申请需要补充资料，请点击链接完成认证。',
    '您的账户因风控已被限制，请尽快登录完成借款认证。',
    '您已开通会员，将从您的银行卡扣除会员费199元，如有疑问请联系客服4001234567。',
  ])('%s', (t) => {
    expect(check(t).verdict).not.toBe('scam');
  });
  test('an alarm about a loan account with a link to "handle" it is still phishing', () => {
    const t = '您的贷款账户存在异常，请立即点击链接处理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'unofficial_link')).toContain('请立即点击链接处理');
  });
});

describe('card details asked by message about money', () => {
  test('an account "re-settlement" that needs your card details', () => {
    const t = '您的贷款账户需要重新结算，请提供您的银行卡信息。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('credential_request');
    expect(shown(t, r, 'credential_request')).toContain('请提供您的银行卡信息');
  });
  test('binding the card in the lender app is no such ask', () => {
    const t = '您的借款已放款，请在App内绑定银行卡号。';
    expect(check(t).verdict).toBe('reminder');
  });
});
