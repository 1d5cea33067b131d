// Seventeenth round (zh-scam17.ts): short Chinese scripts that read as ordinary — kin or an old
// friend asking for money, a boss's order to pay an account, hospital trouble with money sent at
// once, "someone reported you", a statement over video, a case kept secret, a shop "not yet
// guaranteed", a benefit claimed on a website, a stock's rise told in advance, a sure gain to act
// on, task pay withheld, a prize claimed with a code, a ticket paid for before it is handed over,
// a recovery offer with a fee. Beside them, everyday messages with the same parts.
import { check, scamWith } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const GENUINE = /^(reminder|unrelated)$/;

describe('personas asking for money or action', () => {
  test.each([
    '我是你表哥，换了新号，急需用钱，先借我3000，明天还你。',
    '在吗？我是你初中同学，最近遇到点困难，能借我两千吗？',
    '外婆，我在外面出了点事，你先转我8000，别跟我妈说。',
    '刘总让你马上给这个账户打款15万，合同后补。',
    '我朋友出车祸了，人在医院抢救，你赶紧转两万块钱过来。',
    '这里是110指挥中心，有人向我们举报你的手机号发送诈骗信息。',
    '你先下载会议软件，我们开视频给你做笔录。',
    '你已签订保密协议，泄露案情将被追究法律责任。',
    '交易失败，该卖家尚未开通交易保障，请联系客服处理。',
    '您有一笔育儿补贴待领取，详询以下网址。',
    '帮我在网上买几张游戏点卡，我现在不方便，回头给你钱。',
    '您在购物时被误设为会员，不取消每月扣500元。',
    '这边是快递，你的件丢了，加个微信给你理赔。',
    '家人突发疾病急需手术费，你先帮帮忙。',
    '您开通了代理会员，如不是您本人操作，我们可以帮您取消。',
    '您的网购账户被误列为代理商，需要解除。',
    '您的账户已经在外地被提取了两万元，请立即与我们联系。',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
  test.each([
    '妈，我到学校了，这个月生活费够用，不用给我转钱。',
    '爸，转我200买书，周末回家。',
    '姐，房子的押金什么时候退我？',
    '我是你同学小王，周末同学聚会你来吗？',
    '王总让你明天上午把季度报告发给他。',
    '哥，你欠的钱转我3000就行，今天必须处理。',
    '您的公积金贷款已逾期，请登录以下网址查询。',
    '爷爷住院了，明天我们一起去医院看他。',
    '今天公司组织视频会议，请大家准时参加。',
    '本次员工培训需签订保密协议。',
    '补贴已发放至您的社保卡，请登录人社局官网查询。',
    '帮我买两张电影票，晚上一起看。',
    '您的快递破损，我们已为您登记理赔，请在顺丰app查看进度。',
    '【某银行】您尾号1234的卡被盗刷？如非本人操作请立即致电95555。',
    '您的订单已发货，如不是您本人下单，请在app内申请退款。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('investment and task lures', () => {
  test.each([
    '本周重点关注某某科技，明天必涨，加群免费领取。',
    '你下载这个app，跟着老师买，保证赚钱。',
    '我叔叔在交易所上班，有内部消息，跟着他买就行。',
    '这单是连单任务，必须做完三单才能一起提现。',
    '下载这个软件，每天点赞就能赚200元。',
    '刷单返利，做满5单返本金加佣金。',
    '这是我们公司内部的投资群，老师每天带单。',
    '新人充值赠送多倍礼金，稳赚。',
    '完成任务后把截图和收款码发群里，马上打款。',
  ])('%s', (t) => {
    scamWith(t, 'investment_lure');
  });
  test.each([
    '今日大盘上涨，沪指收涨1.2%。',
    '投资有风险，入市需谨慎，本基金不保证收益。',
    '完成实名认证后即可提现，请在app内操作。',
    '您的iPhone已维修完成，请携带单据到店取回。',
    '【某证券】您关注的股票今日涨停，请登录官方app查看行情。',
    '感谢您的点赞和支持！',
    '房价肯定涨，你赶紧买房吧。',
    '您购买的游戏机先付款后发货，请耐心等待。',
    '本基金不保证稳赚，投资需谨慎。',
    '这只股票明天有望大涨，但投资有风险。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('prizes, trades and recovery fees', () => {
  test.each<[string, SignalId]>([
    ['恭喜，您的号码已被确认为本次周年庆获奖用户，请登录网站输入验证码领取。', 'fake_reward'],
    ['您是本次抽奖活动的二等奖用户，详情请咨询活动专线。', 'fake_reward'],
    ['【某某商城】恭喜您成为幸运用户，获得大礼包一份，请加客服QQ 20261203 领取。', 'fake_reward'],
    ['演唱会内场票我这还有两张，你先转全款，我再转票给你。', 'pay_to_unofficial_account'],
    ['游戏装备低价出，先付款后上号给你。', 'pay_to_unofficial_account'],
    ['你被骗的钱可以追回，我们是专业团队，先交5%的手续费。', 'fund_recovery'],
  ])('%s', (t, id) => {
    scamWith(t, id);
  });
  test.each([
    '恭喜您获得本店周年庆优惠券，到门店即可领取。',
    // Signed, nowhere else to go: the sender's own promotion, claimed in its own channels.
    '【某某银行】恭喜您成为本月幸运用户，获得积分1000，登录手机银行查看。',
    '【某某通信】尊敬的客户，恭喜您获得5GB流量大礼包，回复LL领取，退订回T。',
    '我买了两张演唱会门票，周六一起去吧。',
    '淘宝下单先付款后发货，七天无理由退货。',
    '您好，您在本平台的借款已逾期5天，法务部将依法处理，请登录官方app还款，以免影响征信。',
    '【某某贷】您的账户已逾期，请及时还款，客服电话4001234567。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
