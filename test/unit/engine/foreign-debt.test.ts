// Debt notices in languages the cue tables do not cover (engine/foreign-debt.ts): a loan, an
// instalment or a bill and what is due on it, in one sentence, is a reminder the reader should
// check in the lender's own app, not a message "about nothing they owe".
import { check } from '../../helpers/checker';

describe('a loan or bill and what is due on it reads as a reminder', () => {
  test.each([
    'Angsuran pinjaman Anda sudah terlambat 3 hari, mohon segera bayar lewat aplikasi.',
    'Tagihan Anda jatuh tempo besok. Terima kasih.',
    'Plata pentru creditul dvs este scadenta maine, va rugam sa achitati la timp.',
    'Napominaem: oplata po zaimu zavtra, summa 2300 lei.',
    'Su cuota del préstamo vence el viernes, evite recargos pagando a tiempo.',
    'Dear customer, your instalment of Rs 2,300 is due on 5 Dec. Please pay on time.',
    '您公司上月的货款仍未支付，请在五个工作日内付款。',
    'Dear member, your loan is now in default and has been recovered from your deposits.',
    // The shortest words (three letters, in capitals) still pass the letter gate before OWED.
    'EMI 2300 due 5 Dec',
    // Indonesian SMS shorthand and derived forms: angs(uran), byr (bayar), pembayaran, dibayar.
    'Nsbh yth, angs ke-2 Anda TERLAMBAT. Sgr byr 500.000 lewat aplikasi agar tidak kena denda.',
    'Cicilan bulan ini sudah dibayar. Terima kasih atas pembayaran tepat waktu!',
    'Mohon segera lunasi kewajiban Anda, pembayaran kami tunggu hari ini.',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('reminder');
  });
});

describe('a loan paid out, credited or repaid is a lender notice too', () => {
  test.each([
    'Dear member, your emergency loan has been credited with KES 5,000. Thank you.',
    'Your loan application has been processed and disbursed to your account.',
    'Pinjaman Anda telah lunas. Terima kasih.',
    'Suma imprumutului a fost depusa pe cardul dvs bancar.',
    'Your development loan of Kshs. 20,000 has been deposited to your savings account.',
    'Dear member, your school fees loan has been recovered from your shares.',
    // A currency's abbreviation ("Kshs. ") does not end the sentence that names the loan.
    'Dear John, your loan of amount Kshs. 4,500.00 is in default. Kindly arrange to pay.',
    // In Chinese, a loan paid out (已放款) is an obligation cue of its own (engine/cues.ts).
    '贷款订单已放款，请注意查收。',
    '【某某银行】您的个人经营贷款已放款50万元至尾号1234账户。',
  ])('%s', (t) => {
    expect(check(t).verdict).toBe('reminder');
  });
  test.each([
    // An application's stages are no notice of anything owed yet.
    'Your loan application has been received and is being processed.',
    'Selamat! Pengajuan pinjaman Anda telah disetujui.',
    // Credited, but no loan: a salary.
    'Your account has been credited with KES 5,000 salary.',
    'Your salary of Kshs. 45,000 has been deposited to your account.',
    'Your parcel No. 4411 has been posted to your address.',
  ])('%s stays unrelated', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('the loan word and the due word must meet in one sentence', () => {
  test.each([
    // A loan advertised, nothing owed.
    'Pinjaman cepat cair tanpa jaminan, bunga rendah.',
    // A payment confirmed, no loan or bill named.
    'Pembayaran Anda sudah kami terima. Terima kasih.',
    // Two sentences: the loan in one, a payment word in another about something else.
    'Pinjaman cepat tanpa jaminan. Bayar listrik kini bisa lewat aplikasi kami.',
    'Pinjaman cepat cair, pembayaran mudah lewat aplikasi kami.',
    // An amount's decimal point does not end the sentence, and a money receipt is no debt.
    '您的款项1280.00元已到账，请查收。',
  ])('%s stays unrelated', (t) => {
    expect(check(t).verdict).toBe('unrelated');
  });
});

describe('it never softens a scam', () => {
  test('a fee asked first for a loan is still a scam', () => {
    expect(check('您有一笔贷款待审核，请付款500元保证金后放款').verdict).toBe('scam');
  });
  test('a loan "paid out" but frozen until a fee is paid is still a scam', () => {
    expect(
      check('您的贷款已放款，但因银行卡号填写错误资金被冻结，请联系客服缴纳解冻金后提现。').verdict,
    ).toBe('scam');
  });
});
