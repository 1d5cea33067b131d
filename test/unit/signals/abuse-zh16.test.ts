// Chinese short-form abusive collection (abuse-zh16.ts): real collectors' threats are often five
// words long. Each was read as unrelated or a reminder before; beside them, the same words in a
// birthday errand, a sick day or a lender's lawful notice stay genuine.
import { check, abusiveWith } from '../../helpers/checker';
import type { SignalId } from '../../../miniprogram/core/types';

const GENUINE = /^(reminder|unrelated)$/;

describe('the reader exposed to their people', () => {
  test.each<[string, SignalId]>([
    ['你家人知道吗？一小时内给你送过去', 'contact_exposure'],
    ['你家里人知道吗？今天之内就给他们寄过去', 'contact_exposure'],
    ['你手机里的联系人我们全有', 'contact_exposure'],
    ['你通讯录里的人我们都有了', 'contact_exposure'],
  ])('%s', (t, id) => {
    abusiveWith(t, id);
  });
  test.each([
    '家人知道吗？今天是妈妈的生日，蛋糕一小时内送过去',
    '我帮你给单位打电话请假了',
    '你说我的通讯录被爆了怎么办？',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});

describe('menace in a few words', () => {
  test.each([
    '你全家死光',
    '你欠的钱再不还，在家等着',
    '我不可能不给你们打',
    '我会找人的，劝你三思',
    '不还钱我会让你社死的！',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    '逾期将上报征信，请及时还款',
    '我们会依法联系您本人协商还款',
    '快递到了，在家等着，马上送上门',
    '让你社死的瞬间：在电梯里放屁',
  ])('%s stays genuine', (t) => {
    expect(check(t).verdict).toMatch(GENUINE);
  });
});
