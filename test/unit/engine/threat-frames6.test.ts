// Sixth-round threat frames (issue 8, abusive recall): abuse inside an otherwise normal overdue
// notice wins over the reminder reading; short blunt lines with no debt word are threats when
// nothing else is said; the written forms collectors use (Cantonese, homophones, other
// languages). Each behaviour is shown beside the lawful notice or everyday message that uses the
// same words. Messages written here.
import { abusiveWith, check } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const verdictOf = (text: string) => check(text).verdict;

describe('abuse inside a polite overdue notice wins over the reminder', () => {
  test('the family already told of the debt', () => {
    abusiveWith(
      '【某某贷】您的借款已逾期，我们已联系您的家人和同事告知您的欠款情况。',
      'contact_exposure',
      '联系您的家人',
    );
  });
  test('every relative already texted', () => {
    abusiveWith(
      '【某某贷】您已逾期，我们已经给您全家都发了短信。',
      'contact_exposure',
      '全家都发了短信',
    );
  });
  test('a letter about the debt sent to the workplace', () => {
    abusiveWith(
      '【某某贷】您的借款已逾期，我司将向您的工作单位发送协查函，届时影响自负。',
      'contact_exposure',
      '工作单位发送协查函',
    );
  });
  test('a letter to the village committee', () => {
    abusiveWith(
      '【某某贷】您已逾期，我司将向您户籍所在地村委会发函。',
      'contact_exposure',
      '村委会发函',
    );
  });
  test('the workplace number said to have been rung', () => {
    abusiveWith('【某某贷】您已逾期，您单位的电话我们已经打过了。', 'contact_exposure', '打过');
  });
  test("the parents' worry held over the reader", () => {
    abusiveWith(
      '【某某贷】您已逾期，您的父母年纪大了，不希望他们为您担心吧？',
      'contact_exposure',
      '不希望他们为您担心',
    );
  });
  test('the family said to owe the debt', () => {
    abusiveWith(
      '【某某贷】您已逾期，您的父母将被追究连带还款责任。',
      'contact_exposure',
      '追究连带',
    );
  });
  test('the home address claimed', () => {
    abusiveWith(
      '【某某贷】您已逾期，我们知道您的家庭住址，请尽快还款。',
      'intimidation',
      '家庭住址',
    );
  });
  test('people coming to the home of a reader said to evade', () => {
    abusiveWith('【某某贷】如果您继续逃避，将会有人到您家里找您。', 'intimidation', '到您家里找您');
  });
  test('the reader followed round the clock', () => {
    abusiveWith(
      '【某某贷】您已逾期，我们将安排人员对您进行24小时跟踪。',
      'intimidation',
      '24小时跟踪',
    );
  });
  test('a death sentence under a deadline', () => {
    abusiveWith('【某某贷】您已逾期，今天之内不还，你就死定了。', 'intimidation', '死定了');
  });
  test('shamed for owing', () => {
    abusiveWith('张三，你的网贷已逾期，你还要脸吗？今天必须还。', 'intimidation', '要脸吗');
    abusiveWith('【某某贷】您已逾期，您怎么好意思欠钱不还？', 'intimidation', '怎么好意思');
  });
  test("the children's schooling said to suffer", () => {
    abusiveWith('【某某贷】您的借款已逾期，再不还款将影响您子女上学、考公、参军。', 'intimidation');
  });
  test('mutual ruin promised over the debt', () => {
    abusiveWith('你欠的钱再不还，大家都别想好过。', 'intimidation', '大家都别想好过');
  });
});

describe('the lawful notice that uses the same words stays a reminder', () => {
  test.each([
    '【某某贷】您的借款已逾期，我司将安排工作人员依法上门催收，请配合。',
    '【某某贷】您的借款已逾期，我们将依法起诉并上报征信，请尽快通过官方APP还款。',
    '【某某贷】您的借款已逾期，我司已委托律师事务所处理，请尽快还款以免影响征信。',
    '【某某贷】您的借款已逾期，我们将联系您的紧急联系人核实您的联系方式。',
    '【某某贷】您已逾期，担保人将承担连带还款责任，请尽快处理。',
    '【某某贷】您的借款已逾期，我们将持续跟踪您的还款进度，请按时还款。',
    '【某某贷】您的借款已逾期，请您联系您的家人筹措资金，尽快还款。',
    '【某某贷】您的借款已逾期，我们已掌握您的住址，将依法寄送诉讼材料。',
  ])('%s', (t) => {
    expect(verdictOf(t)).toBe('reminder');
  });
  test("a loan application's employer check is not a claim over a debt", () => {
    expect(verdictOf('您的贷款申请审核中，您单位的电话我们已经打过了，请保持电话畅通。')).not.toBe(
      'abusive',
    );
  });
});

describe('the two look-alikes left last round, decided by principle', () => {
  // A lender has no business raising the family in a demand: asked whether they know, the
  // reader hears that they will be told. The offer to negotiate does not take it back.
  test('"does your family know?" in an overdue notice is a veiled exposure', () => {
    abusiveWith('您的借款已逾期，您的家人知道吗？请尽快联系客服协商还款。', 'intimidation');
  });
  // The emergency contact may be rung to reach the borrower; telling the borrower "we have
  // them all" has no purpose but pressure.
  test('"we have your emergency contacts\' numbers" said as pressure is exposure', () => {
    abusiveWith('您紧急联系人的电话我们都有，请尽快还款。', 'contact_exposure');
  });
  test('reaching the emergency contact to find the borrower is a reminder', () => {
    expect(verdictOf('您的借款已逾期，我们将联系您的紧急联系人核实您的联系方式。')).toBe(
      'reminder',
    );
  });
});

describe('short blunt lines with no debt word', () => {
  test.each([
    ['你家人知道吗', 'contact_exposure'],
    ['你单位知道你欠钱吗？', 'contact_exposure'],
    ['给你全家发短信', 'contact_exposure'],
    ['你全家都会知道', 'contact_exposure'],
    ['等着', 'intimidation'],
    ['你给我等着！', 'intimidation'],
    ['我们知道你住哪', 'intimidation'],
    ['今晚就上你家', 'intimidation'],
    ['我们带人去你公司', 'intimidation'],
    ['我们的人已经在你楼下', 'intimidation'],
  ] as Array<[string, SignalId]>)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '你家人知道吗？我怀孕了',
    '等着，我马上下楼',
    '今晚就上你家吃火锅',
    '我们知道你住哪，放心吧，明天去接你',
    '我明天直接去你公司',
    '马上到你家',
    '给你全家拜年啦',
    '不想让你爸妈担心吧，早点回家',
  ])('with a purpose or a kindness said it is not a threat: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('the written forms collectors use', () => {
  test('Cantonese: the family as the next stop (搵 as written)', () => {
    abusiveWith('你欠嘅錢幾時還？唔還就搵你屋企人。', 'contact_exposure');
  });
  test('Cantonese curse beside the threat', () => {
    abusiveWith('冚家鏟，唔還錢就搵人斬你', 'intimidation');
  });
  test('traditional characters in a notice', () => {
    abusiveWith('妳的借款已逾期，再不還款我們就通知妳的家人和公司同事。', 'contact_exposure');
  });
  test('spaced characters', () => {
    abusiveWith('你 家 人 知 道 吗', 'contact_exposure');
  });
  test('pinyin for the family, homophone for exposure', () => {
    abusiveWith('你的借款已逾期，再不还就通知你jia人。', 'contact_exposure');
    abusiveWith('你已逾期，今天不还就把你的照片爆光到朋友圈。', 'contact_exposure');
  });
  test.each(['bayar hutang segera', 'trả nợ đi', 'Có trả tiền hay không', '빨리 돈 갚아라'])(
    'a bare demand to pay in another language: %s',
    (t) => {
      abusiveWith(t, 'intimidation');
    },
  );
  test('a lender notice in Malay or English with a bill is not a bare demand', () => {
    expect(
      verdictOf('Sila bayar hutang anda RM120 sebelum 5 Disember melalui aplikasi rasmi.'),
    ).not.toBe('abusive');
    expect(verdictOf('Please pay your debt of $120 by 5 December in the official app.')).not.toBe(
      'abusive',
    );
  });
});

describe('more of the same behaviours in a polite notice', () => {
  test('the debt made public in a local group', () => {
    abusiveWith(
      '【某某贷】您已逾期，您的个人信息和欠款将在本地生活群公示。',
      'contact_exposure',
      '公示',
    );
  });
  test('a collection advert in the reader’s feed', () => {
    abusiveWith('【某某贷】您的借款已逾期，逾期不还将在您朋友圈投放催收广告。', 'contact_exposure');
  });
  test('a collection notice posted at the old home', () => {
    abusiveWith(
      '【某某贷】您已逾期，我们已在您的老家张贴了催收告示。',
      'contact_exposure',
      '催收告示',
    );
  });
  test('the family to suffer for it', () => {
    abusiveWith(
      '【某某贷】您已逾期，再不还款你的老婆孩子也会受到影响。',
      'intimidation',
      '受到影响',
    );
  });
  test.each([
    '【某某贷】您的欠款逾期未还，我司将根据合同约定联系您的紧急联系人，以便联系到您本人。',
    '【某某贷】您的逾期欠款已进入诉讼程序，法院将向您的户籍地址送达传票，请注意查收。',
    '【某某贷】您的借款已逾期，逾期将影响您家人的征信，请尽快还款。',
  ])('a lawful step to reach or serve the reader stays a reminder: %s', (t) => {
    expect(verdictOf(t)).toBe('reminder');
  });
  test('the file handed to the parents', () => {
    abusiveWith(
      '您好，这里是某某金融贷后部，您的账单已逾期，我们已经准备好了您的资料，明天会送到您父母手上。',
      'contact_exposure',
      '送到您父母手上',
    );
  });
  test("the debt taken up with the reader's boss", () => {
    abusiveWith(
      '【某某贷】您的借款严重逾期，我们将委派专人前往您工作单位，与您单位领导沟通您的欠款问题。',
      'contact_exposure',
      '单位领导沟通',
    );
  });
  test('the contact book asked to help repay', () => {
    abusiveWith(
      '【某某贷】您的借款已逾期，我方已对您的通讯录好友发起协助还款请求。',
      'contact_exposure',
    );
  });
  test('the family made to pay for it', () => {
    abusiveWith('【某某贷】您已逾期，别让你的家人为你的失信买单。', 'intimidation', '买单');
  });
  test('suggesting the family may help repay is no threat', () => {
    expect(verdictOf('【某某贷】您已逾期，如有困难，可以让您的家人为您还钱。')).toBe('reminder');
  });
  test('a notice board in the building is no posting', () => {
    expect(verdictOf('【某某物业】请在小区公告栏查看停水公示。')).not.toBe('abusive');
  });
});

describe('quoted collector lines with no debt word', () => {
  test.each([
    ['你老婆在医院上班是吧，我们明天去她单位坐坐', 'intimidation'],
    ['给你爸妈送花圈', 'intimidation'],
    ['老子知道你家在哪', 'intimidation'],
    ['我们知道你老婆在哪里上班', 'intimidation'],
    ['你儿子几点放学我们清楚得很', 'intimidation'],
    ['你家门口的红油漆是给你的警告', 'intimidation'],
    ['你家的地址我们已经发给当地的兄弟了', 'intimidation'],
    ['你爸妈年纪这么大了，经得起吓吗', 'intimidation'],
    ['你这辈子都别想安生', 'intimidation'],
    ['别给脸不要脸', 'intimidation'],
    ['你不要逼我们用其他手段', 'intimidation'],
    ['欠债还钱天经地义，你躲到天涯海角也没用', 'intimidation'],
    ['不还钱你试试', 'intimidation'],
    ['欠钱不还，你会付出代价的', 'intimidation'],
  ] as Array<[string, SignalId]>)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '他这人就是给脸不要脸',
    '我们给你外婆送了花圈，节哀',
    '你爸妈年纪大了，经不起惊吓，别告诉他们',
    '地址我发给快递兄弟了',
    '我们知道你老婆在哪里上班，到时候去接她',
  ])('the same words told of someone, or with a kindness, are not a threat: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('Taiwan and Hong Kong wording of the same threats', () => {
  test.each([
    ['再不還錢，就讓你全家好看', 'intimidation'],
    ['錢不還，就給你好看', 'intimidation'],
    ['我知道你女兒讀哪間學校', 'intimidation'],
    ['唔還錢就淋紅油', 'intimidation'],
    ['你再唔覆，我哋就上你公司', 'intimidation'],
    ['搵人打你', 'intimidation'],
    ['你個衰人，仲唔還錢', 'intimidation'],
    ['我會找人處理你', 'intimidation'],
    ['你給我記住', 'intimidation'],
    ['要錢還是要命', 'intimidation'],
    ['你以為不接電話就沒事了嗎', 'intimidation'],
    ['你的照片會貼滿你們社區', 'contact_exposure'],
    ['你欠的錢再不還，出門小心點', 'intimidation'],
  ] as Array<[string, SignalId]>)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '記住了',
    '路上小心點，到了告訴我',
    '最後淋上熱油即可',
    '找人打你電話問問',
    '你的照片會貼在小區宣傳欄，恭喜當選優秀業主',
    '尋人：你的照片我們已經貼滿了整個小區，快回家吧',
  ])('everyday words stay everyday: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});

describe('Spanish and Indonesian collection lines', () => {
  test.each([
    [
      'Estimado cliente, su préstamo está vencido. Si no paga hoy, contactaremos a sus familiares y a su empleador.',
      'contact_exposure',
    ],
    [
      'Su deuda está vencida. Ya avisamos a sus referencias personales que usted no paga.',
      'contact_exposure',
    ],
    [
      'Tagihan Anda sudah telat. Data Anda akan kami sebarkan ke grup WhatsApp kantor Anda.',
      'contact_exposure',
    ],
    ['Dasar maling, bayar utangmu atau kami datangi rumahmu.', 'intimidation'],
  ] as Array<[string, SignalId]>)('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    'Llamaremos a su familia para confirmar la cita del doctor.',
    'Mohon sebarkan info lowongan kerja ini ke teman-teman.',
    'Maling motor tertangkap warga tadi malam.',
    'Su préstamo está vencido. Si no paga hoy, le llamaremos a su celular.',
  ])('the same words with no debt told to anyone are not abuse: %s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
  });
});
