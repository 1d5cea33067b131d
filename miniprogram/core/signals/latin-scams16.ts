// Sixteenth round: loan, collection and bank scams written in Latin script (English, Indonesian,
// romanised Hindi, Swahili, Spanish). The cue tables read Chinese; these scripts were
// `unrelated`. Each frame is an ask joined to a lure, a persona or a lapse, never a lone word:
//   advance_fee: a fee (processing, insurance, activation, reversal…) paid so that an approved
//     loan, a prize or a refund is released, or money sent "to receive" them.
//   pay_to_unofficial_account: a debt paid to "this account" or a mobile number; money "sent by
//     mistake" to be sent back; "send it to this number, the other one has a problem".
//   credential_request: an OTP, PIN or password asked to be told or sent (the service that sends a
//     code knows it and never asks for it back).
//   service_suspension: an account, card, SIM or KYC "blocked today" unless updated at the
//     message's own link or number.
//   impersonation: a parcel "on hold" at a link; an "investigations unit" with a complaint
//     "filed against you". loan_lure: a third party selling a credit-limit "upgrade".
// A warning ("never share your OTP", "jangan transfer", "usitume pesa", "nunca compartas")
// fires none of them.

import type { Context } from '../engine/context';
import { globalOf, sentenceOf } from '../engine/frames';
import { officialDomainOwner } from '../directory/domains';
import type { Pos } from './scripts6';

export interface LatinScams {
  fee: Pos[];
  pay: Pos[];
  cred: Pos[];
  susp: Pos[];
  imp: Pos[];
  lure: Pos[];
}

const NONE: LatinScams = { fee: [], pay: [], cred: [], susp: [], imp: [], lure: [] };
const CJK = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7a3]/;

/** Latin-script text with no Chinese, Japanese or Korean in it: what these frames read. */
export function latinText(t: string): boolean {
  return !CJK.test(t) && /[a-z]{3}/.test(t);
}
// Start of a word (no lookbehind: older phone engines lack it).
const B = '(?:^|[^a-z])';

// The frames below (some thirty regexes) are built on the first Latin-script notice, not on
// load: most notices are Chinese, and on the phone creating a regex costs a parse each.
function frames() {
  // A warning in the sentence: what it names is refused, not asked.
  const WARN = new RegExp(
    B +
      "(never|do not|don'?t|dont|not to|will not|won'?t|beware|be careful|fraudsters?|scammers?|jangan|jgn|jngn|waspada|hati-hati|penipu|penipuan|tidak pernah|usi(tume|shiriki|toe|mpe|lipe|jibu|bonyeze)|kamwe|matapeli|tapeli|jihadhari|mat|nahi|nahin|kabhi|savdhan|saavdhan|nunca|jamás|jamas|no (compartas?|proporciones?|envíes?|entregues?|des|dé|pedimos|solicitamos|cobramos|revele)|fraude|estafa)(?![a-z])",
  );
  // The whole message is a warning.
  const ADVICE = new RegExp(
    B +
      '(will never ask|never ask|never call|beware of|fraudsters?|scammers?|penipuan|matapeli|utapeli|fraude|estafa|dhokha)(?![a-z])',
  );

  function warned(ctx: Context, p: Pos): boolean {
    return WARN.test(sentenceOf(ctx, p));
  }

  /** First match of `re` in [from, to) outside a warning. */
  function find(ctx: Context, re: RegExp, from = 0, to = ctx.text.length): Pos | undefined {
    const g = globalOf(re);
    from = Math.max(0, from);
    const t = ctx.text.slice(from, to);
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const p = { s: from + m.index, e: from + m.index + m[0].length };
      if (!warned(ctx, p)) return p;
      if (!m[0].length) g.lastIndex++;
    }
    return undefined;
  }

  /** [p.s - a, p.e + b) clipped to the line that holds p. */
  function around(t: string, p: Pos, a: number, b: number): Pos {
    const nl = t.lastIndexOf('\n', p.s);
    const next = t.indexOf('\n', p.e);
    return { s: Math.max(nl + 1, p.s - a), e: Math.min(next < 0 ? t.length : next, p.e + b) };
  }

  // ---- asks

  const PAY_ASK = new RegExp(
    B +
      '(pay|send|deposit|transfer|remit|wire|make (a|the) payment|lipa|tuma|nitumie|weka|bayar|kirim|setor|transferkan|lunasi|bhejo|bhejein|bhejiye|bhej do|(jama|paytm|gpay|phonepe|upi|pay|transfer) (kar|kij)[a-z]*|bhar(o|ein|iye|na)|(dena|dene|bharna) (hoga|hai|padega)|deposit[ae]|depositar|transfier[ae]|pague|paga|pagar|env[ií][ae]|manda|realice (el|un) (pago|dep[oó]sito))(?![a-z])',
  );

  // ---- advance fee

  const FEE = new RegExp(
    B +
      '((processing|insurance|registration|activation|service|admin|administrative|administration|clearance|release|verification|unlock|commitment|upfront|legal|approval|disbursement|disbursal|handling|application|membership|file|reversal|withdrawal|security|joining|gst|stamp duty) (fee|fees|charge|charges|deposit|cost)|upfront (payment|amount)|refundable deposit' +
      '|biaya (admin|administrasi|pencairan|asuransi|provisi|materai|meterai|registrasi|pendaftaran|aktivasi|verifikasi|layanan|jaminan|proses|notaris|pajak)|uang (jaminan|muka|administrasi)' +
      '|(ada|malipo|gharama) ya (usajili|huduma|kuidhinisha|idhini|bima|maombi|uanachama|kufungua|uthibitisho|kuachilia|mkopo)' +
      '|(comisi[oó]n|cuota|tarifa|cargo|gastos|pago|costo|dep[oó]sito|seguro)( de| por| del)? (apertura|gesti[oó]n|tr[aá]mite|seguro|activaci[oó]n|registro|inscripci[oó]n|estudio|desembolso|liberaci[oó]n|administraci[oó]n|aval|garant[ií]a|validaci[oó]n|verificaci[oó]n|pr[eé]stamo|cr[eé]dito))(?![a-z])',
  );
  // The fee already taken out of what was paid ("after deduction of processing fee").
  const DEDUCTED =
    /deduct|less |waived|inclusive|included|has been (charged|debited)|dipotong|imekatwa|descontad|kat (liya|kar)/;
  // Something approved, won or waiting for the reader, or to be released once paid.
  const GAIN = new RegExp(
    B +
      '(approved|sanctioned|refund|granted|awarded|qualified|eligible|you (have )?won|winner|lottery|jackpot|prize|to (receive|release|disburse|get|claim|unlock|withdraw|collect) (your|the)|before (disbursement|disbursal|release|payout)' +
      '|disetujui|pencairan|dicairkan|mencairkan|hadiah|pemenang|umeidhinishwa|imeidhinishwa|imeidhinishwa|kupokea|zawadi|umeshinda|approve ho|sanction ho|manjoor|inaam|aprobad[oa]|desembolso|para recibir|premio|ganador)(?![a-z])',
  );

  // "Send 500 to 07… to receive your loan": money paid so that the loan or prize is released.
  const PAY_TO_RELEASE = new RegExp(
    B +
      '(to|ili|untuk|agar|para|taaki) (receive|release|unlock|activate|get|claim|withdraw|kupokea|kupata|kuachilia|menerima|mencairkan|recibir|liberar|cobrar|activar)( [a-z]+){0,2} (loan|funds?|money|prize|reward|refund|winnings|pesa|mkopo|zawadi|dana|pinjaman|hadiah|pr[eé]stamo|dinero|premio|reembolso)(?![a-z])',
  );
  const DEBT = new RegExp(
    B +
      '(loan|overdue|outstanding|arrears|dues|debt|emi|instal+ments?|repay|repayment|mkopo|deni|madeni|pinjaman|tagihan|utang|hutang|cicilan|angsuran|tunggakan|deuda|adeudo|pr[eé]stamo|mensualidad|karz|kist)(?![a-z])',
  );
  const DUES = /dues|outstanding|overdue|arrears|emi|tagihan|cicilan|deni|deuda/;

  function fees(ctx: Context, out: LatinScams): void {
    const t = ctx.text;
    const gain = find(ctx, GAIN);
    if (!gain) return;
    const g = globalOf(FEE);
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const f = { s: m.index, e: m.index + m[0].length };
      if (warned(ctx, f)) continue;
      const w = around(t, f, 60, 60);
      if (DEDUCTED.test(t.slice(w.s, w.e))) continue;
      const ask = find(ctx, PAY_ASK, w.s, w.e);
      if (ask) {
        out.fee.push(gain, f, ask);
        return;
      }
    }
    const rel = find(ctx, PAY_TO_RELEASE);
    if (!rel) return;
    const w = around(t, rel, 80, 0);
    const ask = find(ctx, PAY_ASK, w.s, rel.s);
    if (ask && !DUES.test(t.slice(ask.e, rel.s))) out.fee.push(ask, rel);
  }

  // ---- payment to a person

  // "to this account", "kwa hii namba", "ke rekening berikut", "a esta cuenta", "is number pe".
  const THIS_ACCOUNT = new RegExp(
    B +
      "((this|my|the following|below|personal|private|new|agent'?s?|officer'?s?) (m-?pesa |bank |mobile )?(account|a\\/c|acc|number|no|wallet|m-?pesa|gcash|paytm|upi|till|line)" +
      '|(hii|namba hii|number hii|hii namba|hii number|akaunti hii|akaunti yangu|namba yangu)' +
      '|(rekening|nomor|norek) (ini|berikut|saya|pribadi|di bawah)' +
      '|(is|iss|mere|mera|meri) (number|account|khate|upi)' +
      '|(esta|mi|la siguiente) (cuenta|n[uú]mero|tarjeta|clabe))(?![a-z])',
  );
  // A mobile number right after "to" ("send 2,000 to 0722 333 444").
  const TO_MOBILE = /(^|[^a-z])(to|kwa|ke|pe|a|al) (\+?[0-9][0-9 -]{8,14}[0-9])/;
  // The lender's own collection points: a paybill, a till, a virtual account, its app.
  const OWN_POINT =
    /paybill|pay bill|till|business (no|number)|biller|virtual account|nomor va|rekening virtual| va |app|aplikasi|official|resmi|rasmi|oficial/;
  const LEGAL = new RegExp(
    B +
      '(legal action|legal proceedings|court|police|arrest|case|crb|cibil|blacklist|lawsuit|penalty|hatua za kisheria|mahakama|polisi|jalur hukum|polisi|pengadilan|hukum|acci[oó]n legal|demanda|buró|buro|kanooni|police case)(?![a-z])',
  );

  // "Sent you 2,000 by mistake", "nimekutumia kwa makosa", "salah transfer", "galti se", "por error".
  const MISTAKE = new RegExp(
    B +
      '(by mistake|mistakenly|by error|wrongly|accidentally|in error|kwa makosa|kimakosa|nimekosea|salah (kirim|transfer)|terkirim salah|galti se|ghalti se|por error|por equivocaci[oó]n)(?![a-z])',
  );
  const SEND_BACK = new RegExp(
    B +
      '((send|return|refund|reverse|transfer|pay)( [a-z]+){0,2} back|return (it|the money|my money)|rudisha|nirudishie|nirejeshee|kembalikan|wapas|devu[eé]lv|regr[eé]s[ae]|reembols)',
  );
  // "… the other number has a problem": the usual route said to be broken, a new one given.
  const BROKEN_ROUTE = new RegExp(
    B +
      '((other|old|usual|previous|regular|ile|ingine|nyingine|zamani|lama|lain|purana|dusra|dusre|otra|vieja|anterior)( [a-z]+){0,2} (has (a )?problem|problem|is (not working|blocked|closed|suspended|down)|not working|blocked|(i|ye)?(ko|na|kona|ina)? ?shida|haifanyi|haifanyi kazi|imefungwa|bermasalah|diblokir|gangguan|band hai|kaam nahi|tiene (un )?problema|est[aá] bloqueada|no (funciona|sirve)))(?![a-z])',
  );

  function payments(ctx: Context, out: LatinScams): void {
    const t = ctx.text;
    const redirect = find(ctx, BROKEN_ROUTE);
    if (redirect) {
      const w = around(ctx.text, redirect, 60, 20);
      const dest = find(ctx, THIS_ACCOUNT, w.s, w.e) || find(ctx, TO_MOBILE, w.s, w.e);
      const ask = dest && find(ctx, PAY_ASK, Math.max(w.s, dest.s - 40), dest.e);
      if (ask && !OWN_POINT.test(t)) out.pay.push(ask, dest, redirect);
    }
    const slip = find(ctx, MISTAKE);
    const back = slip && find(ctx, SEND_BACK, slip.s, around(t, slip, 0, 120).e);
    if (slip && back) out.pay.push(slip, back);
    // A debt or a threat paid to a person's account or number.
    if (!DEBT.test(t) && !LEGAL.test(t)) return;
    const g = globalOf(PAY_ASK);
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const a = { s: m.index, e: m.index + m[0].length };
      if (warned(ctx, a)) continue;
      const w = around(t, a, 0, 50);
      const seg = t.slice(a.s, w.e);
      if (OWN_POINT.test(seg)) continue;
      const dest = THIS_ACCOUNT.exec(seg) || TO_MOBILE.exec(seg);
      if (dest) {
        out.pay.push(a, { s: a.s + dest.index, e: a.s + dest.index + dest[0].length });
        return;
      }
    }
  }

  // ---- codes and PINs

  const SECRET = new RegExp(
    B +
      '(otp|one[- ]time (password|pin|code|passcode)|m-?pin|upi pin|atm pin|card pin|(your|the|ur|yako|anda|aapka|apna|su|tu) pin|pin (number|yako|anda)|cvv|cvc|password|passcode|verification code|security code|kode (otp|verifikasi|rahasia|keamanan)|kata sandi|(nambari|namba|neno) (ya|la) siri|contrase[nñ]a|clave|c[oó]digo( de (verificaci[oó]n|seguridad)| que| enviado| recibido)|the code (we|you|i) )(?![a-z])',
  );
  const CRED_ASK = new RegExp(
    B +
      '(share|tell|give|send|read( out)?|forward|provide|confirm|dictate|disclose|reply with|sebutkan|berikan|kirimkan|beritahu|beritahukan|bagikan|infokan|tuma|nipe|nitumie|niambie|taja|nitajie|bata(o|iye|yein|ye|en| do)|bol(o|iye)|bhej(o|ein|iye)|de do|dijiye|proporci[oó]n(e|ame)|comp[aá]rt(a|ame)|d[ií]g(ame|anos)|env[ií](e|eme|enos)|dicte|ind[ií]que|confirme|m[aá]nd(a|e)me|p[aá]same)(?![a-z])',
  );
  // The code itself in the message ("your otp is 482913", "482913 is your code"): the service
  // delivering it.
  const CODE_GIVEN = /(^|[^0-9])[0-9]{4,8}([^0-9]|$)/;

  const STATED = /(^|[^a-z])(we|they|he|she|it|who|which) .?$/;

  function credentials(ctx: Context, out: LatinScams): void {
    const t = ctx.text;
    const g = globalOf(SECRET);
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const sec = { s: m.index, e: m.index + m[0].length };
      if (warned(ctx, sec)) continue;
      const w = around(t, sec, 40, 40);
      if (CODE_GIVEN.test(t.slice(Math.max(0, sec.s - 14), sec.e + 14))) return;
      const ask = find(ctx, CRED_ASK, w.s, w.e);
      // "We give you a gauge of how strong the password is": a statement, not an ask.
      if (ask && !STATED.test(t.slice(Math.max(0, ask.s - 6), ask.s + 1))) {
        out.cred.push(sec, ask);
        return;
      }
    }
  }

  // ---- suspension

  const THING = new RegExp(
    B +
      '(account|a\\/c|acct|card|sim|line|wallet|m-?pesa|kyc|e-?kyc|bvn|nin|pan|aadhaa?r|profile|net ?banking|mobile banking|internet banking|upi|akun|rekening|kartu|atm|m-banking|cuenta|tarjeta|l[ií]nea|akaunti|laini)(?![a-z])',
  );
  const LAPSE = new RegExp(
    B +
      '((temporarily |permanently )?(blocked|suspended|deactivated|disabled|frozen|restricted|locked|terminated|barred|expired)|will (expire|be closed)|on hold|(akan )?(di)?(blokir|nonaktifkan|bekukan)|diblokir|dinonaktifkan|dibekukan|terblokir|(ser[aá]|ha sido|fue|est[aá]) (bloquead|suspendid|cancelad|desactivad|congelad)[ao]|itafungwa|imefungwa|itasimamishwa|imesimamishwa|itazimwa|imezuiwa|(band|block|suspend|deactivate) (ho|kar di?ya) (jayega|jaega|jayegi|jaegi|gaya|gayi|jaye))',
  );
  const FIX = new RegExp(
    B +
      '(update|verify|re-?verify|confirm|re-?activate|unblock|validate|link|complete|re-?kyc|verifikasi|perbarui|konfirmasi|aktifkan|validasi|actualic|actualiza|verifi(que|ca)|confirme|reactive|thibitisha|sasisha|hakiki|call|contact|dial|piga|hubungi|ll[aá]m(e|enos|ar))',
  );
  const PRESS = new RegExp(
    B +
      '(today|tonight|now|immediately|within|hours?|hrs?|has been|have been|is blocked|unusual|suspicious|not (updated|verified|linked)|incomplete|pending|hari ini|segera|sekarang|jam|mencurigakan|belum|leo|sasa|haraka|ndani ya|aaj|turant|abhi|hoy|inmediat|de inmediato|horas|sospechos)(?![a-z])',
  );
  const BRANCH = /branch|cabang|tawi|sucursal|(in|on|through) (the|our) app|aplikasi resmi/;

  // A link no institution sends from: a shortener, an IP, a hyphenated or throwaway host
  // ("sbi-kyc-update.xyz"). A bank's or courier's own site ("hdfcbank.com", "dhl.com") is not one
  // even when the directory does not list it.
  const SHORT =
    /^(bit\.ly|s\.id|tinyurl\.com|t\.co|is\.gd|cutt\.ly|rb\.gy|t\.ly|shorturl\.at|goo\.gl|ow\.ly|rebrand\.ly|tiny\.cc|wa\.me)$|^[0-9.]+$|-|\.(xyz|top|icu|info|online|site|live|shop|vip|club|cc|buzz|link|click|support|help|cyou|sbs|work)$/;

  /** A throwaway link (above) or a mobile number given in the message after `from`. */
  function foreignRoute(ctx: Context, from: number, phones = true): Pos | undefined {
    for (const e of ctx.entities) {
      const p = ctx.entityPos(e);
      if (p.s < from) continue;
      if (e.kind === 'link' && !officialDomainOwner(e.value) && SHORT.test(e.value)) return p;
      if (phones && e.kind === 'phone' && e.value.replace(/\D/g, '').length >= 9) return p;
    }
    return undefined;
  }

  function suspension(ctx: Context, out: LatinScams): void {
    const t = ctx.text;
    if (DEBT.test(t) || BRANCH.test(t)) return;
    const lapse = find(ctx, LAPSE);
    if (!lapse) return;
    const w = around(t, lapse, 50, 20);
    const what = find(ctx, THING, w.s, w.e);
    const fix = what && find(ctx, FIX, lapse.s - 40);
    const route = fix && foreignRoute(ctx, Math.min(what.s, fix.s));
    if (route && PRESS.test(t)) out.susp.push(what, lapse, fix, route);
  }

  // ---- personas and lures

  // "Goods is on hold s.id/…", "your package could not be delivered, update at <link>".
  const PARCEL = new RegExp(
    B +
      '(goods|parcel|package|shipment|delivery|paket|kiriman|kifurushi|paquete|env[ií]o)( [a-z]+){0,4} (is |are |has been |was )?(on hold|held|pending|suspended|undeliver|could not be delivered|failed|returned|tertahan|ditahan|gagal|retenido|detenido)',
  );
  // "This is the Civil Investigations Unit … a complaint being filed against you".
  const UNIT = new RegExp(
    B +
      '(this is|we are|i am|calling from) (the )?[a-z ]{0,20}(investigations?|fraud|legal|enforcement) (unit|department|division|bureau|office)',
  );
  const FILED = new RegExp(
    B +
      '((complaint|case|claim|lawsuit|warrant|affidavit)( [a-z]+){0,2} (being |has been |was |is )?(filed|registered|issued|opened) against you|warrant (for|of) (your )?arrest)',
  );
  // "Fuliza limit upgrade upto 60,000": a credit limit raised by someone who is not the lender.
  const UPGRADE = new RegExp(
    B +
      '(limit|fuliza|m-?shwari|overdraft)( [a-z-]+){0,3} (upgrade|upgrading|boost|booster|increase)( [a-z]+){0,3} (up ?to|upto|hadi|to ksh|ksh|kes)',
  );

  function personas(ctx: Context, out: LatinScams): void {
    const t = ctx.text;
    const parcel = find(ctx, PARCEL);
    const link = parcel && foreignRoute(ctx, 0, false);
    if (parcel && link) out.imp.push(parcel, link);
    const unit = find(ctx, UNIT);
    const filed = unit && find(ctx, FILED, unit.e);
    if (unit && filed) out.imp.push(unit, filed);
    const up = /limit|fuliza|shwari|overdraft/.test(t) ? find(ctx, UPGRADE) : undefined;
    if (up && !/has been|have been|imeongezwa/.test(t)) out.lure.push(up);
  }

  return (ctx: Context): LatinScams => {
    if (ADVICE.test(ctx.text)) return NONE;
    const r: LatinScams = { fee: [], pay: [], cred: [], susp: [], imp: [], lure: [] };
    fees(ctx, r);
    payments(ctx, r);
    credentials(ctx, r);
    suspension(ctx, r);
    personas(ctx, r);
    return r;
  };
}

let run: ReturnType<typeof frames> | undefined;

const CACHE = new WeakMap<Context, LatinScams>();

/** The Latin-script scam frames of the notice, found once per notice. */
export function latinScams(ctx: Context): LatinScams {
  let r = CACHE.get(ctx);
  if (r) return r;
  const t = ctx.text;
  r = latinText(t) ? (run || (run = frames()))(ctx) : NONE;
  CACHE.set(ctx, r);
  return r;
}
