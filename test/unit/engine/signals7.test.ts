// Once a notice is judged scam (or abusive), the reader sees every ask and threat its text
// carries, in the forms real quotes take: a site or number whose address or digits the quote cut
// or masked, an identity check, a transfer for the speaker, a fee before money is released, a
// service "opened in your name" about to charge, a dated lapse, Korean and Malay orders to act
// now, the children's school as a threat. None of this changes a verdict: a reminder gets none.
import { check, ids, shown } from '../../helpers/checker';

describe('signals7: asks and threats shown beside the deciding signal', () => {
  test('a masked or cut link the scam sends the reader to is an unofficial link', () => {
    const t =
      '【中国银行】尊敬的客户:您的网银账户即将过期,请尽快登入XX网址进行升级,否则账户将被冻结。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'unofficial_link')).toContain('登入XX网址');
  });

  test('a site offered only to look something up is not the scam route', () => {
    const t =
      '恭喜您被抽中二等奖,奖金8万元,需先缴纳2000元手续费才能领取。您可以登录国家彩票中心官方网站查询开奖结果。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).not.toContain('unofficial_link');
    expect(shown(t, r, 'advance_fee')).toContain('缴纳2000元手续费');
  });

  test('an identity or card check asked in a scam is a credential request', () => {
    const t =
      '【微粒贷】您的账户存在异常已被系统监管,请您验证银行卡解除监管,请点击 http://wld-jc.cc 操作。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'credential_request')).toContain('请您验证银行卡');
  });

  test('a transfer asked for the speaker is payment to an unofficial account', () => {
    const t = '我是你领导,明天来我办公室一趟。现在有点急事,需要你帮忙转个账给一个客户,回头还你。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'pay_to_unofficial_account')).toContain('转个账');
    // The speaker's own payment and a question about a transfer are not asks.
    const q =
      '您好,这里是反诈中心,您的银行卡涉嫌洗钱,请问这笔转账是否与您有关?我们会尽快安排转账退回。';
    expect(ids(check(q))).not.toContain('pay_to_unofficial_account');
  });

  test('a refused fee is no advance fee', () => {
    const t = '恭喜您中奖了,奖金10万元,我们不会要求您支付任何费用,请提供您的银行卡号和验证码领取。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).not.toContain('advance_fee');
  });

  test('a Japanese unfreezing fee in a loan scam is an advance fee', () => {
    const t =
      '【融资审核】您的贷款已获批,入力情報に誤りがあるため融資を凍結する。解除のために6万円の振り込みが必要,请添加客服微信 dai8888 办理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });

  test('a service "opened in your name" about to charge is the fake-cancellation opener', () => {
    const t =
      '您在支付宝开通了一份免费的百万保险业务,现在免费期已经到期,今天开始扣费,每月800元,需要您这边自己关闭,请下载会议App共享屏幕操作。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('account_cancellation');
  });

  test('a dated lapse and a hurried payment are urgency; a past date is not', () => {
    const a =
      '【移动积分】尊敬的机主,您累计的36280积分2月9日作废,请点击链接 http://10086-jf.cc 兑换现金。';
    const ra = check(a);
    expect(ra.verdict).toBe('scam');
    expect(shown(a, ra, 'urgency')).toContain('2月9日作废');
    const b = '【ETC】您的ETC于9月15日已停用,请点击链接 http://etc-up.cc 重新认证。';
    const rb = check(b);
    expect(rb.verdict).toBe('scam');
    expect(ids(rb)).not.toContain('urgency');
  });

  test('Korean and Indonesian orders to pay now are urgency in a hostile notice', () => {
    const k = '돈 안 갚으면 회사에 다 알리고 가족한테도 연락한다. 지금 보내세요.';
    const rk = check(k);
    expect(rk.verdict).toBe('abusive');
    expect(shown(k, rk, 'urgency')).toContain('지금 보내세요');
    const m = 'Kami akan hubungi keluarga dan kantor Anda. Segera bayar hutang Anda hari ini.';
    const rm = check(m);
    expect(rm.verdict).toBe('abusive');
    expect(ids(rm)).toContain('urgency');
  });

  test("the children's school as the price of not paying is intimidation", () => {
    const t = '돈을 갚지 않으면 가족들에게 다 알리고 딸 중학교에 사진을 유포하겠다';
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(shown(t, r, 'intimidation')).toContain('딸 중학교');
  });

  test('a number the scam asks the reader to call, its digits cut, is unofficial', () => {
    const t =
      '您的信用记录良好,诚邀您申请白金信用卡,额度最高10万元,具体请按短信中的电话联系王经理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'unofficial_number')).toContain('按短信中的电话');
  });

  test('the number being called is the sender, not a contact offered', () => {
    const t =
      '您好,我是京东金融客服,您的校园贷账户需要注销,否则影响征信。我们的客服电话就是您现在拨打的这个号码。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).not.toContain('unofficial_number');
  });

  test('a genuine reminder gains none of these signals', () => {
    const t = '【招商银行】您尾号1234的信用卡本期账单已到期,请尽快还款,可通过掌上生活App还款。';
    const r = check(t);
    expect(r.verdict).toBe('reminder');
    expect(r.signals).toEqual([]);
  });
});
