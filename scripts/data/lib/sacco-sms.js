'use strict';
// Kenyan SACCO core systems on Microsoft Dynamics (AL): the SMS the SACCO sends its members about
// their loans (due, in arrears, defaulted, recovered from deposits, guarantors' notices). Every
// version of the system's AL files in the history up to the pin is read, because the SMS wording
// changed as the code was reworked; `al-sms.js` turns each concatenation into a template.
const { alSmsTemplates } = require('./al-sms');

// A notice about a loan the member owes or guaranteed → reminder. Checked before UNRELATED.
const LOAN_NOTICE =
  /is due|due (on|today|for)|payable on or before|arrears|arears|default|overdue|recover|rolled|offset|penali[sz]ed|remind|repayment (start|installment)|disbursed|posted to your|has been issued|deposited to your|credited with|credited to|payment of KES|for repayment of your loan|transfered KES .* to \{(loanNo|Loan Product Type Name)\}/i;
// Application status, a new guarantee, balance enquiries: not about a debt owed now.
const UNRELATED =
  /application .*(received|being processed|approved by credit)|you have guaranteed|about to guarantee|do not have (any )?outstanding|\bfailed because/i;
const OVERDUE =
  /arrears|arears|default|overdue|recover|penali[sz]ed|failed to pay|neglected|offset/i;

// The AL objects that send member SMS (loan cards, defaulter notices and reports, the mobile
// banking codeunits); the rest of the system (payroll, HR, procurement) sends none about loans.
const FILES =
  /(loan|default|demand|sms|notice|recover|guarant|disburs|mobile|swizz|cloudpesa|pesa|factory|mkopo)[^/]*\.al$/i;

/** Mostly placeholders (a bare `{msg}{Loan No.}: …` line) or not about a loan at all: skip. */
function usable(template) {
  const words = template
    .replace(/\{[^}]*\}/g, ' ')
    .replace(/[^A-Za-z]+/g, ' ')
    .trim();
  return words.split(' ').length >= 6 && /loan|guarant|arrear|default/i.test(template);
}

function label(template) {
  if (UNRELATED.test(template) && !OVERDUE.test(template)) return ['unrelated', 'lender_sms_other'];
  if (!LOAN_NOTICE.test(template)) return null;
  const guarantor =
    /guarant/i.test(template) &&
    /you had guaranteed|guaranteed by|attached as guarantor|what you had guaranteed|offset from your deposits to pay/i.test(
      template,
    );
  if (guarantor) return ['reminder', 'guarantor_notice'];
  return ['reminder', OVERDUE.test(template) ? 'lender_sms_overdue' : 'lender_sms_repayment'];
}

// The vendor ships the same AL objects to every SACCO with the SACCO's name swapped in: two
// templates that differ only in that name (or in a field) are one text.
function sameText(template) {
  return template
    .replace(
      /\b[A-Z][A-Za-z-]*( [A-Z][A-Za-z-]*)*( NON-WDT| DT)? (SACCO|Sacco|SACCCO)( LTD| Ltd)?\.?/g,
      'S',
    )
    .replace(/\{[^}]*\}/g, '{}')
    .replace(/\s+/g, ' ')
    .trim();
}

const built = new Map();

/**
 * An extractor for one SACCO system: `values` are fill.js's neutral values, most specific key
 * first (fill() matches a placeholder by substring, in insertion order); `after` are the SACCO
 * sources read before this one, whose texts (by `sameText`) this one leaves out.
 */
function saccoSource({ id, split, repo, commit, values, after = [] }) {
  const self = {
    id,
    split,
    build(ctx) {
      if (built.has(id)) {
        // read again from the snapshot: build.js must see that the output came from one and keep
        // it out of git
        ctx.ls(repo, commit);
        return built.get(id);
      }
      const shared = new Set(after.flatMap((s) => s.build(ctx)).map((m) => sameText(m.template)));
      const seen = new Set();
      const out = [];
      for (const { file, text: src } of ctx.history(repo, commit, FILES))
        for (const { template } of alSmsTemplates(src)) {
          if (seen.has(template) || !usable(template)) continue;
          seen.add(template);
          if (shared.has(sameText(template))) continue;
          const l = label(template);
          if (!l) continue;
          // a bare {value} after "due on" is the FORMAT()ed due date, elsewhere an amount
          const dated = template.replace(
            /(due on|on or before|due for repayment on|due in \d+ days on) \{value\}/gi,
            '$1 {DueDate}',
          );
          const text = ctx.fill(dated, { values }).replace(/\s+([.,])/g, '$1');
          out.push({
            text,
            template,
            label: l[0],
            channel: 'sms',
            kind: l[1],
            url: `https://github.com/${repo}/blob/${commit}/${file}`,
          });
        }
      built.set(id, out);
      return out;
    },
  };
  return self;
}

/**
 * fill.js's neutral values for one SACCO's templates, the same for every deployment of the vendor's
 * code but the SACCO's own name; most specific key first (fill() matches by substring, in order).
 */
function saccoValues(companyName) {
  return {
    CompanyName: companyName,
    customercare: '',
    phone: '',
    product: 'Emergency Loan',
    loanindefault: 'LN00123',
    loanno: 'LN00123',
    clientcode: 'M001234',
    staffno: 'M001234',
    accounttype: 'FOSA',
    accfrom: 'FOSA',
    // the borrower in a guarantor's notice; in the borrower's own notices the addressee
    clientname: 'Peter Otieno',
    membername: 'Peter Otieno',
    loaneesname: 'Peter Otieno',
    name: 'Jane Wanjiru',
    accountno: '0101234567',
    today: '5 December 2026',
    date: '5 December 2026',
    completion: '5 December 2026',
    charges: '50.00',
    '': '1280.00',
  };
}

module.exports = { saccoSource, saccoValues, label, usable, sameText };
