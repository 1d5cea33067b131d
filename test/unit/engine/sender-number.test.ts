// A sender's number is not a contact offered (DESIGN.md: `unofficial_number` is a number the
// message asks you to call or add). A collector who threatens and sends the reader to the
// official app stays abusive however the sender's number shows up in the pasted text.
import { check, ids } from '../../helpers/checker';

const BODY = '你已经逾期15天了，再不还就天天打电话给你家人，请今天在官方App内还款。';

describe('the sender’s own number in the pasted text', () => {
  test.each([
    ['a header line', `发件人：13812345678\n${BODY}`],
    ['a header with the sender label in English', `From: +86 138 1234 5678\n${BODY}`],
    ['a header followed by words', `发送人 13812345678 处理逾期事宜\n${BODY}`],
    [
      'forwarded-message metadata',
      `[转发的短信]\n发送者：13912345678\n时间：2026-12-01 10:00\n内容：${BODY}`,
    ],
    ['a chat export header', `13912345678 2026/12/01 10:23\n${BODY}`],
    ['a sign-off', `${BODY}\n—— 发自 13912345678`],
    ['“this number” phrasing', `${BODY}本号码13912345678仅用于发送通知，请勿回复。`],
    ['a call log', `来电号码：13912345678\n通话内容：${BODY}`],
  ])('%s', (_, t) => {
    const r = check(t, { channel: 'sms' });
    expect(ids(r)).not.toContain('unofficial_number');
    expect(r.verdict).toBe('abusive');
  });
  test('the sender field itself never counts', () => {
    const r = check(BODY, { channel: 'sms', sender: '+8613912345678' });
    expect(ids(r)).not.toContain('unofficial_number');
    expect(r.verdict).toBe('abusive');
  });
  test('a plain reminder under a mobile header is a reminder', () => {
    const r = check('发件人：13812345678\n您的借款本期应还1200元，今日到期，请登录App按时还款。', {
      channel: 'sms',
    });
    expect(r.verdict).toBe('reminder');
    expect(ids(r)).toEqual([]);
  });
});

describe('a number the message asks the reader to use is offered', () => {
  test('“call this mobile” in the body is an unofficial number', () => {
    const r = check('你的借款已逾期，请马上拨打13912345678处理，否则后果自负。', {
      channel: 'sms',
    });
    expect(ids(r)).toContain('unofficial_number');
  });
  test('a bank’s signature with a mobile to call is a scam', () => {
    const r = check('【微众银行】您的微粒贷已逾期，请尽快致电专员13912345678处理。', {
      channel: 'sms',
    });
    expect(r.verdict).toBe('scam');
    expect(ids(r)).toContain('unofficial_number');
  });
});
