// Nineteenth round (everyday19.ts): everyday money talk the scam rules used to read as a script —
// the speaker moving their own money or paying the reader, the payee a bank tells the reader to
// type in and check, a new account's opening deposit that stays the reader's, a refundable deposit
// to a landlord, an ETC issuer or a gym, a lender's own fee refund, advice to trade on the
// platform. Beside them, the scripts with the same parts that must stay scam. Texts written for
// these tests, not taken from the corpus. The rules' own verdicts: the learned second opinion has
// its own tests (test/unit/model).
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { notScam, scamWith } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

const EVERYDAY: Array<[string, string[]]> = [
  [
    'the speaker moves their own money',
    [
      '我用信用卡额度转到这个账户还了房贷',
      '我把借呗额度提出来了，转到我的账户还房贷',
      '我把工资转到这个账户存起来了',
      '我昨天把花呗额度转到我的账户上，还了车贷',
    ],
  ],
  [
    'the speaker pays the reader first',
    [
      '我先转一下借款给你，你下个月退给我就行',
      '我先转一下借款给你，等你发了工资再说',
      '我先转借款给你，下个月你再还我',
    ],
  ],
  [
    'the payee the reader types in and checks',
    [
      'ATM转账请输入收款人卡号并仔细核对',
      '柜台转账请填写收款人账户，转出前仔细核对',
      '网银汇款需输入收款方账号，请认真核对',
    ],
  ],
  [
    "a new account's opening deposit that stays the reader's",
    [
      '开户需存入10元激活账户，可随时取出',
      '新开的银行卡要存入1元激活账户，之后可以随时支取',
      '办新卡需要存入50元到账户里，钱随时可以取出',
    ],
  ],
  [
    'a refundable deposit to an everyday party',
    [
      '办理ETC需要存入200元保证金，注销时全额退还',
      '你先转一下押金给我，退房时原路退回',
      '健身卡需要交500元押金，退卡时全额退还',
      '租车需交3000元押金，还车后原路退回',
      '酒店入住需交押金300元，离店时原路退回',
    ],
  ],
  [
    "a lender's own fee refund",
    [
      '【招联金融】您的额度已激活，可随时在APP提款，按日计息，活动期间提前还款手续费全额退还，详询官方客服。',
      '您的信用卡分期已办理，提前还款手续费全额退还至原卡',
      '【某某银行】您的消费贷额度已激活，本月内提前还款的，已收手续费全额退还至还款账户',
      // Early settlement is the contract's own term: no agency clawing interest back.
      '【某某银行】尊敬的客户，您的消费贷已放款，本月提前结清可全额退还利息手续费',
      '您好，本平台规定提前还款将退还剩余期数的利息，请在APP内操作',
    ],
  ],
  [
    'advice to trade on the platform',
    [
      '装备私下交易不安全，还是先付款后在平台发货吧',
      '游戏币私下交易没保障，咱们还是在平台上先付款后发货',
      '账号私下转账容易被骗，还是走平台担保吧',
    ],
  ],
  [
    "a shop's stored-value bonus",
    ['这家店充值100送20，挺划算的，你也充一点', '理发店办卡充500送100，你也办一张'],
  ],
];

const SCAM: Array<[string, SignalId]> = [
  // The reader's credit line or money moved where the caller says.
  ['你把借呗额度提出来，转到我的账户', 'pay_to_unofficial_account'],
  ['把你的额度转到这个账户激活一下', 'pay_to_unofficial_account'],
  ['转账时请输入收款人卡号6222021234567890123，收款人王伟', 'pay_to_unofficial_account'],
  // A "refundable" deposit to unlock a loan, or paid into someone's account.
  ['贷款审批通过，需先存入2000元保证金激活额度，放款后全额退还', 'advance_fee'],
  ['贷款账户需存入5000元激活才能放款，放款后可随时取出', 'advance_fee'],
  ['请将保证金500元转到财务个人账户，验证后全额退回', 'pay_to_unofficial_account'],
  ['先交押金解冻账户，解冻后原路退回', 'advance_fee'],
  ['办理ETC需先交200元保证金到这个账户，注销时全额退还', 'pay_to_unofficial_account'],
  ['租房押金请今天内转到房东指定的个人账户，退房时退还', 'pay_to_unofficial_account'],
  ['ETC保证金200元请打到6222021234567890123卡上，注销时全额退还', 'advance_fee'],
  ['办理ETC需立即存入200元保证金，否则影响通行，注销时全额退还', 'advance_fee'],
  ['租房分期贷款需先交押金，退房时全额退还', 'advance_fee'],
  ['兼职入职需交押金200元，离职时全额退还', 'advance_fee'],
  // The speaker moving or paying money, with the reader then asked to pay.
  ['我用信用卡额度转到这个账户，你也转一点', 'pay_to_unofficial_account'],
  ['我先转借款给你，你先交个押金', 'advance_fee'],
  ['我先转一下借款给你，你需要先交500元保证金才能到账', 'advance_fee'],
  // Recharge-then-rebate, on a platform with an ask.
  ['先充值再返现，做完任务充值500返650，你也来试试', 'investment_lure'],
  ['这个平台充值100返20，相当于赚了20，你也充一点', 'investment_lure'],
  // The practice proposed, not advised against; a premium refund sold for a fee.
  ['装备私下交易便宜一半，你先付款我再发货', 'pay_to_unofficial_account'],
  ['我们能帮你全额退保，只收少量服务费', 'fake_reward'],
  // Interest "clawed back" by someone in between, even with the contract's words.
  ['网贷提前结清还能退回利息，专业律师团队帮你操作，加V了解', 'debt_relief_agency'],
  ['专业团队帮你退回高额利息和砍头息，详情加微信abc123', 'debt_relief_agency'],
];

describe('everyday19: everyday money talk stays genuine', () => {
  for (const [name, texts] of EVERYDAY)
    test.each(texts)(`${name}: %s`, (t) => {
      notScam(t);
    });
});

describe('everyday19: the scripts with the same parts stay scam', () => {
  test.each(SCAM)('%s', (t, id) => {
    scamWith(t, id);
  });
});
