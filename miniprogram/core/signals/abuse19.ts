// Nineteenth round: illegal collection in English (and Nigerian Pidgin), Indonesian, romanised
// Hindi, Tagalog, Vietnamese and Korean as frames — a target of the reader's (their people, home,
// children, body, name) and an act on it — where the sixteenth round's frames miss them:
//   exposure19 (contact_exposure): the reader's people already told, and the next one named
//     ("we have already messaged your sister, next we call your employer"), or the debt sent to
//     them; the reader made a wanted man ("kamu akan kami jadikan DPO"); their photo spread in
//     the passive ("foto kamu disebar"); a group chat of their contacts; a nude photo made of them.
//   menace19 (intimidation): agents waiting at or heading for the reader's home or office; the
//     address claimed and a visit after; the reader hunted ("I am coming after you"); the
//     children named as a warning; death wished on the reader; insults in talk of a debt; the
//     collector's own arrest threat; calls all night.
// A lender's lawful notice, a friend's visit or photo, news or a warning fires none.

import type { Context } from '../engine/context';
import { sentenceOf } from '../engine/frames';
import { foreignFrames } from './abuse-lexicon';
import { scan } from './degrading-acts';
import { sentences, type Pos } from './scripts6';

/** A debt or its collecting (Vietnamese and Korean have no word boundaries to lean on). */
const DEBT =
  /\b(pay|paid|loan|debt|owe|overdue|balance|emi|money|defaulters?|bayar|hutang|utang|pinjol|pinjaman|tagihan|cicilan|lunas|paisa|paise|karz|bayad|magbayad|maningil|singil|ta(ta)?kbuhan)\b|nợ|tiền|không trả|돈|갚|빚|연체|대출/;
/** Not paying as the condition, or collectors named: a threat's shape without a debt word. */
const SHAPE =
  /\b(if (you )?(don'?t|do not|fail|no)|unless|or else|otherwise|(kalau|jika) (tidak|tdk|gak|belum)|nahi (to|toh)|(kapag|kung) hindi|agents?|collectors?|recovery|penagih|kolektor|dc|tim lapangan|chor)\b|nếu không|않으면|아니면/;
/** Greetings, outings and errands: a wedding photo sent, a parcel brought is no threat. */
const FESTIVE =
  /\b(birthday|wedding|party|dinner|ulang tahun|pesta|liburan|kaarawan|kasal|shaadi|install\w*|deliver\w*|repair|courier|kurir|survei|refund)\b|결혼|생일|축하|선물|여행|배송|설치|cưới|sinh nhật|giao hàng|lắp|sửa/;

// The frames below (nine regexes, the longest of the file) are built on the first notice in
// another language than Chinese, not on load: on the phone creating a regex costs a parse each.
function frames() {
  /** A promise not to, a lender's "may"; a court's process, a lender's hours, a warning. */
  const NOT = /\b(not|never|won'?t|may|might|tidak akan|jangan|nahi|hindi|huwag)( \S+){0,3} $/;
  const LAWFUL =
    /\b(court|summons|warrant|pengadilan|business hours|jam kerja|in accordance|as per|agreement|sesuai|report|verif\w*|approv\w*)\b|duyệt|법원/;

  const EXPOSE =
    // "We have already messaged your sister", "we have forwarded your statement to your friends".
    /\b((we)( have|'ve)?( already)? (called|messaged|texted|contacted|informed|told)|(sent|forwarded|shared|circulated)( [\w']+){0,4} to( all)?) your (m[ou]m|mother|sister|brother|wife|husband|parents|family|relatives|friends|contacts|boss|employer|colleagues)\b|\b(tumhar|aapk|ter)[eai] (parivar|ghar walon|dost(on)?|office|boss|biwi|wife|maa|mummy|papa|behen|bhai)( ko| mein)?( sabko)? (bata|call|message)( kar)? (denge|dunga|diya|diye|karenge)|đã (gọi|nhắn|báo)( cho)? (sếp|bố mẹ|gia đình|bạn bè|công ty)|\b(sudah|telah) (kami )?(hubungi|telepon|kabari) (istri|suami|keluarga|orang ?tua|atasan|kantor)|\b(tumhari|teri) (photo|pic)( \S+){0,8} (bhej|daal)|\b(ipo-?post|ikakalat) ka\b|\b(kamu|anda|lu|lo|kau)( akan| sudah| bakal)?( kami)? (di)?(jadikan|masukkan)( sebagai| ke)?( daftar)? (dpo|buronan|penipu|maling)\b|\b(foto|data|ktp|wajah)( ?mu| kamu| anda| lu| lo)( akan| bakal| sudah| kami){0,2} (di)?(sebar|posting|upload|unggah|viral|kirim)(kan|in)?\b|\b(group chat|gc)( \w+){0,4} (contacts|pamilya|kaibigan|katrabaho) mo\b|(ghép|chế) ảnh|[ảẢ]nh (nóng|nude|khỏa thân)/g;
  // The next of the reader's people named: "next we call your employer", "ab boss ki baari hai".
  const NEXT =
    /\b(next|then|after that|tomorrow) (is|are|will be|we|i)\b[^.!?\n]{0,20}\byour\b|\b(ki|ka) baari\b|tiếp theo|다음은|\bbesok (kami|giliran)\b/;

  /** Not negated nor a lender's lawful step. */
  function live(ctx: Context, h: Pos): boolean {
    const b = ctx.text.slice(Math.max(0, h.s - 40), h.s);
    // "kalau tidak bayar …", "paisa nahi aaya to …": not paying is the condition, not a promise.
    return (!NOT.test(b.slice(-24)) || IF_NOT.test(b)) && !LAWFUL.test(sentenceOf(ctx, h));
  }
  const IF_NOT = /\b(if|kalau|kalo|jika|agar|kung|kapag|unless)\b|\bnahi?n?( \S+){0,3} toh? $/;

  function exposure(ctx: Context): Pos[] {
    const t = ctx.text;
    const debt = DEBT.test(t) || SHAPE.test(t);
    return scan(EXPOSE, t, '').filter((h) => {
      const m = t.slice(h.s, h.e);
      if (!live(ctx, h) || FESTIVE.test(sentenceOf(ctx, h))) return false;
      // Done to the reader (made wanted, a nude made, their contacts grouped): enough. Their
      // people told or their photo spread: over a debt, or with the next of them named.
      return (
        !/^(we|sent|forw|shar|circ|tum|aap|ter|đã|suda|tela|foto|data|ktp|waj|ipo|ika)/.test(m) ||
        debt ||
        NEXT.test(t)
      );
    });
  }

  const MENACE =
    // "Our field agents are waiting outside your office", "tim lapangan kami sedang menuju rumah".
    /\b(agents?|officers?|collectors?|boys|men) (are|is)( now)? (waiting|outside|at|on (the|their) way|heading)\b[^.!?\n]{0,16}\byour (house|home|place|office|gate|workplace)\b|\b(tim|kolektor|penagih|dc|debt collector)( lapangan| kami){0,2}( sedang| akan| sudah)? (menuju|datang|meluncur|otw|di depan)( ke)? (rumah|kantor)|\bghar (pe |par )?(aa rahe hain|aayenge)\b|\bpupuntahan (ka|kita)( namin)?( \w+){0,2} (sa )?(bahay|opisina|trabaho)|\b(jaante|jante|pata) (hain|hai)( ki)? (tum|aap|tu) (kahan|kaha) (rehte|rehta|kaam)|biết (nhà|chỗ làm|công ty)|\bwe know (the|which|where)( \w+){0,3} (school|workplace|office)\b|(어디 사는지|집 주소|(회사|학교) 어딘지)[^.?!\n]{0,6}(알아|안다|알고 있)|\b(coming after|hunt) (you|u)( down)?\b|\b(i|we)( will|'ll) find (you|u)(?= *([.!]|$))|\b(remember|think (about|of)|be careful (with|about)) your (children|kids|son|daughter|family)(?= *[,.!;]|$)|\byour (children|kids)( walk| go)?(ing)? (home|to school)\b|\bhati-?hati (dengan|sama) (anak|keluarga)|coi chừng (con|vợ|gia đình)( của)? mày|\b(tere|tumhare) (bachch?on|beti|beta)( ko)?( \w+){0,3} (utha|uthwa) (lenge|le jayenge)|\bsemoga (kamu|lu|lo|anda|kau)( cepat)? (mati|mampus)|chết (đi|cả nhà)/g;
  // The collector's own arrest threat, insults the lists lack: over a debt only.
  const OVER_DEBT =
    /\b(kamu|anda|lu|kau|lo)( akan| bakal| bisa)? (dipenjara(kan)?|ditangkap|masuk (penjara|bui))|\barrest (kar|karwa) (legi|lenge|denge)|công an( sẽ)?( đến| tới)? bắt|\b(kutte|kamine|harami|hayop ka)\b|[đĐ]ồ (chó|khốn|súc vật|lừa đảo)|thằng (chó|khốn)|\b(chop|ate) (our|my) money\b|\bmake you (suffer|regret)\b/g;
  // Calls through the night: the collector's, to the reader or their people.
  const NIGHT =
    /\b(setiap|tiap) (malam|jam)\b|tengah malam|raat bhar|gabi-gabi|mỗi đêm|cả đêm|nửa đêm|밤마다|새벽마다/;
  const CALL =
    /\b((telepon|telpon|hubungi|teror)( terus)? (kamu|anda|lu|keluarga|kantor)|call (kar|karte|karenge)|tatawagan (ka|kita|namin))\b|gọi( điện)?( cho)? (mày|bạn|gia đình|bố mẹ|sếp)|전화(할|한다|하겠)/;

  function menace(ctx: Context): Pos[] {
    const t = ctx.text;
    const debt = DEBT.test(t);
    const shape = debt || SHAPE.test(t);
    const out = scan(MENACE, t, '').filter((h) => {
      const m = t.slice(h.s, h.e);
      // A death wish is abuse whoever says it.
      if (!live(ctx, h)) return false;
      if (/semoga|mampus|chết/.test(m)) return true;
      if (FESTIVE.test(sentenceOf(ctx, h))) return false;
      // The address claimed: with a visit, a condition or a demand after it, or the children's
      // school claimed and nothing more ("네 애들 학교 어딘지 안다").
      if (/^(jaant|jant|pata|biết|we k|어디|집|회사|학교)/.test(m))
        return (
          /aayenge|aa rahe|đến|tới|찾아|간다|준비해|갚아|\b(bayar|loan|debt)\b|trả/.test(t) ||
          SHAPE.test(t) ||
          (t.length <= 60 && /애들|아이|자녀/.test(t))
        );
      // A visit, the hunt or the children: over a debt, a condition or collectors, or the hunt
      // of a reader hiding.
      return shape || /\b(where are you|hiding|if it takes|no matter)\b/.test(t);
    });
    if (debt) out.push(...scan(OVER_DEBT, t, '').filter((h) => live(ctx, h)));
    if (shape)
      for (const b of sentences(ctx)) {
        const sent = t.slice(b.s, b.e);
        if (NIGHT.test(sent) && CALL.test(sent) && !FESTIVE.test(sent)) out.push(b);
      }
    return out;
  }

  // Indexed: 0 exposure, 1 menace.
  return [exposure, menace];
}

const lazy = foreignFrames(frames);

/** The reader's people told, their photo spread, the reader declared wanted: contact_exposure. */
export const exposure19 = lazy(0);

/** People coming, the address claimed, the reader hunted, harm, curses, arrest: intimidation. */
export const menace19 = lazy(1);

/** A hit of the older lists in a greeting, an outing or an errand, with no condition (and, for
 * exposure, no debt) in its sentence: "our team is on their way to your home for the installation". */
export function festive19(ctx: Context, h: Pos, debtOk = false): boolean {
  const sent = sentenceOf(ctx, h);
  return FESTIVE.test(sent) && (debtOk || !DEBT.test(sent)) && !SHAPE.test(sent);
}
