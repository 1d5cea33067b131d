// Thirteenth round, abusive collection in other languages (Japanese 闇金 / 取り立て, Korean 불법추심,
// Indonesian pinjol, Spanish, Italian usura, English loan-app harassment): the behaviours of the
// Chinese frames — the reader's people told, their photo spread as a thief's, people sent, harm,
// a rude demand no lender writes — as word classes per language (abuse-lexicon.ts). Each frame
// beside the lender's lawful reminder, the news or advice that describes the abuse, and the
// everyday message that uses the same words. Messages written here.
import { abusiveWith, check, notAbusive } from '../../helpers/checker';

const genuine = (t: string) => expect(check(t).verdict).toMatch(/^(reminder|unrelated)$/);

describe('Japanese: read as Japanese whatever its share of kanji', () => {
  test.each([
    ['金返せ', '返せ'],
    ['逃げられると思うなよ。金を用意しろ。', '用意しろ'],
    ['貸した金を返せ', '返せ'],
    ['利息をつけて50万円で返せ', '返せ'],
  ])('a rude demand for money no lender writes: %s', (t, clause) => {
    abusiveWith(t, 'intimidation', clause);
  });
  test.each([
    ['払えないなら家族に連絡するからな。', '家族'],
    ['借金を返さないなら職場に行くぞ。', '職場'],
    ['返さないと会社に電話するぞ。', '会社'],
    ['払わないなら会社にバラすぞ', '会社'],
    ['ネットに顔写真を晒してやる', 'ネット'],
    ['返済のご相談がなければ、家族に連絡するからな。', '家族'],
  ])('the family, workplace or employer as the next stop over the debt: %s', (t, clause) => {
    abusiveWith(t, 'contact_exposure', clause);
  });
  test.each([
    ['園児1人ずつ殺す', '殺す'],
    ['金が返せないなら、今すぐ死ね', '死ね'],
    ['店をつぶすぞ', 'つぶすぞ'],
    ['嫁を風俗店に売り飛ばす', '売り飛ば'],
    ['お前の実家の住所は分かってるんだよ', '分かってる'],
    ['明日までに返さなかったら職場に乗り込むからな', '乗り込む'],
    ['逃げても無駄だ。家族がどうなってもいいのか', 'どうなっても'],
  ])('harm promised, debt named or not: %s', (t, clause) => {
    abusiveWith(t, 'intimidation', clause);
  });
  test.each([
    'お支払いが確認できておりません。期日までにお支払いください。',
    'ご返済が確認できない場合、勤務先へご連絡させていただく場合がございます。',
    '本日がご返済期日です。お早めにお支払いください。',
    '明日、会社の同僚と飲みに行くぞ！',
    '子どもを迎えに行くぞ',
    '借金を返すために会社に行く。',
    '返済が遅れると、ご家族に迷惑がかかることもあります。お早めにご連絡ください。',
    '本を返せ',
    '会社の住所は分かってるよ、明日行くね',
    '明日は実家に帰るからな',
    'ご返済が遅れた場合、保証会社から連絡がいくことがあります。',
    '元気を出せ！',
    '闇金の取り立てで「会社に電話するぞ」と脅された場合は弁護士に相談してください。',
    '「金返せ」と怒鳴った疑い',
    '借金を返さないと職場に行くと言われました。どうすればいいですか',
    '友達に金を返せと言った',
  ])('a lender’s formal notice, an evening out, advice: %s', (t) => {
    genuine(t);
  });
});

describe('Korean: Hangul endings fused into the verb, banmal demands, exposure online', () => {
  test.each([
    ['대출금 안 갚으면 친구들한테 사진 다 뿌린다.', 'contact_exposure', '친구'],
    ['돈 안 갚으면 니 엄마 가게로 찾아간다.', 'contact_exposure', '엄마 가게로 찾아간다'],
    ['가족들한테 다 연락할 거야. 빨리 갚아라.', 'contact_exposure', '가족'],
    ['병원으로 찾아가 플래카드를 걸겠다', 'contact_exposure', '플래카드를 걸'],
    ['당신 동영상이 포털에 나와 있던데', 'contact_exposure', '동영상이 포털'],
    ['부모 계좌를 대포통장으로 만들어버리겠다', 'intimidation', '만들어버리'],
    ['사기꾼', 'intimidation', '사기꾼'],
    ['신상 다 털어서 공개한다.', 'contact_exposure', '신상 다 털어서 공개'],
    ['너 회사에 다 알린다. 오늘까지 돈 입금해.', 'contact_exposure', '회사'],
    ['이자 안 넣으면 니 애들 학교 앞에서 기다릴게.', 'intimidation', '앞에서 기다릴'],
    ['차용증 사진 가족 단톡방에 올릴 거야.', 'contact_exposure', '사진'],
  ] as const)('%s', (t, id, clause) => {
    abusiveWith(t, id, clause);
  });
  test.each([
    '고객님의 대출 상환일이 3일 지났습니다. 연체 시 신용정보에 등록될 수 있습니다.',
    '연체 안내: 가족이나 직장에 알리지 않습니다. 앱에서 상환해 주시기 바랍니다.',
    '연체 안내: 대출 상환이 연체되었습니다. 빠른 납부 부탁드립니다.',
    '불법추심으로 가족에게 알리겠다고 협박하면 금감원 1332에 신고하세요.',
    '가족들한테 안부 전화해라.',
    '감기 조심해라.',
    '친구한테 빌린 돈 갚아야 하는데 엄마한테 연락해 볼게.',
    '엄마한테 전화할게',
    '몸조심해',
    '아이들 학교 앞에서 기다릴게, 같이 저녁 먹자',
    '회사 대표님께 보고 드리겠습니다.',
    '엄마 생신이라 가족들한테 다 알린다',
    '회사 동료들이랑 저녁 먹으러 찾아간다',
    '회사 때려치우고 여행 가고 싶다',
  ])('a 연체 안내, advice, family talk: %s', (t) => {
    genuine(t);
  });
});

describe('Indonesian pinjol collectors', () => {
  test.each([
    [
      'Kalau tidak bayar hari ini, foto kamu akan kami sebar ke semua kontak sebagai maling.',
      'contact_exposure',
      'foto',
    ],
    [
      'Data dan foto KTP kamu akan kami sebarkan di facebook kalau tidak segera bayar.',
      'contact_exposure',
      'facebook',
    ],
    ['Kalo gak bayar hari ini, siap-siap foto kamu kami viralkan.', 'contact_exposure', 'viralkan'],
    [
      'Kamu mau bayar lewat aplikasi atau saya datangi ke rumah? Saya bisa buat kamu malu!',
      'intimidation',
      'datangi ke rumah',
    ],
    ['Oi maling, bayar utang lu sekarang!', 'intimidation', 'maling'],
    ['Anak kamu kami culik kalau tidak bayar.', 'intimidation', 'culik'],
    [
      'Kami akan tagih ke keluarga kamu kalau tidak bayar.',
      'contact_exposure',
      'tagih ke keluarga',
    ],
    ['Woi bayar! Jangan kabur kau, kami tau rumah kau.', 'intimidation', 'kami tau rumah'],
    [
      'Siapkan mental kamu, kontak darurat kamu sudah kami hubungi semua.',
      'contact_exposure',
      'kontak',
    ],
    [
      'Jika tidak ada itikad baik, tim lapangan kami akan mendatangi rumah dan kantor Anda hari ini.',
      'intimidation',
      'mendatangi rumah',
    ],
    [
      'Menurut data kami Anda belum bayar, kalau tidak bayar hari ini kami hubungi keluarga dan atasan kamu.',
      'contact_exposure',
      'keluarga',
    ],
  ] as const)('%s', (t, id, clause) => {
    abusiveWith(t, id, clause);
  });
  test.each([
    'Segera lakukan pembayaran tagihan Anda melalui aplikasi. PT X terdaftar dan diawasi oleh OJK.',
    'Kami tidak akan menghubungi keluarga Anda. Silakan bayar angsuran sebelum jatuh tempo.',
    'Angsuran Anda terlambat. Tim kami akan menghubungi Anda. Abaikan jika sudah membayar.',
    'Jika penagih mengancam menyebar data ke kontak, laporkan ke OJK.',
    'Pinjol ilegal sering menyebar data nasabah ke kontak. Laporkan ke OJK di 157.',
    'Kirim foto KTP kamu lewat aplikasi untuk verifikasi.',
    'Ibu, tolong telepon keluarga kamu dulu ya.',
    'HP lu mati ya? bayar cicilan besok aja',
    'Yth. Nasabah, mohon segera lakukan pembayaran. Kami tidak akan menyebarkan data pribadi Anda.',
    'Promo! Ajak teman kamu pinjam di aplikasi kami dan dapatkan bonus.',
    'Kami sudah hubungi Anda berkali-kali, mohon segera lakukan pembayaran.',
  ])('an OJK-registered reminder, advice, a family errand: %s', (t) => {
    genuine(t);
  });
});

describe('Spanish and Italian', () => {
  test.each([
    [
      'Si no pagas hoy vamos a mandar tus datos a todos tus contactos y publicar tu foto como ratera.',
      'contact_exposure',
      'tu foto',
    ],
    [
      'Ladrón, paga lo que debes o le avisamos a tu familia y a tu trabajo.',
      'intimidation',
      'Ladrón',
    ],
    [
      'Vamos a exhibirte en redes sociales como estafador si no pagas la deuda.',
      'contact_exposure',
      'exhibirte',
    ],
    ['Te vamos a escrachar en todo el barrio, pagá lo que debés.', 'contact_exposure', 'escrachar'],
    ['voy a secuestrar a tu niño y voy a vender sus órganos', 'intimidation', 'secuestrar'],
    ['Se non paghi ti spezzo le gambe.', 'intimidation', 'spezzo le gambe'],
    ['Si no paga le damos piso.', 'intimidation', 'le damos piso'],
    ['Te vamos a quemar el negocio si no pagas la cuota.', 'intimidation', 'quemar el negocio'],
    [
      'So dove abitano i tuoi figli, porta i soldi entro domani.',
      'intimidation',
      'So dove abitano',
    ],
    [
      'Ya les mandamos mensaje a todos tus contactos diciendo que eres un estafador.',
      'contact_exposure',
      'tus contactos',
    ],
    ['Ya sabemos dónde trabajas, no nos hagas ir.', 'intimidation', 'no nos hagas ir'],
    [
      'Vas a pagar por las buenas o por las malas.',
      'intimidation',
      'por las buenas o por las malas',
    ],
    [
      'Te vamos a hacer pasar la vergüenza de tu vida frente a tu familia.',
      'contact_exposure',
      'vergüenza',
    ],
    [
      'Ti faccio chiudere il negozio se non paghi gli interessi.',
      'intimidation',
      'faccio chiudere',
    ],
    [
      'Según nuestros registros no has pagado, si no pagas le avisamos a tu familia.',
      'contact_exposure',
      'tu familia',
    ],
  ] as const)('%s', (t, id, clause) => {
    abusiveWith(t, id, clause);
  });
  test.each([
    'Estimado cliente, su pago está vencido. Por favor pague en la app para evitar cargos.',
    'Su préstamo tiene un saldo vencido. Comuníquese con nosotros para un convenio de pago.',
    'Mi familia y yo vamos a visitar a tus papás el domingo.',
    'Gentile cliente, la rata del prestito è scaduta. La preghiamo di pagare.',
    'Mi hermano es un sapo, le debo plata',
    'Busca a tu mamá en la tienda y paga la cuenta',
    'Recuerda pagar tu cuota. Síguenos en Facebook para más promociones.',
    'Le recordamos que su adeudo puede ser reportado al buró de crédito.',
    'Si no realiza su pago, nos comunicaremos con sus referencias para localizarlo.',
    'Lo mejor es pagar la cuota a tiempo para evitar pagar las consecuencias de intereses.',
  ])('a lender’s reminder, a visit among friends, an Italian instalment: %s', (t) => {
    genuine(t);
  });
  test('a collector who scorns the police is still making the threat', () => {
    abusiveWith(
      'Se non mi dai i soldi vengo a casa tua e ti ammazzo. Non ho paura dei carabinieri.',
      'intimidation',
    );
  });
});

describe('English loan-app harassment (Kenya, Nigeria, India, Singapore)', () => {
  test.each([
    [
      'We will post your picture on Facebook as a scammer if you do not settle your loan.',
      'contact_exposure',
      'Facebook',
    ],
    [
      'We have your contact list. Everyone will know you are a scammer.',
      'contact_exposure',
      'Everyone will know',
    ],
    ['O$P$ pay up or we burn your house', 'contact_exposure', 'O$P$'],
    [
      'Neighbour, this house will be locked and painted if he does not pay.',
      'intimidation',
      'will be locked',
    ],
    [
      'We are going to message everyone in your phonebook that you are a fraud.',
      'contact_exposure',
      'everyone in your',
    ],
    ['We will make you a laughing stock in your office.', 'contact_exposure', 'laughing stock'],
    ['You borrowed and ran away. We will hunt you down.', 'intimidation', 'hunt you down'],
    [
      'Kindly inform your friend that he is owing us. He has used you as a reference.',
      'contact_exposure',
      'used you as a reference',
    ],
    ['Foolish girl, you think you can hide? Pay your loan today.', 'intimidation', 'Foolish'],
    [
      'According to our records you have not paid. Pay today or we will inform your employer and family.',
      'contact_exposure',
      'employer',
    ],
    [
      'Not paying your loan is illegal. Pay now or we will call your boss.',
      'contact_exposure',
      'your boss',
    ],
  ] as const)('%s', (t, id, clause) => {
    abusiveWith(t, id, clause);
  });
  test.each([
    'Your loan payment of KES 2,500 is overdue. Please pay today to avoid being reported to the credit reference bureau.',
    'Dear customer, your account is 30 days past due. Legal action may be taken if payment is not received.',
    'If you do not pay, your account will be referred to a collection agency.',
    'We will never contact your family or friends about your loan. Please pay in the app.',
    'If a loan app threatens to contact your family, report harassment to OJK.',
    'Loan apps in Kenya have been shaming borrowers by sending messages to their contacts, victims say.',
    'Post your photos on Facebook for the contest and tag your friends!',
    'Never share your photo or ID on Facebook with strangers.',
    'You will regret not coming!',
    'We may contact your employer to verify your employment as per the loan agreement.',
    'Reminder: please send your photo ID to complete your loan application.',
    'Dear customer, your loan is overdue. Our field officer will visit you to discuss a repayment plan.',
    'Refer a friend: send your friend a link and get KES 100 off your next loan.',
    'Your loan of KES 5000 has been sent to your M-Pesa. Tell your friends about us!',
    'Thank you for your payment. Share the app with everyone in your contact list and earn rewards.',
    'You borrowed KES 3000. Your repayment is due on Friday.',
    'Tu foto de perfil en Facebook quedó muy bonita, paga la cena cuando puedas',
    'Foto kamu bagus banget di facebook, nanti bayar utang makan ya',
  ])('a credit-bureau warning, a referral, news, advice, a contest: %s', (t) => {
    genuine(t);
  });
  test.each([
    'This is M-Shwari. Send the processing fee of KES 500 to 0712345678 to unlock your loan, or we will inform your employer.',
    'Your loan is approved. Pay the insurance fee first via this link bit.ly/abc or we will call your family.',
  ])('a scam that threatens exposure stays a scam: %s', (t) => {
    expect(check(t).verdict).toBe('scam');
    notAbusive(t);
  });
});
