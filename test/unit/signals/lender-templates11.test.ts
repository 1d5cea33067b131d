// Two genuine lender templates of the eighth round's data (d-rem11) that were called scams: a
// record the lender says it cannot remove is no offer to remove it, and a code handed to the
// reader to type in where they asked for it is the service's own code message. Beside them, the
// same words inside a real ask.
import { check, scamWith } from '../../helpers/checker';

const genuine = (t: string) => expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);

describe('a lender that says the record stays is not offering to remove it', () => {
  test.each([
    '您的借款于12月5日应还1280.00元，已逾期7天，产生额外逾期费用1280.00元，请尽快处理欠款，若您拒绝还款，我司将提交至芝麻信用，逾期信息在负面信用中无法消除。',
    '【某某消费金融】您的借款已逾期，逾期记录一经上报将无法删除，并产生逾期费用，请尽快在APP内还款。',
  ])('%s', genuine);

  test.each([
    ['您的逾期记录可以消除，需先交500元服务费，加微信办理'],
    ['逾期记录无法消除？我们有内部渠道，交费即可删除不良记录'],
  ])('%s', (t) => void scamWith(t, 'credit_repair'));
});

describe('a code handed over to be typed in is the service delivering it', () => {
  test.each([
    '您的手机验证码为：482913，请在手机绑定页面填写，有效期为5分钟。【学子易贷】',
    '验证码：482913，请输入验证码完成注册',
  ])('%s', genuine);

  test.each([
    ['您的验证码为482913，请在页面填写后告诉客服完成退款'],
    ['您的验证码为：482913。请将验证码提供给我们的专员'],
    ['【某银行】您的验证码为482913，请回复该验证码确认退款'],
  ])('%s', (t) => void scamWith(t, 'credential_request'));
});
