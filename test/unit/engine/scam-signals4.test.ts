// Fourth round (issue 8): a scam shows the behaviours its text carries, not only the one that
// decided the verdict, and short real scripts land on the behaviour they show. Each behaviour
// has a near miss a real lender, court or police station would send, which must stay as it is.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { check, ids, scamWith, shown } from '../../helpers/checker';

// The rules' own verdicts: the learned second opinion has its own tests (test/unit/model).
beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('a fake authority is shown as the authority, beside what it asks for', () => {
  test('a "judge" asking for a deposit shows the fee, the account and the authority', () => {
    const t =
      '您好，我是法院执行局的张法官，您有一起借款纠纷案件已进入执行程序，需要先缴纳执行保证金3000元到法院指定账户。';
    const r = scamWith(t, 'advance_fee', 'pay_to_unofficial_account', 'authority_threat');
    expect(shown(t, r, 'authority_threat')).toContain('张法官');
  });
  test('a regulator persona selling relief for a fee', () => {
    const t = '你好，我们这边是银保监会的，所有网贷都可以申请减免，只需要缴纳500元手续费。';
    const r = scamWith(t, 'authority_threat');
    expect(shown(t, r, 'authority_threat')).toContain('银保监会');
  });
  test('an anti-fraud centre asking for a screen share', () => {
    scamWith(
      '我是市反诈中心的，你的账户被冒用了，你下载一个会议软件共享屏幕。',
      'remote_control',
      'authority_threat',
    );
  });
  test('a summons served by message', () => {
    const t = '我们最后一次通知你，你有一张法院的传票，请尽快领取。';
    const r = scamWith(t, 'authority_threat');
    expect(shown(t, r, 'authority_threat')).toContain('传票');
  });
  test('a credit-bureau persona is impersonation, not an arrest or a suit', () => {
    const t = '您好，这里是人民银行征信中心，您有一条不良记录可以申请消除，需要您提供短信验证码。';
    const r = scamWith(t, 'credential_request');
    expect(ids(r)).not.toContain('authority_threat');
  });
  test('a real police notice that asks for nothing stays what it was', () => {
    const t = '【某某市公安局】提醒您：公安机关不会通过电话要求转账，接到此类电话请立即挂断。';
    const r = check(t);
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('authority_threat');
  });
});

describe('short loan scripts land on the behaviour they show', () => {
  test('a limit raised for a fee is the paid-fix script', () => {
    const t = '帮你提额，包过，先交服务费500元';
    const r = scamWith(t, 'credit_repair');
    expect(shown(t, r, 'credit_repair')).toContain('提额');
  });
  test('a credit score raised for you by a go-between', () => {
    scamWith('您的征信评分不足，需要找一位征信良好的见证人帮您提高征信评分。', 'credit_repair');
  });
  test("a bank's own raise, or its instalment fee, is no such offer", () => {
    for (const t of [
      '【某银行】恭喜您，信用卡额度已提升至50000元，详情请查看手机银行App。',
      '【某银行】您可申请提高临时额度，账单分期手续费享8折，详询官方客服。',
      '您的借款额度已提升，无需任何费用，请在App内查看。',
    ]) {
      const r = check(t);
      expect(r.verdict).not.toBe('scam');
      expect(ids(r)).not.toContain('credit_repair');
    }
  });
  test('no payment, no loan: the fee as the condition of the release', () => {
    const t = '不缴就无法拨款';
    const r = scamWith(t, 'advance_fee');
    expect(shown(t, r, 'advance_fee')).toBe('不缴就无法拨款');
  });
  test("repaying the debt before drawing again is the lender's own rule", () => {
    const r = check('您的借款已逾期，未缴清欠款将无法提现，请在App内还款。');
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('advance_fee');
  });
  test('a card number said to be wrong is the cause of the unfreezing script, not an ask', () => {
    const t = '您的贷款已审批通过，因银行卡号填写错误，资金已被冻结，请联系客服解冻。';
    const r = scamWith(t, 'advance_fee');
    expect(ids(r)).not.toContain('credential_request');
  });
  test('money sent "to this card" is payment to someone else\'s account', () => {
    scamWith('爸妈，我被公安抓了，请速打3000元到这卡上，不让打电话。', 'pay_to_unofficial_account');
  });
});

describe("once it is a scam, the contact it offers is the scam's own", () => {
  test('a summons with a link to open shows the link', () => {
    const t =
      '【法院通知】您有一份电子传票待签收，案由：网络借款合同纠纷，请点击 fy-chuanpiao.cn/s/82 查看，未签收视为放弃答辩。';
    const r = scamWith(t, 'authority_threat', 'unofficial_link');
    expect(shown(t, r, 'unofficial_link')).toBe('fy-chuanpiao.cn/s/82');
    expect(r.entities.find((e) => e.kind === 'link')?.status).toBe('unofficial');
  });
  test('a refund scam with a QQ to add shows the QQ', () => {
    const t =
      '【铁路12306】您的列车因故停运，可获3.5倍退票补偿，请添加退票客服QQ：2319457082 办理。';
    scamWith(t, 'unofficial_number');
  });
  test("a lender's reminder with its own unknown link stays a reminder, the link unverified", () => {
    const t = '【某某消费金融】您本期账单1280.00元将于12月5日到期，请登录 mxjr-app.com 按时还款。';
    const r = check(t);
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('unofficial_link');
  });
  test('a hotline after an account word is a phone number, not a card to pay into', () => {
    const t =
      '【金融监管总局】您名下网贷账户存在违规高息，须于规定时间内完成清退，未清退账户将纳入征信黑名单，清退热线：0898-6631-2047。';
    const r = scamWith(t, 'unofficial_number', 'authority_threat');
    expect(ids(r)).not.toContain('pay_to_unofficial_account');
    expect(r.entities.find((e) => e.text === '0898-6631-2047')?.kind).toBe('phone');
  });
});

describe('a scam shows the app it installs and the code it takes', () => {
  test('an app to download from a scanned code', () => {
    const t =
      '您好，我们是分期乐售后。平台需要退还您多收取的利息2,380元，请扫描下方二维码下载“乐退款”App，按提示填写银行卡信息即可到账。';
    const r = scamWith(t, 'remote_control');
    expect(shown(t, r, 'remote_control')).toContain('乐退款');
  });
  test('a password typed into the page a phishing link opens', () => {
    const t =
      '您好，检测到您的微信支付存在风险，请立即点击链接 wx-pay-safe.com 进行身份验证并输入支付密码。';
    const r = scamWith(t, 'unofficial_link', 'credential_request');
    expect(shown(t, r, 'credential_request')).toContain('输入支付密码');
  });
  test("a real service's own code message is no scam and asks for no code", () => {
    const r = check('【某某银行】验证码 382910，您正在登录手机银行，请勿告诉他人。');
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('credential_request');
  });
});

describe('the loan scripts that read like a reminder', () => {
  test('repayment sent to an account the message gives', () => {
    const t = '你的还款账户异常，本期请还款到以下账户';
    const r = scamWith(t, 'pay_to_unofficial_account');
    expect(shown(t, r, 'pay_to_unofficial_account')).toContain('还款到以下账户');
  });
  test("repayment into the reader's own card is a reminder", () => {
    const r = check('【某某消费金融】您本期应还1280.00元，请于12月5日前还款到您尾号1234的银行卡。');
    expect(r.verdict).toBe('reminder');
  });
  test('a contract to sign again, or the credit record suffers', () => {
    scamWith(
      '你好，我是某某贷款的客服，您的借款合同存在问题，需要重新签约，否则影响征信。',
      'account_cancellation',
    );
  });
  test('repay, or the credit record suffers: what real reminders say', () => {
    const r = check('您在某某平台的借款已逾期3天，请及时还款，否则将影响您的征信。');
    expect(r.verdict).toBe('reminder');
  });
  test('loan insurance or interest "owed back" through someone to add or an app to install', () => {
    scamWith('你在某某平台借款时购买的保险可以申请退还，请添加客服处理。', 'debt_relief_agency');
    scamWith(
      '您好，您的借款利率超过国家规定的24%，超出部分可以退还，请下载APP申请。',
      'debt_relief_agency',
    );
  });
  test('a refund already made to the original account is no lure', () => {
    const r = check('【某某消费金融】您多支付的利息已退还至原支付账户，请注意查收。');
    expect(r.verdict).not.toBe('scam');
  });
});

describe('a fee the scam asks for is shown as the fee', () => {
  test('a kickback asked for arranging a loan', () => {
    const withCard =
      '为您办了这么大一笔数额，得给我个人点好处费，转到这个卡号 6222021234567890123。';
    const r2 = scamWith(withCard, 'pay_to_unofficial_account', 'advance_fee');
    expect(shown(withCard, r2, 'advance_fee')).toContain('好处费');
  });
});

describe('a fee to make a case go away', () => {
  test('"想撤诉就先交撤诉费" is a scam that shows the fee and the court', () => {
    const t = '我是法务部的，你的案子已经移交法院，明天传票就到你家，想撤诉就先交5000块撤诉费。';
    const r = scamWith(t, 'advance_fee', 'authority_threat');
    expect(shown(t, r, 'advance_fee')).toContain('撤诉费');
  });
  test("a court's own cost order or a bank's warning about such fees is no scam", () => {
    for (const t of ['本案受理费50元，由被告负担。', '我行从未要求客户交撤诉费，请勿相信。']) {
      const r = check(t);
      expect(r.verdict).not.toBe('scam');
      expect(ids(r)).not.toContain('advance_fee');
    }
  });
  test('a bank\'s "case" is not a court', () => {
    const t =
      '您好，这里是某某银行客服中心，您的账户有异常交易，请提供验证码，我们会尽快处理您的案件。';
    const r = scamWith(t, 'credential_request');
    expect(ids(r)).not.toContain('authority_threat');
  });
});

describe('offers and alarms in one line', () => {
  test('a lower rate offered with a reply to send', () => {
    scamWith('您好，您在我司的贷款可以申请降低利息，请回复1办理', 'loan_lure');
  });
  test('a loan "approved" with a reply to take it', () => {
    scamWith('您的贷款已获批，月息低至0.3%，回复Y领取', 'loan_lure');
  });
  test("a bank's rate cut taken in its own app is no lure", () => {
    const r = check('【某某银行】您的个人住房贷款利率将下调至3.5%，详情请登录手机银行查看。');
    expect(r.verdict).not.toBe('scam');
  });
  test('a loan frozen by a "system fault", to be sorted out with customer service', () => {
    scamWith('您的借款已到账，但因系统故障被冻结，请联系客服处理', 'advance_fee');
  });
  test('a record to be removed "for free" at a link', () => {
    scamWith(
      '尊敬的用户，您的贷款逾期记录可以在这个月底前免费消除，请点击链接申请',
      'credit_repair',
    );
  });
  test('a limit not drawn "harms the credit record"', () => {
    scamWith(
      '您好，我们这边是某某金融的，您的额度已经激活，今天不提现的话会自动失效并影响征信',
      'account_cancellation',
    );
  });
  test('an overdue record kept after repayment is what lenders say', () => {
    const r = check('温馨提示：逾期记录在结清后保留5年，不会消除，请按时还款，详情请在App内查看。');
    expect(r.verdict).not.toBe('scam');
    expect(ids(r)).not.toContain('credit_repair');
  });
});
