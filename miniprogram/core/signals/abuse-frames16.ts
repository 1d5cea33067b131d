// Sixteenth round: abusive collection in English, Indonesian/Malay, romanised Hindi, Swahili,
// Tagalog and Spanish as frames — a target of the reader's and an act on it, in the same clause or
// the next, said as a threat (a future, a condition, a debt in talk) — not one message's phrase.
//   exposure16 (contact_exposure): the reader's contacts, family, employer or neighbours to be
//     called or told; the reader's photo, name or ID to be posted on social media or in groups;
//     a contact told the borrower is a thief or a fraud and asked to make them pay.
//   menace16 (intimidation): agents coming to the reader's home, office or village; arrest or
//     jail threatened by the collector (not a court's process); the reader's life to be ruined;
//     insults addressed to the reader.
// A lender's lawful steps stay reminders: "we may contact your references to verify", "a field
// visit may be scheduled per your agreement", "your guarantors will be notified".

import type { Context } from '../engine/context';
import { globalOf, sentenceOf } from '../engine/frames';
import { foreign, reportedAbroad } from './abuse-lexicon';

type Pos = { s: number; e: number };

const W = '(?![a-z\u00c0-\u024f])';
const YOUR = '(your|ur|yr)';
/** The reader's people and places to be told (targets), each language with its possessive. */
const CIRCLE = new RegExp(
  `\\b(all (of )?)?${YOUR}( (entire|whole|close|dear|own))? (contacts?|contact list|phone ?book|family( members)?|relatives|friends?|employer|boss|office|colleagues?|co-?workers|workmates|neighbou?rs?|wife|husband|spouse|parents|mother|father|mum|mom|dad|siblings|brothers?|sisters?|church|pastor|manager|hr|landlord|references|village|in-laws)${W}` +
    '|\\bevery(one|body) (in your|you know)' +
    `|\\b(semua |seluruh )?(kontak|keluarga|saudara|teman|kerabat|rekan kerja|atasan|bos|kantor|tetangga|orang ?tua|istri|suami|hrd|perusahaan)( dan [a-z]+)?( (kamu|anda|lu|lo|kau|awak|korang)|mu)${W}` +
    '|\\b(aapke|apke|tumhare|tumhaare|tere|aapki|tumhari|teri)( sabhi| saare| sare| sab| pure| poore)? (contacts?|contact list|family|parivar|ghar ?wal[eo]n?|rishte ?da+r(on|o)?|relatives|dost(on|o)?|friends|office|boss|colleagues|padosi(yon)?|neighbours?|biwi|pati|company)' +
    `|\\b(familia|ndugu|jamaa|marafiki|rafiki|mwajiri|bosi|ofisi|wafanyakazi wenzako|majirani|jirani|wazazi|mke|mume|kanisa|contacts) (yako|zako|wako|lako|wote|yote|zote)${W}` +
    `|\\b(pamilya|kamag-anak|kaibigan|employer|amo|boss|opisina|katrabaho|kasamahan|kapitbahay|magulang|asawa|contacts) (mo|ninyo|niyo)${W}` +
    `|\\b(tu|tus|su|sus) (familia|familiares|contactos|amigos|jefe|jefa|trabajo|compa[nñ]eros|vecinos|referencias|esposa|esposo|padres|mam[aá])${W}`,
  'g',
);
/** Calling, telling or messaging someone, said as the speaker's act to come. */
const TELL = new RegExp(
  "\\b(we|i|our [a-z]+( [a-z]+)?|the (system|company)|they)( will| shall|'ll| are going to| am going to| are gonna| gonna| are about to| have (already )?| had)( now| then| also| soon| immediately| personally| start| begin)? (to )?(call(ed|ing)?|ring|phone|message(d)?|text(ed)?|sms|whatsapp|tell|told|inform(ed)?|notif(y|ied)|alert(ed)?|contact(ed)?|reach out to|write to|email|broadcast to|send (a )?(message|messages|sms|texts?|notices?) to|sen[dt] (this|it|the messages?) to|expose you to)" +
    '|\\b(akan|bakal|segera|kami|saya|gue|kita)( akan| segera| langsung)? (hubungi|menghubungi|telepon|telpon|menelepon|nelpon|sms|wa|kabari|mengabari|kabarin|beritahu|memberitahu|kasih tahu|kasih tau|kirim(i|kan)? (pesan|sms|wa)|tagih|menagih|datangi|mendatangi|sebar(kan)?|menyebar(kan)?)' +
    '|\\b(ko |ke |me |mein )?(call|phone|message|msg|sms|whatsapp|inform)( kar| kar ke)? (denge|karenge|karunga|karengi|dunga)|\\bbata (denge|dunga|dunge|diya jayega)|\\bbata(e|ye)nge|\\bbataunga' +
    '|\\b(tuta|nita|wata)(wa|m|ku)?(pigia|ambia|julisha|tumia|eleza|fikia)|\\btutawasiliana na' +
    '|\\b(tatawagan|tatawagin|ite-text|itetext|i-te-text|imemessage|ime-message|sasabihan|sasabihin|ipapaalam|ipaaalam|kokontakin|ichachat)' +
    '|\\b(vamos a|voy a|van a)( (llamar|avisar|decir|contactar|escribir|mandar|molestar))(le|les)?|\\b(llamaremos|avisaremos|contactaremos|les diremos|les avisaremos)',
  'g',
);
/** The target told, in the passive: "your employer will receive a message", "familia yako itajua". */
const TOLD_AFTER =
  /^[^,.;!?\n]{0,24}?\b(will|shall|are going to|'ll)( all| also| soon)? (be (informed|notified|called|contacted|messaged|told|alerted)|receive|get (a |our )?(call|message|sms|notice)|know|hear|learn|find out)\b|^[^,.;!?\n]{0,16}?\b(akan|bakal) (kami )?(tahu|dihubungi|diberitahu|ditelepon|menerima)\b|^ (itajua|watajua|watapigiwa|watajulishwa)\b|^[^,.;!?\n]{0,16}? (ko pata chal jayega|ko pata chalega|jaan jayenge)/;

/** The reader's picture, name or ID: what a collector threatens to post. */
const MEDIA = new RegExp(
  `\\b${YOUR}( [a-z]+)? (photos?|pictures?|pics?|face|images?|id( card)?|name|details|aadhaa?r|pan card|bvn|selfies?|videos?)${W}` +
    `|\\b(foto|wajah|ktp|data|identitas|nama)( (kamu|anda|lu|lo|kau)|mu)${W}` +
    '|\\b(aapki|tumhari|teri|aapka|tumhara|tera) (photo|pic|tasveer|aadhaa?r|pan|details|naam)' +
    `|\\b(picha|kitambulisho|jina) (yako|lako|chako)${W}|\\b(litrato|larawan|picture|mukha|id|pangalan|selfie) mo${W}` +
    `|\\b(tu|su|tus|sus) (foto|fotos|cara|imagen|ine|nombre|datos)${W}`,
  'g',
);
const SPREAD =
  /\b(post|share|circulat|upload|publish|broadcast|forward|spread|plaster|put|sebar|menyebar|viral|posting|unggah|pajang|bagikan|daal|dal denge|bhej|tutaweka|tutasambaza|tutapost|itasambazwa|itawekwa|ipo-?post|ipapost|i-post|ipapakalat|ikakalat|isheshare|ishe-share|ilalagay|publicar|subir|compartir|difundir|publicaremos|subiremos)/;
const PUBLIC =
  /\b(social media|facebook|fb|instagram|insta|tiktok|twitter|whatsapp|wa|groups?|status|online|internet|telegram|sosmed|medsos|media sosial|grup|mitandao|redes sociales|grupos?|contacts|kontak|contactos)\b/;

/** A crime's name put on a third person: "rahul is a fraud", "dia penipu", "ni mwizi". */
const THIRD_CRIME = new RegExp(
  "\\b(he|she|this (man|woman|person|guy|lady)|[a-z]+)( is|'s| iz)( a| an)?( big| known| serial| chronic| notorious| real)? (fraud(ster)?|thief|scammer|cheat(er)?|criminal|defaulter|con ?man|liar)" +
    '|\\b(dia|beliau|[a-z]+) (adalah |itu |seorang |merupakan )?(penipu|maling|pencuri|buronan|tukang ngutang)' +
    '|\\b(wo|woh|vo|ye|yeh|[a-z]+) (ek )?(chor|fraud|dhokh?ebaaz|cheater|defaulter) (hai|he|h)' +
    '|\\b(yeye |[a-z]+ )?ni (mwizi|tapeli|mlaghai|mdanganyifu)' +
    '|\\b(si [a-z]+|siya) (ay )?(isang )?(scammer|magnanakaw|manloloko|estafador|kriminal)' +
    '|\\b(él|ella|[a-z]+) es (un|una) (ratero|ratera|ladr[oó]na?|estafador[a]?|rata|fraude|delincuente)',
  'g',
);
/** The reader asked to make that person pay, or told their number was given as a reference. */
const MAKE_PAY =
  /\b(tell|ask|advise|remind|urge|inform) (him|her|them|[a-z]+) to (pay|settle|clear|repay|call us)(?! (attention|a visit|respect|tribute|heed))|\b(used|gave|listed|put) (you|your (number|name|contact)) as (a |an |his |her )?(guarantor|reference|referee|emergency contact)|\b(suruh|bilang|sampaikan|beritahu|kasih tahu|ingatkan|minta)( ke| kepada| pada)? (dia|beliau|teman|saudara|[a-z]+)( untuk| agar| supaya)? (bayar|melunasi|membayar|segera)|\b(usko|use|unko|usse) (bolo|bol do|kaho|keh do|boliye|kahiye|samjhao)|\b(mwambie|waambie|mjulishe|mkumbushe)|\b(sabihan mo|sabihin mo|pakisabi)|\b(dile|d[ií]gale|av[ií]sale|d[ií]ganle)( que)? (pague|se comunique)/;

/** The reader asked to pass a third person's debt on: "sampaikan ke teman anda…, dia belum bayar". */
const RELAY =
  /\b(me)?(nyampaikan|sampaikan|beritahu(kan)?|memberitahu(kan)?|kasih tahu|ingatkan|mengingatkan|tegur|suruh)( ke| kepada| pada)? (teman|saudara|keluarga|kerabat|rekan|atasan)( anda| kamu|mu)?|\b(tell|inform|remind|ask|advise|warn) your (friend|relative|colleague|brother|sister|cousin|contact|son|daughter|husband|wife)\b|\b(apne|aapke|tumhare) (dost|rishtedaar|bhai|behen) (ko|se) (bolo|kaho|batao|samjhao)|\b(mwambie|mjulishe|mkumbushe) (rafiki|ndugu|jamaa) (yako|wako)|\b(sabihan|sabihin|paalalahanan) mo (ang|si) (kaibigan|kamag-anak|kapatid)|\b(dile|av[ií]sale) a (tu|su) (amig[oa]|familiar|herman[oa])/g;
/** That person's own unpaid loan, in the third person. */
const THEIR_DEBT =
  /\b(dia|beliau)( [a-z]+){0,3} (belum|tidak|tak|gak|nggak) (membayar|bayar|melunasi)|\b(cicilan|pinjaman|hutang|utang|tagihan)nya\b|\b(his|her|their) (loan|debt|payment|dues|balance|arrears)\b|\b(he|she) (has not|hasn'?t|did not|didn'?t|refused to) (paid|pay|repaid|repay)|\b(uska|uski|unka) (loan|karz|paisa|payment|emi)|\b(deni|mkopo) (lake|wake)\b|\b(utang|loan) niya\b|\bsu (deuda|pr[eé]stamo)\b/;
/** The reader's family branded thieves or frauds: "gia đình lừa đảo", "keluarga penipu". */
const FAMILY_BRANDED =
  /\b(family|keluarga|familia|parivar|khandaan|pamilya) (of |de |ng |ka )?(fraudsters|thieves|scammers|liars|penipu|maling|pencuri|ratas|rateros|ladrones|estafadores|chor|chor[oō]n|magnanakaw|manloloko|wezi|matapeli)|\bchor(on)? (ka|ki) (parivar|family|khandaan)|gia đình (lừa đảo|ăn cắp|ăn quỵt|giựt nợ)/g;

// Someone coming to the reader's home, office or village.
const COME = new RegExp(
  "\\b(we|they|our [a-z]+( [a-z]+)?|my (men|boys|people))( will| shall|'ll| are| is| are going to)?( be)? (coming|come|visit(ing)?|arriv(e|ing)|show(ing)? up|stop(ping)? by|drop(ping)? by|be) (to |at |in |outside |round to |over to )?(your|ur) (house|home|place|office|workplace|work|village|shop|business|school|church|door|gate|compound|estate|hostel|address)" +
    "|\\b(we are|we will be|we'll be) sending (our )?([a-z]+ )?(agents?|people|team|officers?|men|boys|someone) to (your|ur)" +
    '|\\b(tim|petugas|kolektor|dc|debt collector|orang|anak buah|kami|saya|gue|kita)( [a-z]+)?( akan| bakal| segera| sedang| lagi| sudah)? (datang|datangi|mendatangi|menuju|meluncur|otw|berangkat|mampir|berkunjung|samperin)( ke)? (rumah|kantor|tempat kerja|kampung|alamat)' +
    '|\\b(tumhare|aapke|apke|tere) (ghar|office|gaon|dukaa?n|mohalle)( pe| par| me| mein)?( [a-z]+){0,3} (aa rahe|aa rahi|aayenge|aaenge|aa jayenge|pahunch|pohonch|bhej)' +
    '|\\b(agent|agents|team|log|aadmi|bande|recovery wale)( [a-z]+){0,2} (ghar|office|gaon)( pe| par| me)? (aa rahe|aayenge|aaenge|aa jayenge|bhej)' +
    '|\\b(tutakuja|tunakuja|watakuja|wanakuja|tutafika|watafika|tutakutembelea|watakutembelea|tutakufuata)( [a-z]+){0,2} (nyumbani|kazini|ofisini|kijijini|kwako|kwenu)' +
    '|\\btunajua (unapoishi|unakoishi|unapofanya kazi|nyumbani kwako)' +
    '|\\bpupuntahan (ka|kita)|\\b(pupunta|darating|dadalaw)( na)? (kami|ang (mga )?(agent|tao|collector|team))( [a-z]+){0,3} (sa )?(bahay|opisina|trabaho|tindahan|barangay)|\\balam namin kung saan ka (nakatira|nagtatrabaho)' +
    '|\\b(vamos a|voy a|van a)( ir| llegar| pasar| estar)? (a|por|en) (tu|su) (casa|domicilio|trabajo|oficina|negocio|colonia)|\\b(iremos|llegaremos|pasaremos|estaremos) (a|por|en) (tu|su) (casa|domicilio|trabajo|oficina|negocio)',
  'g',
);
// The collector's own arrest or jail threat ("we will have you arrested", "jail jaoge").
const JAIL = new RegExp(
  "\\b(we|i)( will|'ll| shall| are going to| am going to)( make sure)?( have| get)? (you|u) (arrested|jailed|locked up|imprisoned)|\\b(send|put|throw|take) (you|u) (to|in|into|behind) (jail|prison|cell|bars)|\\bpolice (will|shall|are going to|are coming to|is coming to) (arrest|pick|come for|catch|collect|carry|take) (you|u)|\\b(you|u)( will|'ll| are going to| gonna) (go to|be sent to|end up in|rot in|sleep in) (jail|prison|cell)|\\b(you|u)( will|'ll) be (arrested|jailed|locked up|picked up by (the )?police)" +
    '|\\b(kamu|anda|lu|lo|kau|awak)( akan| bakal| bisa)? (dipenjara(kan)?|ditangkap|masuk (penjara|bui)|dijemput polisi)|\\b(kami|saya|gue)( akan| bakal)? (laporkan|melaporkan|polisikan|penjarakan|pidanakan)( (kamu|anda|lu|lo|kau))? ke (polisi|pihak berwajib)' +
    '|\\b(jail|jel) (jaoge|jaaoge|jaogi|bhej denge|bhejenge|bhijwa denge|me daal denge|hogi|ho jayegi|jaana padega)|\\bpolice( case| complaint)? (karenge|kar denge|aayegi|utha legi|uthayegi|pakad legi|le jayegi|arrest karegi)|\\b(tumhe|tujhe|aapko) arrest kar(egi|enge|wa denge)|\\barrest (karwa denge|karwayenge|ho jaoge|hoge)|\\bfir (karenge|darj karenge|kar denge|karwa denge)' +
    '|\\b(utakamatwa|tutakukamatisha|utafungwa|tutakufunga|tutakupeleka (polisi|jela))|\\bpolisi (watakukamata|watakuja)' +
    '|\\b(ipapakulong|ipakukulong|makukulong ka|ipapahuli|ipahuhuli|huhulihin ka|dadamputin ka)' +
    '|\\b(te|lo|la) (vamos a|voy a|van a) (meter|mandar|llevar) (a la|al) (c[aá]rcel|bote|tambo|prisi[oó]n|penal)|\\bvas a (ir|terminar|acabar) (a la|en la) (c[aá]rcel|prisi[oó]n)',
  'g',
);
// A court's own process: the lawful road (authority_threat judges such claims).
const COURT =
  /\b(court|summons|warrant|judgment|judgement|decree|magistrate|tribunal|pengadilan|mahakama|korte|juzgado|adalat)\b/;
// The reader's life, name or future to be ruined.
const RUIN = new RegExp(
  "\\b(we|i)( will|'ll| shall| are going to)( make)? (make your life|ruin your|destroy your|finish you|deal with you)|\\bmake your life (hell|miserable|a living hell)" +
    '|\\b(hidup|hidupmu)( (kamu|anda|lu))? (tidak|nggak|gak|tak) akan (tenang|aman)|\\bkami (buat|bikin) hidup( (kamu|anda|lu)|mu) (sengsara|susah|hancur)' +
    '|\\b(zindagi|life) (barbaad|barbad|narak|jahannum|kharab) (kar denge|bana denge|kar dunga|ho jayegi)|\\b(pachtaoge|pachhtaoge|nahi chhodenge|chhodenge nahi)' +
    '|\\b(utajuta|tutakuharibia maisha|hutapata amani)|\\b(pagsisisihan mo|sisirain namin ang buhay mo|hindi ka namin tatantanan)' +
    '|\\b(te (vamos|voy) a hacer la vida imposible|la vas a pagar)',
  'g',
);
/** Insults the lexicon lacks, only as said to the reader ("you dog", "dasar sampah", "chor ho"). */
const INSULT = new RegExp(
  '\\b(you|u)( are| r)?( a| an| such a)?( shameless| stupid| bloody| useless| dirty| wicked| big)? (dog|pig|goat|moron|animal|beggar|cheat|criminal|rogue|wretch|idiot|thief|fraud|liar)s?(?=\\s*([,.!?;]|$)|\\s+(who|like|and|that|pay))' +
    '|\\b(dasar|kamu|lu|lo|kau) (monyet|sampah|tai|bodoh|kere|gembel|setan|iblis|tidak tahu malu|tak tahu malu|muka tembok)\\b' +
    '|\\b(tum|tu|aap) (chor|kutt[aei]|kamin[ae]y?|harami|haramkhor|besh?aram|gadha|ullu|bhikh?ari|nalayak|dhokh?ebaaz|fraud)( (ho|hai|he|h))?\\b|\\b(saala|saale|sale) (chor|kutta|kamina|harami|fraud)\\b' +
    '|\\b(wewe|ni) (mwizi|tapeli|mjinga|mbwa|mshenzi|fala|mpumbavu|mwongo)\\b|\\b(mwizi|tapeli|mjinga|mbwa|mshenzi|mpumbavu) (wewe|mkubwa)\\b|\\b(huna|hauna) aibu\\b' +
    '|\\b(walang hiya|hayop|gago|gaga|tanga|bobo|tarantado|ulol|magnanakaw|manloloko|scammer|patay gutom) ka\\b|\\bkapal ng mukha mo\\b' +
    '|\\b(fuck(ing|in|ed)?|motherfucking|f\\*+(ing|king)?)\\b|\\beres (un|una) (rata|ratero|ratera|ladr[oó]na?|perr[oa]|cerd[oa]|mugros[oa]|in[uú]til|est[uú]pid[oa]|idiota|basura|lacra|estafador[a]?)\\b',
  'g',
);
/** Abuse with no debt needed: a wish of death, a curse, the reader said to have eaten the money. */
const CURSE =
  /\b(i|we) (wish|hope|pray) (you|u) (die|died|were dead|would die|drop dead|rot)\b|\b(you|u)('re| are| r) (so )?fucked\b|\bfuck (you|u|off)\b|(पैसा|पैसे|पैसों) (खा|मार|हड़प|हजम|हज़म)|\b(paisa|paise|pesa) (kha|khaa|maar|mar|hazam|hadap)( ?kar| ?ke| gaye| gye| liya| liye| gaya)/g;
/** A debt or payment named (the lexicon's list has no Swahili, Tagalog or romanised Hindi). */
const DEBT =
  /\b(pay|paid|payment|repay|loan|debt|owe|owing|overdue|dues|balance|emi|money|bayar|hutang|utang|pinjaman|pinjol|cicilan|angsuran|tagihan|tunggakan|paisa|paise|karz|karza|udh?aar|deni|mkopo|lipa|ulipe|kulipa|pesa|bayad|magbayad|nagbayad|magbabayad|babayaran|bayaran|bayarin|pera|deuda|pagar|pagues?|pagas?|pagan|pague|pr[eé]stamo|dinero|plata|debes)\b/;
/** What makes an act a threat without a debt named: a condition or an ultimatum, or collectors. */
const THREAT_SHAPE =
  /\b(if (you )?(don'?t|do not|fail)|unless|or else|otherwise|failure to|before [0-9]|kalau (tidak|tak|belum)|jika (tidak|tak|belum)|kalo (gak|ga|nggak|belum)|atau (kami|saya)|nahi to|nahi toh|warna|usipolipa|kama hu[a-z]+|la sivyo|kapag hindi|kung hindi|si no|o si no|de lo contrario|agents?|agentes|cobradores|gestores|collectors?|recovery|petugas|kolektor|debt collector|lapangan)\b|\b(fraud(ster)?|thief|scammer|chor|mwizi|tapeli|penipu|maling|magnanakaw|manloloko|rater[oa]|ladr[oó]n|estafador[a]?)\b/;
// A promise not to, a lender's "may", a check of the borrower's details, a notice to guarantors.
const NOT_BEFORE =
  /\b(not|never|no|won'?t|don'?t|may|might|could|can|tidak|tak|takkan|nggak|gak|jangan|nahi|nahin|mat|hatuta|hawata|hindi|huwag|nunca|jam[aá]s)( [a-z'-]+){0,3} ?$/;
const IF_NOT =
  /\b(if|kalau|jika|kalo|si|kung|agar|unless|kapag)\b[^,.;!?]{0,24}\b(no|not|don'?t|tidak|tak|belum|hindi|nahi|nahin)\b|\bnahi?n? ([a-z]+ )?(to|toh)\b/;
/** A warning not to share: "never share your ID", "jangan bagikan", "huwag i-post". */
const NEVER = /\b(never|jangan|huwag|nunca|kabhi mat|usishiriki|usitume|usiweke)\b/;
const LAWFUL =
  /\b(verify|verification|confirm|verifikasi|konfirmasi|verificar|per your agreement|as per (the |your )?(agreement|contract|terms)|in accordance with|appointment|scheduled|sesuai (perjanjian|jadwal)|guarantors?|guaranteed|penjamin|mdhamini|refer|referral|invite|reward|bonus|promo)\b/;

// The reader as the loan's own guarantor, told of its arrears: the lender's lawful notice.
const SURETY = /\b(you (have |had )?guaranteed|verify|verification)\b/;

function scan(re: RegExp, t: string): Pos[] {
  const g = globalOf(re);
  const out: Pos[] = [];
  for (let m = g.exec(t); m && out.length < 24; m = g.exec(t))
    out.push({ s: m.index, e: m.index + m[0].length });
  return out;
}

function refused(ctx: Context, h: Pos): boolean {
  const before = ctx.text.slice(Math.max(0, h.s - 24), h.s);
  return (NOT_BEFORE.test(before) && !IF_NOT.test(before)) || LAWFUL.test(sentenceOf(ctx, h));
}

/** `a` and `b` in the same clause or the next, close together. */
function paired(ctx: Context, a: Pos, b: Pos, reach = 48): boolean {
  return (
    Math.abs(ctx.clause[a.s] - ctx.clause[b.s]) <= 1 &&
    (b.s >= a.e ? b.s - a.e : a.s - b.e) <= reach
  );
}

/** The sentence of `h` or the one before it has a threat's shape. */
function shaped(ctx: Context, h: Pos): boolean {
  const t = ctx.text;
  const sent = ctx.sentence[h.s];
  let s = h.s;
  while (s > 0 && ctx.sentence[s - 1] >= sent - 1) s--;
  let e = h.e;
  while (e < t.length && ctx.sentence[e] === sent) e++;
  return THREAT_SHAPE.test(t.slice(s, e));
}

function usable(ctx: Context): boolean {
  return foreign(ctx) && !reportedAbroad(ctx);
}

/** The reader's people told, their picture posted, a contact told the borrower is a thief. */
export function exposure16(ctx: Context): Pos[] {
  if (!usable(ctx)) return [];
  const t = ctx.text;
  const out: Pos[] = [];
  const debt = DEBT.test(t);
  const circle = scan(CIRCLE, t);
  if (circle.length) {
    const acts = scan(TELL, t).filter((a) => !refused(ctx, a));
    for (const c of circle) {
      const act = acts.find((a) => (a.e <= c.s + 4 || a.s >= c.e) && paired(ctx, a, c, 40));
      if (act && (debt || shaped(ctx, act))) out.push(act, c);
      else if (TOLD_AFTER.test(t.slice(c.e, c.e + 48)) && debt && !refused(ctx, c)) out.push(c);
    }
  }
  for (const m of scan(MEDIA, t)) {
    const sent = sentenceOf(ctx, m);
    if (
      SPREAD.test(sent) &&
      PUBLIC.test(sent) &&
      (debt || shaped(ctx, m)) &&
      !refused(ctx, m) &&
      !NEVER.test(sent)
    )
      out.push(m);
  }
  if (debt || MAKE_PAY.test(t))
    for (const c of scan(THIRD_CRIME, t)) {
      const s = Math.max(0, c.s - 160);
      if (MAKE_PAY.test(t.slice(s, c.e + 200)) && !SURETY.test(t)) out.push(c);
    }
  if (debt || THEIR_DEBT.test(t))
    for (const r of scan(RELAY, t)) {
      const b = { s: Math.max(0, r.s - 120), e: Math.min(t.length, r.e + 160) };
      if (THEIR_DEBT.test(t.slice(b.s, b.e)) && !SURETY.test(t) && !refused(ctx, r)) out.push(r);
    }
  for (const f of scan(FAMILY_BRANDED, t)) if (debt || t.length <= 60) out.push(f);
  return out;
}

/** People coming, the collector's arrest threat, a ruined life, insults to the reader. */
export function menace16(ctx: Context): Pos[] {
  if (!usable(ctx)) return [];
  const t = ctx.text;
  const out: Pos[] = [];
  const debt = DEBT.test(t);
  for (const v of scan(COME, t)) if ((debt || shaped(ctx, v)) && !refused(ctx, v)) out.push(v);
  out.push(...scan(CURSE, t));
  if (debt) {
    for (const j of scan(JAIL, t))
      if (!COURT.test(sentenceOf(ctx, j)) && !refused(ctx, j)) out.push(j);
    for (const r of scan(RUIN, t)) if (!refused(ctx, r)) out.push(r);
    out.push(...scan(INSULT, t));
  }
  return out;
}
