// Thirteenth round, frames written from principles (scam-frames13.ts and the frames it widened):
// a service's staff or an authority with a problem on the reader's side and an ask, refunds
// claimed on a private account, public cards renewed on a site, loans taken elsewhere to "prove"
// repayment ability, the phone worked by the caller's voice, task lures with a fee, cash
// machines that "cancel", payouts to be "unfrozen". Beside each, genuine look-alikes with the
// same parts (a bank's own alert, a lender's own reminder, an advisory, a code SMS) that must
// stay genuine.
import { check, ids } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('staff with a problem on the reader’s side and an ask', () => {
  test.each([
    '您好，这里是快递客服中心，我们发现您的包裹在清关时遇到了一些问题，需要您提供一些信息以便我们协助处理。',
    '你好，我是支付宝客服，您的花呗额度被降低了，需要您配合我恢复一下。',
    '您好，我是中国人民银行的工作人员，您的征信出现了问题。',
    '我是市公安局的民警，你的身份证被人冒用了。',
    '有人用你的身份信息在我们平台借了款，需要你配合处理一下。',
    '你的支付宝账户存在风险，请你下载这个软件，我们帮你处理。',
    '您好，您的个人征信出现问题，需要您配合我们进行处理，否则会影响您的贷款。',
    '您的订单被误设为分期付款，每个月会重复扣款，需要您配合解除。',
    '亲，我是店铺客服，由于您的付款系统出现问题，货款不能正常支付，只能先退给您。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });

  test.each([
    '【某某银行】您的账户存在异常交易，如非本人操作请致电95555。',
    '您好，我是某某银行客服，您的借款已逾期3天，请尽快还款，以免影响征信。',
    '您好，这里是某某物流，您的快递地址有误，请在某某速运App内修改。',
    '我是物业的工作人员，您家的水表有问题，需要上门处理。',
    '我们这边检测到您的网络有问题，请重启路由器。',
    '您好，这里是某某客服，您申请的退款已处理，款项将原路退回。',
    '警方提示：如有人自称客服说您的账户异常，要求您下载会议软件，那是诈骗。',
    '公安机关不会要求转账到安全账户，接到此类电话请挂断。',
    '【某某银行】验证码123456，您正在进行转账操作，请勿告诉他人。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
    expect(ids(check(t))).not.toContain('impersonation');
  });
});

// HR asking for an ID copy: not this frame (everyday staff). The learned second opinion still
// calls it a scam, as it did before this round; only the frame is checked here.
test('everyday staff with a problem raise no impersonation', () => {
  const t = '我是人事部的工作人员，您的社保缴纳记录有问题，请提供一下身份证复印件。';
  expect(ids(check(t))).not.toContain('impersonation');
});

describe('a refund for a problem, claimed on a private account', () => {
  test('order problem, refund, QQ', () => {
    const r = check('您的订单异常，需要办理退款，请添加客服QQ。');
    expect(r.verdict).toBe('scam');
  });
  test('a refund the reader asked for stays genuine', () => {
    expect(check('您申请的退款已原路退回，请注意查收。').verdict).toMatch(GENUINE);
  });
});

describe('a card or account renewed on a site the message points to', () => {
  test.each([
    '医保账户需要更新，请于5月3日点击网址进行更新。',
    '您的高速E卡已限制使用，请在10月22日前签署，未签署将清除账号。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
  });
  test.each([
    '您的医保账户需要年度认证，请携带身份证到社保大厅办理。',
    '【某某银行】您的信用卡即将到期，新卡已寄出，请登录手机银行激活。',
  ])('%s stays genuine', (t) => {
    expect(ids(check(t))).not.toContain('impersonation');
  });
});

describe('loans taken elsewhere to prove repayment ability; payouts to unfreeze', () => {
  test.each([
    '请你到其他网贷平台把额度都借出来，证明你的资金流动。',
    '由于你的流水不足，需要再转5000元到账户里。',
    '你的卡号输错了，资金被冻结。',
    '放款失败，卡号异常需解冻。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });
  test.each([
    '你可以去其他平台借款，但要注意利率。',
    '其他平台的利率都比我们高，欢迎选择我们。',
    '您的借款放款失败，原因：银行卡信息有误，请在App内重新绑定银行卡。',
  ])('%s stays genuine', (t) => {
    expect(ids(check(t))).not.toContain('advance_fee');
  });
});

describe('the phone worked by the caller’s voice; cash machines that cancel', () => {
  test.each([
    '我们会把钱退到你的支付宝，你先按我说的操作。',
    '现在账户即将被冻结，你需要立刻到ATM执行取消流程。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
  });
  test.each([
    '你按我说的做，先把作业写完再玩游戏。',
    '妈，我按你说的操作了，微信转账成功了。',
    '请按照页面提示操作完成实名认证。',
    '手机ATM，认证短信，您的验证码为482913，请注意有效时间为30分钟以内。',
    '可以到附近的ATM取款，也可以用手机银行转账。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('task lures with a fee first', () => {
  test('likes for money, a joining fee', () => {
    const r = check('这个兼职很简单，点赞就能赚钱，先交98元入会费。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('investment_lure');
  });
  test('a job ad that charges nothing stays genuine', () => {
    expect(check('兼职招聘，日结工资，无需任何费用。').verdict).toMatch(GENUINE);
  });
});

describe('debts "cleared" or interest clawed back by an agent', () => {
  test.each([
    '欠银行的钱可申请债务清零。',
    '国家出台新政策，网贷可以全部清零。',
    '超过24%的利息都可以要回来，加我微信详谈。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('debt_relief_agency');
  });
  test.each([
    '【某某商城】您的积分将于月底清零，请及时使用。',
    '您的欠款已全部结清，感谢您的按时还款。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

test('wallet change "at risk", moved with "us"', () => {
  const r = check('您好，您的微信零钱存在风险，需要您配合我们进行资金转移。');
  expect(r.verdict).toBe('scam');
  expect(ids(r)).toContain('impersonation');
});

describe("the reader's name or account lent for someone else's transfer", () => {
  test.each([
    '我朋友急需资金周转，借用你的名义帮我转下款，钱先打到你账户上。',
    '帮我转笔钱给领导，不方便以我的名义转出，用你账户转一下。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });
  test.each([
    '【某某银行】您使用您的银行卡转账时，请核实收款人信息。',
    '请勿用您的账户为他人转账或出租出借银行卡，以免涉嫌违法。',
    '请用你的名字登记一下，明天来取快递。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

// Written after reading half of dev's missed sources (the other frames before): the caller who
// makes the reader guess who is speaking, in more of its wordings; money to be deposited into an
// account "I" name, asked with 需把.
describe('the caller who makes the reader guess who is speaking', () => {
  test.each([
    '哎呀，真是贵人多忘事，连老同学都不认识了，再想想。',
    '我换了个电话号码，你就不认识了？我的声音也听不出来吗？',
    '怎么连老同学都给忘了，你太让我伤心了！',
    '我的南方口音都听不出来了，哈哈。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('impersonation');
  });
  test.each([
    '哈哈，连我都忘了带钥匙，你记得吗？',
    '这首歌的声音处理得很好，几乎听不出是翻唱。',
    '别忘了明天的会议，我记得是九点。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('money to be moved into an account the caller names', () => {
  test('需把余额存到我指定的账户', () => {
    const r = check('你的银行卡有问题，需把卡上的余额取出并存到我指定的账户上。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('pay_to_unofficial_account');
  });
  test.each([
    '明天出门需把门窗关好。',
    '下单后需将收货地址填写完整。',
    '【某某银行】您尾号1234的账户余额为5,000.00元。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
