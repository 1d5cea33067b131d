// An English or romanised-Hindi police, court, customs or tax persona who wants money moved is a
// scam, not a collector's threat (latin-authority19.ts). Texts written for these tests.
import { useScorer } from '../../../miniprogram/core/model/second-opinion';
import { abusiveWith, check, notScam, scamWith } from '../../helpers/checker';

beforeAll(() => useScorer(null));
afterAll(() => useScorer(undefined));

describe('latin-authority19: a persona that wants a payment is a scam', () => {
  test.each([
    'Inspector Kumar from Cyber Crime cell: you will be arrested today unless you pay Rs 25,000 fine to this account.',
    'This is officer Ray calling from the IRS. You owe back taxes; pay the penalty today with gift cards or a warrant will be issued.',
    'I am calling from the CBI. Your Aadhaar was used for money laundering. Transfer the amount to the RBI verification account now.',
    'Main Crime Branch se inspector bol raha hoon, aapke naam pe case hai, 50000 jama karo warna arrest hoga',
    'Customs officer here: your parcel has drugs. Pay the clearance fee of $300 to release it.',
  ])('%s', (t) => {
    scamWith(t, 'impersonation');
  });
});

describe('latin-authority19: the same words with no persona asking, or a warning, stay genuine', () => {
  test.each([
    'Police will never ask you to pay a fine over the phone. Beware of fraudsters.',
    'Officer Lee from the traffic police visited our school today to talk about road safety.',
    "Your court fine of $120 can be paid at the county clerk's office or on the official court website.",
    'I am calling from the court reporters association to confirm your membership renewal.',
    'We will pay the deposit for the venue tomorrow, the police said the road is open.',
  ])('%s', (t) => {
    notScam(t, 'impersonation');
  });

  test("a collector's own arrest threat, with no persona, stays abusive", () => {
    const t = 'Pay your loan today or we will get you arrested, you cheat. Last warning.';
    expect(check(t).verdict).not.toBe('scam');
    abusiveWith(t, 'intimidation');
  });
});
