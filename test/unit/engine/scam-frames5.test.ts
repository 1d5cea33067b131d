// Fifth round (issue 8): scam frames by behaviour, not by loan wording. Each frame is an ask (a
// route the message supplies, a condition, a request) joined to the behaviour in the same
// sentence; each has near misses a real bank, office, shop or friend would send, which must stay
// as they are. The texts are written for the frame, not copied from the corpus.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { notScam, scamWith, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('a card or service "stopped" unless the reader uses the route the message gives', () => {
  test('a medical card frozen this afternoon, fixed through a phone menu', () => {
    const t = '您的社保卡存在异常，将于今天下午4点冻结，请按2转人工处理。';
    const r = scamWith(t, 'service_suspension');
    const seen = shown(t, r, 'service_suspension');
    expect(seen).toContain('冻结');
    expect(seen).toContain('按2转人工');
  });
  test('a toll pass already stopped, to be redone at an address the quote blanked out', () => {
    const t = '尊敬的车主，您的ETC卡已停用，请尽快登录 ***.***.com 重新激活，超时将无法通行。';
    const r = scamWith(t, 'service_suspension');
    expect(shown(t, r, 'service_suspension')).toContain('***.***.com');
  });
  test('a phone number to be cut off, restored through a WeChat id', () => {
    scamWith('您的手机号被举报，即将停机，恢复请添加客服微信 yd-fw8866。', 'service_suspension');
  });
  test('a bank card frozen for a made-up fault, with a landline to call', () => {
    scamWith('您的银行卡因异常已被冻结，请速拨打 0371-66778899 解除。', 'service_suspension');
  });
  test('a card frozen for a made-up theft, unfrozen by replying a digit', () => {
    const t = '您的储蓄卡出现异常交易已被冻结，如需解冻请回复1。';
    const r = scamWith(t, 'service_suspension');
    expect(shown(t, r, 'service_suspension')).toContain('回复1');
  });
  test('a card already stopped, renewed at an address the quote blanked out entirely', () => {
    scamWith('您的社保卡已停用，请进入******补办电子社保卡。', 'service_suspension');
  });
  test('an account "lapsed" with a dated deadline, to be renewed at a site the message names', () => {
    scamWith(
      '您的医保账户已失效，将被取消报销资格，请于3月5日前登录短信中的网址更新医保凭证。',
      'service_suspension',
    );
  });
  test('an opt-out line is no reply route', () => {
    notScam('【某商城】您的会员将于月底失效，续费享8折，回T退订', 'service_suspension');
  });
  test("the institution's own route is no such fix: counter, its app, its own line", () => {
    for (const t of [
      '【某银行】您的借记卡因长期未使用已停用，如需恢复请携带身份证到网点办理。',
      '【招商银行】您的信用卡已被临时冻结，请致电95555或登录掌上生活App处理。',
      '您的社保卡已停用，请到社保服务大厅办理补卡。',
    ])
      notScam(t, 'service_suspension');
  });
  test("a service ending on its date, renewed through the company's line, link or installer", () => {
    for (const t of [
      '您的宽带将于12月31日停用，续费请致电0571-88886666。',
      '您的宽带将于12月31日停用，续费请联系装维师傅 13912345678。',
      '您的视频会员将于2026年12月31日到期失效，续费请点击 https://vip.example.com',
    ])
      notScam(t, 'service_suspension');
  });
  test('a lender telling an overdue borrower the limit is frozen is judged by the loan rules', () => {
    notScam('您的贷款逾期，额度已冻结，请登录App还款后自动恢复。', 'service_suspension');
  });
  test('an anti-fraud warning that quotes the script is not the script', () => {
    notScam(
      '反诈提醒：凡是短信称您的ETC已停用、要您点击链接重新办理的，都是诈骗。',
      'service_suspension',
    );
  });
});

describe('paying first as the condition of the loan', () => {
  test('"no fee, no processing", said the other way round', () => {
    const t = '您的申请已受理，缴费才能排件。';
    const r = scamWith(t, 'advance_fee');
    expect(shown(t, r, 'advance_fee')).toContain('缴费才能排件');
  });
  test('a fee named before the withdrawal', () => {
    scamWith('先付500元手续费方可提现到您的银行卡。', 'advance_fee');
  });
  test("repaying the debt itself before borrowing again is the lender's own rule", () => {
    notScam('还款后才能再次借款，请按时还款。', 'advance_fee');
  });
});

describe("a bank's or courier's caller collecting the reader's identity", () => {
  test('a bank "agent" ringing to collect the full name and the birth date', () => {
    const t = '您好，我是某某银行的客服代表小王，想跟您确认一下，麻烦您提供一下全名和出生日期。';
    const r = scamWith(t, 'credential_request');
    expect(shown(t, r, 'credential_request')).toContain('出生日期');
  });
  test('a courier asking for the birth date to "release" a parcel', () => {
    scamWith(
      '这里是国际物流客服，您的包裹需要核实身份，请告诉我您的全名和出生日期。',
      'credential_request',
    );
  });
  test("a courier taking a parcel needs the sender's ID by law", () => {
    notScam(
      '您好，这里是某某快递，您寄件需要实名登记，请提供一下您的姓名和身份证号码。',
      'credential_request',
    );
  });
  test('a clinic booking asks a name and a phone; a call centre checks the last four digits', () => {
    notScam('您好，这里是社区医院，预约体检请提供姓名和联系电话。', 'credential_request');
    notScam('您好，我是某银行客服，为确认是您本人，请说一下身份证后四位。', 'credential_request');
  });
});

describe('an old friend in chat asking for a transfer', () => {
  test('"help me with a transfer", no sum yet', () => {
    scamWith('老同学，在吗？能不能帮帮忙转个账，我这边卡被限额了。', 'impersonation');
  });
  test('a friend who already paid back, or who only invites, asks nothing', () => {
    notScam('好兄弟，上次借你的钱我已经帮忙转过去了，查收一下。', 'impersonation');
    notScam('兄弟，周六一起吃饭，我请客。', 'impersonation');
  });
});

describe('a "customer service" refund paid through a route off the shop', () => {
  test('a refund offered by a caller, through a QQ', () => {
    const t = '我是某宝客服，您买的鞋子有点问题，我们要给您退款，请加一下我的QQ 23456789。';
    scamWith(t, 'fake_reward');
  });
  test("the shop's own refund to the original payment stays a notice", () => {
    notScam('我是某宝客服，已为您办理退款，款项将原路退回，请在订单页面查看。', 'fake_reward');
  });
});

describe('a job, a platform or a refund that needs the reader to pay or install first', () => {
  test('a part-time job that charges a fee before the first day', () => {
    const t = '招聘兼职客服，在家就能做，日结150元，上岗前需交200元培训费。';
    const r = scamWith(t, 'advance_fee');
    expect(shown(t, r, 'advance_fee')).toContain('培训费');
  });
  test('an employer that asks nothing of the worker stays an ad', () => {
    notScam('招聘兼职客服，在家就能做，日结150元，无需任何费用。', 'advance_fee');
  });
  test('a sure win and a deposit asked in the same breath', () => {
    const t = '宝贝，这个平台我朋友做内幕，稳赢的，你先充五千进去，我带你操作。';
    const r = scamWith(t, 'investment_lure');
    expect(shown(t, r, 'investment_lure')).toContain('你先充五千');
  });
  test('a prospectus that denies a sure win promises nothing', () => {
    notScam('本基金不保证稳赚，过往业绩不代表未来表现，投资需谨慎。', 'investment_lure');
  });
  test('likes paid by the day or by the piece, also as a range', () => {
    for (const t of [
      '刷视频点赞，日薪两百元，时间自由。',
      '帮商家的短视频点赞，一个赞三块钱，做完就结。',
      '关注店铺一单1.5-3块，多劳多得。',
    ]) {
      const r = scamWith(t, 'investment_lure');
      expect(shown(t, r, 'investment_lure')).toMatch(/点赞|关注/);
    }
  });
  test('thanks for likes and a prize that is not a wage stay as they are', () => {
    notScam('谢谢大家点赞，每个人都很棒，奖品是两块巧克力。', 'investment_lure');
    notScam('活动期间关注公众号，即可参与抽奖。', 'investment_lure');
  });
  test('premiums "returned in full" through an app the caller names', () => {
    scamWith(
      '您好，我们是某某保险公司，您的保单可以退保并返还全部保费，请下载“退保助手”APP办理。',
      'fake_reward',
    );
  });
  test('a tax refund to be claimed through a link', () => {
    scamWith('您的个税退税已审核通过，请点击链接领取退税款。', 'unofficial_link');
  });
  test('a shop to be closed unless the owner adds a WeChat id', () => {
    scamWith(
      '您的网店保证金不足，将被关店，请联系招商经理微信 wd-zs0101 补缴。',
      'service_suspension',
    );
  });
});

describe('refunds, prizes and officers reached through the message', () => {
  test('a double charge "refunded" through a QQ, whoever claims to speak', () => {
    scamWith('亲，您的订单因系统故障重复扣款，请联系客服QQ 7654321 办理退款。', 'fake_reward');
  });
  test('a refund released by following the caller in a payment app', () => {
    scamWith('我是某东客服，您有一笔异常扣费，需要配合我们操作才能退回。', 'fake_reward');
  });
  test("a shop's refund page, or a WeChat shop refunding its own customer, stays a notice", () => {
    notScam('如需办理退款，请在订单详情页点击“申请售后”。', 'fake_reward');
    notScam('如需办理退款，请联系店主微信 shop-8899。', 'fake_reward');
  });
  test('a prize that costs money to receive', () => {
    scamWith(
      '恭喜您被抽中幸运用户，可获得平板电脑一台，需先支付邮费和手续费150元。',
      'fake_reward',
    );
  });
  test('a traffic officer on a private WeChat', () => {
    scamWith('您的驾照即将被扣满分，请尽快添加交警微信 jjdd-0101 处理。', 'impersonation');
  });
  test("a link's address is no counter: '12333' inside a look-alike domain", () => {
    scamWith(
      '您的社保卡已过期，请点击 12333-kx.com 重新认证，否则将停止报销。',
      'service_suspension',
    );
  });
});

describe('a loan contract to be signed again or the reader is sued', () => {
  test('re-signing asked on a call, with a suit as the price of refusing', () => {
    const t = '您的借款合同信息有误，需要重新签署合同，否则将被起诉，请拨打 0755-61234567。';
    const r = scamWith(t, 'account_cancellation');
    expect(shown(t, r, 'account_cancellation')).toContain('重新签署');
  });
  test("a contract finished in the lender's own app, or renewed on its date, is not", () => {
    notScam('您的借款合同需要重新签署，请登录APP完成签署，否则无法放款。', 'account_cancellation');
    notScam('租赁合同到期后需重新签订，如有疑问请联系客服。', 'account_cancellation');
  });
});

describe('a prize claimed through the message, a device scare cured by its software', () => {
  test('a lucky number whose cash prize waits behind a link', () => {
    const t = '恭喜您的手机号被抽中为幸运用户，获得现金大奖，请登录 www.lucky-prize.com 领取。';
    const r = scamWith(t, 'fake_reward');
    expect(shown(t, r, 'fake_reward')).toContain('幸运用户');
  });
  test("a prize collected at the shop's own counter, or a marked advert, is not", () => {
    notScam('恭喜您获得一等奖，奖品请到本店前台领取。', 'fake_reward');
    notScam('【某某商城】恭喜您获得现金红包，点击 mall.example.com 领取，回T退订。', 'fake_reward');
  });
  test('a virus found on the phone, to be removed with software the sender names', () => {
    const t = '系统检测到您的手机感染木马病毒，请立即下载安全卫士软件清除。';
    const r = scamWith(t, 'remote_control');
    expect(shown(t, r, 'remote_control')).toContain('下载');
  });
  test('advice on cleaning a phone in its own settings asks nothing', () => {
    notScam('手机提示存在病毒怎么办？可以在设置里用自带的安全中心扫描。', 'remote_control');
  });
});

describe('a buyer in uniform who has the seller pay first', () => {
  test('an army "purchaser" asking the shop to advance a supplier\'s fee', () => {
    const t = '老板你好，我是武警部队后勤的，订30箱矿泉水，你先帮我垫付一下供货商的运费，一起结。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('垫付');
  });
  test('a buyer who pays on delivery asks nothing of the seller', () => {
    notScam('我是公司采购部的，这批货款下周一付清，请先发货。', 'impersonation');
  });
});

describe('points turned into money', () => {
  test('points "worth" a sum of cash', () => {
    scamWith('您的积分已累计8800分，现可兑换88元人民币，今日清零。', 'fake_reward');
  });
  test("points for the carrier's own credit or a voucher are its own offer", () => {
    notScam('【某运营商】您的积分可兑换10元话费，请发送短信办理。', 'fake_reward');
    notScam('【某银行】您的积分可兑换50元代金券，请登录手机银行查看。', 'fake_reward');
  });
});
