// Abusive collection in the other languages real collection quotes come in: the behaviours
// (harm, insults, people coming, the circle told, public shaming) per language, each beside a
// benign message with the same words and no threat. Messages written here.
import { checkNotice } from '../../../miniprogram/core/check';
import type { CheckResult, SignalId } from '../../../miniprogram/core/types';

function highlighted(r: CheckResult, text: string, id: SignalId): string[] {
  const s = r.signals.find((x) => x.id === id);
  return s ? s.spans.map(([a, b]) => text.slice(a, b)) : [];
}

describe.each([
  // [language, threat, signal, words the highlight covers]
  ['English', 'Pay by noon or you will regret it.', 'intimidation', 'you will regret'],
  ['Spanish', 'Si no pagas hoy, mañana te vamos a buscar.', 'intimidation', 'te vamos a buscar'],
  ['Spanish', 'Mañana vamos a tu casa por el dinero que debes.', 'intimidation', 'a tu casa'],
  ['Italian', 'Se non paghi entro stasera ti spacco la faccia.', 'intimidation', 'ti spacco'],
  ['Korean', '돈 안 갚으면 회사로 찾아가겠다', 'intimidation', '찾아가'],
  ['Vietnamese', 'Nếu không trả tiền thì tao sẽ đến tận nhà mày.', 'intimidation', 'đến tận nhà'],
  ['Malay', 'Bayar hutang sekarang atau aku bakar rumah kamu.', 'intimidation', 'bakar rumah'],
  [
    'English',
    'Pay today or your contacts will be informed that you owe us.',
    'contact_exposure',
    'contacts will be informed',
  ],
  [
    'Spanish',
    'Si no pagas, vamos a llamar a tu familia y a tu jefe.',
    'contact_exposure',
    'tu familia',
  ],
  ['Italian', 'Se non mi dai i soldi chiamo tua moglie.', 'contact_exposure', 'tua moglie'],
  ['Korean', '돈 안 갚으면 남편한테 전화하겠다', 'contact_exposure', '남편'],
  ['Tagalog', 'Magbayad ka na kundi iva-viral ka namin.', 'contact_exposure', 'viral'],
] as const)('%s: %s', (_lang, text, id, words) => {
  test('is abusive and highlights the threat', () => {
    const r = checkNotice({ text, channel: 'sms' });
    expect(r.verdict).toBe('abusive');
    expect(highlighted(r, text, id).some((h) => h.includes(words))).toBe(true);
  });
});

describe('slurs are abuse alone; milder words need a debt or a threat beside them', () => {
  test('a Korean slur demanding a call', () => {
    const t = '빨리 전화해 이 새끼야';
    const r = checkNotice({ text: t });
    expect(r.verdict).toBe('abusive');
    expect(highlighted(r, t, 'intimidation').some((h) => h.includes('새끼'))).toBe(true);
  });
  test('"thief" about a debt is an insult', () => {
    expect(checkNotice({ text: 'You are a thief, pay the money you owe.' }).verdict).toBe(
      'abusive',
    );
  });
});

describe.each([
  ['English', 'A thief stole my bike today, the police are looking into it.'],
  ['English', 'Call your family this weekend, they miss you.'],
  ['Spanish', 'Hoy vamos a tu casa a cenar, llevo el postre.'],
  ['Spanish', 'Su pago de 25.00 fue recibido. Gracias por preferirnos.'],
  ['Italian', 'Stasera chiamo tua moglie per la cena di sabato.'],
  ['Korean', '내일 학교에서 아이를 데리러 갈게요.'],
  ['Vietnamese', 'Chúc gia đình bạn năm mới vui vẻ.'],
  ['Malay', 'Terima kasih, bayaran anda telah diterima.'],
] as const)('benign %s: %s', (_lang, text) => {
  test('is not abusive', () => {
    const r = checkNotice({ text });
    expect(r.verdict).not.toBe('abusive');
    expect(r.signals.map((s) => s.id)).not.toContain('intimidation');
    expect(r.signals.map((s) => s.id)).not.toContain('contact_exposure');
  });
});

describe.each([
  ['Portuguese', 'Se não pagar a dívida hoje, vamos ligar para sua família.', 'contact_exposure'],
  ['French', 'Si tu ne paies pas ta dette, on vient chez toi ce soir.', 'intimidation'],
  ['Russian', 'Не вернёшь долг — позвоним твоим родственникам и на работу.', 'contact_exposure'],
  ['Japanese', '金を返せ。返さないなら家に行くぞ。', 'intimidation'],
] as const)('%s: %s', (_lang, text, id) => {
  test('is abusive', () => {
    const r = checkNotice({ text });
    expect(r.verdict).toBe('abusive');
    expect(r.signals.map((s) => s.id)).toContain(id);
  });
});

describe.each([
  ['Portuguese', 'Seu pagamento foi confirmado. Obrigado, sua família Banco.'],
  ['French', 'Votre prêt a été remboursé. Merci de votre confiance.'],
  ['Russian', 'Оплата по кредиту прошла успешно. Спасибо, что вы с нами.'],
  ['Japanese', '今月の返済が完了しました。ご家族にもよろしくお伝えください。'],
] as const)('benign %s: %s', (_lang, text) => {
  test('is not abusive', () => {
    expect(checkNotice({ text }).verdict).not.toBe('abusive');
  });
});

describe.each([
  'You will regret not trying our new menu!',
  'This video went viral overnight.',
  'Compré un cuchillo nuevo para la cocina.',
  'Ciao, ti trovo bene! Ci vediamo domani.',
  '회사 때려치우고 여행 가고 싶다',
  'Anh em mình chém gió tí nhé.',
] as const)('ordinary words that threaten elsewhere: %s', (text) => {
  test('is not abusive', () => {
    const r = checkNotice({ text });
    expect(r.verdict).not.toBe('abusive');
    expect(r.signals).toEqual([]);
  });
});

describe('softer threats count about a debt, under a condition, or beside another', () => {
  test('a lender "may have to make an unscheduled visit" about an unpaid loan', () => {
    const t =
      'You have not repaid your loan. Failing confirmation we may have to make an unscheduled visit.';
    const r = checkNotice({ text: t });
    expect(r.verdict).toBe('abusive');
    expect(highlighted(r, t, 'intimidation').some((h) => h.includes('unscheduled visit'))).toBe(
      true,
    );
  });
  test('"if not, I slap you in front of the child"', () => {
    expect(checkNotice({ text: 'Se no ti prendo a schiaffi davanti al bambino.' }).verdict).toBe(
      'abusive',
    );
  });
  test('a "wanted" poster calling the debtor a thief', () => {
    const t = 'Breaking News: Mr X, a wanted debtor and thief';
    expect(checkNotice({ text: t }).verdict).toBe('abusive');
  });
});

describe('a third party harassed to make the debtor pay', () => {
  test('"we shall call you every hour until your brother pays his loan"', () => {
    const t = 'We shall call you every hour until your brother pays his loan.';
    const r = checkNotice({ text: t });
    expect(r.verdict).toBe('abusive');
    expect(highlighted(r, t, 'intimidation').some((h) => h.includes('call you every hour'))).toBe(
      true,
    );
  });
  test.each([
    'I will call you every day this week to check on your recovery.',
    'Please tell the kids to pay attention in class.',
  ])('care and classrooms are not: %s', (text) => {
    expect(checkNotice({ text }).verdict).not.toBe('abusive');
  });
});
