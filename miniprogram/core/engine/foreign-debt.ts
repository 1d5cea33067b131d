// A notice of what the reader owes, in languages the cue tables do not cover: an instalment, a
// loan or a bill, and what is due on it, in one sentence ("Angsuran JULO Anda sdh TERLAMBAT",
// "ziua de plata pentru imprumutul …", "vash deni oplaty po zaimu …"). Real lenders in Indonesia,
// Moldova, Albania, Kenya or Latin America send these; without it the checker told the reader such
// a notice was about nothing they owe. It only chooses between `reminder` and `unrelated`: the
// scam and abuse rules have already read the text by then.

import type { Context } from './context';
import { sentenceBounds } from './frames';

// Loans, instalments, bills and debts: Indonesian/Malay, Romanian, Russian and Macedonian in Latin
// letters, Albanian, Spanish, Portuguese, Swahili, Tagalog.
const OWED =
  /\b(?:pinjaman|angsuran|cicilan|tagihan|tunggakan|pelunasan|hutang|utang|angs|kewajiban|[iî]mprumut\w*|creditul\w*|datori\w*|zaim\w*|kredit\w*|kredi(?:s|n|se|ne|ja|t[eë])?\b|kesti\w*|dolg\w*|pr[eé]stamo\w*|deuda\w*|cuota\w*|empr[eé]stimo\w*|d[ií]vida\w*|parcela\w*|mkopo|deni|hulog|bayarin|loan|instal{1,2}ment|emi)\b|款项|货款|余款|尾款|应付款|账款/i;

// Due, late, a payment asked or a penalty for not paying, in the same languages.
const DUE =
  /\b(?:jatuh tempo|terlambat|lunasi|melunasi|tertunggak|(?:di|mem)?bayar\w*|byr|denda|plat[aăi]\w*|achit\w*|[iî]nt[aâ]rzi\w*|scaden\w*|penalit\w*|oplat\w*|platej\w*|zaderj\w*|shtraf\w*|prosroch\w*|pagu(?:aj|an)\w*|pages[aë]\w*|uplat\w*|pag(?:o|ar|ue)\b|vencid\w*|vence\w*|atras\w*|en mora|pagamento\w*|lipa|kulipa|rejesh\w*|magbayad|bayaran|due|late|pay|payment|default\w*|delinquen\w*|balance)\b|未付|没有付|未支付|付款|付清|未收到/i;

// What happened to it: money paid out or credited, the loan repaid or closed. Not an application
// received or approved: lenders' own templates of those are no notice of anything owed yet.
const EVENT =
  /\b(?:disbursed|credited|repaid|recovered|deposited|posted to|been issued|pick-?up your money|depusa|perevedena|poluchiti summu|terhiqni parate|ridica banii|primi suma|lunas)\b/i;

const OWED_ALL = new RegExp(OWED.source, 'gi');

/** The notice tells the reader of a loan, an instalment or a bill and what is due on it, in one
 * of the sentences the context already marks (a full stop ends one only before a space). */
export function foreignDebtNotice(ctx: Context): boolean {
  const t = ctx.text;
  // Every match of OWED holds 款 or three ASCII letters in a row (/i folds no other letter to
  // one): a small regex (no /i: its case tables cost as much again) spares most Chinese notices
  // compiling OWED (~2.5 M instructions without a JIT) and running it.
  if (!/[a-zA-Z]{3}|款/.test(t) || !OWED.test(t)) return false;
  const due = DUE.test(t);
  if (!due && !EVENT.test(t)) return false;
  OWED_ALL.lastIndex = 0;
  for (let m = OWED_ALL.exec(t); m; m = OWED_ALL.exec(t)) {
    const sentence = loanSentence(ctx, m.index, m.index + m[0].length);
    if ((due && DUE.test(sentence)) || EVENT.test(sentence)) return true;
  }
  return false;
}

// "your Emergency Loan of amount Kshs. 1280.00 is in default": a currency's abbreviation is no end
// of the sentence; the one after it is read with it.
const ABBREVIATED = /\b(?:rs|kshs?|kes|ksh|no|nos|amt)\.\s*$/i;

function loanSentence(ctx: Context, s: number, e: number): string {
  const b = sentenceBounds(ctx, { s, e });
  const t = ctx.text;
  if (b.e >= t.length || !ABBREVIATED.test(t.slice(Math.max(b.s, b.e - 8), b.e)))
    return t.slice(b.s, b.e);
  return t.slice(b.s, sentenceBounds(ctx, { s: b.e, e: b.e }).e);
}
