import { checkNotice, InputError, MAX_CHECK_CHARS } from '../../../miniprogram/core/check';
import type { CheckResult, SignalId } from '../../../miniprogram/core/types';
import { check, ids } from '../../helpers/checker';

/** The words a signal highlights, read from the ORIGINAL text through its spans. */
function words(text: string, r: CheckResult, id: SignalId): string[] {
  const s = r.signals.find((x) => x.id === id);
  return s ? s.spans.map(([a, b]) => text.slice(a, b)) : [];
}

// Messages below are written for these tests (not taken from the corpus) so that the rules
// are exercised on wording they were not tuned on.
describe('verdicts', () => {
  test('payment to a personal account is a scam, whatever the pretext', () => {
    const t =
      '【京东金融】您的金条逾期了，为免上报征信，请今晚9点前把欠款打到我们结算专员的个人卡 6212 2640 0017 3892 551，到账后立刻销账。';
    const r = check(t, { channel: 'sms' });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(expect.arrayContaining(['pay_to_unofficial_account', 'urgency']));
    // The highlight is the clause that asks for the transfer, account number included.
    expect(words(t, r, 'pay_to_unofficial_account')).toEqual(
      expect.arrayContaining([expect.stringMatching(/打到.*个人卡 6212 2640 0017 3892 551$/)]),
    );
    expect(r.risk).toBeGreaterThanOrEqual(70);
  });

  test('asking for the code you just received is a credential request; a code message is not', () => {
    const ask = check(
      '我是分付客服，系统给您发了一个6位数的验证码，您念给我一下，我帮您把额度恢复。',
    );
    expect(ask.verdict).toBe('scam');
    expect(ids(ask)).toContain('credential_request');
    const real = check(
      '【某某银行】验证码 482913，您正在申请借款，切勿告诉他人，工作人员不会索取。',
    );
    expect(ids(real)).not.toContain('credential_request');
    expect(real.verdict).toBe('unrelated');
  });

  test('screen sharing and meeting apps are remote control', () => {
    const r = check(
      '您下载一下飞书，进会议后点一下“共享屏幕”，我带您把微粒贷的学生额度关掉，不然会影响征信。',
      { channel: 'call' },
    );
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(expect.arrayContaining(['remote_control', 'account_cancellation']));
  });

  test('a warning not to share the screen is not a request to share it', () => {
    const r = check(
      '温馨提示：我行工作人员不会要求您共享屏幕，也不会让您下载会议软件，请勿转账给个人。',
      { channel: 'sms' },
    );
    expect(ids(r)).not.toContain('remote_control');
    expect(ids(r)).not.toContain('pay_to_unofficial_account');
    expect(r.verdict).not.toBe('scam');
  });

  test('threatening to tell relatives and insulting is abusive collection, not a scam', () => {
    const t =
      '你这个老赖，三天内不在App里还清，我们就打电话给你老婆和你单位领导，让他们都知道你欠钱不还。';
    const r = check(t, { borrowed: 'yes' });
    expect(r.verdict).toBe('abusive');
    expect(ids(r)).toEqual(expect.arrayContaining(['intimidation', 'contact_exposure']));
    expect(r.next_steps.some((s) => s.call && s.call.number === '12378')).toBe(true);
    const rule = r.next_steps.find((s) => s.id === 'rule_broken');
    expect(rule?.text).toContain('GB/T 45251-2025');
  });

  test('a lender stating lawful consequences is a reminder, not a threat', () => {
    const r = check(
      '【招商银行】您的信用卡已逾期15天，欠款3,200.00元。如仍未还款，我行将依法提起诉讼，逾期信息将按规定报送征信。请通过掌上生活App还款，客服95555。',
      {
        channel: 'sms',
        sender: '95555',
      },
    );
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('authority_threat');
    expect(r.next_steps[0].call?.number).toBe('95555');
  });

  test('a fake court with a mobile number is a scam', () => {
    const r = check(
      '您的网贷合同纠纷已立案，传票待领取，请立即联系法院书记员 139 2207 5821，否则缺席判决。',
      { channel: 'sms' },
    );
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toEqual(expect.arrayContaining(['authority_threat', 'unofficial_number']));
  });

  test('a brand-name look-alike link is unofficial', () => {
    const r = check(
      '【微众银行】您的微粒贷已逾期，请登录 https://webank-huankuan.top/pay 还款以免影响征信。',
      { channel: 'sms' },
    );
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_link');
    const link = r.entities.find((e) => e.kind === 'link');
    expect(link && link.status).not.toBe('official');
  });

  test('an unknown lender with its own landline is unverified, not a scam', () => {
    const r = check(
      '【鑫源小贷】您的借款本期应还1,200元，已逾期2天，请登录鑫源App还款，咨询电话 0571-8765 4321。',
      { channel: 'sms' },
    );
    expect(r.verdict).toBe('reminder');
    const phone = r.entities.find((e) => e.kind === 'phone');
    expect(phone && phone.status).toBe('unverified');
  });

  test('a known institution pointing to a different number is unofficial', () => {
    const r = check('【支付宝】您的花呗逾期，请致电专属客服 400-615-2277 处理，以免影响征信。', {
      channel: 'sms',
    });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_number');
    expect(r.next_steps.find((s) => s.id === 'call_official')?.call?.number).toBe('95188');
  });

  test('the sender of an SMS is not a contact it offers (DESIGN.md): no signal from who sent it', () => {
    const t = '【工商银行】您的信用卡已逾期，请尽快处理。';
    for (const sender of ['+86 170 2693 4418', '+852 6139 7725', '95588']) {
      const r = check(t, { channel: 'sms', sender });
      expect(ids(r)).not.toContain('unofficial_number');
      expect(r.verdict).toBe('reminder');
      expect(r.next_steps[0].id).toBe('call_official');
    }
  });

  test('"I never borrowed" turns a debt claim into an unknown debt', () => {
    const r = check('您在我平台的借款已逾期90天，请尽快处理。', { borrowed: 'no' });
    expect(ids(r)).toContain('unknown_debt');
    expect(r.verdict).toBe('scam');
  });

  test('fee-charging credit repair and debt-relief agencies', () => {
    expect(ids(check('专业团队帮你删除逾期记录，征信花了也能洗白，先交定金500。'))).toContain(
      'credit_repair',
    );
    expect(ids(check('网贷逾期？我们代理协商停息挂账，只还本金，成功后收取15%服务费。'))).toContain(
      'debt_relief_agency',
    );
  });

  test('advance fees before a loan is released', () => {
    const r = check('恭喜，您的5万元贷款已审批通过，放款前需先缴纳3000元保证金验证还款能力。');
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('advance_fee');
  });

  test('anti-fraud warnings quoting scam scripts are not scams', () => {
    const r = check(
      '【12381】您好，您可能正遭遇冒充客服诈骗，凡是要求注销校园贷、共享屏幕、转账到安全账户的都是诈骗。',
      { sender: '12381' },
    );
    expect(r.verdict).toBe('unrelated');
    expect(r.signals).toEqual([]);
  });

  test('meeting apps at work are not remote control; the same apps for an account are', () => {
    const work = check('明天上午10点腾讯会议，会议号 872 461 309，我共享屏幕讲一下方案。', {
      channel: 'wechat',
    });
    expect(ids(work)).not.toContain('remote_control');
    expect(work.verdict).toBe('unrelated');
    const scam = check('您的白条额度异常，请进腾讯会议，打开共享屏幕，客服帮您处理。', {
      channel: 'call',
    });
    expect(ids(scam)).toContain('remote_control');
  });

  test('everyday messages are unrelated', () => {
    expect(check('明天下午三点开会，记得带电脑。').verdict).toBe('unrelated');
    expect(check('【中国银行】您尾号2231的卡消费人民币58.00元，商户：便利店。').verdict).toBe(
      'unrelated',
    );
  });

  test('offers to recover money already lost are a second scam', () => {
    const r = check(
      '您之前在网贷平台被骗的钱可以追回，我们有专业技术员协助您操作，添加微信 zh-hui88 了解。',
    );
    expect(ids(r)).toContain('fund_recovery');
    expect(r.verdict).toBe('scam');
    expect(ids(check('警方提醒：被骗后请立即报警，由公安机关依法追回赃款。'))).not.toContain(
      'fund_recovery',
    );
  });

  test("a creditor chasing the reader's own debt is not a recovery offer", () => {
    const dunning = check(
      '您的欠款已逾期30天仍未结清。如仍不还款，我们将依法追款，希望这次追款行为没有必要，请尽快联系我们在App内还款。',
    );
    expect(ids(dunning)).not.toContain('fund_recovery');
    expect(dunning.verdict).not.toBe('scam');
    // A debt word does not hide an offer to recover money the reader lost.
    const offer = check(
      '您在XX理财平台被骗的钱可以追回，欠款也能一并处理，联系专员微信 hk-889 办理。',
    );
    expect(ids(offer)).toContain('fund_recovery');
    expect(offer.verdict).toBe('scam');
  });

  test('a reminder that lists what would be fraud is not itself a scam', () => {
    const r = check(
      '【招商银行】您好，您的信用卡已逾期，请认准我行官方渠道还款，任何要求转账至个人账户的都是诈骗。',
      { channel: 'sms' },
    );
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).not.toContain('pay_to_unofficial_account');
  });

  test('an office message about telling someone is not debt exposure', () => {
    expect(
      check('喂，小李啊，我是你们公司财务，老板让我通知你把上季度报销单明天交一下。').verdict,
    ).toBe('unrelated');
  });

  test('talk about loans in general is not a repayment reminder', () => {
    expect(check('还在为贷款电话骚扰烦恼吗？试试我们的来电拦截App。').verdict).toBe('unrelated');
    expect(check('【某某小贷】您的借款本期应还800元，请按时还款。').verdict).toBe('reminder');
  });

  test('night calls to a debtor are flagged', () => {
    const r = check('（凌晨2点来电）你欠的钱什么时候还？', { channel: 'call', borrowed: 'yes' });
    expect(ids(r)).toContain('night_collection');
    expect(r.verdict).toBe('abusive');
  });
});

describe('explanations and next steps', () => {
  test('every signal explains itself in Chinese and points at the original words', () => {
    const t = '【微​粒​贷】您已逾期，请在2小时内转入安全账户，详询 17138526049';
    const r = check(t);
    for (const s of r.signals) {
      expect(s.explanation.length).toBeGreaterThan(20);
      expect(s.title).toMatch(/[\u4e00-\u9fff]/);
      for (const [a, b] of s.spans) {
        expect(b).toBeGreaterThan(a);
        expect(b).toBeLessThanOrEqual(t.length);
      }
    }
    expect(words(t, r, 'pay_to_unofficial_account')).toEqual([
      expect.stringContaining('转入安全账户'),
    ]);
  });

  test('scam next steps: stop first, official number from the directory, 110 if money was sent', () => {
    const r = check('【微众银行】您的微粒贷已逾期，请转账至专员个人账户，详询 17138526049');
    expect(r.next_steps[0].id).toBe('stop');
    const official = r.next_steps.find((s) => s.id === 'call_official');
    expect(official?.call?.number).toBe('95384');
    expect(r.next_steps.find((s) => s.id === 'money_sent')?.call?.number).toBe('110');
    // Never a number from the message.
    expect(r.next_steps.some((s) => s.call && s.call.number === '17138526049')).toBe(false);
  });

  test('institutions without a confirmed number send the user to the app or contract', () => {
    const r = check('【安逸花】您的借款已逾期，请转账到专员个人账户结清。');
    const official = r.next_steps.find((s) => s.id === 'call_official');
    expect(official?.call).toBeUndefined();
    expect(official?.text).toMatch(/App|合同/);
  });
});

describe('bad input', () => {
  test('empty and whitespace-only input get a clear message', () => {
    expect(() => check('')).toThrow(InputError);
    expect(() => check('   \n ')).toThrow('内容是空的');
  });

  test('binary content is refused with a clear message', () => {
    const bin = Array.from({ length: 400 }, (_, i) => String.fromCharCode(i % 32)).join('');
    expect(() => check(bin)).toThrow('不是文字');
  });

  test('hostile inputs still return a valid verdict', () => {
    const cases = [
      '我'.repeat(1024 * 1024),
      '1'.repeat(200000),
      'http://a.'.repeat(60000),
      '\ud800'.repeat(5000) + '还款' + '\udc00'.repeat(5000),
      '\u200b'.repeat(300000) + '请把验证码告诉我',
      '不要转账'.repeat(20000),
    ];
    for (const text of cases) {
      const r = checkNotice({ text });
      expect(['scam', 'abusive', 'reminder', 'unrelated']).toContain(r.verdict);
      expect(r.risk).toBeGreaterThanOrEqual(0);
      expect(r.risk).toBeLessThanOrEqual(100);
      if (text.length > MAX_CHECK_CHARS)
        expect(r.truncated).toEqual({ checkedChars: expect.any(Number), totalChars: text.length });
    }
  });

  test('text beyond the cap is checked up to the cap, not rejected', () => {
    const t = '请把验证码告诉我。' + '。'.repeat(MAX_CHECK_CHARS);
    const r = check(t);
    expect(r.truncated?.checkedChars).toBe(MAX_CHECK_CHARS);
    expect(ids(r)).toContain('credential_request');
  });
});
