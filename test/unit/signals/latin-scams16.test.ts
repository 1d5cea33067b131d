// Sixteenth round, Latin-script loan and bank scams (latin-scams16.ts): a fee to release an
// approved loan, a debt paid to a person's number, money "sent by mistake", an OTP asked for, an
// account "blocked today" at a throwaway link. Beside each, a bank's or lender's own message with
// the same words that must stay genuine.
import { check, scamWith } from '../../helpers/checker';

const GENUINE = /^(reminder|unrelated)$/;

function genuine(t: string): void {
  expect(check(t).verdict).toMatch(GENUINE);
}

describe('a fee paid so that an approved loan or a prize is released', () => {
  test.each([
    'Your loan of Rs 1,50,000 is approved. Kindly pay the insurance fee of Rs 2,999 to get it credited.',
    'Pinjaman Rp 5.000.000 sudah disetujui, silakan transfer biaya pencairan Rp 250.000 ke rekening kami.',
    'Mkopo wako umeidhinishwa. Tuma ada ya usajili Ksh 350 ili kupokea pesa yako.',
    'Felicidades, su crédito fue aprobado. Deposite la comisión de apertura de $650 para el desembolso.',
    'You have won a Toyota in our lottery. Pay the clearance fee of $120 to claim your prize.',
  ])('%s', (t) => {
    scamWith(t, 'advance_fee');
  });
  test.each([
    'Your loan of KES 8,000 has been approved and sent to your M-PESA. A processing fee of KES 160 has been deducted.',
    'We never charge a processing fee before disbursement. Beware of fraudsters who ask you to pay one.',
    'Pinjaman Anda telah disetujui, dana akan dicairkan ke rekening Anda dalam 1x24 jam.',
  ])('%s stays genuine', genuine);
});

describe('a debt or a "mistaken" transfer paid to a person', () => {
  test.each([
    'Your loan is in arrears. Send KES 3,400 to this number 0711 222 333 today to avoid legal action.',
    'Hi, I sent you Ksh 1,500 by mistake, kindly send it back to 0722 000 111.',
    'Salah transfer ke rekening Anda Rp 700.000, tolong kembalikan ke nomor ini 081234567890.',
    'Lipa kwa hii namba, ile ya zamani ina shida.',
  ])('%s', (t) => {
    scamWith(t, 'pay_to_unofficial_account');
  });
  test.each([
    'Your loan is overdue. Kindly pay KES 1,280 via Paybill 222111 account 0712345678 to avoid penalties.',
    'Tagihan Anda jatuh tempo hari ini, silakan bayar melalui virtual account BCA 8808123456 di aplikasi.',
    'If money was credited to your account by mistake, the bank will reverse it after checking.',
  ])('%s stays genuine', genuine);
});

describe('an OTP or a PIN asked for', () => {
  test.each([
    'This is your bank security desk. Please read out the OTP we just sent to stop the fraud.',
    'Sir main bank se bol raha hoon, aapke phone par aaya OTP batao.',
    'Petugas kami akan menghubungi, sebutkan kode OTP yang masuk untuk verifikasi data.',
  ])('%s', (t) => {
    scamWith(t, 'credential_request');
  });
  test.each([
    'Your OTP is 482913. Do not share it with anyone. The bank will never ask for it.',
    'Share OTP 4829 with the delivery executive to receive your order.',
    'Jangan pernah memberikan kode OTP kepada siapa pun, termasuk petugas bank.',
    'Aapka OTP 5521 hai. Ise kisi ke saath share na karein.',
  ])('%s stays genuine', genuine);
});

describe('an account or KYC blocked unless fixed at the message’s own link or number', () => {
  test.each([
    'Dear customer your account will be suspended today. Update your KYC at http://kyc-verify-now.top',
    'Your NIN has been blocked. Call 08031234567 to reactivate it within 24 hours.',
    'Su tarjeta será bloqueada hoy. Verifique sus datos en bit.ly/tarjeta-ok',
  ])('%s', (t) => {
    scamWith(t, 'service_suspension');
  });
  test.each([
    'Your debit card has been blocked after 3 wrong PIN attempts. Please visit your nearest branch to unblock it.',
    'KYC update: please update your KYC through net banking or at any branch before 31 Dec.',
    'Your account XX1234 has been debited with Rs 2,000 on 02-Dec. Not you? Call 18002586161.',
  ])('%s stays genuine', genuine);
});

describe('a parcel on hold at a throwaway link; a credit limit upgrade for sale', () => {
  test.each([
    'Your package is on hold due to an incomplete address, confirm at s.id/pkg22',
    'Paket Anda tertahan di gudang, konfirmasi alamat di bit.ly/paket-id',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
  test('a limit upgrade sold by a third party', () => {
    scamWith(
      'We do Fuliza limit upgrade up to 50,000 within minutes, call 0700 111 222',
      'loan_lure',
    );
  });
  test.each([
    'Your package is on hold. Track it at https://www.dhl.com/track',
    'Your Fuliza limit has been increased to Ksh 2,500. Dial *234# to use it.',
  ])('%s stays genuine', genuine);
});
