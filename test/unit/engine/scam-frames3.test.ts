// Third round of scam frames (issue 8): the parts of each frame widened to a class of words
// (who asks, what is asked, where the money goes, what the "service" is), so that wording nobody
// here has seen still lands on the behaviour. Every behaviour has a near miss a real lender,
// court or bank would send, which must not become a scam.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import type { CheckResult, NoticeInput, SignalId } from '../../../miniprogram/core/types';
import { check, ids, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

function scamWith(text: string, id: SignalId, extra: Partial<NoticeInput> = {}): CheckResult {
  const r = check(text, extra);
  expect(r.verdict).toBe('scam');
  expect(ids(r)).toContain(id);
  return r;
}

describe('an authority persona that wants the debt settled, or wants to be added', () => {
  test('a police officer giving a deadline to repay is impersonation, not a rude collector', () => {
    const t =
      '我是市公安局刑侦支队的陈警官，你拖欠网贷两万多，明天中午前必须全部还清，不然直接带走。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('还清');
  });
  test('a court that asks you to "handle" the debt today', () => {
    scamWith(
      '这边是县人民法院民事庭，你的借款纠纷已经立案了，请你今天下班前处理掉。',
      'impersonation',
    );
  });
  test('a court clerk to be added on WeChat', () => {
    const t = '你在借呗的欠款已进入诉讼程序，撤诉请私聊书记员微信。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('书记员微信');
  });
  test('a regulator asking you to cooperate with a clean-up of your loans', () => {
    scamWith(
      '您好，我们是金融监管局的，您名下几笔网贷不合规，需要您配合我们做清理。',
      'impersonation',
    );
  });
  test('a case said to be with the police, and a handler to contact by role', () => {
    scamWith('你的逾期借款已被移交公安，请马上联系承办民警说明情况。', 'impersonation');
  });
  test('near miss: a community officer warning about fraud asks for nothing', () => {
    const r = check('我是社区民警小李，提醒您最近电诈多发，陌生人让转账一律不要理。');
    expect(r.verdict).not.toBe('scam');
  });
  test('near miss: a court asking you to come to its counter', () => {
    const r = check('县人民法院提醒：请携带身份证件到本院诉讼服务中心领取文书。');
    expect(r.verdict).not.toBe('scam');
  });
  test('near miss: advice to report a fraud to the police is not a hand-over', () => {
    const r = check('如您发现自己被骗，请立即联系当地派出所报案。');
    expect(r.verdict).not.toBe('scam');
  });
});

describe('money sent into someone else’s or a special-purpose account', () => {
  test('a fee "to the court\'s escrow account"', () => {
    const t = '你今晚之前先交三千元执行金到法院托管的账户上，明天就能解除限制。';
    const r = scamWith(t, 'pay_to_unofficial_account');
    expect(shown(t, r, 'pay_to_unofficial_account')).toContain('托管的账户');
  });
  test("a colleague's Alipay for a discounted settlement", () => {
    scamWith(
      '这笔欠款我们可以给你打七折，你把钱转到我们经理的支付宝就行，我这边手工销账。',
      'pay_to_unofficial_account',
    );
  });
  test('"scan my code to pay" for a debt', () => {
    scamWith('你这笔逾期今天结清可以免罚息，扫我这个二维码付就行。', 'pay_to_unofficial_account');
  });
  test('near miss: repaying into your own card stays a reminder', () => {
    const r = check('您的借款本期应还1280.00元，请于今日前存入您尾号6621的还款卡，以免逾期。');
    expect(r.verdict).toBe('reminder');
  });
  test('near miss: a bank warning that names the shape to refuse it', () => {
    const r = check('【某银行】您的信用卡已逾期5天，请尽快还款。本行绝不会要求您转账到个人账户。');
    expect(r.verdict).not.toBe('scam');
  });
  test('near miss: a 96110 warning about safe accounts stays a warning', () => {
    const r = check('警方提示：公检法没有所谓的安全账户，请勿将资金转入所谓安全账户。', {
      sender: '96110',
    });
    expect(r.verdict).not.toBe('scam');
  });
  test('a caller shown as 96110 who asks for the safe-account transfer is a scam', () => {
    scamWith(
      '我们是反诈中心，你的卡涉及一起案件，现在请把余额转到我们的安全账户保护起来。',
      'pay_to_unofficial_account',
      {
        sender: '96110',
        channel: 'call',
      },
    );
  });
});

describe('credit repair, debt relief and advance fees in other words', () => {
  test('a record removed, the object first ("记录…抹掉")', () => {
    scamWith('你征信上那几条不良记录我们可以抹掉，一条收八百块。', 'credit_repair');
  });
  test('near miss: the free one-off relief that is automatic', () => {
    const r = check('一次性信用修复政策：符合条件的逾期记录将自动消除，无需申请，不收取任何费用。');
    expect(r.verdict).not.toBe('scam');
  });
  test('an outsider asking how much and how long you owe', () => {
    scamWith('网贷压力大吗？欠了几家平台、逾期多久了？我们有办法。', 'debt_relief_agency');
  });
  test('relief "backed by national policy"', () => {
    scamWith('现在有国家扶持，所有网贷都能协商减免利息，名额不多。', 'debt_relief_agency');
  });
  test('a go-between who will negotiate with the lender for you', () => {
    scamWith('我们替你去跟银行谈判，信用卡罚息能免掉大半，成功再收费。', 'debt_relief_agency');
  });
  test('a fee paid first to start the negotiation is also an advance fee', () => {
    scamWith('停息挂账方案已经做好，先付800元服务费才能启动办理。', 'advance_fee');
  });
  test('near miss: the lender offering its own instalments in its app', () => {
    const r = check('【某某消费金融】您的借款已逾期，如还款困难，可在App内申请协商分期还款。');
    expect(r.verdict).toBe('reminder');
  });
  test('near miss: a collector asking how much you can pay is not an agency', () => {
    const r = check('你这笔已经逾期两个月了，今天能还多少？请在App里还款。');
    expect(r.verdict).not.toBe('scam');
  });
  test('a loan that cannot be paid out unless a deposit is paid first', () => {
    scamWith('审批已经下来了，不交保证金系统就没法拨款。', 'advance_fee');
  });
  test('a freeze blamed on your card details names the fee script, not a code request', () => {
    const r = scamWith(
      '您的提现因绑定的银行卡信息不符已被冻结，请联系在线客服处理。',
      'advance_fee',
    );
    expect(ids(r)).not.toContain('credential_request');
  });
});

describe('loan sellers, state-backed loans and other lures', () => {
  test("a caller introducing themself as a bank's credit adviser", () => {
    scamWith('您好，我这边是XX银行直贷中心的小刘，您之前有资金需求吗？', 'loan_lure');
  });
  test('a customer manager offering a limit, with no branch or app', () => {
    scamWith('我是某某金融的客户经理，给您预留了一个二十万的额度，要的话我帮您操作。', 'loan_lure');
  });
  test('near miss: a bank manager who sends you to the branch', () => {
    const r = check('您好，我是您的客户经理，我行推出新的信用贷产品，有需要请到就近网点咨询。');
    expect(r.verdict).not.toBe('scam');
  });
  test('a personal loan "with a government subsidy" offered to the reader', () => {
    scamWith('个人创业也能办，政府贴息，一周放款，详询客服。', 'loan_lure');
  });
  test('near miss: a news line about subsidised business loans', () => {
    const r = check('市政府出台新规，对小微企业创业担保贷款给予政府贴息。');
    expect(r.verdict).not.toBe('scam');
  });
  test('an investment pitched with returns praised in words', () => {
    scamWith('王先生您好，我们公司有个新项目，回报特别丰厚，您要不要了解一下？', 'investment_lure');
  });
  test('near miss: a report of returns, offered to no one', () => {
    expect(check('公司去年的投资项目收益率非常高，年报已经发布。').verdict).not.toBe('scam');
  });
  test('a relative "held" with compliance demanded', () => {
    scamWith('你女儿现在被我们扣住了，想让她平安回去就照我说的去做。', 'fake_emergency');
  });
  test('near miss: a news report of a kidnapping', () => {
    expect(check('警方破获一起绑架案，三名嫌疑人落网。').verdict).not.toBe('scam');
  });
  test('a big cash prize congratulated by a stranger', () => {
    scamWith('恭喜您被抽中为本月幸运用户，获得二十万元现金大奖！', 'fake_reward');
  });
  test('a refund multiple with a decimal, settled through a QQ', () => {
    scamWith('您的航班已取消，可获2.5倍机票赔偿，请加客服QQ办理。', 'fake_reward');
  });
});

describe('summonses and countdowns', () => {
  test('court papers waiting to be signed, served by message', () => {
    const r = scamWith(
      '您有一份电子传票待签收，案由：借款合同纠纷，请尽快处理。',
      'authority_threat',
    );
    expect(ids(r)).toContain('impersonation');
  });
  test('a countdown to losing an account is urgency', () => {
    const r = check('【某某分付】您的额度将于3小时后自动关闭，如需保留请回电。');
    expect(ids(r)).toContain('urgency');
  });
  test('near miss: an offer that ends today is not a countdown to a loss', () => {
    const r = check('本店周年庆活动将于今日结束，欢迎光临。');
    expect(ids(r)).not.toContain('urgency');
  });
});

describe('telecom-fraud openers beyond loans', () => {
  test('paid liking tasks at so much a piece', () => {
    scamWith('在家就能做的小任务，抖音点赞关注，每单2元，当天结算。', 'investment_lure');
  });
  test('near miss: a shop thanking you for following it', () => {
    expect(check('感谢关注本店，每单满99元包邮。').verdict).not.toBe('scam');
  });
  test('"I am your boss" by message, asking for a transfer', () => {
    scamWith('我是你们王总，在开会不方便接电话，你先帮我给客户转三万元过去。', 'impersonation');
  });
  test('"remember me?" and a loan between friends', () => {
    scamWith('老同学，还记得我吗？我这阵子周转不开，能不能借我点钱？', 'impersonation');
  });
  test('near miss: a classmate’s parent inviting you over', () => {
    expect(check('我是你同学小李的妈妈，周末来家里吃饭吧。').verdict).not.toBe('scam');
  });
  test('a caller offering to put you through to the police', () => {
    scamWith('你的身份信息被人盗用开了银行卡，我现在帮你接通刑侦大队。', 'impersonation');
  });
  test('near miss: a bank saying it passed a report to the police', () => {
    expect(check('您反映的线索已转给警方处理，请耐心等待。').verdict).not.toBe('scam');
  });
  test('points turned into cash', () => {
    scamWith('尊敬的用户，您的话费积分即将可兑换成现金，请尽快办理。', 'fake_reward');
  });
  test('near miss: points redeemed in the app', () => {
    expect(check('您的积分可在App内兑换话费或流量。').verdict).not.toBe('scam');
  });
  test('the reader’s children in hospital, money now', () => {
    scamWith('您的子女在学校摔伤了，正在抢救，请马上转两万元押金过来。', 'fake_emergency');
  });
  test('an agent who lodges complaints and claws interest back', () => {
    scamWith('专业代理网贷投诉，帮您退回多收的利息，成功后按比例收费。', 'debt_relief_agency');
  });
  test('a limit "not yet claimed", expiring, claim by the link', () => {
    scamWith('您有一笔8万元额度未领取，今晚过期，点击领取。', 'loan_lure');
  });
});

describe('short blunt lines', () => {
  test('"you have a court summons" announced by message', () => {
    scamWith('您有一份法院传票，请尽快回电处理。', 'impersonation');
  });
  test('near miss: the court’s own e-service link', () => {
    const r = check('【某某区人民法院】您有一份传票，请登录 zxfw.court.gov.cn 查看。');
    expect(ids(r)).not.toContain('impersonation');
  });
  test('a guarantee fee still owed, with no loan named', () => {
    scamWith('你还要交1500元担保费，交完就好了。', 'advance_fee');
  });
  test('near miss: a landlord’s deposit is not a loan fee', () => {
    expect(check('你还要交两千押金才能入住，周末前转给我。').verdict).not.toBe('scam');
  });
  test('"short of money?" with money "at once"', () => {
    scamWith('最近缺钱吗？小额借款，身份证就行，申请完马上到账。', 'loan_lure');
  });
});

describe('call openers from public fraud collections', () => {
  test('a big lottery win announced over the phone', () => {
    scamWith('您好，这里是福利彩票发行中心，恭喜您赢得本期头奖！奖金税后八十万元。', 'fake_reward');
  });
  test('a sum written in digits with thousands separators', () => {
    scamWith('恭喜你被抽中，获得一笔奖金，价值300,000元！', 'fake_reward');
  });
  test('near miss: a shop draw with a small prize', () => {
    expect(check('恭喜您在抽奖中获得三等奖，奖品为50元优惠券。').verdict).not.toBe('scam');
  });
  test('a parcel held for an unpaid duty, raised by the caller', () => {
    scamWith('这里是快递公司，您的包裹还有一笔关税未缴，需要支付清关费后才能派送。', 'advance_fee');
  });
  test('near miss: duty paid in the courier’s own app', () => {
    expect(check('您的包裹需补缴关税，请在官方App中完成缴纳。').verdict).not.toBe('scam');
  });
  test('a friend of someone the reader knows, in trouble, asking for help', () => {
    scamWith('喂，我是王芳的同事，王芳出了点事，需要你的帮助，你先别挂。', 'fake_emergency');
  });
  test('"are you his family?" and an emergency', () => {
    scamWith('你是张强的家属吗？他出了车祸，现在情况非常紧急。', 'fake_emergency');
  });
  test('a "police officer" phoning about the family being held', () => {
    scamWith('我是市公安局的刘警官，你家里人被人绑架了，你现在能说话吗？', 'fake_emergency');
  });
  test('near miss: a colleague passing on a meeting', () => {
    expect(check('我是王芳的同事，她让我告诉你明天的会改到下午三点。').verdict).not.toBe('scam');
  });
  test('an "exclusive investment opportunity" pitched by a stranger', () => {
    scamWith('我是来自某某资本的顾问，想为您提供一个独家投资机会，您有兴趣吗？', 'investment_lure');
  });
  test('near miss: a bank adviser offering a product plainly', () => {
    expect(check('您好，我行推出了新的理财产品，详情请到网点咨询。').verdict).not.toBe('scam');
  });
});

describe('regulator and court personas by their full names', () => {
  test('the financial regulator by its full name, asking for an app', () => {
    const r = scamWith(
      '这里是国家金融监督管理总局，您的网贷账户违规，请马上下载监管App核查。',
      'impersonation',
    );
    expect(ids(r)).toContain('remote_control');
  });
  test('near miss: a lender asking you to update its own app', () => {
    const r = check('【某某借款】您本期账单已出，请下载App查看并按时还款。');
    expect(ids(r)).not.toContain('remote_control');
  });
  test('a judge who will drop the case if money is paid first', () => {
    scamWith('我是区法院的法官，这个案子可以帮你撤掉，但要先交两千块。', 'impersonation');
  });
});
