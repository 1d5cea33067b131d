// Fifth-round threat frames (issue 8, abusive recall): the place the reader belongs to said to
// learn of the debt, the family's movements claimed by a watcher, concern for the family beside
// a debt, a vague ruin of the reader's life, people hired to deal with them; and the boundary with
// the fake 法务部 script, where an unnamed app forced by a threat of a visit is a scam. Each
// behaviour is shown beside the everyday or lawful message that uses the same words. Messages
// written here.
import { check, ids, shown } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

function expectAct(text: string, id: SignalId, clause: string) {
  const r = check(text);
  expect(r.verdict).toBe('abusive');
  expect(ids(r)).toContain(id);
  expect(shown(text, r, id)).toContain(clause);
}

describe("the reader's workplace, village or building said to learn of it", () => {
  test('the workplace, no money word, under a condition', () => {
    expectAct('再不处理，明天你单位就都知道了。', 'contact_exposure', '你单位就都知道');
  });
  test('the village, after a deadline that names no debt', () => {
    expectAct(
      '周五之前不处理，你们村的人都会知道这件事。',
      'contact_exposure',
      '你们村的人都会知道',
    );
  });
  test('colleagues each handed a copy', () => {
    expectAct('三天内不结清，你公司同事人手一份你的欠款材料。', 'contact_exposure', '人手一份');
  });
  test('the boss first to know, the delay itself the condition', () => {
    expectAct('再拖下去，你老板会第一个知道。', 'contact_exposure', '你老板会第一个知道');
  });
  test('the family already reached, said as done', () => {
    expectAct('你妈那边我们已经打过招呼了，钱什么时候到？', 'contact_exposure', '打过招呼');
  });
  test.each([
    '你们公司的人明天就会知道你升职的消息。',
    '你老婆马上就会知道你给她准备的惊喜了。',
    '你妈那边我已经打过招呼了，周末一起吃饭。',
  ])('news or a favour with no debt and no condition is not exposure: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe("the family's movements claimed, concern for them beside a debt", () => {
  test("a watcher's claim about the child's school, no debt named", () => {
    expectAct('你孩子在哪个学校我们清楚。', 'intimidation', '你孩子在哪个学校我们清楚');
  });
  test("the wife's hours claimed, the debt in a few words", () => {
    expectAct('你老婆每天几点下班我们都清楚，钱尽快还。', 'intimidation', '每天几点下班我们都清楚');
  });
  test('the home claimed by floor over a debt', () => {
    expectAct('你家住几楼我们都知道，钱尽快还。', 'intimidation', '几楼我们都知道');
  });
  test('asking after the parents beside a named debt', () => {
    expectAct('你爸妈身体还好吧？欠的钱该还了。', 'intimidation', '你爸妈身体还好吧');
  });
  test('a claim followed by an errand is a lift home', () => {
    expect(check('你老婆每天几点下班我们都清楚，到时候直接去接她。').verdict).toBe('unrelated');
  });
  test('asking after the parents with no debt is kindness', () => {
    expect(check('你爸妈身体还好吧？有空回来看看。').verdict).toBe('unrelated');
  });
});

describe('a ruin of the reader’s life, people hired, a business threatened', () => {
  test('the days ahead made hard over a debt', () => {
    expectAct('欠钱不还，你以后的日子不会好过。', 'intimidation', '日子不会好过');
  });
  test('the child shamed as the consequence', () => {
    expectAct('你不还钱，你孩子以后怎么做人？', 'intimidation', '怎么做人');
  });
  test('"our own way" to take the money back', () => {
    expectAct('你欠的钱，我们会用我们的方式拿回来。', 'intimidation', '用我们的方式');
  });
  test('people hired to deal with the reader, no debt named', () => {
    expectAct('叫人去整你。', 'intimidation', '叫人去整你');
  });
  test('the shop threatened over the debt', () => {
    expectAct('欠的钱不还，你的店还想开吗？', 'intimidation', '店还想开吗');
  });
  test('hiding from the collector makes a sit-in a threat', () => {
    expectAct('你再躲，我们就天天去你家门口坐着。', 'intimidation', '坐着');
  });
  test.each([
    '找人修理你的电脑吧。',
    '叫人去帮你搬家。',
    '按我们的方式来做这道菜。',
    '你以后的日子不会好过的，如果现在不好好学习。',
    '你等着，我马上下来开门。',
  ])('the same words in daily life are nothing: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('the collector persona and an app forced by a threat', () => {
  test('"不下载就派人上门" from a 法务部 persona is a scam', () => {
    const t = '我是法务部的，不下载APP处理就派人上门。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'remote_control')).toContain('下载APP');
  });
  test('an unnamed handling app asked for, or else a visit, is a scam', () => {
    const r = check('法务部通知：请扫码下载处理软件，否则明天上门催收。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('remote_control');
  });
  test("the lender's own named app, or else the credit record, stays a reminder", () => {
    expect(check('您好，请下载京东金融APP还款，否则将影响您的征信记录。').verdict).toBe('reminder');
  });
  test('a lawful visit announced beside the app to repay in stays a reminder', () => {
    const r = check('您的借款已逾期，请在APP内还款。如不处理，我司将依法安排工作人员上门核实。');
    expect(r.verdict).toBe('reminder');
  });
  test('a warning that describes the script is not a scam', () => {
    const r = check('近日有不法分子冒充法务部，要求下载APP，否则派人上门，请勿相信。');
    expect(r.verdict).not.toBe('scam');
    expect(r.verdict).not.toBe('abusive');
  });
  test('an office app asked for, or else no clock-in, is nothing', () => {
    expect(check('公司通知：请下载钉钉软件，否则无法打卡。').verdict).toBe('unrelated');
  });
});

describe('a bare demand, the speaker coming to deal with the reader', () => {
  test.each(['欠债还钱，天经地义！', '快還錢！'])(
    'a demand and nothing else is what is painted on a door: %s',
    (t) => {
      const r = check(t);
      expect(r.verdict).toBe('abusive');
      expect(ids(r)).toContain('intimidation');
    },
  );
  test('"我来整你" in Cantonese spelling', () => {
    expectAct('叫我嚟整你', 'intimidation', '我嚟整你');
  });
  test.each(['记得还钱哦，周末一起吃饭。', '还款', '我来修理你的自行车。'])(
    'a friendly reminder, a button label, a repair are not threats: %s',
    (t) => {
      expect(check(t).verdict).not.toBe('abusive');
    },
  );
});

describe('a defaulter label told to the parties to the loan is not exposure', () => {
  test("a lender's titled notice to the borrower is a reminder", () => {
    const r = check(
      'Defaulter Second Notice: Dear Mary, your loan of KES 4,500 is in arrears. Kindly clear it within 7 days.',
    );
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('contact_exposure');
  });
  test('a credit-bureau listing is a reminder', () => {
    const r = check(
      'Dear Mary, your loan of KES 4,500 is overdue. Pay today to avoid being listed as a defaulter.',
    );
    expect(ids(r)).not.toContain('contact_exposure');
  });
  test('the debtor called a defaulter before the family is still exposure', () => {
    const r = check(
      'Pay your loan today or we will message your wife and your boss that you are a defaulter and a thief.',
    );
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
});

describe('wearing down, humiliation, a veiled visit, material held', () => {
  test('a crew promising to wear the reader down over the debt', () => {
    expectAct('你欠的那点钱，我们可以慢慢跟你玩。', 'intimidation', '慢慢跟你玩');
  });
  test('humiliation before the relatives promised, no debt named', () => {
    expectAct(
      '你不是要面子吗？那我就让你在亲戚面前丢尽脸。',
      'intimidation',
      '让你在亲戚面前丢尽脸',
    );
  });
  test('a visit to the parents offered beside a claim to know the address', () => {
    expectAct(
      '你老家的地址我们也有，要不要我们去拜访一下你爸妈？',
      'intimidation',
      '要不要我们去拜访',
    );
  });
  test("the reader's photos claimed with a warning", () => {
    expectAct('你的照片我们手里都有，你自己想清楚。', 'contact_exposure', '你的照片我们手里都有');
  });
  test('a sign in the compound threatened after a time to repay by', () => {
    expectAct('今晚之前不还，你们小区门口会挂上你的名字。', 'contact_exposure', '挂上你的名字');
  });
  test('an ID photo posted online after "再拖"', () => {
    expectAct('你再拖，我们就把你的身份证照片发到网上。', 'contact_exposure', '发到网上');
  });
  test.each([
    '对不起，让你在亲戚面前丢脸了。',
    '周末我们陪你慢慢玩，别着急。',
    '你老家的地址我们也有，要不要我们去拜访一下你爸妈，给他们送点年货？',
    '你的照片我们都有，放心，不会发出去的。',
    '小区门口挂上了你的名字，恭喜你被评为优秀业主！',
    '这个项目再拖下去，你老板会不高兴的。',
  ])('an apology, a game, a gift, a prize, a deadline at work are nothing: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('a report about abusive collection threatens no one', () => {
  test.each([
    '近日，市民王女士向本报反映，催收人员威胁要把她的照片发到朋友圈，还扬言要去她单位。律师表示，此类行为涉嫌违法。',
    '记者调查发现，一些催收员会对借款人说“你以后的日子不会好过”“再不还就让你全村都知道”，这些话术已违反相关规定。',
    '法院审理查明，被告人多次发短信称“你孩子在哪个学校我们清楚”，以此逼迫被害人还款，构成寻衅滋事罪。',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).not.toBe('abusive');
    expect(ids(r)).not.toContain('intimidation');
    expect(ids(r)).not.toContain('contact_exposure');
  });
  test('the same words sent to the reader are a threat', () => {
    expect(check('再不还就让你全村都知道，你以后的日子不会好过。').verdict).toBe('abusive');
  });
});

describe('the circle made to relay, the family reached, people at the door', () => {
  test('a polite collector making the emergency contact pass the debt on', () => {
    expectAct(
      '您好，您再不处理，我们只能请您的紧急联系人帮忙转告您的欠款情况了。',
      'contact_exposure',
      '转告',
    );
  });
  test("the son's school gate, his father's debt to be talked over with him", () => {
    expectAct('等你儿子放学，我们在校门口和他聊聊他爸的事。', 'intimidation', '聊聊他爸的事');
  });
  test("the wife's workplace already visited", () => {
    expectAct('你老婆那边的单位我们也去过了，领导人挺好的。', 'intimidation', '你老婆');
  });
  test('people already near the home, with a warning', () => {
    expectAct('我们的同事已经在你家附近了，你最好现在就处理。', 'intimidation', '在你家附近');
  });
  test('a knock on the door tonight if the money is not in', () => {
    expectAct('钱今天不到，晚上就有人敲你家门。', 'intimidation', '敲你家');
  });
  test('a conscience called missing over the debt', () => {
    expectAct('你妈生你的时候是不是忘了给你装良心？欠钱不还。', 'intimidation', '装良心');
  });
  test.each([
    '请您的家人帮忙转告您，明天的家长会改到下午。',
    '我们也去过了，那家店挺好吃的，你老婆肯定喜欢。',
    '敲你家门没人应，快递放门口了。',
    '我们的团队已经到了你公司门口，面试几点开始？',
    '我们的人已经在你公司楼下了，下来拿一下文件。',
    '你这人真没良心，生日都不请我吃饭。',
  ])('a school notice, a restaurant, a courier, an interview, a tease: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe("a person's debt told to the public: notices, posters, a deadbeat named to all", () => {
  test('a fake missing-person notice that tells the debt', () => {
    expectAct('寻人启事：刘某，男，欠款不还已失联，知情者请联系。', 'contact_exposure', '寻人启事');
  });
  test('a deadbeat named to the neighbours', () => {
    expectAct('刘某是老赖，请各位邻居转发扩散。', 'contact_exposure', '是老赖');
  });
  test("a collector's 'wanted' poster is shaming, not a warrant served (abusive, not scam)", () => {
    const r = check('通缉令：老赖刘某，欠钱不还，见到此人请告知。');
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).not.toContain('impersonation');
  });
  test('"杀人偿命，欠债还钱" painted alone', () => {
    expect(check('杀人偿命，欠债还钱！').verdict).toBe('abusive');
  });
  test.each([
    '寻人启事：李奶奶，75岁，于昨日走失，知情者请联系家属。',
    '公告：本小区明日停水，请大家注意。',
    '大家注意，这个人是骗子，冒充快递员上门。',
  ])('a missing grandmother, a water cut, a warning about a fake courier: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
  test("a court's own list of judgment debtors is not a collector's poster", () => {
    const r = check('法院公告：失信被执行人刘某，欠款拒不归还，已被限制高消费。');
    expect(ids(r)).not.toContain('contact_exposure');
    expect(r.verdict).not.toBe('abusive');
  });
});

describe('a sit-in in Korean', () => {
  test('going to sit at the home all day over the money', () => {
    const r = check('내일 아침 너희 집에 가서 하루 종일 앉아 있을 거야. 돈 갚아.');
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('intimidation');
  });
  test('a day spent sitting in a cafe is nothing', () => {
    expect(check('어제 카페에 가서 하루 종일 앉아 있었어요.').verdict).toBe('unrelated');
  });
});

describe("a threat hung on the reader's occasion, a polite claim, a question not yet answered", () => {
  test('the wedding, across a question', () => {
    expectAct(
      '你欠的钱拖着不还，下个月你结婚是吧？到时候我们也去凑个热闹。',
      'intimidation',
      '凑个热闹',
    );
  });
  test("the father's birthday as the day of the visit", () => {
    expectAct('你欠的钱，等你爸过生日那天我们上门跟他说。', 'intimidation', '生日那天我们上门');
  });
  test("a polite collector who has traced the husband's office number", () => {
    expectAct(
      '您老公的公司电话我们已经查到了，请您今天务必处理。',
      'contact_exposure',
      '您老公的公司电话我们已经查到',
    );
  });
  test('"do not force our hand", the family’s numbers held', () => {
    expectAct(
      '张先生，请不要逼我们采取其他措施，您家人的电话我们都有。',
      'contact_exposure',
      '您家人的电话我们都有',
    );
  });
  test('blocked, and everyone around the reader to be found', () => {
    expectAct('你以为把我拉黑就完事了？你身边的人我一个一个找。', 'contact_exposure', '你身边的人');
  });
  test('the workplace not told yet, asked over the debt', () => {
    expectAct('你借钱的事你单位还不知道吧？', 'contact_exposure', '你单位还不知道吧');
  });
  test('the call log rung today', () => {
    expectAct(
      '我们已经拿到了你的通话记录，你最常联系的十个人今天都会接到电话。',
      'contact_exposure',
      '都会接到电话',
    );
  });
  test('the glass of the home "not necessarily whole"', () => {
    expectAct('再不还钱，你家的玻璃就不一定完整了。', 'intimidation', '不一定完整');
  });
  test.each([
    '你婚礼那天我们一定到场！',
    '你婚礼那天我们也会到场，红包已经准备好了。',
    '您家人的电话我们都有，疫苗接种时会通知。',
    '你单位还不知道吧？你被评上先进了。',
    '你身边的人我一个一个问过了，大家都说你人很好。',
  ])('a wedding guest, a clinic, good news, a compliment: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('Cantonese collection threats read as the same behaviours', () => {
  test('"不还钱就砍你" in Cantonese', () => {
    expectAct('唔還錢就斬你。', 'intimidation', '斬你');
  });
  test('people sent to the home', () => {
    expect(check('再唔還錢，我哋就搵人上你屋企。').verdict).toBe('abusive');
  });
  test('the home claimed, "you know what to do"', () => {
    expectAct('你屋企住邊我哋都知，識做啦。', 'intimidation', '住邊我哋都知');
  });
  test("the mother's address claimed, ending on a particle", () => {
    expectAct('你老母住邊我哋知㗎。', 'intimidation', '你老母住邊我哋知');
  });
  test('the boss sought at the office for the money', () => {
    expect(check('再唔俾錢，我哋去你公司搵你老細。').verdict).toBe('abusive');
  });
  test.each(['佢哋今晚喺屋企食飯，你嚟唔嚟？', '你屋企住邊我都知，聽日嚟接你。'])(
    'dinner at home, a lift: %s',
    (t) => {
      expect(check(t).verdict).toBe('unrelated');
    },
  );
});

describe('Taiwanese wording', () => {
  test('photos over the whole neighbourhood', () => {
    expectAct('欠錢不還，就把你的照片貼滿整個社區。', 'contact_exposure', '貼滿整個社區');
  });
  test('all the colleagues rung after the calls go unanswered', () => {
    expectAct('你再不接電話，我們就打給你所有的同事。', 'contact_exposure', '打給你所有的同事');
  });
  test("the son's school claimed", () => {
    expectAct('你兒子讀哪間學校我們都知道。', 'intimidation', '你兒子讀哪間學校我們都知道');
  });
});

describe('death wished, the police warned off, crime pushed, a banner, a posting held as the price', () => {
  test('"还以为你死了" over the debt', () => {
    expectAct('喂，你还活着啊？还以为你死了呢，欠的钱什么时候还？', 'intimidation', '还活着啊');
  });
  test('the wife to be sold: degradation', () => {
    expectAct('你要是还不上，就让你老婆去卖，听到没有？', 'intimidation', '让你老婆去卖');
  });
  test('the reader warned off the police, no debt named', () => {
    expectAct('你要是敢报警，后果自负。', 'intimidation', '报警，后果');
  });
  test('pushed to steal to pay today', () => {
    expectAct('你钱拿不出来就去借，借不到就去偷去抢，反正今天必须还。', 'intimidation', '去偷');
  });
  test('a banner already up in the home village', () => {
    expectAct('我们已经在你老家拉了横幅，你自己回去看看吧。', 'contact_exposure', '拉了横幅');
  });
  test('the posted photo taken down only when paid', () => {
    expectAct('你把钱还了，我们就把你照片删掉，不然就一直挂着。', 'contact_exposure', '照片删掉');
  });
  test.each([
    '别去偷去抢，好好找份工作。',
    '我们在你家门口拉了横幅，祝你生日快乐！',
    '照片删掉吧，不然手机内存不够了。',
    '遇到诈骗要是敢报警，后果是骗子被抓。',
  ])('advice, a party, a full phone, a sentence about the police: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('three-word shouts and claims', () => {
  test.each(['还钱😡😡', '老赖！！！'])('a shout and nothing else: %s', (t) => {
    expect(check(t).verdict).toBe('abusive');
  });
  test('"能躲一辈子吗": pursuit with no money word', () => {
    expectAct('躲？能躲一辈子吗？', 'intimidation', '躲一辈子');
  });
  test('a file on the family claimed, standing alone', () => {
    expectAct('你全家的信息我们都有。', 'intimidation', '你全家的信息我们都有');
  });
  test('exposure promised to whoever reads it', () => {
    expectAct('等着被全网曝光吧。', 'contact_exposure', '等着被全网曝光');
  });
  test("a daughter's photos to appear 'where they should not'", () => {
    expectAct(
      '不还钱，你女儿的照片就会出现在不该出现的地方。',
      'contact_exposure',
      '出现在不该出现的地方',
    );
  });
  test.each([
    '你全家的地址我们都有，年货已经寄出。',
    '你家人的信息我们都有，体检报告下周出。',
    '老赖是什么意思？',
    '等着被表扬吧！',
    '你女儿的照片真好看，发到家族群了。',
  ])('gifts, a clinic, a question, praise, a proud aunt: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('English: the circle to learn of it, the children known, agents at the house', () => {
  test('contacts said to learn the reader is a fraud, with a deadline to pay', () => {
    const r = check("Your contacts will know you are a fraud if you don't pay by 6pm.");
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test("the children's school known, 'pay up'", () => {
    expect(check('We know where your kids go to school. Pay up.').verdict).toBe('abusive');
  });
  test('recovery agents to reach the house tonight', () => {
    expect(check('Our recovery agents will reach your house tonight.').verdict).toBe('abusive');
  });
  test.each([
    'We are dead serious about your safety this holiday season.',
    'Your family will know the results by Friday.',
    'Our engineer will visit your home on Monday to install the router.',
  ])('safety, results, an engineer: %s', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('Indonesian: a field officer’s visit held over the payment', () => {
  test('pay to avoid the field officer’s visit', () => {
    const r = check(
      'Segera bayar pinjaman Anda untuk menghindari kunjungan dari petugas lapangan.',
    );
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('intimidation');
  });
  test("an electricity officer's visit schedule is nothing", () => {
    expect(check('Jadwal kunjungan petugas PLN besok pukul 10.').verdict).not.toBe('abusive');
  });
});

describe('no money word: the collector speaking as one, property under an "or else", dirt to be sent', () => {
  test('"还不处理" and "非常手段"', () => {
    expectAct('如果今晚12点前还不处理，我们将采取非常手段。', 'intimidation', '非常手段');
  });
  test('the home door under an "or else"', () => {
    expectAct(
      '今天你必须给我个交代，不然今晚你家的门就别想安安静静的。',
      'intimidation',
      '别想安安静静',
    );
  });
  test("the reader's affairs sent to the workplace mailbox", () => {
    expectAct(
      '我们已经把你的情况发到了你们单位的公众邮箱，你自己去看吧。',
      'contact_exposure',
      '公众邮箱',
    );
  });
  test("the reader's dirt readied for an ex", () => {
    expectAct(
      '你那点破事，我们已经整理成文档，准备发给你前女友和你现在的女朋友。',
      'contact_exposure',
      '发给你前女友',
    );
  });
  test.each([
    '如果今天还不处理这个故障，客户会投诉的。',
    '会议纪要已经整理好了，准备发给你们领导审阅。',
    '这是最后一次机会，不能再拖延了，快报名！',
  ])('a fault, minutes for the boss, a sign-up deadline: %s', (t) => {
    expect(check(t).verdict).not.toBe('abusive');
  });
});
