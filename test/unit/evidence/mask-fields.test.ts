// Break 7 of issue 10: with masking on (the default), no identity-like number may leave the
// phone in clear through ANY field of ANY export. Every field the report, the complaint drafts,
// the shared file's name and the anchor file show is fed every sample in turn.
import {
  anchorFileText,
  appendCaseInfo,
  appendItem,
  Case,
  EMPTY_HEAD,
  Item,
  maskSensitive,
} from '../../../miniprogram/core/evidence/index';
import { buildComplaintDraft } from '../../../miniprogram/packageRecords/complaint';
import {
  buildReportHtml,
  buildReportText,
  reportFileName,
} from '../../../miniprogram/packageRecords/report';

const SAMPLES = [
  '11010519491231002X', // valid 18-digit ID
  '110105194912310021', // 18 digits, wrong check digit
  '110105491231002', // 15-digit ID
  '110105 19491231 002X', // spaced
  '110105-19491231-002X', // dashed
  '１１０１０５１９４９１２３１００２Ｘ', // full-width
  '１１０１０５　１９４９１２３１　００２Ｘ', // full-width with full-width spaces
  '4111111111111111', // card, Luhn
  '4111 1111 1111 1111', // grouped card
  '6222.0202.0011.2233', // dotted, not Luhn
  '6222020200112233445', // 19 digits, not Luhn
  '622202020011', // 12-digit account
  '13812345678', // mobile
  '138 1234 5678', // spaced mobile
  '+86 138-1234-5678',
  '１３８１２３４５６７８', // full-width mobile
];
const ADDRESS = '住址：广东省深圳市南山区科技园路88号3栋502';
const ADDRESS_SECRET = '科技园路88号';

type Field = 'title' | 'institution' | 'notes' | 'text' | 'attachment' | 'tag' | 'summary';
const FIELDS: Field[] = ['title', 'institution', 'notes', 'text', 'attachment', 'tag', 'summary'];

function build(field: Field, value: string): { c: Case; items: Item[] } {
  const v = (f: Field, fallback: string) => (f === field ? `内容${value}。` : fallback);
  const info = {
    title: v('title', '分付催收'),
    institution: { name: v('institution', '微信分付') },
    borrowed: 'yes' as const,
    amount: '1500',
    status: 'open' as const,
    notes: v('notes', '对方夜里打电话'),
  };
  const ci = appendCaseInfo(EMPTY_HEAD, info, { id: 'm0', caseId: 'c1', capturedAt: 1 });
  const it = appendItem(
    ci.head,
    {
      kind: 'checked_notice',
      text: v('text', '请尽快还款'),
      attachments: [
        {
          name: v('attachment', '截图.jpg'),
          mime: 'image/jpeg',
          size: 10,
          path: 'http://usr/evidence/a.jpg',
          sha256: 'ab'.repeat(32),
        },
      ],
      tags: [v('tag', '催收')],
      check: { verdict: 'scam', risk: 90, summary: v('summary', '要求转账'), signals: [] },
    },
    { id: 'e1', caseId: 'c1', capturedAt: Date.UTC(2024, 4, 3) },
  );
  const c: Case = { id: 'c1', ...info, createdAt: 1, updatedAt: 2, head: it.head };
  return { c, items: [it.entry] };
}

function exports(c: Case, items: Item[]): Record<string, string> {
  const input = { case: c, items, verification: null, generatedAt: Date.UTC(2024, 4, 4) };
  const d1 = buildComplaintDraft('12378', input);
  const d2 = buildComplaintDraft('12363', input);
  const html = buildReportHtml(input);
  return {
    text: buildReportText(input),
    html,
    htmlTitle: /<title>(.*?)<\/title>/.exec(html)?.[1] ?? '',
    complaint12378: `${d1.title}\n${d1.body}`,
    complaint12363: `${d2.title}\n${d2.body}`,
    fileName: reportFileName(c),
    anchorFile: anchorFileText(c, 0),
  };
}

const digitsOf = (s: string) =>
  s
    .replace(/[０-９]/g, (d) => String.fromCharCode(d.charCodeAt(0) - 0xff10 + 48))
    .replace(/[^0-9]/g, '');

describe('masking by default reaches every field of every export', () => {
  const cases = FIELDS.flatMap((f) => SAMPLES.map((s) => [f, s] as const));
  test.each(cases)('%s ← %s', (field, sample) => {
    const { c, items } = build(field, sample);
    const out = exports(c, items);
    // The field really is shown somewhere (else the test would pass vacuously).
    const masked = maskSensitive(sample);
    expect(masked).not.toBe(sample);
    const shown = Object.values(out).some((o) => o.includes(masked));
    expect(shown).toBe(true);
    for (const [name, text] of Object.entries(out)) {
      expect({ name, clear: text.includes(sample) }).toEqual({ name, clear: false });
      // Nor with its separators taken out (full-width or grouped forms).
      const compact = digitsOf(text);
      expect({ name, leaked: compact.includes(digitsOf(sample)) }).toEqual({ name, leaked: false });
    }
  });

  test.each(FIELDS)('%s ← a marked address', (field) => {
    const { c, items } = build(field, ADDRESS);
    for (const [name, text] of Object.entries(exports(c, items)))
      expect({ name, clear: text.includes(ADDRESS_SECRET) }).toEqual({ name, clear: false });
  });

  test('amounts, dates and short numbers stay readable', () => {
    expect(maskSensitive('金额 1234.56 元，2024-05-01 10:00，订单 20240501123，客服 95188')).toBe(
      '金额 1234.56 元，2024-05-01 10:00，订单 20240501123，客服 95188',
    );
  });

  test('masking off shows everything as typed', () => {
    const { c, items } = build('text', SAMPLES[0]);
    const input = { case: c, items, verification: null, generatedAt: 0, mask: false as const };
    expect(buildReportText(input)).toContain(SAMPLES[0]);
  });
});
