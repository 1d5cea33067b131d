// Results share their next-step objects (built once per institution): sharing must never let
// one notice's steps show up under another, nor a change to one result reach the next.
import { checkNotice } from '../../../miniprogram/core/check';

const SCAM_ALIPAY = '【支付宝】您的借呗已逾期，请立即转账到专员个人账户6222 0210 0112 3456 789。';
const SCAM_WEBANK =
  '【微粒贷】您的账户已逾期，请于今日18点前转账至专员个人账户6222 0210 0112 3456 789完成还款。';

const step = (text: string, id: string) =>
  checkNotice({ text }).next_steps.find((s) => s.id === id);

test('each institution gets its own official-call step, and the same one for the same institution', () => {
  const alipay = step(SCAM_ALIPAY, 'call_official');
  const webank = step(SCAM_WEBANK, 'call_official');
  expect(alipay?.text).toContain('支付宝');
  expect(webank?.text).toContain('微众银行');
  expect(webank?.text).not.toContain('支付宝');
  expect(step(SCAM_ALIPAY + ' 2', 'call_official')).toBe(alipay);
});

test('a shared step cannot be changed through one result', () => {
  const a = checkNotice({ text: SCAM_ALIPAY });
  const before = JSON.stringify(a.next_steps);
  expect(() => {
    (a.next_steps[0] as { text: string }).text = 'changed';
  }).toThrow(TypeError);
  expect(() => {
    const call = a.next_steps.find((s) => s.call)?.call as { number: string };
    call.number = '000';
  }).toThrow(TypeError);
  expect(JSON.stringify(checkNotice({ text: SCAM_ALIPAY }).next_steps)).toBe(before);
});
