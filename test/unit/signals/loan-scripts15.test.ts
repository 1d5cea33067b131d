// Fifteenth round, bank and lender scripts (loan-scripts15.ts): a frozen card thawed by calling
// someone, a limit raise the reader "qualifies" for, a bank record completed on a text's site.
// Beside each, a lender's or bank's own notice with the same words that must stay genuine.
import { check, scamWith } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

describe('a frozen card or loan thawed by calling or adding someone', () => {
  test.each([
    '您的借款账户已被冻结，请尽快联系专员办理解冻。',
    '您的储蓄卡因异常已被锁定，如需恢复正常使用请致电李经理办理。',
  ])('%s', (t) => {
    scamWith(t, 'service_suspension');
  });
  test.each([
    '您的信用卡已逾期，已暂停使用，还款后自动恢复。',
    '您的账户已冻结，请携带身份证到网点办理解冻。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a credit limit raise offered through a contact', () => {
  test.each([
    '恭喜您已符合提额标准，额度最高可提升至五万，请联系客服办理。',
    '您的信用卡已获得提高信用额度资格，请回复1申请。',
  ])('%s', (t) => {
    scamWith(t, 'credit_repair');
  });
  test.each([
    '您的借款已还清，按时还款有助于提升额度。',
    '您的信用额度已调整，详情请在官方App查看。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a bank record completed on the message’s own site', () => {
  test.each([
    '建设银行通知：您的银行卡需补录身份信息，请登录我行网站完成，否则将被冻结。',
    '邮储提醒：您的账户需要重新激活，请点击链接办理，逾期将停用。',
  ])('%s', (t) => {
    scamWith(t, 'service_suspension');
  });
  test.each([
    '【某银行】您的身份证已过期，请携带新证件到网点更新。',
    '尊敬的客户，我行系统将于今晚升级，届时网上银行暂停服务，敬请谅解。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('a harmed credit record to be sorted out over a private chat', () => {
  test.each(['您的征信已受影响，请添加客服微信处理。', '你的芝麻分降低了，加vx帮你恢复。'])(
    '%s',
    (t) => {
      scamWith(t, 'credit_repair');
    },
  );
  test.each([
    '您已逾期3天，征信已受影响，请尽快在APP还款。',
    '逾期将影响您的征信，如有疑问请添加官方微信公众号。',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
