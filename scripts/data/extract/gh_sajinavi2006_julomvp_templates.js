'use strict';
// JULO (Indonesian online lender): the plain-text message templates of its server — SMS,
// WhatsApp, robocall scripts, push notifications and in-app loan-status texts — read from a
// `fetch` snapshot at a pinned commit. The same writer as ghq_sajinavi2006_julomvp (which quotes
// three of the repository's migrations): texts already there are skipped, so nothing is counted
// twice, and the source sits in the same split (train). See the card.
const REPO = 'sajinavi2006/julomvp';
const COMMIT = 'd06ef5bb1a643177c9a74b24b6d6dfe5cf2525ca';
const ROOT = 'mvp/src/juloserver/juloserver/';
const QUOTED = 'ghq_sajinavi2006_julomvp';

// Neutral values for JULO's own placeholders that fill.js's hints would get wrong ("bank_name"
// would read as a person's name). The bank is one JULO's own templates name (Permata VA).
const VALUES = {
  bank_name: 'Permata',
  julo_bank_name: 'Permata',
  va_method: 'Permata',
  bank_number: 'Permata',
  account_number: '8650787612345678',
  bank_account_number: '8650787612345678',
  virtual_account: '8650787612345678',
  va_number: '8650787612345678',
  url: 'julo.co.id',
  link: 'julo.co.id',
  applink: 'julo.co.id',
  collection_whatsapp: '082211127334',
  title: 'Bapak',
  vendor: 'PT Mitra Penagihan',
  multiplier: '2',
  seq: '3',
  payment_number: '3',
  late_days: '5',
  loan_duration: '6',
  loan_amount_text: '',
  minimum_payment: '1280.00',
  discount: '1280.00',
};

/** Template text from a file: HTML line breaks and links as plain text, escapes undone. */
function plain(src, file) {
  let t = src;
  if (/voice_reminder/.test(file) && t.trim().startsWith('[')) {
    try {
      t = JSON.parse(t)
        .filter((a) => a.action === 'talk')
        .map((a) => a.text)
        .join(' ');
    } catch {
      return null;
    }
  }
  return t
    .replace(/\\r\\n|\\n/g, '\n')
    .replace(/\\"/g, '"')
    .replace(/<br\s*\/?>|<\/p>/gi, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&nbsp;/g, ' ')
    .replace(/&amp;/g, '&')
    .replace(/“|”/g, '"')
    .split('\n')
    .map((l) => l.replace(/[ \t]+/g, ' ').trim())
    .filter(Boolean)
    .join('\n')
    .trim();
}

const key = (t) =>
  t
    .replace(/\{\{\s*([^}]*?)\s*\}\}/g, '{{$1}}')
    .replace(/\s+/g, ' ')
    .replace(/[.”"]+$/, '')
    .trim();

// Not user-facing, or stand-ins rather than a text (XXX, "nomor virtual ABC"), or contracts.
const SKIP_FILE =
  /(^|\/)(sphp[^/]*|privacy[^/]*|email_[^/]*|default|julomini|deals|tokopedia|eid|ramadhan|year_end_promo|promo_[^/]*|referral_message|bonus|cs_change_number_verification)\.txt$/;
const STAND_IN = /XXX|virtual ABC|\{%|\{\{\s*[^}]*\}\s\}/;

// Exposure to contacts or a field visit as the price of not paying: abusive under DESIGN.md even
// from a licensed lender (as the quoted source's sms_ptp_+5).
const VISIT = /kunjungan (dari )?petugas/i;
const ABUSIVE = /hub perusahaan & kerabat/i;
const CODE = /OTP|kode verifikasi/i;
// About the borrower's own loan: due, late, paid, disbursed, transferred, restructured.
const LOAN =
  /jatuh tempo|jth tempo|terlambat|lunas|DP anda|tunggakan|denda|dibayar|pelunasan|lunasi|melunasi|bayar|byr|Virtual Account|keringanan|Dana pinjaman sebesar|hutang Anda telah Kami alihkan|hak tagih|Surat Peringatan|tagihan|JULOKredit Anda akan/i;
// Application status and offers: not about a debt the user has.
const APPLICATION =
  /pengajuan|verifikasi|selfie|disetujui|penawaran|Formulir|Surat Perjanjian Hutang Piutang (anda telah kadaluarsa|dalam proses)|ajukan|E-form|siap dicairkan|akan cair|Selamat datang|kritik dan saran|JULOKredit Anda telah aktif|kantor Anda tidak bisa/i;
const OVERDUE =
  /terlambat|melewati batas tempo|tunggakan|tertunggak|denda|Peringatan|dpd_?\+|belum menerima pembayaran|blm trma|hak tagih|otomatis batal|kesulitan bayar/i;

function channelOf(file) {
  if (/voice_reminder/.test(file)) return 'call';
  // the 2019 A/B tests of the SMS cadence sign with persona names (Ani, Friska, Rudolf)
  if (/sms|friska|rudolf/.test(file)) return 'sms';
  return 'other';
}

function classify(file, text) {
  if (VISIT.test(text)) return ['abusive', 'collector_threat_visit'];
  if (ABUSIVE.test(text)) return ['abusive', 'collector_threat_contacts'];
  const ch = channelOf(file);
  const prefix = ch === 'sms' ? 'lender_sms' : ch === 'call' ? 'lender_call' : 'lender_notice';
  if (CODE.test(text)) return ['unrelated', `${prefix}_code`];
  if (/dalam proses review/.test(text)) return ['unrelated', `${prefix}_other`];
  if (
    !LOAN.test(text) ||
    (APPLICATION.test(text) && !/angsuran|cicilan|Cicilan|Angsuran/.test(text))
  )
    return [
      'unrelated',
      /ajukan|pinjaman tanpa jaminan|uang\?/i.test(text) ? 'lender_marketing' : `${prefix}_other`,
    ];
  return ['reminder', `${prefix}_${OVERDUE.test(file + ' ' + text) ? 'overdue' : 'repayment'}`];
}

module.exports = {
  id: 'gh_sajinavi2006_julomvp_templates',
  split: 'train',
  build(ctx) {
    const quoted = new Set(
      ctx
        .quotes(QUOTED)
        .files.flatMap((f) => f.messages)
        .map((m) => key(m.template || m.text)),
    );
    const files = ctx
      .ls(REPO, COMMIT)
      .filter((f) => f.startsWith(ROOT) && /\/templates\/.*\.txt$/.test(f) && !SKIP_FILE.test(f))
      .sort();
    const seen = new Set(quoted);
    const out = [];
    for (const file of files) {
      const template = plain(ctx.git(REPO, COMMIT, file), file);
      if (!template || template.length < 25 || STAND_IN.test(template)) continue;
      const k = key(template);
      if (seen.has(k)) continue;
      seen.add(k);
      const [label, kind] = classify(file, template);
      const text = /\{\{|\{[A-Za-z]/.test(template)
        ? ctx.fill(template, { values: VALUES })
        : template;
      out.push({
        text,
        template,
        label,
        channel: channelOf(file),
        kind,
        url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
      });
    }
    return out;
  },
};
