import {
  appendItem,
  Case,
  EMPTY_HEAD,
  isValidIdCard,
  Item,
  luhnValid,
  maskSensitive,
} from '../../../miniprogram/core/evidence';
import { buildComplaintDraft } from '../../../miniprogram/packageRecords/complaint';
import {
  buildReportHtml,
  buildReportText,
  escapeHtml,
} from '../../../miniprogram/packageRecords/report';

describe('masking', () => {
  test('ID numbers masked whether or not the check digit passes (a report cannot be called back)', () => {
    expect(isValidIdCard('11010519491231002X')).toBe(true);
    expect(maskSensitive('身份证11010519491231002X。')).toBe('身份证110***********002X。');
    expect(maskSensitive('单号110105194912310021')).toBe('单号110***********0021');
  });
  test('bank cards 16–19 digits with Luhn, grouped or not', () => {
    expect(luhnValid('4111111111111111')).toBe(true);
    expect(maskSensitive('卡号4111111111111111')).toBe('卡号4111********1111');
    expect(maskSensitive('卡号 4111 1111 1111 1111 尾')).toBe('卡号 4111 **** **** 1111 尾');
    expect(maskSensitive('6222020200112233446')).toBe('6222***********3446');
    expect(maskSensitive('订单 4111111111111112')).toBe('订单 4111********1112'); // not Luhn: masked too
    expect(maskSensitive('金额 1234 元，日期 20240501')).toBe('金额 1234 元，日期 20240501');
  });
  test('mobile numbers masked by default; options can turn masks off', () => {
    expect(maskSensitive('电话13812345678', { mobile: false })).toBe('电话13812345678');
    expect(maskSensitive('电话13812345678')).toBe('电话138****5678');
    expect(maskSensitive('4111111111111111', { bankCard: false })).toBe('4111111111111111');
    expect(maskSensitive('11010519491231002X', { idCard: false })).toBe('11010519491231002X');
  });
  test('digits inside a long hex token (a digest) are left alone; letters around a number are not', () => {
    expect(maskSensitive('ab'.repeat(10) + '4111111111111111' + 'cd'.repeat(10))).toBe(
      'ab'.repeat(10) + '4111111111111111' + 'cd'.repeat(10),
    );
    expect(maskSensitive('ID4111111111111111')).toBe('ID4111********1111');
  });
});

function fixture(): { c: Case; items: Item[] } {
  let head = EMPTY_HEAD;
  const items: Item[] = [];
  const add = (text: string, extra: Partial<Item> = {}) => {
    const r = appendItem(
      head,
      {
        kind: extra.kind ?? 'communication',
        comm: extra.comm,
        text,
        happenedAt: extra.happenedAt,
        attachments: extra.attachments,
        check: extra.check,
      },
      { id: `e${items.length}`, caseId: 'c1', capturedAt: Date.UTC(2024, 4, 3, 2, items.length) },
    );
    head = r.head;
    items.push(r.entry);
  };
  add('对方称<script>alert(1)</script>不还就告诉家人', {
    comm: 'call_recording',
    happenedAt: Date.UTC(2024, 4, 2, 14, 30),
    attachments: [
      { name: '录音.m4a', mime: 'audio/mp4', size: 2048, path: '/p', sha256: 'ab'.repeat(32) },
    ],
  });
  add('还款 500 元，卡号 4111111111111111', {
    kind: 'payment',
    happenedAt: Date.UTC(2024, 4, 1, 1),
  });
  const c: Case = {
    id: 'c1',
    title: '分付催收争议',
    institution: { name: '微信分付 & 某合作方' },
    borrowed: 'unsure',
    amount: '1500',
    status: 'open',
    notes: '',
    createdAt: Date.UTC(2024, 4, 1),
    updatedAt: Date.UTC(2024, 4, 3),
    head,
  };
  return { c, items };
}

describe('report', () => {
  test('plain text: facts, timeline in time order, capture times, full digests, verification', () => {
    const { c, items } = fixture();
    const t = buildReportText({
      case: c,
      items,
      verification: { ok: true, count: 2, records: 2, head: c.head.digest },
      generatedAt: Date.UTC(2024, 4, 4),
      channels: [{ label: '客服热线', number: '95017' }],
    });
    expect(t).toContain('证据报告：分付催收争议');
    expect(t).toContain('官方渠道：客服热线 95017');
    expect(t).toContain('本人是否借过：不确定');
    expect(t).toContain('涉及金额：¥1500');
    // Plain words in the body; the digests only in the appendix at the end.
    const appendix = t.indexOf('附录：校验码（SHA-256）');
    expect(appendix).toBeGreaterThan(0);
    expect(t.slice(0, appendix)).not.toContain('SHA-256：');
    expect(t.slice(0, appendix)).toContain('都没有被改动过');
    expect(t.slice(appendix)).toContain(`末条记录 SHA-256：${c.head.digest}`);
    expect(t.indexOf('还款凭证')).toBeLessThan(t.indexOf('通话录音')); // happened earlier
    expect(t).toContain('发生时间：2024-05-02 22:30'); // UTC+8
    expect(t).toContain('记录时间：2024-05-03 10:00');
    expect(t.slice(appendix)).toContain(`记录 SHA-256：${items[0].digest}`);
    expect(t).toContain('附件：录音.m4a（2.0 KB）');
    expect(t.slice(appendix)).toContain(`附件 录音.m4a SHA-256：${'ab'.repeat(32)}`);
    expect(t).toContain('4111********1111');
  });
  test('no channels → where to find the official number; failed verification explained', () => {
    const { c, items } = fixture();
    const t = buildReportText({
      case: c,
      items,
      verification: {
        ok: false,
        firstBadIndex: 1,
        position: 2,
        itemId: 'e1',
        reason: 'changed',
        message: '第 2 条记录的内容或时间与当初保存时不一致，可能被修改过。',
      },
      generatedAt: 0,
    });
    expect(t).toContain('我的 → 客服');
    expect(t).toContain('证据链校验：未通过：第 2 条记录');
  });
  test('HTML escapes user text', () => {
    const { c, items } = fixture();
    const h = buildReportHtml({ case: c, items, verification: null, generatedAt: 0 });
    expect(h).not.toContain('<script>');
    expect(h).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('微信分付 &amp; 某合作方');
    expect(h).toContain('<meta charset="utf-8">');
    expect(escapeHtml(`"'<>&`)).toBe('&quot;&#39;&lt;&gt;&amp;');
  });
});

describe('complaint drafts', () => {
  test('12378 for abusive collection', () => {
    const { c, items } = fixture();
    const d = buildComplaintDraft('12378', { case: c, items, generatedAt: Date.UTC(2024, 4, 4) });
    expect(d).toMatchObject({ kind: '12378', hotline: '12378', authority: '国家金融监督管理总局' });
    expect(d.title).toContain('不当催收');
    expect(d.body).toContain('投诉对象：微信分付 & 某合作方');
    expect(d.body).toContain('涉及金额：1500 元');
    expect(d.body).toContain('2024-05-02，沟通记录·通话录音：对方称');
    // Attachments listed by name; the digests live in the report's appendix, not the draft.
    expect(d.body).toContain('附件：录音.m4a');
    expect(d.body).not.toMatch(/SHA-256|[0-9a-f]{12}/);
    expect(d.body).toContain('防篡改校验码见证据报告附录');
    expect(d.body).toContain('证据清单（共 2 项');
    expect(d.body).toContain('4111********1111');
  });
  test('12363 for credit records', () => {
    const { c, items } = fixture();
    const d = buildComplaintDraft('12363', { case: c, items, generatedAt: 0, mask: false });
    expect(d.authority).toBe('中国人民银行');
    expect(d.body).toContain('征信记录');
    expect(d.body).toContain('4111111111111111');
  });
});
