// Seventh round: impersonation scripts the rules called `unrelated` (signals/scripts7.ts, and the
// recurring-fee case of scripts6.ts's fakeSubscription). Each frame is a persona joined to what it
// then does to the reader; each has near misses a real boss, teacher, friend, shop or police
// station would send, which must stay as they are. The texts are written for the frame, not
// copied from the corpus.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { notScam, scamWith, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('someone the reader knows, introducing themself', () => {
  test('a "leader" who summons the reader to his office', () => {
    const t = '喂，小张吗？我是你领导啊，你明天上午到我办公室来一趟。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('办公室');
  });
  test('a named "manager" who summons the reader', () => {
    scamWith('我是刘经理，待会儿来我办公室一趟。', 'impersonation');
  });
  test('a "teacher" selling a paid class with scarcity', () => {
    scamWith('家长您好，我是王老师，孩子需要报一个提高班，名额有限，请尽快报名。', 'impersonation');
  });
  test('the reader sent to a third party to pay a lump sum', () => {
    scamWith('你跟李总联系一下，今天给他们转一笔款。', 'impersonation');
  });
  test('a caller who makes the reader guess who is speaking', () => {
    scamWith('怎么，连老朋友的声音都听不出来了？', 'impersonation');
    scamWith('猜猜我是谁？', 'impersonation');
  });
  test('a sudden need and a sum to lend at once', () => {
    const t = '在吗？我这边出了点事，能不能先借我800块？';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('800');
    scamWith('钱包被偷了，你能给我转300元买车票吗？', 'impersonation');
  });
  test("a boss's ordinary words, a teacher's notice and friends' money talk are not it", () => {
    notScam('小王，明天上午到我办公室来一趟，把方案带过来。', 'impersonation');
    notScam('我是陈经理，周五的例会改到下午三点，请通知大家。', 'impersonation');
    notScam('各位家长好，我是二班李老师，明天春游请给孩子带好午餐。', 'impersonation');
    notScam('下周聚餐AA，每人转我100块就行。', 'impersonation');
    notScam('你上次借我的500块什么时候还？', 'impersonation');
    notScam('最近资金周转不开，能不能借我一万，下个月还你。', 'impersonation');
    notScam('我跟客户联系过了，对方说已经转了一笔款。', 'impersonation');
    notScam('我是你同学小赵，下周同学聚会你来吗？', 'impersonation');
  });
});

describe('a "police" or "prosecutor" case that cuts the reader off', () => {
  test('a "secret case" the reader must tell no one about', () => {
    const t = '这是一起保密专案，你不能跟任何人透露。';
    const r = scamWith(t, 'impersonation');
    expect(shown(t, r, 'impersonation')).toContain('保密专案');
  });
  test('stay on the line and be recorded, the prosecutor is told', () => {
    scamWith('此事已通报检察院，请不要挂断电话，配合全程录音。', 'impersonation');
  });
  test('hanging up counts against the reader', () => {
    scamWith('你要是挂断电话，我们就视为不配合，案件直接进入司法程序。', 'impersonation');
  });
  test('only the reader can help themself, cooperating to be cleared', () => {
    scamWith('没人能帮你，只有你自己帮你自己，配合调查才能证明你的清白。', 'impersonation');
  });
  test('an anti-fraud reminder, a surprise kept secret and a call centre are not it', () => {
    notScam(
      '公安机关不会要求你转账，也不会让你对家人保密、不要挂断电话；遇到请立即挂断，拨打110。',
      'impersonation',
    );
    notScam('警方提醒：骗子常说“这是保密专案，不能跟任何人透露”，凡是这样说的都是诈骗。');
    notScam('这是给妈妈的生日惊喜，你不要跟任何人说哦！', 'impersonation');
    notScam('请不要挂断电话，正在为您转接人工客服。', 'impersonation');
    notScam('警察同志说不要挂电话，马上就到。', 'impersonation');
    notScam('律师说这个案子要保密，不要跟任何人讲。', 'impersonation');
    notScam('请您明天上午携带身份证到派出所配合调查。', 'impersonation');
  });
});

describe('"customer service" bringing up money owed to the reader', () => {
  test('a courier calling to discuss compensation for lost goods', () => {
    const t = '我们是快递公司的，运输车辆出了事故，货物都损坏了，打电话想跟您商量赔偿的事情。';
    const r = scamWith(t, 'fake_reward');
    expect(shown(t, r, 'fake_reward')).toContain('赔偿');
  });
  test('a shop\'s "service" offering a refund for a faulty product', () => {
    scamWith('您好，我是某某商城的客服，您买的商品质量不过关，现在给您做退款处理。', 'fake_reward');
  });
  test('a paid membership the reader "was upgraded to", charged by the year', () => {
    scamWith('恭喜您升级为金牌VIP会员，每年需缴纳会员费5800元。', 'impersonation');
  });
  test("a shop's own refund notice, a courier's app claim and a reply to a complaint are not it", () => {
    notScam(
      '【某某旗舰店】您购买的商品因缺货无法发货，已为您办理退款，款项将原路退回，请注意查收。',
      'fake_reward',
    );
    notScam('您的快件在运输中破损，我们深表歉意，请在快递APP中提交理赔申请。', 'fake_reward');
    notScam(
      '感谢您的反馈，我们会改进服务质量，请问是否需要为您做些补偿，比如下次用餐优惠？',
      'fake_reward',
    );
    notScam('您已成功开通视频会员，每月自动扣费25元，可在APP设置中关闭。', 'impersonation');
  });
});
