'use strict';
// Label rule for real English bank / lender SMS taken from phone dumps (Indian, Kenyan …), the
// English counterpart of finance-label.js: which genuine institution SMS are about money the
// user owes now (a bill, an instalment due, an overdue or bounced payment) → `reminder`.
// Loan and card *offers* are not about a debt the user has; they are left out, because in a
// phone dump an unsolicited offer from a personal number cannot be told apart from a loan-app
// scam, and neither label would be honest.

const DUE =
  /\b(is|are|was|were|falls?|fall) due\b|\bdue (on|by|date|tomorrow|today|amount|for (payment|repayment))\b|\bover-?due\b|\bpast due\b|\bmissed (your )?(emi|payment|instal)|\bbounced?\b|returned unpaid|dishono(u)?red|\bpending (dues|emi|amount|payment)|clear (your |the )?(dues|outstanding)|\b(total|minimum|min\.?) (amount|amt|payment)( due)?\b|\bemi (of|for|payment|amount|is)\b|\blate payment\b|ignore if (already )?paid|\bin arrears?\b|\bpayment reminder\b|\brepayment (is|of|for|date)\b|\bunpaid\b/i;
const OFFER =
  /pre-?approved|\bavail\b|\bapply\b|eligible|get (up ?to|a |an |instant|rs)|credit line|can be credited|congratulations|approved (by|within)|limit (up ?to|upto|of)|no.cost emi|\bconvert\b|\bshop\b|instant (approval|credit|loan|cash)|download|interest.rate|\bsip\b|credit score|top loans|loan eligibility|\boffer\b/i;
// Transaction declines mention "due to …" and are not about a debt.
const NOT_DEBT =
  /declined due to|due to (insufficient|wrong|technical)|failed due to|\bpolicy\b|premium|standing instruction|\borders?\b|\brevised\b/i;

/** 'reminder' when a genuine institution's SMS is about a bill, an instalment or an overdue. */
function enReminder(text) {
  return DUE.test(text) && !OFFER.test(text) && !NOT_DEBT.test(text);
}

function enKind(text, base) {
  return /over-?due|past due|bounced?|returned unpaid|dishono|missed|late payment|arrear|unpaid/i.test(
    text,
  )
    ? `${base}_overdue`
    : `${base}_repayment`;
}

// Same SMS template sent again with another amount, date, link or reference: one message.
function templateKey(text) {
  return text
    .toLowerCase()
    .replace(/https?:\/\/\S+|\b[\w-]+\.(in|ly|com|co|io|nu|tc|me)\/\S*/g, '')
    .replace(/\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/g, 'mon')
    .replace(/[0-9]+/g, '#')
    .replace(/\bx+#*\b/g, 'x')
    .replace(/\s+/g, ' ')
    .trim();
}

module.exports = { enReminder, enKind, templateKey };
