// Eleventh round: families of the fake-base-station SMS (CCS'20 set) that are scams without the
// link the anonymiser removed (signals/fraud-families8.ts): a free stock-tip group, a draw the
// reader never entered paid in goods and claimed with a code, a cancelled flight rebooked
// through a "客服", a lost iPhone "located". The texts are written for the frames, not copied
// from any source; the near misses are the real institutions' own notices of the same kind.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { notScam, scamWith } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('荐股群: a sure pick handed out for joining a group or adding a "teacher"', () => {
  test.each([
    '【财经快讯】资深操盘手免费建群，每天公布一只牛股，名额有限，人满即封，加QQ验证进群。',
    '尊敬的股民您好，本公司每日免费公开拉升股票，详情加老师微信咨询。',
    '十年老股民组建公益交流群，每周推荐涨停股，绝不收费，群满即止。',
  ])('%s', (t) => {
    scamWith(t, 'investment_lure');
  });
  test.each([
    '【华泰证券】尊敬的客户，本周市场波动较大，请理性投资，注意风险。涨乐财富通APP已上线个股诊断功能。',
    '【中信证券】尊敬的投资者，您关注的股票今日涨停，请登录中信证券APP查看行情，股市有风险，投资需谨慎。',
    '我们班组建了一个股票学习群，周末一起讨论基金定投。',
    '我在群里看到有人说这只股票涨停了，你怎么看？',
  ])('%s', (t) => {
    notScam(t, 'investment_lure');
  });
});

describe('场外幸运观众: a draw never entered, goods to claim with a code', () => {
  test.each([
    '恭喜您的手机号被抽选为场外幸运观众，将获得现金5万元及苹果笔记本一台，请登录官网领取，领取码8866。',
    '您已被选为本季最佳观众，获得笔记本电脑一台，请进入查领，验证码2046。',
    '恭喜您被节目组指定为本季互动者，获得十八万元与笔记本一台，请进入查领，领取码5231。',
  ])('%s', (t) => {
    scamWith(t, 'fake_reward');
  });
  test.each([
    '【湖南卫视】《快乐大本营》本周六晚8点播出，欢迎收看，参与节目互动请关注湖南卫视官方微博。',
    '【招商银行】恭喜您在信用卡积分抽奖活动中抽中iPhone 15一台，请登录掌上生活App查看领取方式。',
    '【中国移动】恭喜您被抽中获得10元话费，已自动充值到您的账户，请查收。',
    '【京东】恭喜您中奖，获得笔记本电脑一台，请在京东App“我的奖品”中领取。',
    '恭喜您在本店周年庆抽奖中中奖，获得笔记本电脑一台，请凭小票到门店领取。',
  ])('%s', (t) => {
    notScam(t, 'fake_reward');
  });
});

describe('航班取消 / 丢失的iPhone: a service message rerouted to a "客服"', () => {
  test.each([
    '尊敬的旅客您好，您预订的3月8日航班因机械故障已被取消，请及时联系客服4008123456办理改签退票。',
    '尊敬的旅客，您乘坐的航班因起落架故障无法正常起飞，请速电客服专员办理退改签并领取补偿。',
    '您丢失的iPhone已成功定位，请登录查看位置。',
    '尊敬的旅客，您预订的航班由于起落架故障不能正常起飞，请与客服联系改签退票，每位旅客补偿300元。',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
  test.each([
    '【东方航空】尊敬的旅客，您乘坐的3月5日MU5101航班因天气原因延误，预计起飞时间15:30，如需改签退票请致电95530或登录东方航空APP办理。',
    '【中国国航】尊敬的旅客，很抱歉通知您，您预订的CA1501航班因机械故障取消，您可通过国航App免费办理改签或退票。',
    '【海南航空】尊敬的旅客，您预订的HU7181航班已取消，请联系客服950718办理退改签。',
    '【首都航空】您预订的JD5196航班因机械故障无法正常起飞，请致电95071999或登录首都航空App办理退改。',
    '您的iPhone已维修完成，请携带单据到店取回。',
    '我的手机丢了，已经用查找定位到了，晚点去派出所取回。',
    '【工商银行】您的电子密码器即将失效，请登录我行手机银行或到网点更换。',
  ])('%s', (t) => {
    notScam(t, 'impersonation');
  });
});

describe('看看这相册: pictures or news "about you" to open or to save', () => {
  test.each([
    '哥，我真的不想说了，你自己看看这相册吧。',
    '老同学，这是我们班聚会的相册和通讯录，望您保存。',
    '你都上新闻了，你自己看吧。',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
  test.each([
    '老王，我们这周末聚会拍的照片我发你微信了，你看看。',
    '这是我们毕业二十年聚会的照片，大家请保存好，以后多联系。',
    '你上新闻了！市电视台报道了你们学校的运动会，快看。',
    '我不想说了，你自己看着办吧。',
  ])('%s', (t) => {
    notScam(t, 'impersonation');
  });
});

describe('积分兑换现金 with its figure removed', () => {
  test.each([
    '尊敬的建行用户，您的账户已满一万积分，可兑换我行元现金，请登陆手机网领取。',
    '尊敬的客户，您使用我行账户已满积分，可兑换的现金请于今日领取。',
  ])('%s', (t) => {
    scamWith(t, 'fake_reward');
  });
  test.each([
    '【招商银行】您的积分可兑换现金券，请登录掌上生活App查看。',
    '【中国移动】您的积分可兑换10元话费，请登录中国移动App办理。',
    '【工商银行】温馨提示：信用卡积分不能兑换现金，可在工银e生活App兑换礼品。',
  ])('%s', (t) => {
    notScam(t, 'fake_reward');
  });
});
