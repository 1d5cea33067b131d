'use strict';
// Morses Club (a UK home-credit lender, weekly doorstep collection; parent London Scottish
// Finance): its customer letters as reproduced in a software prototype built for it — arrears,
// court-proceedings warnings, a statutory default notice, a dishonoured cheque, settlement
// quotes, and its own credit offers. See the card.
const REPO = 'huutri92/group-22-tsmt';
const COMMIT = 'b95b8974226f278cc103c4dfd04eb8b598f7b5e9';
const DIR = 'References/Prototypes/Prototype/jsp/Letters/';

// file → [label, kind]; statements (STA, STASUM) are tables of numbers and are left out.
const LETTERS = {
  NP1: ['reminder', 'lender_letter_overdue'],
  NP2: ['reminder', 'lender_letter_overdue'],
  RMNP1: ['reminder', 'lender_letter_overdue'],
  RMNP2: ['reminder', 'lender_letter_overdue'],
  RMDEF: ['reminder', 'lender_letter_overdue'],
  TL1: ['reminder', 'lender_letter_overdue'],
  DEF: ['reminder', 'lender_letter_overdue'],
  RD1: ['reminder', 'lender_letter_overdue'],
  REM1: ['reminder', 'lender_letter_repayment'],
  VAC1: ['reminder', 'lender_letter_repayment'],
  ESR1: ['reminder', 'lender_letter_repayment'],
  ESR2: ['reminder', 'lender_letter_repayment'],
  ESRQ1: ['reminder', 'lender_letter_repayment'],
  ESRQ2: ['reminder', 'lender_letter_repayment'],
  CR1: ['reminder', 'lender_letter_other'],
  ECNC: ['unrelated', 'lender_marketing'],
  ECTU: ['unrelated', 'lender_marketing'],
  HAMP: ['unrelated', 'lender_marketing'],
  NEWLN: ['unrelated', 'lender_marketing'],
  REFLN: ['unrelated', 'lender_marketing'],
};

// Neutral values for the letters' merge fields, most specific key first (fill() matches by
// substring, in this order).
const VALUES = {
  date: '4 December 2026',
  dd_mm: '4 December 2026',
  firstname: 'Jane',
  surname: 'Smith',
  salutation: 'Mrs',
  manager: 'Jan Daniel',
  name: 'Jan Daniel',
  telephone: '',
  phone: '',
  address: '',
  postcode: '',
  cheque_number: '100234',
  account: 'AB1234',
  weeks: '3',
  'weekly terms': '10.00',
  balance: '128.00',
  value: '128.00',
  amount: '128.00',
};

function letterTemplate(src) {
  const lines = src
    .replace(/<(script|style|title)[\s\S]*?<\/\1>/gi, '')
    .replace(/<br\s*\/?>|<\/p>|<\/td>|<\/tr>/gi, '\n')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .split('\n')
    .map((l) => l.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  let start = lines.findIndex((l) => /^Dear\b/.test(l));
  if (start < 0) start = lines.findIndex((l) => /^Our Ref:/.test(l));
  if (start < 0) return null;
  const body = lines.slice(start);
  const end = body.findIndex((l) => /^Yours (sincerely|faithfully)/i.test(l));
  return (end >= 0 ? body.slice(0, end + 1) : body)
    .join('\n')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>');
}

module.exports = {
  id: 'gh_huutri92_group_22_tsmt',
  split: 'dev',
  build(ctx) {
    const msgs = [];
    for (const [name, [label, kind]] of Object.entries(LETTERS)) {
      const file = `${DIR}${name}.jsp`;
      const template = letterTemplate(ctx.git(REPO, COMMIT, file));
      if (!template) continue;
      // merge fields (<surname>, «WEEKS_NOT_PAID») are filled one by one, a space between
      // fields that the letter runs together
      const text = ctx.fill(
        template
          .replace(/>\s*</g, '> <')
          .replace(
            /<([^<>\n]*)>|«([^»]*)»/g,
            (m, a, b) => `\${${(a || b || '').trim() || 'blank'}}`,
          ),
        { values: VALUES },
      );
      msgs.push({
        text,
        template,
        label,
        channel: 'letter',
        kind,
        url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
      });
    }
    return msgs;
  },
};
