// Twelfth round, repayment diverted and relief agents: a "new / special repayment channel" sent by
// message, a collector's threat fixed through a link the message hands over, debt-negotiation
// agents, and a recorded voice about a card fault with a key to press for a "human". Beside each,
// the lender's or office's own words with the same parts, which must stay genuine.
import { check } from '../../helpers/checker';

function ids(t: string): string[] {
  return check(t).signals.map((s) => s.id);
}

describe('a new or special repayment channel offered by the message', () => {
  test.each([
    '某某借推出专属还款通道，逾期用户请尽快通过新通道结清。',
    '通知：原还款方式已停用，请通过新的还款渠道完成本期还款。',
    '您的欠款可使用我司开通的绿色还款入口处理。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('pay_to_unofficial_account');
  });

  test.each([
    '我司不会通过短信提供其他还款渠道，请勿相信所谓专属还款通道。',
    '【某某银行】您的借款本期应还1,200.00元，请在APP内还款或保持绑定银行卡余额充足。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe("a collector's threat fixed through the message's link", () => {
  test.each([
    '你的网贷已逾期多日，马上上报征信，请立即点击链接还款。',
    '借款逾期未还，已移交公安处理，点击链接处理可撤销记录。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('pay_to_unofficial_account');
  });

  test.each([
    '您的还款日已到，请登录网站或打开某某分期APP还款，逾期将产生滞纳金。',
    '【某某消费金融】您的借款已逾期3天，请尽快在APP内还款，逾期记录将按规定报送征信。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('debt-negotiation agents', () => {
  test.each([
    '专业代替协商，各大平台网贷均可免息延期，保证不被起诉。',
    '本团队可与银行进行后端协商，帮你解决逾期问题。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('debt_relief_agency');
  });
});

describe('a recorded voice about a card fault with a key to press', () => {
  test('fault plus phone menu', () => {
    const t = '您的社保卡出现异常，今日内将停止服务，详情请按1进入人工服务。';
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('service_suspension');
  });

  test('a phone menu with no fault stays genuine', () => {
    expect(check('您好，这里是某某银行，查询账单请按1，人工服务请按9。').verdict).toMatch(
      /^(reminder|unrelated)$/,
    );
  });
});

describe('a recorded voice with a menu key and a parcel or a bill', () => {
  test.each([
    '这里是快递服务中心，您有一个快递无法派送，详情请按0号键进入人工服务。',
    '您的手机已欠费停机前提醒，如需了解请拨1号键转人工服务。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('service_suspension');
  });

  test('a carrier naming its own line stays genuine', () => {
    expect(
      check('【中国移动】您的话费已欠费12.30元，请及时缴费，咨询请拨打10086。').verdict,
    ).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('e-banking said to lapse, fixed by a log-in the message sends you to', () => {
  test.each([
    '尊敬的用户，您的网上银行将于今日失效，请及时用手机登录进行实名补录。',
    '您的电子密码器将于次日过期，请登入我行手机网重新激活。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
  });

  test.each([
    '【某某银行】您的U盾证书将于2026年09月30日到期，请登录网上银行更新证书。',
    '【某某银行】您的手机银行登录密码将于30天后到期，请在手机银行App内修改。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('points said to have reached a sum of money, the figure dropped', () => {
  test('points reached a cash sum, claimed by logging in', () => {
    expect(check('尊敬的客户，您的积分已达兑换元的条件，请及时登陆我行网站领取。').verdict).toBe(
      'scam',
    );
  });

  test("the carrier's own credit stays genuine", () => {
    expect(check('【中国移动】您的积分可兑换元话费，回复KT办理。').verdict).toMatch(
      /^(reminder|unrelated)$/,
    );
  });
});

describe('a card limit raise taken by a log-in to an unnamed place', () => {
  test('raise offered, log in with the phone', () => {
    const t = '尊敬的客户，您的信用卡已满足提额条件，请用手机登录办理。';
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('loan_lure');
  });

  test.each([
    '【某某银行】您的信用卡可申请提额，请登录某某银行App-信用卡-额度管理查看。',
    '【某某银行】验证码 123456，您正在申请信用卡提额，请勿告知他人。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('a free stock-tip group', () => {
  test('a group handing out picks for free', () => {
    const t = '资深操盘手建群，每天公布涨停牛股，完全不收费，人满即封，加群请备注验证。';
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('investment_lure');
  });

  test.each([
    '【某某证券】验证码654321，您正在登录某某证券App，请勿泄露。',
    '本周家长群通知：周五下午免费体检，请在群里接龙报名。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);
  });
});

describe('the reader "selected" by a show or a platform for a prize', () => {
  test.each([
    '恭喜，您的号码已被某某卫视节目选为场外幸运用户，请登录领取奖金，验证码已发送。',
    '您已获得5万元与笔记本电脑一台，请尽快确认。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('fake_reward');
  });

  test('chosen as the best employee stays genuine', () => {
    expect(check('恭喜您被选为本季度优秀员工，奖金500元将随工资发放。').verdict).toMatch(
      /^(reminder|unrelated)$/,
    );
  });
});

describe('scan lures', () => {
  test('gifts for nothing for a scan', () => {
    expect(ids('扫一扫二维码，0元领取五重好礼。')).toContain('fake_reward');
  });

  test("a stranger's part-time task needing the reader's scan", () => {
    const t = '我在做兼职任务，你能帮我扫一下这个二维码吗？';
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('investment_lure');
  });

  test('an escort-club hiring ad', () => {
    expect(check('富婆俱乐部高薪招男公关，日结，详情联系李经理。').verdict).toBe('scam');
  });

  test('a shop asking to scan to pay stays genuine', () => {
    expect(check('您好，请扫收银台上的二维码付款，谢谢光临。').verdict).toMatch(
      /^(reminder|unrelated)$/,
    );
  });
});

describe('a public card to be cancelled unless a form is filed on a website the message names', () => {
  test('cancel unless filed on a site', () => {
    const t = '您的公积金账户未年审，请于本月底前至指定网站提交资料，逾期将注销账户。';
    expect(check(t).verdict).toBe('scam');
    expect(ids(t)).toContain('service_suspension');
  });

  test("the office's own hall stays genuine", () => {
    expect(check('【某市医保局】您的医保卡已冻结，请携带身份证到服务大厅办理。').verdict).toMatch(
      /^(reminder|unrelated)$/,
    );
  });
});
