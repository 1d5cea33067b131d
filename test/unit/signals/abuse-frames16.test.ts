// Sixteenth round, abusive collection outside Chinese as frames (abuse-frames16.ts): the reader's
// people told, their photo posted, a contact told the borrower is a thief, agents coming, the
// collector's own arrest threat, insults to the reader — in English, Indonesian, romanised Hindi,
// Swahili, Tagalog and Spanish. Beside each, a lender's lawful notice or an everyday message with
// the same words that must stay reminder or unrelated. Messages written here.
import { abusiveWith, check } from '../../helpers/checker';

const genuine = (t: string) => expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);

describe('the reader’s contacts, family or employer to be told', () => {
  test.each([
    'Settle the loan today, otherwise your boss and workmates will receive a message about it.',
    'Aaj payment nahi kiya to hum aapke sabhi contacts ko call karenge.',
    'Hum tumhare office me sabko bata denge ki tum fraud ho.',
    'Usipolipa deni leo tutawapigia familia yako na mwajiri wako.',
    'Tutawatumia ujumbe marafiki zako wote kwamba wewe ni mwizi.',
    'Jika Anda tidak dapat dihubungi, kami akan memberitahu keluarga Anda tentang hutang Anda.',
    'Magbayad ka na ngayon o tatawagan namin ang pamilya at employer mo.',
    'Si vous ne payez pas, nous allons appeler votre famille et votre employeur.',
    'Agar aaj payment nahi kiya to tumhare ghar walon ko sab pata chal jayega.',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    'Dear member, we may contact your references to verify your details.',
    'Kami akan menghubungi kontak darurat Anda untuk mengonfirmasi nomor telepon Anda yang aktif.',
    'Jika Anda tidak dapat dihubungi, kami dapat menghubungi kontak darurat yang Anda daftarkan.',
    'Your guarantors will be notified if the arrears are not cleared within 14 days.',
    'We will never contact your family or friends about your loan.',
    'Tell your friends about our app and earn rewards.',
    'Tutakuja nyumbani kwako kesho kwa sherehe.',
    "Nous allons appeler votre famille pour l'anniversaire.",
    "Si vous ne payez pas avant la date, des pénalités de retard s'appliqueront.",
  ])('%s stays genuine', genuine);
});

describe('the reader’s photo, name or ID to be posted', () => {
  test.each([
    'Your picture and ID card will be circulated on Facebook if you do not pay by 5pm.',
    'Ipo-post namin ang litrato mo sa Facebook bilang scammer.',
    'Mkopo wako haujalipwa, tutaweka picha yako mitandaoni.',
    'Agar EMI nahi bhari to tumhari photo WhatsApp group me daal denge, loan chor.',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    'Jangan bagikan foto KTP kamu di media sosial, pinjaman hanya lewat aplikasi resmi.',
    'Huwag mong i-post ang litrato mo sa Facebook kasama ang iyong loan ID.',
    'We have sent your details to your registered WhatsApp number for your loan.',
  ])('%s stays genuine', genuine);
});

describe('a contact told the borrower is a thief, or asked to pass the debt on', () => {
  test.each([
    'Good morning, Joseph Mwangi is a fraud. Tell him to pay his loan today.',
    'Halo, kami dari aplikasi pinjaman. Tolong menyampaikan ke teman anda Rina karena dia belum membayar cicilannya.',
    'Habari, Otieno ni tapeli. Mwambie alipe mkopo wake leo.',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    'He is a thief in the movie, tell him to pay attention to the ending.',
    'Dear Jane, Peter has defaulted a loan you had guaranteed. Kindly remind him to pay within 14 days.',
  ])('%s stays genuine', (t) => {
    expect(check(t).signals.map((s) => s.id)).not.toContain('contact_exposure');
  });
});

describe('the reader shamed before everyone', () => {
  test.each([
    'You will be declared wanted and a criminal if you fail to pay.',
    'Usipolipa tutakuaibisha kwa familia yako na marafiki.',
    'Tutakuweka kwenye mitandao ya kijamii kama mwizi usipolipa mkopo.',
    'Aapke sabhi contacts ko message kar diya gaya hai ki aap fraud ho.',
    'Ikakalat namin na scammer ka sa lahat ng contacts mo.',
  ])('%s', (t) => {
    abusiveWith(t, 'contact_exposure');
  });
  test.each([
    'Happy birthday! We will call your family to join the celebration tonight.',
    'I will call your mother tonight to wish her a happy birthday.',
    'Mañana voy a llamar a tu mamá para felicitarla.',
  ])('%s stays genuine', genuine);
});

describe('agents coming to the reader’s home, office or village', () => {
  test.each([
    'Tim lapangan kami akan datang ke rumah kamu hari ini kalau tidak bayar.',
    'Payment nahi kiya to tumhare ghar pe hamare agent aa rahe hai aaj.',
    'Usipolipa deni, tutakuja nyumbani kwako kesho.',
    'Pupuntahan ka namin sa bahay mo ngayon kapag hindi ka nagbayad ng utang.',
    'Tunajua unapoishi. Lipa mkopo wako leo.',
    "If you don't pay, our agents will visit your home.",
    "If you don't pay, we will send people to your home.",
    'Our field agent is on his way to your residence to recover the loan.',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    'Our recovery team may visit your registered address as per the loan agreement.',
    'Aaj hum aapke ghar aayenge dinner pe.',
    'Our agents will never visit your home without an appointment. Pay only via the app.',
    'Vamos a ir a tu casa a cenar el sábado.',
  ])('%s stays genuine', genuine);
});

describe('arrest or jail threatened by the collector', () => {
  test.each([
    'Police will pick you up from your house tonight. Pay the loan now.',
    'Kamu akan dipenjara kalau tidak bayar hutang.',
    'Loan ka paisa nahi diya to jail jaoge.',
    'Utakamatwa na polisi leo kama hutalipa deni.',
    'Ipapakulong ka namin kapag hindi ka nagbayad ng utang.',
    'Te vamos a meter a la cárcel si no pagas.',
    'We will report you to the police and they will arrest you for fraud. Pay the loan.',
    'You will be arrested by police officers in your area by 4pm if you do not pay.',
    'Kakasuhan ka namin ng estafa kapag hindi ka nagbayad ng utang.',
    'Aapke khilaf FIR darj karenge agar aaj payment nahi kiya.',
    'Kami akan laporkan kamu ke polisi atas tindak penipuan karena tidak bayar pinjaman.',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    'If the debt remains unpaid, the court may issue a warrant after judgment.',
    'If you suspect fraud, report it to the police and call our hotline.',
    'Mpendwa mwanachama, tutawajulisha wadhamini wako kama mkopo hautalipwa ndani ya siku 14.',
    'Scammers may claim you will be arrested. Our agents will never threaten you. Pay only in the app.',
  ])('%s stays genuine', genuine);
});

describe('the reader’s life to be ruined, insults aimed at the reader', () => {
  test.each([
    'We will make your life hell until you pay.',
    'You will die in poverty for refusing to pay this loan.',
    'Kalau tidak bayar hutang, hidup kamu tidak akan tenang.',
    'Tum chor ho, paisa wapas karo.',
    'Wewe ni mwizi, lipa deni lako.',
    'Eres una rata, paga lo que debes.',
    'You shameless dog, pay the money you owe.',
    'Bank ka paisa kha kar baith gaye ho, ab toh bharna padega.',
    'This is to inform the general public that John is a fraudster who borrowed money and refused to pay.',
  ])('%s', (t) => {
    abusiveWith(t, 'intimidation');
  });
  test.each([
    'You are such a dog lover! Your loan payment is due tomorrow.',
    'Police arrested a thief who stole money from the bank yesterday.',
    'Aapki EMI kal due hai, kripya samay par bhugtan karein.',
    'Mkopo wako wa KES 1,200 unadaiwa kesho. Tafadhali lipa kupitia M-Pesa.',
  ])('%s stays genuine', genuine);
});
