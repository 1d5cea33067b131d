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
import { sentenceOf } from '../engine/frames';
import { foreignFrames } from './abuse-lexicon';
import { scan } from './degrading-acts';
import { sentenceWindow } from './scripts6';

type Pos = { s: number; e: number };

/** A debt or payment named (the lexicon's list has no Swahili, Tagalog or romanised Hindi). */
const DEBT =
  /\b(pay|paid|payment|repay|loan|debt|owe|owing|overdue|dues|balance|arrears|emi|money|bayar|babayaran|bayaran|hutang|utang|pinjaman|cicilan|tagihan|paisa|paise|karz|udh?aar|deni|mkopo|lipa|ulipe|alipe|pesa|bayad|magbayad|nagbayad|magbabayad|pera|pay(ez|er)|rembours[a-z]*|dette|deuda|pag[ae]s?|pagar|pr[eé]stamo|dinero)\b/;
/** What makes an act a threat without a debt named: a condition, collectors, a crime's name. */
const THREAT_SHAPE =
  /\b(if (you )?(don'?t|do not|fail)|unless|or else|otherwise|kalau (tidak|belum)|jika (tidak|belum)|nahi to|warna|usipolipa|kama hu[a-z]+|kapag hindi|kung hindi|si no|si vous ne|sinon|agents?|collectors?|recovery|fraud|thief|scammer|chor|mwizi|tapeli|magnanakaw)\b/;
const IF_NOT =
  /\b(if|kalau|jika|kalo|si|kung|agar|unless|kapag)\b[^,.;!?]{0,24}\b(no|not|don'?t|tidak|tak|belum|hindi|nahi|nahin)\b|\bnahi?n? ([a-z]+ )?(to|toh)\b/;
// A greeting or an invitation: the family called to a party is no one told of a debt.
const FESTIVE =
  /\b(birthday|celebrat|wedding|congratulat|wish (her|him|them|you)|party|dinner|felicit|cumplea[nñ]os|boda|fiesta|cenar|sherehe|harusi|ulang tahun|pesta|kaarawan|shaadi)/;

// Reaching the borrower's listed contact only to confirm a number or find the borrower (allowed
// when the borrower cannot be reached, as long as the debt is not told).
const REACH_ONLY =
  /\b(mengonfirmasi|konfirmasi|memverifikasi|verifikasi|verify|confirm|locate|(tidak|tak) (dapat|bisa) dihubungi|cannot be reached|can'?t be reached|unreachable|localizarte)\b/;

/**
 * A hit of the other languages' exposure lists in a greeting or invitation, or in reaching a
 * contact only to find the borrower, with no debt named in its sentence.
 */
export function festive16(ctx: Context, h: Pos): boolean {
  const sent = sentenceOf(ctx, h);
  return (
    (FESTIVE.test(sent) || REACH_ONLY.test(sent)) && !DEBT.test(sent) && !THREAT_SHAPE.test(sent)
  );
}

const PROMISE_NOT = /\b(never|not|won'?t|don'?t)( [a-z'-]+){0,2} ?$/;
const VISIT_WORD = /\b(visit|come|coming|be at|reach|arrive|turn up|show up)\b/;

// An English insult of the lexicon told of someone in a story ("police arrested a thief who…"):
// an article before it (not "he is a thief": a claim about someone) and no one addressed.
const TOLD_OF = /\b(a|an|the)( [a-z]+)? $/;
const CLAIMED = /\b(is|was|are|be|as) (a|an|the)( [a-z]+)? $/;
const ENGLISH_INSULT = /^(thief|liars?|scammer|fraudster|criminal|con ?man)$/;
const ADDRESSED = /\b(you|your|u|ur|yourself)\b/;

/**
 * A hit of the lexicon's threats that is none: a visit promised not to happen ("our agents will
 * never visit your home"), or an insult told of someone in a story.
 */
export function spared16(ctx: Context, h: Pos): boolean {
  const t = ctx.text;
  const before = t.slice(Math.max(0, h.s - 24), h.s);
  const word = t.slice(h.s, h.e);
  if (PROMISE_NOT.test(before) && !IF_NOT.test(before) && VISIT_WORD.test(word)) return true;
  return (
    ENGLISH_INSULT.test(word) && TOLD_OF.test(before) && !CLAIMED.test(before) && !ADDRESSED.test(t)
  );
}

// The frames below (some twenty-five regexes) are built on the first notice in another language
// than Chinese, not on load: on the phone creating a regex costs a parse each.
function frames() {
  /** The reader's people, in the languages the lexicon lacks (and English, told in the passive). */
  const CIRCLE =
    /\b(aapke|apke|tumhare|tere)( sabhi| saare| sab)? (contacts?|family|parivar|ghar ?wal[eo]n?|rishtedaar(on)?|relatives|dost(on)?|office|boss|padosi(yon)?)|\b(familia|ndugu|marafiki|rafiki|mwajiri|bosi|majirani|wazazi|contacts) (yako|zako|wako|wote)\b|\b(pamilya|kamag-anak|kaibigan|employer|amo|boss|katrabaho|kapitbahay|magulang|asawa|contacts) (mo|ninyo)\b|\byour (contacts|family|relatives|friends|employer|boss|colleagues|workmates|neighbou?rs|office)\b|\b(votre|ta|vos|tes) (famille|employeur|patron|coll[eè]gues|proches|contacts|amis|voisins)\b/g;
  /** Calling or telling them, said as the speaker's act to come. */
  const TELL =
    /\b(call|phone|message|msg|whatsapp)( kar)? (denge|karenge|dunga)|\bbata (denge|dunga)|\bbata[ey]nge|\b(tuta|nita|wata)(wa|m)?(pigia|ambia|julisha|tumia)|\bpata chal (jayega|jaega)|\b(nous allons|on va|je vais) (appeler|contacter|pr[eé]venir|informer|avertir)|\b(call|message|msg|sms|bata)( kar)? (diya|diye) (gaya |gaye )?(hai|hain)|\b(tatawagan|ikakalat|ipagkakalat|ipagsasabi|ite-?text|imemessage|sasabihan|sasabihin|ipapaalam|kokontakin)/g;
  /** ... or the target told in the passive: "your employer will receive a message". */
  const TOLD_AFTER =
    /^[^,.;!?\n]{0,24}?\b(will|shall|'ll)( all| also| soon)? (be (informed|notified|called|contacted|messaged|told)|receive|get (a |our )?(call|message|sms))\b/;

  /** The reader's picture or name, and its posting where everyone sees it. */
  const MEDIA =
    /\b(your|ur) (photos?|pictures?|face|id( card)?|name|details)\b|\b(tumhari|teri|aapki) (photo|pic|tasveer)|\b(picha|jina) (yako|lako)\b|\b(litrato|larawan|picture|mukha|pangalan) mo\b/g;
  const SPREAD =
    /\b(post|share|circulat|upload|publish|forward|spread|viral|sen[dt]|daal|dal denge|tutaweka|tutasambaza|itasambazwa|ipo-?post|ipapost|ipapakalat|ikakalat)/;
  const PUBLIC =
    /\b(social media|facebook|fb|instagram|tiktok|twitter|whatsapp|groups?|status|online|mitandao(ni)?|contacts|everywhere|sab jagah)\b/;

  /** A crime's name put on a third person ("he is a fraud", "wo chor hai", "ni tapeli") ... */
  const THIRD_CRIME =
    /\b(he|she|[a-z]+) is an? (fraud|thief|scammer|cheat|criminal|defaulter)\b|\b(wo|woh|ye|[a-z]+) (ek )?(chor|fraud|dhokh?ebaaz) (hai|he)\b|\b([a-z]+ )?ni (mwizi|tapeli|mlaghai)\b|\b(si [a-z]+|siya) (ay )?(isang )?(scammer|magnanakaw|manloloko)\b/g;
  const THIRD_CRIME_WORDS =
    'fraud|thief|scam|cheat|crimin|default|chor|dhok|mwizi|tapeli|mlagh|magnan|manlol';
  /** ... and the reader asked to make them pay. */
  const MAKE_PAY =
    /\b(tell|ask|remind) (him|her|[a-z]+) to (pay|settle|clear|repay)(?! (attention|a visit|respect|tribute|heed))|\b(usko|use|unko) (bolo|kaho|boliye|samjhao)|\b(mwambie|waambie)|\b(sabihan|sabihin) mo|\bpakisabi/;
  /** The reader asked to pass a third person's own unpaid loan on. */
  const RELAY =
    /\b(me)?(nyampaikan|sampaikan|beritahu(kan)?|memberitahu(kan)?|ingatkan|mengingatkan) (ke|kepada) (teman|saudara|keluarga|kerabat|rekan)|\b(tell|inform|remind|ask) your (friend|relative|colleague|brother|sister|cousin)\b|\b(apne|aapke) (dost|rishtedaar|bhai) (ko|se) (bolo|kaho|batao)|\bmwambie (rafiki|ndugu) (yako|wako)|\b(sabihan|sabihin) mo (ang|si) (kaibigan|kapatid)/g;
  const THEIR_DEBT =
    /\b(dia|beliau)( [a-z]+){0,3} (belum|tidak) (membayar|bayar|melunasi)|\b(cicilan|pinjaman|hutang|utang|tagihan)nya\b|\b(his|her) (loan|debt|dues|arrears)\b|\b(he|she) (has not|hasn'?t|did not|didn'?t) (paid|pay|repaid|repay)|\b(uska|uski) (loan|karz|paisa|emi)|\b(deni|mkopo) (lake|wake)\b|\butang niya\b/;
  /** The reader shamed before all: declared wanted, "tutakuaibisha", "tumhe viral kar denge". */
  const SHAME =
    /\b(declare|declared|label|brand|branded)( you)? (as )?(wanted|an? (criminal|fraud(ster)?|thief|scammer))\b|\b(tutakuaibisha|nitakuaibisha|tutakudhalilisha)|\btutakuweka (kwenye|kwa) mitandao|\b(tumhe|tujhe|aapko) viral kar (denge|dunga)/g;
  /** The reader's family branded thieves: "gia đình lừa đảo", "keluarga penipu". */
  const FAMILY_BRANDED =
    /\b(family|keluarga|familia|parivar|pamilya) (of |de |ng )?(fraudsters|thieves|scammers|penipu|maling|ladrones|rateros|chor|magnanakaw|wezi)|\bchor(on)? (ka|ki) (parivar|family)|gia đình (lừa đảo|ăn cắp|giựt nợ)/g;

  /** People coming to the reader's home, office or village. */
  const COME =
    /\b(tumhare|aapke|tere) (ghar|office|gaon|dukaa?n)( pe| par| me)?( [a-z]+){0,3} (aa rahe|aayenge|aa jayenge|pahunch|bhej)|\b(agent|team|log|bande)( [a-z]+){0,2} (ghar|office)( pe| par)? (aa rahe|aayenge|bhej)|\b(tutakuja|watakuja|tunakuja|tutafika|watafika|tutakutembelea)( [a-z]+){0,2} (nyumbani|kazini|ofisini|kijijini|kwako)|\btunajua (unapoishi|unakoishi|nyumbani kwako)|\bpupuntahan (ka|kita)|\bpupunta (kami|ang (mga )?(agent|collector))( [a-z]+){0,3} (sa )?(bahay|opisina|trabaho)|\balam namin kung saan ka nakatira|\bsend(ing)? (our )?([a-z]+ )?(agents?|people|team|officers?|men|boys) to your\b|\b(on (his|her|their) way|heading) to your (house|home|residence|office|place|workplace|village|shop)\b/g;
  /** The collector's own arrest or jail threat. */
  const JAIL =
    /\b(we|i)( will|'ll| shall| are going to)( have| get)? (you|u) (arrested|jailed|locked up)|\b(send|put|throw) (you|u) (to|in|into|behind) (jail|prison|bars)|\b(police|they) (will|are coming to) (arrest|pick|come for|catch) (you|u)|\b(report|hand) (you|u) (over )?to (the )?police\b|\b(you|u)( will|'ll) (go to|end up in|rot in) (jail|prison)|\b(you|u)( will|'ll| shall) be (arrested|jailed|locked up|imprisoned)\b|\b(kamu|anda|lu|kau)( akan| bakal| bisa)? (dipenjara(kan)?|ditangkap|masuk (penjara|bui))|\b(jail|jel) (jaoge|bhej denge|bhejenge|me daal denge|hogi)|\b(tumhe|tujhe|aapko) arrest kar(egi|enge|wa denge)|\b(police|fir)( darj)? (karenge|kar denge|karwa denge|utha legi|pakad legi)|\b(laporkan|melaporkan|polisikan|pidanakan) (kamu|anda|lu|kau)\b|\b(kakasuhan ka( namin)? ng (estafa|kriminal)|ipapa-?barangay ka)|\b(utakamatwa|utafungwa|tutakupeleka (polisi|jela))|\bpolisi watakukamata|\b(ipapakulong|ipakukulong|makukulong ka|ipapahuli|huhulihin ka)|\b(te|lo|la) (vamos a|voy a|van a) (meter|mandar|llevar) (a la|al) (c[aá]rcel|bote|prisi[oó]n)|\bvas a (ir|terminar) (a la|en la) (c[aá]rcel|prisi[oó]n)/g;
  // A court's own process: the lawful road (authority_threat judges such claims).
  const COURT =
    /\b(court|summons|warrant|judge?ment|decree|magistrate|pengadilan|mahakama|korte|juzgado|adalat)\b/;
  /** The reader's life or name to be ruined. */
  const RUIN =
    /\bmake your life (hell|miserable|a living hell)|\b(you|u)( will|'ll| shall) (die|perish|never (prosper|rest|know peace|be well))\b|\b(ruin|destroy) your (life|career|marriage)\b|\bhidup( kamu|mu) (tidak|tak|gak) akan (tenang|aman)|\b(zindagi|life) (barbaa?d|narak|kharab) (kar denge|bana denge|kar dunga)|\b(pachtaoge|nahi chhodenge|chhodenge nahi)\b|\b(utajuta|tutakuharibia maisha)\b|\b(pagsisisihan mo|sisirain namin ang buhay mo|hindi ka namin tatantanan)|\bla vida imposible\b/g;
  const RUIN_WORDS =
    'make your|die|perish|never|ruin|destroy|hidup|barba|narak|kharab|pacht|chhod|utaj|tutak|pagsis|sisir|tatant|vida imp';
  /** Insults the lexicon lacks, only as said to the reader ("you dog", "dasar sampah", "tum chor"). */
  const INSULT =
    /\b(you|u)( are)?( an?)?( shameless| stupid| bloody| useless)? (dog|pig|goat|moron|animal|beggar|cheat|criminal|rogue)s?(?=\s*([,.!?;]|$))|\b(dasar|kamu|lu) (monyet|sampah|tai|bodoh|kere|gembel|setan|tidak tahu malu|muka tembok)\b|\b(tum|tu) (chor|kutt[aei]|kamin[ae]|harami|besh?aram|gadha|nalayak|dhokh?ebaaz|fraud)\b|\b(saala|saale) (chor|kutta|kamina|harami)\b|\b(wewe|ni) (mwizi|tapeli|mjinga|mbwa|mshenzi|mpumbavu|mwongo)\b|\b(huna|hauna) aibu\b|\b(walang hiya|hayop|gago|tanga|bobo|tarantado|ulol|magnanakaw|scammer|patay gutom) ka\b|\beres (un|una) (rata|perr[oa]|cerd[oa]|basura|lacra)\b|\b(fuck(ing|in)?|motherfucking)\b/g;
  const INSULT_WORDS =
    'dog|pig|goat|moron|animal|beggar|cheat|crimin|rogue|dasar|kamu|lu |tu |tum |saal|wewe|ni m|ni t|aibu| ka|eres un|fuck';
  /** Abuse with no debt needed: a wish of death, a curse, the reader said to have eaten the money. */
  const CURSE =
    /\b(i|we) (wish|hope|pray) (you|u) (die|died|were dead|would die|drop dead|rot)\b|\b(you|u)('re| are| r) (so )?fucked\b|\bfuck (you|u|off)\b|(पैसा|पैसे|पैसों) (खा|मार|हड़प|हजम|हज़म)|\b(paisa|paise|pesa) (kha|khaa|maar|mar|hazam|hadap)( ?kar| ?ke| gaye| gye| liya| liye| gaya)/g;
  // A promise not to, a lender's "may" (but not "if you don't pay …").
  const NOT_BEFORE =
    /\b(not|never|no|won'?t|don'?t|may|might|could|can|tidak|tak|jangan|nahi|nahin|mat|hatuta|hawata|hindi|huwag|nunca)( [a-z'-]+){0,3} ?$/;
  /** A warning not to share: "never share your ID", "huwag i-post". */
  const NEVER = /\b(never|jangan|huwag|nunca|kabhi mat|usishiriki|usitume|usiweke)\b/;
  // A check of the borrower's details, the contract's own visit, a notice to guarantors, marketing.
  const LAWFUL =
    /\b(verify|verification|confirm|verifikasi|per your agreement|as per (the |your )?(agreement|contract|terms)|in accordance with|appointment|scheduled|guarantors?|guaranteed|penjamin|mdhamini|refer|referral|invite|reward|bonus|promo)\b/;
  // The reader as the loan's own guarantor, told of its arrears: the lender's lawful notice.
  const SURETY = /\b(you (have |had )?guaranteed|verify|verification)\b/;

  /** Every match, at most 24 (degrading-acts' scan), behind a word gate where one is given. */
  const hits = (re: RegExp, t: string, gate = ''): Pos[] => scan(re, t, gate, 24);

  function refused(ctx: Context, h: Pos): boolean {
    const before = ctx.text.slice(Math.max(0, h.s - 24), h.s);
    return (NOT_BEFORE.test(before) && !IF_NOT.test(before)) || LAWFUL.test(sentenceOf(ctx, h));
  }

  /** The sentence of `h` or the one before it has a threat's shape. */
  function shaped(ctx: Context, h: Pos): boolean {
    const w = sentenceWindow(ctx, h, 1, 0) || h;
    return THREAT_SHAPE.test(ctx.text.slice(w.s, Math.max(w.e, h.e)));
  }

  /** Hits of `re` within `reach` characters either side of `h` pass `test`. */
  function around(t: string, h: Pos, re: RegExp, reach: number): boolean {
    return re.test(t.slice(Math.max(0, h.s - reach), h.e + reach));
  }

  /** The reader's people told, their picture posted, a contact told the borrower is a thief. */
  function exposure(ctx: Context): Pos[] {
    const t = ctx.text;
    const out: Pos[] = [];
    const debt = DEBT.test(t);
    const circle = hits(CIRCLE, t);
    const acts = circle.length ? hits(TELL, t).filter((a) => !refused(ctx, a)) : [];
    for (let i = 0; i < circle.length; i++) {
      const c = circle[i];
      // The act in the same clause or the next, before the target or after it (Hindi puts it last).
      const act = acts.find(
        (a) =>
          Math.abs(ctx.clause[a.s] - ctx.clause[c.s]) <= 1 &&
          (a.s >= c.e ? a.s - c.e : c.s - a.e) <= 40,
      );
      if (act && (debt || shaped(ctx, act))) out.push(act, c);
      else if (debt && TOLD_AFTER.test(t.slice(c.e, c.e + 48)) && !refused(ctx, c)) out.push(c);
    }
    const media = hits(MEDIA, t);
    for (let i = 0; i < media.length; i++) {
      // The reader's own WhatsApp or status is no one else's eyes.
      const sent = sentenceOf(ctx, media[i]);
      const seen = sent.replace(/\b(your|ur) (own |registered )?(whatsapp|status|email)\b/g, '');
      if (SPREAD.test(sent) && PUBLIC.test(seen) && !NEVER.test(sent) && !refused(ctx, media[i]))
        if (debt || shaped(ctx, media[i])) out.push(media[i]);
    }
    if (!SURETY.test(t)) {
      // Word gates (test/unit/engine/regex-gates.test.ts proves them): without a JIT these
      // regexes of [a-z]+ alternatives cost ~0.1 ms a long English notice even when nothing matches.
      const named = hits(THIRD_CRIME, t, THIRD_CRIME_WORDS).filter((c) =>
        around(t, c, MAKE_PAY, 200),
      );
      const relayed = hits(RELAY, t).filter(
        (r) => around(t, r, THEIR_DEBT, 160) && !refused(ctx, r),
      );
      out.push(...named, ...relayed);
    }
    out.push(
      ...hits(SHAME, t).filter(
        (h) => (debt || shaped(ctx, h) || PUBLIC.test(sentenceOf(ctx, h))) && !refused(ctx, h),
      ),
    );
    if (debt || t.length <= 60) out.push(...hits(FAMILY_BRANDED, t));
    return out;
  }

  /** People coming, the collector's arrest threat, a ruined life, insults to the reader. */
  function menace(ctx: Context): Pos[] {
    const t = ctx.text;
    const debt = DEBT.test(t);
    const out = hits(CURSE, t, 'die|dead|rot|fuck|पैस|paisa|paise|pesa');
    out.push(...hits(COME, t).filter((v) => (debt || shaped(ctx, v)) && !refused(ctx, v)));
    if (!debt) return out;
    out.push(...hits(JAIL, t).filter((j) => !COURT.test(sentenceOf(ctx, j)) && !refused(ctx, j)));
    out.push(...hits(RUIN, t, RUIN_WORDS).filter((r) => !refused(ctx, r)));
    out.push(...hits(INSULT, t, INSULT_WORDS));
    return out;
  }

  // Indexed: 0 exposure, 1 menace.
  return [exposure, menace];
}

const lazy = foreignFrames(frames);

/** The reader's people told, their picture posted, a contact told the borrower is a thief. */
export const exposure16 = lazy(0);

/** People coming, the collector's arrest threat, a ruined life, insults to the reader. */
export const menace16 = lazy(1);
