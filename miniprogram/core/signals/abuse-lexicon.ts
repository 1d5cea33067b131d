// Abusive collection in the other languages real collection quotes come in (English, Spanish,
// Portuguese, French, Italian, Russian, Japanese, Korean, Thai, Vietnamese, Malay/Indonesian,
// Tagalog, Hindi): the same behaviours the Chinese cue lists capture — harm threatened, insults,
// people coming to the reader, the family, contacts or employer told, the debtor shamed in
// public, a rude demand no lender writes — as word lists per behaviour, combined in frames (a
// party, an act, a debt or a condition), not sentences. Matched on the normalised text (lower
// case, traditional characters read as simplified, so Japanese items are written 杀す, 电话, 职场);
// only run when the text is mostly in such letters, or Japanese (any kana and at least half as
// much kana as kanji). News and complaint advice in those languages make no threat.

import type { Context } from '../engine/context';
import { sentenceOf } from '../engine/frames';
import { leftmostMatches } from '../engine/regex-plan';

type Pos = { s: number; e: number };

// JavaScript's \b knows only ASCII letters: a word that ends in "á" or "ế" would never match.
const END = '(?![a-z0-9\u00c0-\u024f\u1e00-\u1eff])';
/** A word list, made regexes on first use: only mostly-foreign notices need one, and building
 * them all cost ~1 ms of module load on a phone without a JIT. */
interface Words {
  list: string[];
  re: Lexicon | null;
}
const words = (list: string[]): Words => ({ list, re: null });

/**
 * A list matched as the one regex `source` (its items as alternatives) is, item by item: each
 * item its own regex, run only when the text holds the item's anchor. Without a JIT a regex of
 * dozens of alternatives tries every one at every position, and a notice holds a few of them.
 */
interface Lexicon {
  source: string;
  items: string[];
  /** Literals each item cannot match without one of (null: none known, the item always runs). */
  anchors: Array<string[] | null>;
  regexes: Array<RegExp | undefined>;
}
function regexOf(w: Words): Lexicon {
  if (!w.re) {
    const items = w.list.map((x) => x.replace(/\\b$/, END).replace(/\\b\)$/, ')' + END));
    w.re = { source: items.join('|'), items, anchors: w.list.map(anchorsOf), regexes: [] };
  }
  return w.re;
}

/**
 * Literals every match of the regex source `src` holds one of: the longest run of plain
 * characters outside any group ("\\b(te|le) parto\\b" → " parto"), or the words of a group of
 * plain alternatives outside any other that no quantifier makes optional ("\\b(idiot|fool)\\b"
 * → idiot, fool), whichever's shortest literal is longer; null when there is none to be sure of.
 */
export function anchorsOf(src: string): string[] | null {
  let group: string[] | null = null;
  let low = 0;
  let best = '';
  let run = '';
  let depth = 0;
  const commit = () => {
    if (run.length > best.length) best = run;
    run = '';
  };
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === '\\') {
      // An escape is no plain character (nor is what a \u, \x, \c or \p escape spells).
      commit();
      const e = src[++i];
      if (e === 'u' || e === 'p' || e === 'P')
        i += src[i + 1] === '{' ? src.indexOf('}', i) - i : e === 'u' ? 4 : 0;
      else if (e === 'x') i += 2;
      else if (e === 'c') i++;
      else if (e >= '0' && e <= '9') while (src[i + 1] >= '0' && src[i + 1] <= '9') i++;
    } else if (c === '(') {
      commit();
      if (!depth++) {
        // A group of plain words, not optional: its shortest word is the anchor's length.
        const end = src.indexOf(')', i);
        const body = src.slice(src.startsWith('(?:', i) ? i + 3 : i + 1, end);
        if (body && !NOT_PLAIN.test(body) && '?*{'.indexOf(src[end + 1]) < 0) {
          const list = body.split('|');
          let min = body.length;
          for (let k = 0; k < list.length; k++) min = Math.min(min, list[k].length);
          if (min > low) {
            group = list;
            low = min;
          }
        }
      }
    } else if (c === ')') {
      depth--;
    } else if (c === '[') {
      commit();
      for (i++; i < src.length && src[i] !== ']'; i++) if (src[i] === '\\') i++;
    } else if (c === '|') {
      if (depth === 0) return null;
    } else if (c === '?' || c === '*' || c === '+' || c === '{') {
      // A quantifier: the character (or group) before it may be absent.
      if (depth === 0) run = run.slice(0, -1);
      commit();
      if (c === '{') while (i < src.length && src[i] !== '}') i++;
    } else if (c === '.' || c === '^' || c === '$') {
      commit();
    } else if (depth === 0) {
      run += c;
    }
  }
  commit();
  return group && low > best.length ? group : best ? [best] : null;
}
const NOT_PLAIN = /[\\[\]().*+?{}^$]|^\||\|\||\|$/;

/** Violence no one says in an ordinary message: a threat whoever says it, debt named or not. */
const HARM = words([
  // English
  '\\bkill (you|your)\\b',
  '\\bdeaths? and destruction\\b',
  // Spanish, Portuguese
  '\\b(te|lo|la) mato\\b',
  '\\b(te|lo|la) voy a matar\\b',
  '\\bmatarte\\b',
  '\\bdegollad[oa]\\b',
  'cortar(te|le) la cabeza',
  '\\b(te|le|lo) prendo fuego\\b',
  '\\bvou te matar\\b',
  '\\bquebrar (suas|tuas|as) pernas\\b',
  // Italian
  '\\bti (ammazzo|uccido|scanno|sparo|accoltello|massacro|sfregio|brucio)\\b',
  '\\bo muori\\b',
  '\\bti do fuoco\\b',
  '\\bbrucio (la )?casa\\b',
  '\\b(gli )?taglio la testa\\b',
  '\\bammazziamo\\b',
  // French
  '\\b(je|on) vais? te tuer\\b',
  '\\bon va te tuer\\b',
  '\\bcasser (les|tes) jambes\\b',
  // Korean
  '죽이',
  '죽여',
  '죽인다',
  '가만두지 않',
  '가만 안 두',
  '불 질러',
  '자살을 왜 하는지',
  // Vietnamese
  '\\bgiết\\b',
  'đánh chết',
  'đốt nhà',
  'cho mày tội',
  // Malay / Indonesian
  'bakar rumah',
  '\\bbunuh\\b',
  'keluarga mati',
  'retas isi hp',
  // Tagalog, Hindi, Russian, Japanese, Thai
  '\\bpapatayin\\b',
  'जान से मार',
  'убью',
  'убьём',
  'убьем',
  'прирежу',
  'сожжём',
  'сожжем',
  'покалечим',
  'переломаем',
  // Japanese, as normalised (traditional forms read as simplified: 殺 → 杀, 潰 → 溃).
  '杀す',
  'ぶっ杀',
  '死ね(?![ばなる])',
  '死んで(みろ|しまえ|诧び|偿え)',
  '売り飞ば',
  '(つぶ|溃|ぶっ壊)す(ぞ|からな|ぜ)',
  'めちゃくちゃにして(やる|やろう)',
  '追い込(む|んで)(ぞ|からな|やる)',
  'そぎ落と',
  '切り落と',
  'へし折',
  '\\bsecuestr(ar|o|amos|aremos)',
  '\\bvender (sus|tus) [oó]rganos\\b',
  '\\bkidnap',
  '\\bspezz(o|are) le gambe\\b',
  '(臓器|腎臓|内臓)を?売',
  '风俗(で|に|へ)',
  'マグロ漁船',
  '\\b(pegar(te|le)|meter(te|le)) un (tiro|balazo)\\b',
  '\\b(dar(te|le)|te damos|le damos) piso\\b',
  '\\b(culik|menculik)\\b',
  '\\bti faccio a pezzi\\b',
  'ฆ่า',
  'เผาบ้าน',
  '\\bti apro la testa\\b',
]);

/**
 * Threats that have ordinary uses too ("you will regret not buying", "ti trovo bene", "때려치우다",
 * "chém gió"): they count about a debt or beside another abuse.
 */
const HARM_SOFT = words([
  '\\bbeat you\\b',
  '\\bburn (your|down)\\b',
  "\\byou (will|'ll|shall) regret\\b",
  '\\bnever be well with you\\b',
  '\\bface the consequences\\b',
  '\\bwe know where you (live|work|stay|are)\\b',
  // ... or where the reader's children or family are.
  '\\bwe know where your (kids|children|son|daughter|wife|husband|family|parents|mother|father|mum|mom)\\b',
  // "We're dead serious! We must get our money back!": the menace said of the demand itself.
  '\\bdead serious\\b',
  '\\bwatch your back\\b',
  "\\byou('re| are) dead\\b",
  '\\bcortar(te|le)\\b',
  '\\bcuchillo\\b',
  '\\b(te|le) parto\\b',
  '\\bamarrar\\b',
  '\\bpobre de ti\\b',
  'ya sabes? qu[eé] (te|le) pasa',
  '\\best[aá]s? muert[oa]\\b',
  '\\bbalazos?\\b',
  '\\bte (empezaremos|vamos) a buscar\\b',
  '\\b(te|lo) (rompo|reviento)\\b',
  '\\bte vas a arrepentir',
  '\\bhago un desastre\\b',
  '\\bte va a salir (muy |m[aá]s )?caro\\b',
  '\\b(te|lo|la) (voy|vamos) a (romper|partir|quemar|levantar|desaparecer|golpear)\\b',
  '\\bsabemos d[oó]nde (vives|trabajas|estudian|viven|vive)\\b',
  '\\bso dove (abiti|vivi|abitano|lavori|vanno a scuola)\\b',
  '\\bte la faccio pagare\\b',
  '\\bti vengo a (prendere|cercare)\\b',
  '\\b(buat|bikin|membuat) (kamu|kau|lu|lo|anda) malu\\b',
  '\\bawas (kamu|kau|lu|lo)\\b',
  '\\b(paint|lock|seal|padlock)( up)? your (house|home|shop|door|gate|flat)\\b',
  '밤길 조심',
  '장기[를 ]{0,2}(팔|떼)',
  '신체 ?포기',
  '痛い目',
  '燃やす',
  '火をつけ',
  '待ち伏せ',
  '沈め(る|て)',
  '각오해',
  '\\b(teror|meneror|diteror)\\b',
  '\\b(house|home|door|shop|gate) (will be|gets|get|is going to be) (locked|painted|sealed|padlocked)\\b',
  '\\b(splash|spray)(ing)?( red)? paint\\b',
  '\\bti faccio saltare\\b',
  '\\bfinisci male\\b',
  '\\b(sei morto|la paghi cara|la pagherai cara|ti spezzo)\\b',
  '\\bpagar[aá]n? las consecuencias\\b',
  '\\bquemar(te|le)? (el|tu|su) (negocio|casa|carro|auto)\\b',
  '\\b(mampus|mati (aja|saja) (lo|lu|kau))\\b',
  '\\byour (family|kids|children|wife|husband) will (suffer|pay)\\b',
  '\\bwe are watching you\\b',
  '\\byou (think|thought) you can (hide|run|escape)\\b',
  '\\b(kami|gue|saya|aku) (sudah )?(tau|tahu) (rumah|alamat|kantor|tempat kerja)\\b',
  '\\b(jangan (kabur|lari)|siapkan mental)\\b',
  '\\bno nos hagas (ir|venir|llegar)\\b',
  '\\bpor las buenas o (por )?las malas\\b',
  '\\bti faccio chiudere\\b',
  '\\byou will pay for this\\b',
  '(애들|아이들|가족|식구|뒤)[을를 ]{0,2}조심',
  '逃げられると思う',
  '逃げても(无駄|むだ)',
  'どうなっても(いい|知)',
  '(住所|家|実家|勤务先|会社|职场|学校)(は|も)(分か|わか|知)って(る|いる|ん)',
  'どうなっても知(らない|らん|らねえ)',
  'ただで済むと思う',
  '\\bun brazo o una pierna\\b',
  '\\bte mato\\b',
  '\\bvai se arrepender\\b',
  '\\btocar fogo\\b',
  '\\bti (gonfio|spacco|meno|trovo|apro|rompo|taglio|rovino|faccio male|prendo a schiaffi)\\b',
  '\\bstrappo\\b',
  'vedi che fine',
  'guardati (sempre )?le spalle',
  'non ho nulla da perdere',
  'commettere reati',
  'ti sto avvisando',
  'non scherzare con me',
  '\\bfinisce male\\b',
  '\\b(scasso|spacco|sfascio) tutto\\b',
  '\\bammazzare\\b',
  '\\btu vas le regretter\\b',
  '죽고',
  '찔러',
  '때려(?!치)',
  '패버',
  '[xX]같이 만들',
  '병[xX신] ?만들',
  '만들어 ?버리',
  '버릴라',
  '\\bchém\\b',
  'xử lý theo nghiệp vụ',
  '(không trả|nếu không)[^.!?]{0,20}\\b(tao|mày)\\b',
  'jangan cabar',
  '\\bsasaktan\\b',
  'अफ़सोस होगा',
  'अफसोस होगा',
  'пожалеешь',
  '覚悟しろ',
  '覚えとけ',
  'ただじゃ済まな',
  'ただではすまな',
  '\\bcall you every (minute|hour|day|night)\\b',
  '\\bevery (minute|hour) until\\b',
  "\\byou('ll| will)( \\w+)? (get|be) hurt\\b",
  '\\bsomething (bad )?(might|may|will|could) happen to (you|your)\\b',
  '\\b(keep|keeps|will keep) (calling|texting|messaging|ringing) you\\b',
  '\\b(call|calling|text|texting|ring|ringing) you (every|all) (day|night|hour|minute)\\b',
  '\\bbreak your (legs?|arms?|windows?|car)\\b',
  "\\b(might|may|will|could|'ll|gonna) (get|be) (hurt|harmed|injured)\\b",
  '\\b(smash|wreck|burn|damage|torch|trash|break) your\\b',
  // Calls around the clock, not a service open around the clock ("our line is open 24/7").
  '\\b(call|text|ring|messag|harass|disturb|bother)\\w*( \\w+){0,3} (day and night|around the clock|nonstop|non-stop|24/7)\\b',
  '\\buntil every (cent|penny|dollar|rupee)\\b',
  "\\b(won'?t|will not|wouldn'?t) survive\\b",
  '\\b(calls?|texts?|messages?)( from us)? every (single )?(minute|hour|day|night)\\b',
  '\\bsomething you (care about|love)\\b',
  '\\b(keep|keeps|will keep) (calling|texting|messaging|ringing) your (phone|work|office|family)\\b',
  '\\b(your|the) (car|house|home|shop|windows?|family|kids) (gets|get|will get) it\\b',
  '\\bat [1-5] ?am every night\\b',
]);
/** Insults and slurs aimed at the debtor. */
const INSULT = words([
  '\\bthief\\b',
  '\\bliars?\\b',
  '\\bscammer\\b',
  '\\bfraudster\\b',
  '\\bshameless\\b',
  '\\bbastard\\b',
  '\\bbitch\\b',
  'hij[oa] ?de ?puta',
  'hijoputa',
  'hijueputa',
  '\\bhuev[oó]n\\b',
  '\\bmarica\\b',
  '\\bzorra\\b',
  '\\bperra\\b',
  '\\bmaldit[oa]\\b',
  '\\brater[oa]\\b',
  '\\bestafador[a]?\\b',
  '\\bmala paga\\b',
  '\\bpendej[oa]\\b',
  '\\bcabr[oó]n\\b',
  '새끼',
  '새[xX]',
  '씨[xX]',
  '개[xX]',
  '병[xX]',
  '병신',
  '사기꾼',
  '이 ?[xX]{2}',
  '씹할',
  '씨발',
  '시발',
  '엿을 먹',
  'lừa đảo',
  'đồ chó',
  'mất dạy',
  'liêm sỉ',
  'đồ khốn',
  '\\bpenipu\\b',
  '\\bmaling\\b',
  '\\bbusuk\\b',
  '\\bbangsat\\b',
  '\\banjing\\b',
  '\\bwalanghiya\\b',
  '\\bmagnanakaw\\b',
  '\\bmanloloko\\b',
  'चोर',
  'धोखेबाज',
  'figli[oa] di ?p',
  'pauroso di m',
  '\\bstronz[oa]\\b',
  '\\bbastard[oa]\\b',
  '\\bcoglione\\b',
  'pezzo di merda',
  '떼먹',
  '[xX]{2,} ?[아야](?![가-힣])',
  'kabur bawa utang',
  'giựt nợ',
  'trốn nợ',
  '\\bcaloteir[oa]\\b',
  '\\bvagabund[oa]\\b',
  'filh[oa] da puta',
  '\\bdesgra[cç]ad[oa]\\b',
  '\\bescroc\\b',
  '\\bvoleur\\b',
  '\\bconnard\\b',
  'fils de pute',
  'мразь',
  'сука',
  'урод',
  'тварь',
  'クズ',
  'てめえ',
  'てめぇ',
  '贵様',
  'ふざけ(る|ん)(な|じゃねえ|じゃねぇ)',
  'なめん(な|じゃねえ)',
  '\\bladr[oó]n(a|es)?\\b',
  'muert[oa] de hambre',
  '\\bsinverg[uü]enza\\b',
  '\\b(babi|goblok|tolol|bajingan|brengsek|kampret|pencuri|bego)\\b',
  '\\b(idiot|stupid|useless|fool)\\b',
  '\\b(infame|ladro|truffator[ea])\\b',
  '\\b(eres|es|pinche|maldit[oa]) rata\\b',
  '\\bpinche\\b',
  '애미',
  '애비',
  '\\b(conman|con man|chronic debtor|foolish)\\b',
  '\\byou are a fraud\\b',
  '\\bthat (you are|he is|she is) a (fraud|thief|scammer|criminal)\\b',
  '몸을 ?(판다|팔)',
  '도둑',
  'ゴミ',
  '泥棒',
  '\\bdeadbeats?\\b',
  '\\bworthless\\b',
  '\\bpiece of (shit|trash|garbage|crap)\\b',
  '\\bscum\\b',
  '\\blowlife\\b',
  '\\bloser\\b',
  '\\bgood[- ]for[- ]nothing\\b',
  '\\blazy\\b',
  '\\bpathetic\\b',
  '\\bdisgrace\\b',
  '\\bscumbags?\\b',
]);

/** Slurs that are abuse in any sentence: no debt or threat needed beside them. */
const SLUR = words([
  'hij[oa] ?de ?puta',
  'hijoputa',
  'hijueputa',
  '\\bbitch\\b',
  '\\bmotherfucker\\b',
  'figli[oa] di ?p',
  '새끼',
  '새[xX]',
  '씨[xX]',
  '씨발',
  '시발',
  '씹할',
  '개[xX]',
  '[xX]{2,} ?[아야](?![가-힣])',
  'filh[oa] da puta',
  'fils de pute',
  'сука',
  'мразь',
]);

/** People coming to the reader's home, work or school, or after them. */
const VISIT = words([
  '\\bcome to your (house|home|office|work|school)\\b',
  '\\bvisit your (house|home|office|workplace|family)\\b',
  '\\b(at|outside) your (door|house|home|office)\\b',
  '\\bwe are coming\\b',
  '\\b(a|en) (tu|su) (casa|domicilio|trabajo|oficina)\\b',
  '\\bvamos a buscarl[oa]\\b',
  '\\bestamos (afuera|yendo)\\b',
  '\\bvoy en camino\\b',
  '찾아가',
  '찾아갈',
  '쫓아가',
  '보러 가겠',
  '따라가',
  '사무실 문 열 때',
  // Going there to sit all day: a sit-in at the reader's door or office.
  '가서 [^.!?]{0,12}앉아 있',
  'đến (tận )?nhà',
  'tới nhà',
  'đến (công ty|trường|cơ quan)',
  'rumah (kamu|ni|korang|lu|lo)',
  'datang ke (rumah|kantor|tempat kerja)',
  '\\bdatangi (ke )?(rumah|kantor|tempat kerja)',
  '\\b(samperin|sambangi|datangin)\\b',
  '\\bmendatangi (rumah|kantor|tempat kerja)',
  '\\b(dc|debt collector|kolektor) lapangan\\b',
  '쳐들어',
  '앞에서 (기다릴|기다린|기다리겠)',
  'kunjungan (dari )?(petugas|kolektor|tim|penagih)',
  'ke kantor (anda|kamu|mu|lu)',
  '\\bpupuntahan\\b',
  '\\b(vengo|veniamo|verr[oò]) a casa tua\\b',
  '\\bsotto casa (tua)?\\b',
  '\\bdove stai\\b',
  '\\bcasa (tua|vostra)\\b',
  '\\bvengo (da te|e ti)\\b',
  '\\bvoy a (tu|su) casa\\b',
  '\\b(na|em) (sua|tua) casa\\b',
  '\\bno (seu|teu) trabalho\\b',
  '\\bchez (toi|vous)\\b',
  '\\b(à|a) ton travail\\b',
  'приедем',
  'придём',
  'придем',
  'к тебе домой',
  'к вам домой',
  // "会社に行く" is going to work: the visit is a threat said as one (ぞ, からな).
  '(家|会社|职场|勤务先|実家|学校|店)(に|まで|へ)(行く|行って|押しかけ|乗り込)(ぞ|からな|ぜ|やる)',
  '押しかけ',
  '(迎えに|会いに)行く(ぞ|からな|ぜ)',
  '乗り込',
  'ไปบ้าน',
  'ไปที่ทำงาน',
  '\\bvisit you\\b',
  '\\b(unscheduled|surprise|field|home) visit\\b',
  '\\b(coming|come|going|go|be|get) (to|round to|over to|by) your (house|home|place|office|work|workplace|school|job)\\b',
  "\\b(we|we'll|we will|i will|i'll|they will)( will)? (find|track down|hunt down|come for|come after) you\\b",
  '\\b(track|hunt) you down\\b',
  '\\bwaiting (for you )?(outside|at) your\\b',
  '\\b(turn|show) up at your\\b',
  '\\bpay you a visit\\b',
  '\\bon (its|their|our|my) way to (you|your)\\b',
  '\\bto your address\\b',
  "\\b(our|my) (men|guys|boys|people|team|agents?|collectors?) (will be|are|is|'re) (there|coming|outside|on (the|their) way)\\b",
  '\\bcome (down|round|over|back) to your\\b',
  '\\b(at|outside) your (building|flat|apartment|gate|shop|store|workplace|work|school)\\b',
  "\\bwe know your (kids'?|children'?s|son'?s|daughter'?s) school\\b",
  '\\bexpect (visitors|a visit|company)\\b',
  '\\b(will|shall|are going to) (reach|come to|visit|be at|arrive at) your (house|home|office|place|work|workplace|door)\\b',
]);

/** Exposure announced as done or certain: a threat whoever says it. */
const EXPOSE_STRONG = words([
  '\\bmake you viral\\b',
  'iva-?viral ka',
  '\\bwill be exposed\\b',
  '\\bcontacts will be (informed|called|messaged)\\b',
  '\\bmolestando a tus contactos\\b',
  '유포하겠',
  '뿌려줄게',
  '다 보내놨',
  '잘리게 하겠',
  'gánh thay',
  'trả nợ thay',
  'ipapahiya',
  'kontak semua',
  'semua kontak',
  '(플래카드|현수막|대자보)[을를]? ?(걸|붙|달)',
  '(동영상|영상|사진)[이가을를]? ?(포털|인터넷|sns|유튜브|단톡)',
  '(ビラ|贴り纸)を?(まく|まき|撒|贴|配)',
  '\\bo\\$p\\$',
  '\\bowe money,? pay money\\b',
  '\\bboletinar(te|lo|la)?\\b',
  '\\bexhibir(te|lo|la)\\b',
  '\\b(te|lo|la) (vamos a|voy a) exhibir\\b',
  '\\b(te|le) (vamos a|voy a) hacer pasar (la |una )?verg[uü]enza\\b',
  '\\bescrach',
  '신상[을 다]{0,3}(공개|털|유포|뿌)',
  '\\b(viralkan|viralin|diviralkan)\\b',
  '\\b(foto|video) (bugil|porno|telanjang)\\b',
  '\\bmorph(ed)? (your )?(photos?|pictures?|images?)\\b',
  '\\bmake you (a|the) laughing ?stock\\b',
  '\\b(nude|naked|obscene) (photos?|pictures?|images?|videos?) of you\\b',
]);

/** Shaming words with ordinary uses too: they count about a debt or beside an insult. */
const EXPOSE = words([
  '\\bviral\\b',
  '\\b(ruin|save) your reputation\\b',
  '\\bshameful\\b',
  '\\bwanted debtor\\b',
  '\\bse busca\\b',
  '\\bvende a tu\\b',
  '유포',
  '뿌려',
  '찾습니다',
  '잠수[를 ]{0,2}탔',
  '잠적했',
  '먹튀',
  '\\b(dpo|buronan)\\b',
  '(に|から)払わせ',
  'から取り立て',
  '\\b(broadcast|circulate|defame|disgrace|tag) (you|your)\\b',
  '\\beveryone (will|is going to|gonna) (know|see|find out|hear)\\b',
  '\\b(shame|humiliate|embarrass) you\\b',
  // Told to the reference, not the borrower: "he has used you as a reference".
  '\\b(used|gave|listed|put) (you|your (number|name|contact)) as (a |an |his |her |their )?(reference|referee|emergency contact)\\b',
  '\\btagih(kan)? ke (keluarga|kantor|atasan|teman|kontak|saudara)\\b',
  '\\b(permalukan|dipermalukan|mempermalukan)\\b',
  "\\b(we have|we got|we've got) (all )?your (contacts|contact list|phone ?book)\\b",
  'truy tìm',
  'cẩn thận gia đình',
  'chia sẻ rộng rãi',
  '\\bsebar(kan|in)?\\b',
  '(gia đình|đối tượng|con) này[^.!?]{0,40}(lừa đảo|truy nã|giựt nợ|trốn nợ)',
  '(su|este|mi) n[uú]mero como referencia',
  '\\btell (\\w+ ){0,3}to pay(?! (attention|a visit|respect|tribute|heed))',
  '\\b(put|post|print|share|publish|plaster) your (face|photo|picture|name|details|id)\\b',
  '\\b(posters?|flyers?|leaflets?)\\b',
  '\\bdefaulters?\\b',
  "\\b(got|have) your (wife|husband|mum|mom|mother|dad|father|boss|sister|brother|son|daughter)'?s? (number|phone|address)\\b",
  '\\b(make sure|let) everyone knows?\\b',
  // "Your contacts will know you are a fraud": the circle said to learn of it.
  '\\b(your )?(contacts|family|friends|relatives|colleagues|boss|employer|neighbou?rs)( and [a-z]+)? will (all )?(know|learn|find out|be told|hear)\\b',
]);
/** The reader's family, contacts or employer. */
const CIRCLE = words([
  '\\byour (contacts|family|employer|relatives|friends|references|guarantors?|boss|colleagues|wife|husband|parents|children|kids)\\b',
  '\\b(tus|sus) contactos\\b',
  '\\b(tu|su) (familia|mam[aá]|pap[aá]|jef[ea]|esposa|esposo|hij[oa]s?|empleador|pareja)\\b',
  '\\b(tus|sus) (familiares|parientes|hij[oa]s|compa[nñ]eros)\\b',
  '\\breferencias?\\b',
  '남편',
  '시집',
  '부모',
  '처제',
  '가족',
  '식구',
  '담임',
  '학교',
  '직장',
  '연락처',
  '지인',
  '애들',
  '아이를',
  '딸',
  '아들',
  'gia đình',
  'bạn bè',
  'người thân',
  'danh bạ',
  '\\bkeluarga\\b',
  '\\bjiran\\b',
  '\\bkontak\\b',
  'दोस्तों',
  'रिश्तेदारों',
  '\\b(tuo|tua) (marito|moglie|suocera|madre|padre|famiglia|figli[oa]?)\\b',
  '\\btuoi (figli|genitori|parenti)\\b',
  '\\b(sua|tua) (fam[ií]lia|m[aã]e|esposa|mulher|filh[ao]s?)\\b',
  '\\b(seus|teus) (contatos|parentes|filhos)\\b',
  '\\b(seu|teu) (chefe|patr[aã]o|pai|marido)\\b',
  '\\b(ta|votre) (famille|femme|m[eè]re)\\b',
  '\\b(tes|vos) (proches|contacts|enfants|parents)\\b',
  '\\b(ton|votre) (employeur|patron|mari)\\b',
  'родственник',
  'родным',
  'родных',
  'семье',
  'жене',
  'мужу',
  'маме',
  'начальств',
  'работодател',
  'контакт',
  '家族',
  '勤务先',
  '勤め先',
  '职场',
  '会社',
  '亲(?![切])',
  '実家',
  '近所',
  '子(供|ども)',
  '嫁',
  '奥さん',
  '旦那',
  '上司',
  '同僚',
  '友(人|达)',
  '회사',
  '아내',
  '와이프',
  '친구',
  '동료',
  '상사',
  '친척',
  '이웃',
  '엄마',
  '아빠',
  '어머니',
  '아버지',
  '가게',
  '\\b(tus|sus) (amigos|vecinos|conocidos)\\b',
  '\\b(tu|su) (trabajo|vecin[oa]s?|novi[oa]|herman[oa])\\b',
  '\\b(kantor|teman|saudara|orang ?tua|istri|suami|tetangga|anak|bos|hrd) (kamu|anda|lu|lo|kau)\\b',
  '\\b(kantor|teman|saudara|keluarga|istri|suami|tetangga|anak|orangtua)mu\\b',
  '\\b(tuoi|vostri) (figli|genitori|parenti|colleghi|vicini)\\b',
  'ครอบครัว',
  'พ่อแม่',
  'ที่ทำงาน',
  '\\bkerabat\\b',
  '\\bperusahaan\\b',
  '\\batasan\\b',
  '\\brekan kerja\\b',
  '\\byour (neighbou?rs|church|pastor|landlord|coworkers|co-workers|workmates|manager|supervisor|hr|mum|mom|dad|mother|father|sister|brother|son|daughter|partner)\\b',
  '\\byour (friend|relative|colleague|neighbou?r|cousin|uncle|aunt|phone ?book|contact list)\\b',
  '\\b(everyone|everybody) in your\\b',
]);

/** Telling, calling or going to someone. */
const ACT = words([
  '\\b(inform|tell|call|contact|message|text|send|sent|visit|reach)',
  '\\b(llamar|avisar|decir|molest|contactar|mandar|buscar)',
  // The collector's own person (llamamos, les mandamos, avisaré), not the reader told to call.
  '\\b(llam|avis|contact|mand|busc|envi|notific)(amos|aremos|emos|ar[eé]|aré|é|ando|ado)\\b',
  '\\b(diciendo|dijimos|diremos)\\b',
  '\\b(llamaremos|avisamos|avisaremos|contactamos|contactaremos|diremos)\\b',
  // Hangul syllables fuse the ending in: 알리다, 알린다, 알릴, 알려.
  '알(리|린|릴|려)',
  '통화',
  '전화',
  '이야기',
  '송달',
  '보(내|낸|낼)',
  '찾아',
  '보러',
  '\\bgọi\\b',
  '\\bbáo\\b',
  'beritahu',
  'hubungi',
  'suruh',
  'कॉल',
  '\\b(chiam|avvis|dir[eò]|dic[oe]|diciamo)',
  '\\b(kirim|telepon|sebar)',
  '\\b(ligar|avisar|contar|mandar)',
  '\\b(appeler|pr[eé]venir|dire|contacter|informer)',
  'позвон',
  'сообщ',
  'расскаж',
  'напиш',
  'обзвон',
  '电话',
  '连络',
  'バラ',
  'ばら',
  '言いふら',
  '言う(ぞ|からな|ぜ)',
  '行く(ぞ|からな|ぜ)',
  '晒',
  '연락',
  '말하',
  '말(할|한다)',
  '뿌(리|린|릴|려)',
  '퍼뜨',
  '올(리|린|릴|려)',
  '\\b(exhib|public|envi|notific|comunic)',
  '知らせ',
  'โทร',
  'บอก',
  '\\bhub\\b',
]);

/** A condition on not paying: "if you don't", "or else", "si no", "se non", "않으면". */
const COND = words([
  "\\bif (you )?(don'?t|do not|fail)\\b",
  "\\b(or else|unless you|or we( will|'ll)?)\\b",
  '\\bsi no\\b',
  '\\bse no[n]?\\b',
  '\\bse n[aã]o\\b',
  '\\bsinon\\b',
  '않으면',
  '안 하면',
  '안 갚으면',
  '안 [가-힣]{1,3}면',
  'nếu không',
  '\\b(kalau|jika) (tak|tidak)\\b',
  '\\bkundi\\b',
  '\\bunless\\b',
  "\\b(isn't|is not|aren't|not) (paid|cleared|settled)\\b",
  'ないと',
  'なければ',
  'ないなら',
  'なかったら',
  'なきゃ',
  '아니면',
  '아님',
  '\\batau (saya|kami|gue|aku)\\b',
  '\\b(kalau|kalo|klo|jika|jk) (tdk|belum|nggak|gak|ga|enggak)\\b',
]);

/** What makes telling someone a threat: "will", "if not", "or else". */
const FRAME = words([
  '\\b(will|gonna|going to|if|unless|or else|otherwise)\\b',
  '\\b(si no|vamos a|voy a|te vamos|le vamos)\\b',
  '겠',
  '[시으]?면 ',
  '할 거',
  '줄게',
  '\\b(nếu|sẽ)\\b',
  '\\b(kalau|jika|akan)\\b',
  'जा रहा',
  '\\b(se non|o paghi)\\b',
  '아니면',
  '아님',
  // "kontak darurat kamu sudah kami hubungi": the telling said as done.
  '\\b(sudah|telah) kami\\b',
  // The plain declarative of the act is the threat said to the reader (알린다, 찾아간다).
  '(알린|뿌린|올린|찾아간)다',
  '(릴|할|갈|낼|줄) 거',
]);

/** A debt or a payment talked about. */
const DEBT = words([
  '\\b(pay|paid|payment|repay|repayment|debt|loan|owe|owed|money)\\b',
  '\\b(pag[aoue]|pague|págueme|deuda|debes|debe|plata|dinero|préstamo|transferencia)\\b',
  '돈',
  '갚',
  '빚',
  '연체',
  '이자',
  '입금',
  '추심',
  '\\bnợ\\b',
  '\\btrả\\b',
  '\\btiền\\b',
  '\\bhutang\\b',
  '\\butang\\b',
  '\\bbayar\\b',
  'पैसों',
  'लोन',
  '\\b(soldi|paghi|pagare|pagami|debito|prestato|interessi?)\\b',
  '\\b(pag[aá]|pagás|préstamo|prestamo|cuota)\\b',
  '\\b(d[ií]vida|pagar|paga|dinheiro|empr[eé]stimo|deve)\\b',
  '\\b(dette|payer|paie|argent|pr[eê]t|rembourse)',
  'долг',
  'заплат',
  'верни',
  'деньги',
  'займ',
  'кредит',
  'оплат',
  '返せ',
  '返さ',
  '返済',
  '借金',
  '払え',
  '払わ',
  '利息',
  '利子',
  '贷した',
  '金を',
  'カネ',
  '대출',
  '상환',
  '빌(리|린|려|릴)',
  '\\b(cicilan|angsuran|tunggakan|pinjol|jatuh tempo)\\b',
  'หนี้',
  'จ่าย',
  '\\bdebtors?\\b',
  '\\bpembayaran\\b',
  '\\btagihan\\b',
  '\\bpinjaman\\b',
  '\\b(balance|arrears|outstanding|owe|owes|dues|instal?lments?)\\b',
  '\\b(debt )?recovery (team|agents?|officers?)\\b',
  '\\b(borrowed|owing)\\b',
]);

/**
 * A demand in the imperative no lender writes: Japanese 返せ / 払え (a lender says お支払いください),
 * Korean banmal 갚아라 / 내놔 (a lender says 납부 바랍니다). It counts in a short message, beside the
 * reader's people or beside another abuse: a friend's "돈 갚아" in a long chat is banter.
 */
const RUDE_DEMAND = words([
  // Not "返せない" (cannot repay), "払える", nor the words quoted ("返せと言った").
  '(返|払|出)(せ|え)(?![なるばずたてまと])',
  'よこせ',
  '用意しろ',
  '持ってこい',
  '갚아라',
  '갚으라고',
  '갚아(?![가-힣])',
  '내놔',
  '내놓아라',
  '돈 (주라|줘라|내라)',
  '\\bbayar (woi|woy|buruan|cepetan)\\b',
]);

const MONEY_JA = /金|カネ|円|利息|利子|贷|借|香典|电话に出せ/;

/** The reader's picture or likeness, the thing a collector threatens to spread. */
const MEDIA = words([
  '\\b(your|ur) (photos?|pictures?|pics?|face|images?|nudes?|selfies?|videos?)\\b',
  '\\b(foto|fotomu|wajah|ktp|selfie)\\b',
  '\\bdata(mu| (kamu|lu|lo))\\b',
  '\\b(tu|su|tus|sus) (fotos?|cara|imagen|ine|credencial)\\b',
  '\\b(tua|tue) (foto|faccia)\\b',
  '사진',
  '동영상',
  '신상',
  '얼굴',
  '写真',
  '个人情报',
]);
/** Sending or posting it (the MEDIA frame's act). */
const SPREAD =
  /\b(send|sent|post|share|upload|circulat|broadcast|spread|forward|tag|sebar|kirim|posting|unggah|upload|pajang|viral|mand|envi|public|sub(ir|iremos|imos)|compart|difund|pubblic|mand|invi)|올(리|린|릴|려)|뿌(리|린|릴|려)|유포|보(내|낸|낼)|晒|バラ|ばら|流す|载せ|贴/;

/** Where everyone sees it: social media, groups, all the reader's contacts. */
const PUBLIC = words([
  '\\b(facebook|instagram|tiktok|twitter|social media|whatsapp groups?|sosmed|medsos|media sosial|grup|redes sociales|grupos? de whatsapp)\\b',
  '\\ball (of )?your contacts\\b',
  '\\b(semua|seluruh) kontak\\b',
  '\\btodos (tus|sus) contactos\\b',
  '포털',
  '인터넷',
  '단톡',
  '카톡방',
  '\\bsns\\b',
  'ネット',
  '掲示板',
  '近所',
]);

/**
 * A report or advice about abusive collection, not a threat: news ("collectors threatened to…",
 * "según la víctima", "korban mengaku", "협박한 혐의", "容疑者"), or where to complain ("report
 * harassment to OJK", "금감원 1332", "CONDUSEF"). The corpus's own abusive quotes are the collector's
 * words alone.
 */
const NEWS_OR_ADVICE = words([
  // Not "according to our records", "según nuestros registros", "menurut data kami": a dunning
  // letter's words. Nor "you will be arrested": a collector's false threat.
  '\\b(threatened|allegedly|police said|according to (the )?(police|reports|victims?)|the victims?|victims? (said|say|says|told)|complained)\\b',
  '\\breport (it |them |this |harassment |abuse |the (app|lender|agent|collector)s? )?to\\b',
  '\\b(file|lodge) a complaint\\b',
  '\\bknow your rights\\b',
  '\\b(harassment|threats|such (calls|messages|threats)|this practice) (is|are) (illegal|prohibited|unlawful|not allowed)\\b',
  '\\b(amenaz(ó|aron|aban|aba)|seg[uú]n (la|el) (v[ií]ctima|polic[ií]a|denuncia)|denunci(ó|aron)|(la|las) v[ií]ctimas?|condusef|profeco)',
  '\\b(mengancam|diancam|korban|menurut (polisi|korban|keterangan)|pengaduan|satgas)\\b',
  '\\blapor(kan)? (ke|kepada) (ojk|satgas|afpi)\\b',
  '협박(했|하였|한 혐의|을 했)',
  '혐의',
  '피해자',
  '밝혔다',
  '금감원',
  '금융감독원',
  '1332',
  '불법 ?추심',
  '容疑',
  '疑い',
  'と(胁|怒鸣|言われ)',
  'どうすれば',
  '被害者',
  '(弁护士|警察|センター)に相谈',
  '相谈窓口',
  '违法',
  '金融庁',
  // Not the police's name alone: a collector says "non ho paura dei carabinieri".
  '\\b(minacciat[oa]|la vittima|le vittime|antiusura)\\b',
]);

/**
 * The text is mostly in those languages: more of their letters than Chinese characters. A Chinese
 * notice with "App" or a link in it never runs these lists (they cost more than the rest).
 */
const foreignOf = new WeakMap<Context, boolean>();

export function foreign(ctx: Context): boolean {
  let known = foreignOf.get(ctx);
  if (known === undefined) {
    known = mostlyForeign(ctx.text);
    foreignOf.set(ctx, known);
  }
  return known;
}

// Per code unit: 1 a Chinese character, 2 a letter of those languages (a table: this runs per
// character of every notice; native fills at load).
const LETTER = new Uint8Array(0x10000);
LETTER.fill(2, 97, 123);
LETTER.fill(2, 0xc0, 0x250);
LETTER.fill(2, 0x1e00, 0x1f00);
LETTER.fill(2, 0x400, 0x500);
LETTER.fill(2, 0x900, 0x980);
LETTER.fill(2, 0xe00, 0xe80);
// Kana (3): Japanese, whatever share of kanji it writes ("金返せ", "貸した金を返せ").
LETTER.fill(3, 0x3040, 0x3100);
LETTER.fill(2, 0xac00, 0xd7b0);
LETTER.fill(1, 0x4e00, 0xa000);

function mostlyForeign(t: string): boolean {
  let cjk = 0;
  let other = 0;
  let kana = 0;
  // The first 2,000 characters tell the language of a notice.
  const n = Math.min(t.length, 2000);
  for (let i = 0; i < n; i++) {
    const k = LETTER[t.charCodeAt(i)];
    if (k === 1) cjk++;
    else if (k === 2) other++;
    else if (k === 3) kana++;
  }
  return other + kana > cjk || (kana > 0 && 2 * kana >= cjk);
}

// Each list runs once per notice (several are asked for by both rules); callers get a copy.
const allOf = new WeakMap<Context, Map<Lexicon, Pos[]>>();

function all(ctx: Context, lex: Lexicon): Pos[] {
  let seen = allOf.get(ctx);
  if (!seen) allOf.set(ctx, (seen = new Map()));
  let found = seen.get(lex);
  if (!found) seen.set(lex, (found = scan(ctx, lex)));
  return found.slice();
}

/**
 * The matches a global regex of `lex.source` finds, in order: at each step the earliest start
 * any item matches at, the first such item in list order (what an alternation takes), then on
 * from its end. Items the text lacks the anchor of cannot match and never run; each item's
 * next match is kept until the scan passes its start.
 */
function scan(ctx: Context, lex: Lexicon): Pos[] {
  const t = ctx.text;
  const res: RegExp[] = [];
  for (let i = 0; i < lex.items.length; i++) {
    const a = lex.anchors[i];
    let k = a ? a.length : 1;
    while (a && k-- && t.indexOf(a[k]) < 0);
    if (k < 0) continue;
    let re = lex.regexes[i];
    if (!re) re = lex.regexes[i] = new RegExp(lex.items[i], 'g');
    res.push(re);
  }
  // A few dozen highlights say it all; a pasted wall of threats needs no more.
  return leftmostMatches(t, res.length, (k) => res[k], 48, true);
}

/** Threats, insults and visits in those languages (for intimidation). */
const intimidationOf = new WeakMap<Context, Pos[]>();

export function foreignIntimidation(ctx: Context): Pos[] {
  const known = intimidationOf.get(ctx);
  if (known) return known;
  const found = findIntimidation(ctx);
  intimidationOf.set(ctx, found);
  return found;
}

/**
 * A foreign-language message that reports abusive collection or advises on it: its threats are
 * quoted or described, not made (threat-acts' threats() drops them, as it does a Chinese report).
 */
export function reportedAbroad(ctx: Context): boolean {
  return foreign(ctx) && all(ctx, regexOf(NEWS_OR_ADVICE)).length > 0;
}

type Frame = (ctx: Context) => Pos[];

/** Frames built on the first notice in another language (their regexes cost a phone's load
 * time), frame `i` answering nothing for a Chinese notice or a report of abroad. */
export function foreignFrames(build: () => Frame[]): (i: number) => Frame {
  let run: Frame[] | undefined;
  return (i) => (ctx) =>
    !foreign(ctx) || reportedAbroad(ctx) ? [] : (run || (run = build()))[i](ctx);
}

function findIntimidation(ctx: Context): Pos[] {
  if (!foreign(ctx)) return [];
  const out = findThreats(ctx);
  return out.length && reportedAbroad(ctx) ? [] : out;
}

function findThreats(ctx: Context): Pos[] {
  const out = [...all(ctx, regexOf(HARM)), ...all(ctx, regexOf(SLUR))];
  // Softer threats, insults and visits count about a debt, under a condition, or beside another
  // abuse — not in any sentence that has the word ("vamos a tu casa a cenar", "a thief stole my
  // bike").
  const weak = [
    ...all(ctx, regexOf(HARM_SOFT)),
    ...all(ctx, regexOf(INSULT)),
    ...all(ctx, regexOf(VISIT)),
  ];
  // "사기꾼", "Thief!": the whole message the debtor's name for it, as "老赖！" is.
  const t = ctx.text;
  for (const h of all(ctx, regexOf(INSULT)))
    if (!t.slice(0, h.s).trim() && /^[\s!！.。?？~]*$/.test(t.slice(h.e))) out.push(h);
  // "부모 계좌를 … 만들어버리겠다": a soft threat aimed at the reader's people, in its sentence.
  const kin = all(ctx, regexOf(CIRCLE));
  if (kin.length && (all(ctx, regexOf(FRAME)).length || all(ctx, regexOf(COND)).length))
    for (const h of all(ctx, regexOf(HARM_SOFT)))
      if (kin.some((c) => ctx.sentence[c.s] === ctx.sentence[h.s])) out.push(h);
  // A doorstep lender's round ("continue to visit you to collect your weekly repayments") is the
  // collection the contract agreed, not people sent: no condition, a collection purpose.
  // "If you don't call me back I'm coming to your house, I'm worried about you": with no debt in
  // sight, the speaker's worry is the visit's purpose (fa19).
  const worried = !debtTalk(ctx) && /\bworried about you\b/.test(t);
  const fine = weak.filter((w) => !worried && !lawfulRound(ctx, w));
  weak.length = 0;
  weak.push(...fine);
  if (
    out.length ||
    weak.length >= 2 ||
    (weak.length && (debtTalk(ctx) || all(ctx, regexOf(COND)).length))
  )
    out.push(...weak);
  // "お前の実家の住所は分かってるんだよ": the menace and nothing else, as the Chinese "我们知道你住哪"
  // alone is (Korean and Japanese only: "You'll regret not coming!" is an invitation).
  if (!out.length && t.length <= 40 && CJK_WORD.test(t) && !/[,，、;；.。!！?？]./.test(t.trim()))
    out.push(...all(ctx, regexOf(HARM_SOFT)));
  // "金返せ", "貸した金を返せ", "빨리 돈 갚아라. 애들한테는…": the rude demand alone, or beside the
  // reader's people or another abuse. "本を返せ", "元気を出せ": 返せ and 出せ demand money only when
  // money is named.
  const rude = all(ctx, regexOf(RUDE_DEMAND)).filter(
    (h) => !/[返出]せ$/.test(ctx.text.slice(h.s, h.e)) || MONEY_JA.test(ctx.text),
  );
  if (rude.length && (ctx.text.length <= 60 || out.length || all(ctx, regexOf(CIRCLE)).length))
    out.push(...rude);
  return out;
}

const ROUND =
  /\bto (discuss|agree|arrange|review) (a |the |your )?(re)?payment (plan|schedule|arrangement)\b|\bto collect (your |the )?(weekly |monthly |regular |next |usual )?(re)?payments?\b|\bas (usual|arranged|agreed)\b|\bcontinue to visit\b|\b(arrange|book) (a|an|the) (visit|appointment)\b|\bmay (contact|visit|call)\b/;

function lawfulRound(ctx: Context, w: Pos): boolean {
  if (!all(ctx, regexOf(VISIT)).some((v) => v.s === w.s)) return false;
  const sent = sentenceOf(ctx, w);
  return ROUND.test(sent) && !new RegExp(regexOf(COND).source).test(sent);
}

function debtTalk(ctx: Context): boolean {
  return all(ctx, regexOf(DEBT)).length > 0;
}

// "Defaulter First Notice: Dear …", "avoid being listed as a mobile defaulter": the lender's own
// notice to the borrower or guarantor, or a credit-bureau listing — a label of the arrears told to
// the parties to the loan, not the debtor shamed before others ("he is a defaulter, tell him to pay").
const DEFAULTER_NOTICE =
  /^defaulters? ((first|second|third|final|last|1st|2nd|3rd|attach|demand) )?notice|^defaulters?\b[^.!?]{0,40}\b(dear|you have|you are)\b/;
const LISTED_AS = /\b(listed|reported|registered|flagged) (as|with) (a |an )?([a-z]+ )?$/;

function defaulterNotice(ctx: Context, h: Pos): boolean {
  const t = ctx.text;
  if (!/^defaulter/.test(t.slice(h.s, h.e))) return false;
  return (
    DEFAULTER_NOTICE.test(t.slice(h.s, h.s + 80)) ||
    LISTED_AS.test(t.slice(Math.max(0, h.s - 40), h.s))
  );
}

/** The family, contacts or employer told, or the debtor shamed in public (for contact_exposure). */
export function foreignExposure(ctx: Context): Pos[] {
  if (!foreign(ctx)) return [];
  const out = findExposure(ctx);
  return out.length && reportedAbroad(ctx) ? [] : out;
}

// "We will never contact your family", "tidak akan menghubungi keluarga", "no llamaremos a tu
// familia" (the word before the act), "가족에게 알리지 않습니다" (after it): a promise not to.
const NOT_BEFORE =
  /\b(not|never|no|won'?t|don'?t|tidak|tak|takkan|bukan|jangan|nunca|jam[aá]s|non|mai)( [a-z\u00c0-\u024f]+){0,2} ?$/;
/** "si no pagas le avisamos", "if you don't pay we call": the condition, not a promise. */
const IF_NOT = /\b(si|se|if|kalau|jika|unless|or|o)( you)? (no|not|don'?t|non|tidak|tak)\b/;
const NOT_AFTER =
  /^[가-힣]{0,3}지 ?(않|말|마)|^[^。.!?]{0,8}(ことはありません|いたしません|しません)/;
// A lender's formal Japanese ("ご連絡させていただく場合がございます"): the lawful step, not a threat.
const FORMAL_JA = /ございます|いたします|させていただ|场合があります|ことがあります/;
const REFUSED = /\b(do not|don'?t|never|jangan|tidak pernah|nunca|no compartas)\b|절대/;

// "We may contact your employer to verify your employment", "untuk verifikasi": reaching someone
// to confirm the borrower's details is a lender's step (as "核实您的联系方式" is), telling them the
// debt is not.
const VERIFY =
  /\b(para (localizarl[oa]|ubicarl[oa])|to (locate|trace) you)\b|\b(to|for|untuk|para) (verify|confirm|verification of|verifikasi|konfirmasi|confirmar|verificar) (your|the borrower'?s?|his|her|data|sus|tus|su|tu) ?(employment|identity|details|contact|address|information|number|pekerjaan|identitas|alamat|datos|empleo|identidad|domicilio)?\b|확인(하기 위해|차)|确认のため/;

const CJK_WORD = /[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]/;

// "Refer a friend", "Tell your friends about us and earn rewards", "ajak teman": the lender's
// marketing asks the reader to bring their people in, it tells them nothing of a debt.
const MARKETING =
  /\b(refer|referral|invite|rewards?|bonus|discount|earn|about us|share the app|promo|cashback|ajak|undang|hadiah|recomienda|invita|referidos?)\b/;

/**
 * A foreign-language hit in a sentence that reaches someone only to verify the borrower, or that
 * markets the app to the reader's friends.
 */
export function verifyingAbroad(ctx: Context, h: Pos): boolean {
  if (!foreign(ctx)) return false;
  const sent = sentenceOf(ctx, h);
  return (
    (VERIFY.test(sent) || MARKETING.test(sent)) &&
    !all(ctx, regexOf(INSULT)).some((i) => sentenceOf(ctx, i) === sent)
  );
}

function refused(ctx: Context, a: Pos): boolean {
  const t = ctx.text;
  return (
    (NOT_BEFORE.test(t.slice(Math.max(0, a.s - 24), a.s)) &&
      !IF_NOT.test(t.slice(Math.max(0, a.s - 24), a.s))) ||
    NOT_AFTER.test(t.slice(a.e, a.e + 14)) ||
    VERIFY.test(sentenceOf(ctx, a)) ||
    /[ごお]$/.test(t.slice(Math.max(0, a.s - 1), a.s)) ||
    FORMAL_JA.test(sentenceOf(ctx, a))
  );
}

function findExposure(ctx: Context): Pos[] {
  // Shaming words count about a debt or beside an insult or a threat ("this video went viral").
  const abuse =
    debtTalk(ctx) || foreignIntimidation(ctx).length > 0 || all(ctx, regexOf(INSULT)).length > 0;
  const out = all(ctx, regexOf(EXPOSE_STRONG));
  if (abuse) out.push(...all(ctx, regexOf(EXPOSE)).filter((h) => !defaulterNotice(ctx, h)));
  // Someone of the reader's told or visited: the act close to them, in a threat or about a debt.
  const acts = all(ctx, regexOf(ACT)).filter((a) => !refused(ctx, a));
  // No act, no circle told: the list need not run.
  const circle = (acts.length ? all(ctx, regexOf(CIRCLE)) : []).filter((c) =>
    acts.some((a) => (a.e <= c.s || a.s >= c.e) && Math.abs(a.s - c.s) <= 30 + (c.e - c.s)),
  );
  const framed = () =>
    all(ctx, regexOf(FRAME)).length > 0 ||
    all(ctx, regexOf(COND)).length > 0 ||
    /てやる|てやろう/.test(ctx.text);
  // Korean and Japanese tell a threat by its ending (알리겠다, 연락할 거야, 払わないと…するぞ), not
  // by the debt: "친구한테 빌린 돈 갚아야 하는데 엄마한테 연락해 볼게" is the debtor talking.
  const threatened =
    framed() ||
    out.length > 0 ||
    foreignIntimidation(ctx).length > 0 ||
    all(ctx, regexOf(INSULT)).length > 0 ||
    /(ぞ|からな|ぜ)[\s!！。.]*$/.test(ctx.text);
  // ... and the plain declarative (가족들한테 다 알린다) is the threat only about a debt or a
  // condition: with neither it is news ("엄마 생신이라 가족들한테 다 알린다").
  const frames = all(ctx, regexOf(FRAME));
  const cjkOk =
    threatened &&
    (abuse ||
      all(ctx, regexOf(COND)).length > 0 ||
      out.length > 0 ||
      frames.some((f) => !/다$/.test(ctx.text.slice(f.s, f.e))));
  const ok = circle.filter((c) => !CJK_WORD.test(ctx.text.slice(c.s, c.e)) || cjkOk);
  if (ok.length && (abuse || all(ctx, regexOf(FRAME)).length || out.length)) out.push(...ok);
  // The reader's photo or likeness in the same sentence as a public place or a crime's name
  // ("foto kamu akan kami sebar di facebook", "your photos will go to all your contacts", "tu foto
  // con la palabra ratera"), in a threat or about a debt: exposure. "Never share your photo on
  // Facebook" refuses it.
  const media = all(ctx, regexOf(MEDIA));
  if (media.length) {
    const where = [...all(ctx, regexOf(PUBLIC)), ...all(ctx, regexOf(INSULT))];
    for (const m of media) {
      const sent = ctx.sentence[m.s];
      const p = where.find((w) => ctx.sentence[w.s] === sent && (w.e <= m.s || w.s >= m.e));
      const sentence = sentenceOf(ctx, m);
      if (p && SPREAD.test(sentence) && !REFUSED.test(sentence) && framed()) out.push(m, p);
    }
  }
  return out;
}

/** Tests only: each list's matches on `text` item by item, and by the one regex of its source. */
export function lexiconScans(text: string): Array<{ items: Pos[]; whole: Pos[] }> {
  const lists = [HARM, HARM_SOFT, INSULT, SLUR, VISIT, EXPOSE_STRONG, EXPOSE, CIRCLE, ACT, COND];
  return [...lists, FRAME, DEBT, RUDE_DEMAND, MEDIA, PUBLIC, NEWS_OR_ADVICE].map((w) => {
    const lex = regexOf(w);
    const whole: Pos[] = [];
    const re = new RegExp(lex.source, 'g');
    for (let m = re.exec(text); m && whole.length < 48; m = re.exec(text)) {
      whole.push({ s: m.index, e: m.index + m[0].length });
      if (!m[0].length) re.lastIndex++;
    }
    return { items: scan({ text } as Context, lex), whole };
  });
}
