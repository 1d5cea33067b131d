// Ninth-round contact exposure: forms the eighth round did not cover. The debt already reached
// the reader's people with no verb of the lender's ("您的紧急联系人已收到您的逾期通知"); the
// reader's people as the recipient of a letter or a message ("律师函副本送达您单位"); a demand to
// pay or press routed through them ("请您的家人督促您还款"); the debt put in a medium they see
// (业主群, 朋友圈, 抖音, a poster at the village gate, the newspaper); a third party asked to
// "help" (村委会协助, 单位领导帮忙处理); conditional and rhetorical forms ("你是想让你爸妈来还吗？").
// Collection is from the debtor and the guarantor only; a third party may be reached only when
// the debtor cannot be, and never told of the debt (facts.md section 3). Near misses: the
// borrower's own choice, the guarantor (a party to the debt), contacts updated, anti-fraud lines,
// community notices, a court's lawful service, parcels. Messages written here.
import { abusiveWith, notAbusive } from '../../helpers/checker';

function expectExposure(t: string): void {
  abusiveWith(t, 'contact_exposure');
}
function expectNoExposure(t: string): void {
  notAbusive(t, 'contact_exposure');
}

describe('the debt already reached them, no verb of the lender', () => {
  test.each([
    '【某某贷】您的借款已逾期10天，您的紧急联系人已收到您的逾期通知，请尽快还款。',
    '你同事应该都知道了吧，还不赶紧还钱？',
    '你欠的钱，你老婆那边我们已经说过了，你自己看着办。',
    '（来电）您的欠款情况，您父母那边已经清楚了，您看今天能不能处理。',
    '（微信）你欠钱的事你们领导已经知道了，明天之前把钱还上。',
    '【某某贷】您的借款逾期未还，您的家属已获悉您的欠款情况，请于今日内处理。',
    '（上门）你们村里人现在都知道你欠钱不还了。',
    '【某某貸】您的借款已逾期，您的緊急聯絡人已收到您的逾期通知，請盡快還款。',
    '你同事應該都知道了吧，還不趕緊還錢？',
    '（來電）您的欠款情況，您父母那邊已經清楚了，請今天處理。',
  ])('%s', expectExposure);
});

describe("the reader's people as the recipient of a letter or message", () => {
  test.each([
    '【某某贷】您的借款已逾期，催收函将同时寄往您的户籍地，请尽快处理。',
    '【法务部】您的欠款逾期已久，律师函副本送达您单位，请知悉。',
    '你再不还，通讯录好友都会收到提醒短信。',
    '【某某贷】您的借款已逾期，逾期告知书将一并寄至您父母家中。',
    '【某某贷】您的欠款如仍不处理，您的亲友将陆续收到我司的催款短信。',
    '（微信）今晚你微信好友都会收到你的欠款信息。',
    '【某某貸】您的借款已逾期，催收函將同時寄往您的戶籍地，請盡快處理。',
    '【法務部】您的欠款逾期已久，律師函副本送達您單位，請知悉。',
  ])('%s', expectExposure);
});

describe('a demand routed through them', () => {
  test.each([
    '【某某贷】您的借款已逾期，请您的家人督促您还款。',
    '【某某贷】您的欠款逾期未还，我们会请您的担保人以外的亲友代为转告。',
    '（来电）这个钱要是你不还，那就让你爸妈来还。',
    '【某某贷】您的借款已逾期，烦请您的家属提醒您尽快还款。',
    '（微信）我会让你同事催你还钱的。',
    '【某某贷】您的借款逾期，我司将请您的亲属代为偿还。',
    '【某某貸】您的借款已逾期，請您的家人督促您還款。',
    '（來電）這個錢你要是不還，那就讓你爸媽來還。',
  ])('%s', expectExposure);
});

describe('the debt put where they see it', () => {
  test.each([
    '你再不还钱，我就在你们小区业主群发一下你欠钱的事。',
    '欠款再不还，明天就把你的欠款信息发朋友圈公开。',
    '不还钱就把你欠钱的事发抖音，让大家评评理。',
    '你的欠款我们会在微博上公开，你自己掂量。',
    '再拖就把你做成海报贴你村口。',
    '【某某贷】您的借款已严重逾期，如仍不处理，我司将登报公告您的欠款。',
    '（微信）今天不还就在你老家村口拉横幅。',
    '再不还款，我们就登报声明你欠款不还。',
    '你再不還錢，我就在你們小區業主群發一下你欠錢的事。',
    '再拖就把你做成海報貼你村口。',
  ])('%s', expectExposure);
});

describe('a third party asked to help', () => {
  test.each([
    '【某某贷】您的借款已逾期，我们会请你们村委会协助处理。',
    '（来电）你不处理的话，我们只好让你单位领导帮忙处理了。',
    '【某某贷】您的欠款逾期未还，我司将请求您所在社区协助催缴。',
    '（上门）我们已经请你们居委会帮忙找你了，你欠的钱尽快还。',
    '【某某貸】您的借款已逾期，我們會請你們村委會協助處理。',
    '（來電）你不處理的話，我們只好讓你單位領導幫忙處理了。',
  ])('%s', expectExposure);
});

describe('conditional and rhetorical forms', () => {
  test.each([
    '你欠的钱到底还不还？你是想让你爸妈来还吗？',
    '欠款一直拖着，要不要我们打给你领导聊聊？',
    '你是不是想让你老婆知道你欠钱的事？',
    '逾期这么久了，你想让你们公司的人都知道吗？',
    '你再不还，你家里人迟早会知道的。',
    '要不要我们去你单位坐坐，跟你同事说说你欠钱的事？',
    '你欠的錢到底還不還？你是想讓你爸媽來還嗎？',
    '欠款一直拖著，要不要我們打給你領導聊聊？',
  ])('%s', expectExposure);
});

describe('near misses: the borrower and the guarantor, updates, warnings, notices, courts', () => {
  test.each([
    // The guarantor is a party to the debt; the reader told to reach them is no disclosure.
    '【某某贷】您的借款已逾期，如需担保人代偿，请您自行告知担保人。',
    '【某某银行】您担保的借款已逾期，请您作为担保人尽快履行担保责任。',
    '【某某贷】尊敬的客户，请及时更新您的联系人信息，以便我们为您提供服务。',
    '【某某贷】您本期账单已还清，如您已还款请忽略本短信。',
    '【某某银行】近期冒充客服诈骗高发，请告诉家人谨防诈骗。',
    '【某某社区】本周六开展义诊活动，请业主在群里报名。',
    '【某某人民法院】您的案件材料，法院将依法送达，请注意查收。',
    '【某某快递】您的快递已到，如不在家请家人代收快递。',
    '【某某银行】温馨提示：您可邀请家人一起开通家庭账户，共享积分。',
    '【某某小区物业】请各位业主在业主群关注停水通知。',
    '【某某贷】您的借款将于明日到期，如已还款请忽略，请勿向任何人透露验证码。',
    '【某某貸】如您已還款請忽略本短信。',
    '【某某銀行】近期冒充客服詐騙高發，請告訴家人謹防詐騙。',
    '【某某贷】我司不会联系您的家人，也不会在朋友圈公开您的信息，请放心。',
    // A spouse who signed as co-borrower knows of the debt by their own act; a court's own
    // notice by newspaper is lawful service.
    '【某某银行】您的贷款本月到期，您的配偶已知悉并签署共同还款承诺书，请按时还款。',
    '【某某人民法院】本院将依法登报公告送达，请被告按期到庭。',
  ])('%s', expectNoExposure);
});
