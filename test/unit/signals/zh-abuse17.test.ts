// Chinese abusive collection in behaviours the older frames missed (zh-abuse17.ts): our people
// at the reader's hometown or door, paint or glue on the door, the family's safety, the job or
// the child's schooling ruined, calls until the reader breaks, curses, "曝光你", the photo
// doctored, everyone the reader knows told. Each positive was unrelated or a reminder before;
// beside them, the same words in an errand, a service visit, a joke or a kind warning stay genuine.
import { check, ids } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('the reader exposed to everyone they know', () => {
  test.each([
    '曝光你',
    '给你P图发到你朋友圈',
    '你的照片我们已经P好了',
    '我们会把你的事情告诉你所有认识的人',
    '给你所有好友发短信',
    '短信轰炸你全家',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test.each([
    '曝光你不知道的十个冷知识',
    '给你p图，10元一张',
    '你的照片p好了，看看满意吗',
    '告诉你所有的朋友，本店开业八折',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('visits, the door, safety, ruin and curses', () => {
  test.each([
    '明天上午我们的同事到你老家走访',
    '今天是最后期限，否则我们的人将前往你的户籍地和工作单位',
    '我们已经在你家门口了',
    '开门，我们知道你在家',
    '已派专员上门',
    '在你家门口泼油漆',
    '给你家门锁灌胶水',
    '出门小心点，别让我们碰到你',
    '小心你的家人',
    '你有没有想过你家人的安全',
    '让你的孩子在学校抬不起头',
    '不还钱就让你老板开除你',
    '去你孩子学校找他班主任聊聊',
    '父债子还，找你儿子要',
    '电话打到你崩溃为止',
    '你不得好死',
    '到时候别怪我不客气',
    '草泥马还钱',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('intimidation');
  });
  test.each([
    '我们明天去你老家看望你爸妈',
    '我们已经在你公司门口了，快下来一起去吃饭',
    '明天上午我们的师傅到你家维修',
    '开门，我知道你在家，快递到了',
    '已派专员上门安装宽带',
    '别让我看见你再抽烟',
    '小心你的孩子着凉',
    '想过你家人的安全吗？买份保险吧',
    '去你孩子学校接他放学',
    '找你爸妈要零花钱去',
    '找你儿子要压岁钱去',
    '明天我们去你老家看看叔叔阿姨',
    // A benefit paid out is the village's errand, not the debt told.
    '我们已经联系了你的村委会，补贴下周发放',
    '这部电影里坏人不得好死',
    '别怪我不客气，我要发大招了',
    '电话打到你接电话为止，你妈找你有急事',
    '你家门口写了字，物业说是小孩涂鸦',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('evasion spellings of exposure words', () => {
  test.each([
    '不还就暴光你',
    '再不还钱就爆你通-讯-录',
    '再不还钱就爆你tong xun lu',
    '不还就bao guang你',
    '你的tx录我们都有',
  ])('%s', (t) => {
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toContain('contact_exposure');
  });
  test.each(['他们说要爆我通-讯-录，怎么办？', '北京-上海的航班已取消，请改签'])(
    '%s stays genuine',
    (t) => {
      expect(check(t).verdict).toMatch(GENUINE);
    },
  );
});

describe('a visit promised not to happen', () => {
  test('a lender promising no home visit stays genuine', () => {
    expect(check('逾期后我们不会上门催收，也不会骚扰您的家人').verdict).toMatch(GENUINE);
    expect(check('我们不会上门催收，请放心').verdict).toMatch(GENUINE);
  });
  test.each(['再不还钱，我们就上门催收', '不还就上门催收'])('%s is still a threat', (t) => {
    expect(check(t).verdict).toBe('abusive');
  });
});
