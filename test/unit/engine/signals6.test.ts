// Once a notice is judged scam or abusive, the reader sees the pressure, legal threats, visits
// and credit favours its text carries, not only the behaviour that decided the verdict; a
// genuine reminder with the same "请尽快" gets none of them.
import { check, ids, shown } from '../../helpers/checker';

describe('signals shown beside the deciding one', () => {
  test('a fake bank overdue SMS with a link shows the deadline and the legal threat', () => {
    const t =
      '【XX银行】尊敬的客户,您的贷款已逾期,请立即还款,否则将启动法律程序。点击链接还款:http://xxx-credit-repay.com';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(
      expect.arrayContaining(['unofficial_link', 'urgency', 'authority_threat']),
    );
    expect(shown(t, r, 'urgency')).toBe('请立即还款');
    expect(shown(t, r, 'authority_threat')).toBe('否则将启动法律程序');
  });

  test('a collector who threatens the contacts also shows the threatened visit', () => {
    const t =
      '张三欠款严重逾期,若不及时处理,我们将通知你通讯录里的所有联系人,并保留上门催款的权利。';
    const r = check(t);
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toEqual(expect.arrayContaining(['contact_exposure', 'intimidation']));
    expect(shown(t, r, 'intimidation')).toContain('上门催款');
  });

  test('a fake limit raise is named as the credit favour it sells', () => {
    const t =
      '【建设银行】您信用良好,诚邀您提升信用额度至50000元,详情登录 http://ccb-vip-up.cn 办理。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'credit_repair')).toContain('提升信用额度');
  });

  test('a fake "close it now" call shows its countdown', () => {
    const t = '您好,我是微信客服,您的百万保障免费期已结束,需立即关闭,否则每月自动扣费800元。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'urgency')).toBe('需立即关闭');
  });

  test("the speaker's own haste is not pressure on the reader", () => {
    const r = check('我们是某某贷款的客服,我们需要尽快处理您的注销申请,请下载会议软件共享屏幕。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).not.toContain('urgency');
  });

  test('a genuine reminder asking to repay soon in the app stays calm', () => {
    const r = check('【某某贷】您的借款已逾期3天,请尽快登录App还款,以免影响征信。');
    expect(r.verdict).toBe('reminder');
    expect(r.signals).toEqual([]);
  });
});

describe('accusations and countdowns in a scam', () => {
  test('a fake fee to clear a money-laundering suspicion names the accusation', () => {
    const t = '您的证券账户涉嫌洗钱,需缴纳保证金5000元到指定账户才能解冻。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'authority_threat')).toContain('涉嫌洗钱');
  });

  test('points that "expire if late" are a countdown', () => {
    const t =
      '尊敬的用户:您的银行卡积分可兑换现金,请速登录 http://bank-jf-duihuan.cn 领取,逾期积分清零。';
    const r = check(t);
    expect(r.verdict).toBe('scam');
    expect(shown(t, r, 'urgency')).toContain('逾期积分清零');
  });
});
