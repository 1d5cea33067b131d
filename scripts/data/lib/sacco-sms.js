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

/**
 * An extractor for one SACCO system: `values` are fill.js's neutral values, most specific key
 * first (fill() matches a placeholder by substring, in insertion order); `skip` are texts that
 * another source already holds (the vendor shares code between its customers).
 */
function saccoSource({ id, split, repo, commit, values, skip = new Set() }) {
  return {
    id,
    split,
    build(ctx) {
      const seen = new Set();
      const out = [];
      for (const { file, text: src } of ctx.history(repo, commit, FILES))
        for (const { template } of alSmsTemplates(src)) {
          if (seen.has(template) || !usable(template)) continue;
          seen.add(template);
          const l = label(template);
          if (!l) continue;
          // a bare {value} after "due on" is the FORMAT()ed due date, elsewhere an amount
          const dated = template.replace(
            /(due on|on or before|due for repayment on) \{value\}/gi,
            '$1 {DueDate}',
          );
          const text = ctx.fill(dated, { values }).replace(/\s+([.,])/g, '$1');
          if (skip.has(text)) continue;
          out.push({
            text,
            template,
            label: l[0],
            channel: 'sms',
            kind: l[1],
            url: `https://github.com/${repo}/blob/${commit}/${file}`,
          });
        }
      return out;
    },
  };
}

module.exports = { saccoSource, label, usable };
