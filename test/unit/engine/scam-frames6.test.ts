// Sixth round (issue 8): telecom-fraud scripts the rules did not know (signals/scripts6.ts). Each
// is a behaviour — a claim about the reader joined to what they are steered to do — and each has
// near misses a real bank, carrier, shop, insurer or friend would send, which must stay as they
// are. The texts are written for the frame, not copied from the corpus.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { notScam, scamWith, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe("the reader's card, number or parcel said to be used in a crime", () => {
  test('a bank card "used for laundering", told by phone', () => {
    const t = '您好，经核查，您名下的一张银行卡被不法分子用来洗钱，目前已被列入调查。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('洗钱');
  });
  test('a phone card "reported for fraud texts"', () => {
    scamWith('你好，你的手机卡近期发送诈骗短信被多人举报了。', 'impersonation');
  });
  test('a parcel "held by customs" for contraband', () => {
    scamWith('您寄往国外的包裹里夹带违禁品，已被海关扣押。', 'impersonation');
  });
  test('a stolen identity that "the police are already investigating"', () => {
    scamWith('您的身份信息被人冒用了，市公安局已经立案调查。', 'impersonation');
  });
  test("advice about lending a card, a collector's accusation and the reader's own report are not it", () => {
    notScam('温馨提示：您的银行卡请勿出租出借，以免被不法分子用于洗钱。', 'impersonation');
    notScam('我的身份证被人冒用了，今天去派出所报了警，警察说会调查。', 'impersonation');
    notScam('警方提醒：凡是来电称您的银行卡涉嫌洗钱、要求转账的，都是诈骗。', 'impersonation');
  });
});

describe('a "police" inquiry held over the phone', () => {
  test('a statement taken by phone recording', () => {
    const t = '现在由我们公安机关通过电话录音的方式向你了解一些情况，请如实回答。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('电话录音');
  });
  test('an "officer" taking a statement over the phone', () => {
    scamWith('我是派出所民警，现在电话给你做个笔录，请配合。', 'impersonation');
  });
  test('the call handed to an "officer" named at length', () => {
    scamWith('我这边帮您转接一下负责您案件的李警官。', 'impersonation');
  });
  test('a summons "at its deadline", to be collected', () => {
    scamWith('这里是市中级人民法院，您有传票已过签收期限，请尽快到本院领取。', 'impersonation');
  });
  test('a friend asking whether a summons came, or a news line about a case, is not it', () => {
    notScam('你有没有收到法院的传票？我那个案子下周开庭。', 'impersonation');
    notScam('警方近日破获一起电信诈骗案，抓获犯罪嫌疑人12名。', 'impersonation');
    notScam(
      '市公安局通报：近期有人冒充民警，通过电话录音方式向群众了解情况，均为诈骗。',
      'impersonation',
    );
  });
});

describe('a paid service "the reader opened", cancelled by the caller', () => {
  test('a live-streaming membership to be charged monthly unless cancelled', () => {
    const t = '您好，我是平台客服，您开通了直播带货会员服务，如不取消，每月将从您账户扣费600元。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('如不取消');
  });
  test('a "free" insurance now charged, the caller asking whether to keep it', () => {
    scamWith(
      '系统显示您开通了一份百万医疗保险业务，今天起开始扣费，您还要不要继续使用？',
      'impersonation',
    );
  });
  test('an insurance "opened" by the reader, with the caller offering to cancel it', () => {
    scamWith('你好，您在购物平台开通的百万医疗险即将扣费，需要帮您取消吗？', 'impersonation');
  });
  test("a friend's word about a membership is not it", () => {
    notScam('你开通的会员下个月自动扣费，要不要取消你自己决定吧。', 'impersonation');
  });
  test('a subscription confirmed by the service itself, cancelled in its app or by its code, is not it', () => {
    notScam('您已成功开通视频会员，每月自动扣费25元，如需取消请在App设置中关闭。', 'impersonation');
    notScam(
      '您已成功办理流量包业务，月费10元，将于次月扣费，如需取消请回复QXLL。',
      'impersonation',
    );
  });
});

describe('points, draws and prizes as bait', () => {
  test('points counted as a number of 分, lapsing, redeemed by clicking', () => {
    const t = '尊敬的用户，您剩余的8850分将于本月底作废，请尽快点击兑换礼品。';
    const r = scamWith(t, 'fake_reward');
    expect(shown(t, r, 'fake_reward')).toContain('作废');
  });
  test("the same points redeemed in the carrier's own app are not it", () => {
    notScam('您累计的12000分将于12月31日清零，请登录中国移动App兑换。', 'fake_reward');
  });
  test("a TV show's production team drawing the reader's number", () => {
    scamWith('恭喜！您的手机号码被某卫视节目组抽选为本期幸运观众。', 'fake_reward');
  });
  test('a "lucky user" who must claim on the site', () => {
    scamWith('您已被系统抽中为本期幸运用户，请在本网站领取奖品。', 'fake_reward');
  });
  test('a prize that costs a fee, with a sum, to receive', () => {
    scamWith('您的领奖手续已启动，请在两小时内缴纳1500元公证费用。', 'fake_reward');
  });
  test('a sure win behind a link', () => {
    scamWith('会员回馈活动，100%中奖，点击链接立即参与。', 'fake_reward');
  });
  test("a friend's own luck, a shop's draw in store and a platform's draw in its app are not it", () => {
    notScam('你看昨晚的节目了吗？我被节目组抽中当幸运观众了！', 'fake_reward');
    notScam('恭喜您在本店周年庆中被抽中为幸运顾客，请到店领取。', 'fake_reward');
    notScam('恭喜您被抽中为幸运用户，请打开App在"我的奖品"里领取。', 'fake_reward');
  });
});

describe('a refund, a compensation or a premium back that a stranger walks the reader through', () => {
  test("a faulty product refunded by following the caller's steps", () => {
    const t = '您网购的那件衣服检测不合格，我们给您退款，请按照我的提示操作。';
    const r = scamWith(t, 'fake_reward');
    expect(shown(t, r, 'fake_reward')).toContain('按照我的提示');
  });
  test('compensation offered for a cancelled flight', () => {
    scamWith('您预订的航班因机械故障取消，办理改签即可获得300元赔偿。', 'fake_reward');
  });
  test('an agent getting "all" of an insurance premium back', () => {
    scamWith('我们可以帮您退全额保费，只收取一点服务费。', 'fake_reward');
    scamWith('按新政策退保能比正常渠道多拿三成。', 'fake_reward');
  });
  test("the airline's or the shop's own app, and an insurer's own terms, are not it", () => {
    notScam('您的航班因天气取消，可在航空公司App内免费办理退改签。', 'fake_reward');
    notScam('您的快递丢失，我们愿意赔偿，请按照我们的提示在App内申请。', 'fake_reward');
    notScam('犹豫期内退保，保险公司全额退还保费。', 'fake_reward');
    notScam('您的保单已生效，全额保费已扣除。', 'fake_reward');
  });
});

describe('a home job paid daily for easy work', () => {
  test('typing at home, paid by the thousand characters, daily', () => {
    const t = '招聘手机打字员，在家就能做，每千字25元，当天结算。';
    const r = scamWith(t, 'investment_lure');
    expect(shown(t, r, 'investment_lure')).toContain('每千字25元');
  });
  test('"only a phone needed", paid daily', () => {
    scamWith('有手机就行，零基础可做，日结200元。', 'investment_lure');
  });
  test("a restaurant's daily-paid shifts are not it", () => {
    notScam('招聘兼职服务员，工资日结，包吃住。', 'investment_lure');
  });
});

describe('a card "expiring" that must be upgraded; a cash machine "protection" step', () => {
  test('an e-banking card to be upgraded at a site the quote blanked out', () => {
    scamWith('尊敬的用户：您的银行卡即将过期，请尽快登录XX网址进行升级。', 'service_suspension');
  });
  test("a new card in the post, or an upgrade at the bank's own counter, is not it", () => {
    notScam('【某银行】您的信用卡将于12月到期，新卡已寄出，请注意查收。', 'service_suspension');
    notScam('您的密码器即将到期，请到网点升级。', 'service_suspension');
  });
  test('the reader sent to a cash machine to switch on a "firewall"', () => {
    scamWith('请马上去附近的柜员机，按我说的启动银行卡防火墙。', 'pay_to_unofficial_account');
  });
  test('activating a new card at a cash machine is not it', () => {
    notScam('请到ATM激活您的新卡。', 'pay_to_unofficial_account');
  });
});

describe('more openers: returned mail with a phone menu, a "boss" wanting the balance shown', () => {
  test('a registered letter "returned", with a menu to reach a person', () => {
    const t = '您好，您有一封挂号信因无人签收已被退回，查询请按1，人工服务请按9。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('查询请按1');
  });
  test("the post office's own slip is not it", () => {
    notScam('您的邮件因无人签收已退回，请到邮局领取。', 'impersonation');
  });
  test('the company balance to be screenshot into the group', () => {
    scamWith('小王，把公司账上的余额截图发群里，我马上要用。', 'impersonation');
  });
  test('a colleague passing on a screenshot already sent is not it', () => {
    notScam('老板说这个月的余额截图给他看一下，我发你了。', 'impersonation');
  });
});

describe('more bait: trips, parcels, tax refunds by code, inside tips, big cash prizes', () => {
  test('a cancelled flight rebooked through the number the message gives', () => {
    scamWith('您的航班因故被取消，请拨打以下号码办理改签。', 'fake_reward');
  });
  test("the airline's own line or app is not it", () => {
    notScam('【某航空】您的航班因天气取消，请致电95530或登录App办理改签退票。', 'fake_reward');
  });
  test('a damaged parcel settled by adding a private contact', () => {
    scamWith('您的快递在运输途中破损了，麻烦加一下我的微信给您登记赔付。', 'fake_reward');
  });
  test("a claim in the courier's own app, or the courier calling, is not it", () => {
    notScam('您的快递在运输中破损，请在快递App内申请理赔。', 'fake_reward');
    notScam('您的快递丢失了，请联系快递员13812345678处理。', 'fake_reward');
  });
  test('a tax refund or a subsidy claimed by scanning the code sent', () => {
    scamWith('关于发放本年度个人补贴，请扫描下方二维码登记领取。', 'fake_reward');
  });
  test("a code to follow an account, or the tax office's own app, is not it", () => {
    notScam('请扫描下方二维码关注公众号。', 'fake_reward');
    notScam('个税年度汇算请下载个人所得税App办理，退税会直接到账。', 'fake_reward');
  });
  test('"inside news" on a lottery draw', () => {
    scamWith('内部消息：本期开奖号码已经确定，跟着买保证能中奖。', 'fake_reward');
  });
  test('a big cash prize announced to a "lucky user"', () => {
    scamWith('恭喜！您被抽选为本月幸运用户，将获得现金奖励68000元。', 'fake_reward');
  });
  test("the platform's own draw claimed in its app is not it", () => {
    notScam('恭喜您被选为幸运用户，获得奖金5000元，请打开App领取。', 'fake_reward');
  });
});

describe("more lures and fees: a platform backdoor, record removal, an agent's cut, a utility cut-off", () => {
  test('a "backdoor" in a betting platform that makes following a sure win', () => {
    scamWith('我朋友掌握了这个平台的后台，跟着他下注就能稳赚。', 'investment_lure');
  });
  test('a game bug found is not it', () => {
    notScam('他发现了游戏的漏洞，赚了不少金币。', 'investment_lure');
  });
  test('removing an overdue record offered to the reader', () => {
    const t = '征信有逾期没关系，我们能帮您把记录删除干净。';
    const r = scamWith(t, 'credit_repair');
    expect(shown(t, r, 'credit_repair')).toContain('删除');
  });
  test("a lender's own correction, or a refusal, is not it", () => {
    notScam('已为您删除该笔错误的逾期记录，征信将于24小时内更新。', 'credit_repair');
    notScam('我们不能帮你删除征信逾期记录，结清后会保留五年。', 'credit_repair');
  });
  test("the loan agent's own cut asked of the borrower", () => {
    scamWith('贷款给你批下来了，你得给我个人一点辛苦费。', 'advance_fee');
  });
  test('a friend asking for a red packet is not it', () => {
    notScam('你给我个人发个红包，我请你吃饭。', 'advance_fee');
  });
  test('water cut off within the hour unless the bill is paid now', () => {
    scamWith('您家燃气费已欠费，请在1小时内缴费，否则将停气。', 'service_suspension');
  });
  test("a planned repair, or days of notice with the utility's own app, is not it", () => {
    notScam('明天下午2小时内停水检修，请储水。', 'service_suspension');
    notScam('您家电费已欠费，将于3日后停电，请通过网上国网App缴费。', 'service_suspension');
  });
});

describe('a "boss" who introduces himself, then a transfer', () => {
  test('a manager asking staff to pay a supplier from a meeting', () => {
    const t = '我是李经理，你先帮我转一笔款给供应商，我在开会不方便。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('转一笔款');
  });
  test('a boss with an errand, or his assistant, is not it', () => {
    notScam('我是王经理，明天你先帮我把合同打印一下。', 'impersonation');
    notScam('我是张总的助理，他让我通知你明天开会。', 'impersonation');
  });
});

describe('more back than was paid in; a "teacher" leading trades', () => {
  test('a recharge that pays back more than it takes', () => {
    scamWith('新人福利，充值1000返1200，当天可提现。', 'investment_lure');
  });
  test("a shop's bonus smaller than the top-up is not it", () => {
    notScam('充值100元送50元话费，限时活动。', 'investment_lure');
    notScam('投资理财，投5000赚800元收益', 'investment_lure');
  });
  test('a "teacher" leading the reader\'s trades with a promised return', () => {
    scamWith('进群后老师带你炒股，内部消息，一周翻倍。', 'investment_lure');
  });
  test('a course that teaches, with the risk said, is not it', () => {
    notScam('老师带你学习炒股知识，投资有风险。', 'investment_lure');
  });
});

describe("a public service's credential lapsed, renewed at a link", () => {
  test('an ETC credential expired, updated at a link the quote dropped', () => {
    const t = '您的ETC认证已过期，请点击链接更新。';
    const r = scamWith(t, 'service_suspension');
    expect(shown(t, r, 'service_suspension')).toContain('点击链接');
  });
  test("the traffic office's own app, or the social-security hall, is not it", () => {
    notScam('【交管12123】您的驾驶证即将到期，请登录交管12123 App办理换证。', 'service_suspension');
    notScam('您的医保凭证已过期，请到社保服务大厅办理。', 'service_suspension');
  });
});

describe('a loan paid for first, or money sent to "verify"', () => {
  test('a lower rate offered, with a fee first', () => {
    const t = '帮你把网贷利息降到一分以下，先交服务费。';
    const r = scamWith(t, 'advance_fee');
    expect(shown(t, r, 'advance_fee')).toContain('先交服务费');
  });
  test('the borrower told to send money to verify the application', () => {
    scamWith('我是平台客服，你的借款资料有误，需要打一笔钱验证。', 'advance_fee');
  });
  test("the lender's own one-cent check to the reader's card is not it", () => {
    notScam('为验证您的银行卡，我们会向您的卡打一笔小额款项，请查收。', 'advance_fee');
  });
  test('a limit raise taken through a private WeChat the quote left out', () => {
    scamWith('您的额度可以提升到20万，添加客服微信办理。', 'loan_lure');
  });
  test("the same raise applied for in the lender's app is not it", () => {
    notScam('您的额度可以提升到5万，请在App内申请。', 'loan_lure');
  });
});

describe("a traffic fine looked up at a link of the message's own", () => {
  test('a speeding record to check at an unknown site', () => {
    const t = '车主您好，您的车辆有一条闯红灯违章记录，请登录 www.jt-cx.top 查询处理。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('违章记录');
  });
  test("the traffic office's own app, or a friend's parking warning, is not it", () => {
    notScam(
      '【交管12123】您的车辆有一条交通违法记录，请登录交管12123 App查询处理。',
      'impersonation',
    );
    notScam('你车停这里会被罚款的，看看这个 https://example.com/parking', 'impersonation');
  });
});
