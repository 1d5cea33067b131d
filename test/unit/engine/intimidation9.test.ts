// Ninth-round intimidation (written from knowledge, not from misses): menacing hints phrased
// politely or in a businesslike tone inside an otherwise normal overdue reminder (due date,
// amount, lender), and the same hints as short blunt lines; insults woven into a reminder. A
// collector may state lawful consequences (罚息, 征信, 依法追究) and may visit with two staff
// (CBA 2026 guideline art. 22); what is prohibited is 恐吓、辱骂、威胁 — harm left hanging over
// the reader, their people, home or body. Each behaviour sits beside the lawful notice or
// everyday message that uses the same words. Messages written here.
import { abusiveWith, check, ids } from '../../helpers/checker';

const verdictOf = (text: string) => check(text).verdict;
function menaced(t: string): void {
  abusiveWith(t, 'intimidation');
}

const SMS = '【某某贷】尊敬的张先生，您的借款3200元已于11月25日到期，目前逾期7天。';
const SMS_T = '【某某貸】尊敬的張先生，您的借款3200元已於11月25日到期，目前逾期7天。';
const CALL = '催收员：喂，是张三吗？你在某某分期的2800块已经逾期半个月了。';
const VISIT =
  '外访记录：11月30日上门，债务人李四在某某消费金融借款5000元，逾期60天，外访员当面告知：';
const CHAT = '某某金融客服：您好，您在我司的借款1560元今天已到期未还。';

describe('menacing hints inside a reminder-style notice', () => {
  test.each([
    `${SMS}今天不处理，后果自负。`,
    `${SMS}请今天18点前还款，否则别怪我们不客气。`,
    `${SMS}如不还款，我们会采取一切手段。`,
    `${SMS}再拖下去，到时候发生什么我们不负责。`,
    `${SMS}还不还，你自己掂量。`,
    `${SMS}钱今天必须到账，你好自为之。`,
    `${SMS}你也不想家里出什么事吧？`,
    `${SMS}我们知道你住哪，也知道你孩子在哪上学。`,
    `${SMS}不还款我们就天天上门，直到你还为止。`,
    `${SMS}再不还，我们会让你在当地抬不起头。`,
    `${SMS}不处理就等着社会性死亡吧。`,
    `${SMS}今天不还，我们就派人24小时跟着你。`,
    `${SMS}我们的人已经在你家附近了，你自己看着办。`,
    `${SMS_T}今天不處理，後果自負。`,
    `${SMS_T}否則別怪我們不客氣。`,
    `${SMS_T}我們會採取一切手段，到時候發生什麼我們不負責。`,
    `${SMS_T}你也不想家裡出什麼事吧？`,
    `${SMS_T}我們知道你住哪，你自己掂量。`,
    `${SMS_T}不還就派人24小時跟著你。`,
    `${SMS_T}我們的人已經在你家附近了。`,
    `${CALL}你今天不还，后果你自己承担，别怪我们不客气。`,
    `${CALL}我跟你讲，我们有的是办法，你家住哪我们一清二楚。`,
    `${CALL}你不想你老婆孩子出什么事吧？`,
    `${CALL}我们的人就在你小区门口，你自己掂量掂量。`,
    `${VISIT}你孩子在哪个学校上学我们都知道，好自为之。`,
    `${VISIT}不还的话我们天天来，直到你还为止。`,
    `${VISIT}再不还就让你在村里抬不起头。`,
    `${CHAT}请您尽快处理，否则我们将采取一切手段，后果自负。`,
    `${CHAT}您也不希望家人出什么意外吧。`,
    `${CHAT}我们已经安排人在您家附近了，今天务必还款。`,
  ])('%s', (t) => menaced(t));
});

describe('insults woven into a reminder', () => {
  test.each([
    `${SMS}你这个老赖，赶紧还钱。`,
    `${SMS}欠钱不还的骗子，今天必须处理。`,
    `${SMS}你还要不要脸？借钱不还。`,
    `${SMS}畜生都知道欠债还钱。`,
    `${CALL}你就是个老赖，还不还？`,
    `${CHAT}您这种不要脸的人我们见多了，请今天还款。`,
    `${SMS_T}你這個老賴，趕緊還錢。`,
    `${SMS_T}欠錢不還的騙子，今天必須處理。`,
  ])('%s', (t) => menaced(t));
});

describe('short blunt lines', () => {
  test.each([
    '不还钱后果自负',
    '欠的钱再不还，别怪我们不客气',
    '欠款不还，我们会采取一切手段',
    '钱不还，到时候发生什么我们可不负责',
    '欠钱不还？你自己掂量吧',
    '你也不想家里出什么事吧，赶紧还钱',
    '我们知道你住哪',
    '我们知道你孩子在哪上学',
    '不还钱就天天上门，直到你还为止',
    '不还就让你在当地抬不起头',
    '欠钱不还就等着社会性死亡',
    '再不还就派人24小时跟着你',
    '我们的人已经在你家附近了',
    '我們的人已經在你家附近了',
    '欠錢不還，後果自負',
    '你不想家裏出什麼事吧',
  ])('%s', (t) => menaced(t));
});

// A second batch, written after the first fix and run before any further code: 15 of 25 were
// caught then; the misses (harm to the children put as "aren't you afraid", the family's safety as
// the reason to pay, harm the speaker will not "guarantee", a payback promised, following until
// paid, fame in the village, "我们一清二楚") were fixed by behaviour.
describe('second batch: the same menace in other words', () => {
  test.each([
    '【某某贷】您的借款2100元已逾期5天。出了事别怪我们没提醒你。',
    '【某某贷】您的借款2100元已逾期5天。你不怕你孩子出事吗？',
    '【某某贷】您的借款2100元已逾期5天。你家人的安危你自己考虑清楚。',
    '【某某贷】您的借款2100元已逾期5天。我们可不敢保证你家里人不出事。',
    '【某某贷】您的借款2100元已逾期5天。你小孩放学路上注意点。',
    '【某某贷】您的借款2100元已逾期5天。到时候别哭着求我们。',
    '【某某贷】您的借款2100元已逾期5天。今天不还，明天你就知道我们的厉害。',
    '【某某贷】您的借款2100元已逾期5天。别逼我们用别的方式找你。',
    '【某某贷】您的借款2100元已逾期5天。我们会一直跟到你还钱为止。',
    '【某某贷】您的借款2100元已逾期5天。我们的同事已经到你单位楼下了。',
    '【某某贷】您的借款2100元已逾期5天。你在哪上班我们一清二楚。',
    '【某某贷】您的借款2100元已逾期5天。你这种人就是社会的垃圾。',
    '【某某贷】您的借款2100元已逾期5天。你全家都是老赖。',
    '【某某貸】您的借款2100元已逾期5天。出了事別怪我們沒提醒你。',
    '【某某貸】您的借款2100元已逾期5天。你不怕你孩子出事嗎？',
    '催收员：你欠的钱今天到底还不还？不还的话你晚上回家路上小心点。',
    '催收员：欠款你再拖，我们就让你在你们村出名。',
    '催收员：我们已经派人去你老家了，你自己想想后果。',
    '外访记录：当面告知债务人，若再不还款，将让其在小区里待不下去。',
    '客服：您的欠款已逾期，我们无法保证接下来会发生什么。',
    '客服：您的借款逾期了，建议您为家人的安全着想，尽快还款。',
    '欠钱不还，你家门口以后天天有人守着',
    '再不还钱你就等着瞧',
    '不还钱我们让你全家不得安宁',
    '你那么喜欢躲，看看你能躲几天',
  ])('%s', (t) => menaced(t));
});

describe('near misses: lawful consequences, care and everyday speech are not menace', () => {
  test.each([
    // A lawful consequence stated is information, not a threat.
    `${SMS}逾期将产生罚息并影响征信，后果请知悉。`,
    `${SMS}如仍未还款，我司将依法追究。`,
    // "好自为之" followed by the lawful act it asks for (pay on time) names no harm left
    // hanging: a stern admonition, not 恐吓. Bare "你好自为之" after a deadline (above) is.
    `${SMS}请您好自为之按时还款。`,
    '【某某银行】请保管好您的个人信息，切勿向他人透露验证码。',
    `${SMS}我们已安排工作人员与您联系，请保持电话畅通。`,
    '你再不回家试试，饭都凉了',
    '限时秒杀，错过后果自负哦！',
    `${SMS}逾期可能产生的后果由您自行承担，详见借款合同。`,
    '【某某银行】您的信用卡账单已出，请按时还款以免影响征信，如已还款请忽略。',
    '妈：我知道你住哪，周末给你送饺子过去。',
    '周末去你家附近的商场逛逛吧',
    '你也不想家里出什么事吧，出门前把煤气关了',
    '游泳馆须知：未成年人单独下水，发生任何意外我们概不负责。',
    `${SMS}如仍未还款，我司将采取一切法律手段追回欠款。`,
    '这道题你自己掂量，选A还是选B',
    `${SMS}为了您的信用着想，请按时还款。`,
    '燃气公司提醒：为了家人的安全着想，请定期检查燃气管道。',
    '我们一定让您的店铺在全城出名，首月推广费八折。',
    `${SMS}我们会持续跟进，直到您还清为止，如有困难可申请延期。`,
    '你不怕孩子出事吗？让他一个人去河边游泳',
    '我们无法保证审核一定通过，请耐心等待。',
  ])('%s', (t) => {
    expect(verdictOf(t)).not.toBe('abusive');
    expect(ids(check(t))).not.toContain('intimidation');
  });
});
