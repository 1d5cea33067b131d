// Thirteenth round: Korean (and Japanese) scam frames. Until now the rules read Korean only for
// threats; a Korean voice-phishing or smishing script was `unrelated`. Each frame is a behaviour,
// a persona or a lure joined to what the reader is then steered to do or told they are accused
// of, never a lone word:
//   impersonation: a prosecutor / police / 금감원 persona who says the reader's account or name
//     was used in a crime (대포통장, 명의도용), questions them by phone, moves them somewhere quiet
//     or threatens a summons unless they cooperate; a family member "on a broken phone" who wants
//     money, a gift card or an ID; a parcel / funeral / wedding / fine / check-up text with a link;
//     a "payment done — not you? call us" text; Japanese 還付金, 架空請求, オレオレ and police
//     personas who want a card, a code or a transfer.
//   pay_to_unofficial_account: a "safe" or court account to move money into, money moved to close
//     an investigation, cash handed to an investigator.
//   remote_control: an app to install asked by such a persona or beside a remote / security lure.
//   loan_lure: a refinancing or government-backed loan (대환대출, 저금리 전환, 햇살론, 서민금융)
//     offered with a route off any lender's own app (a link, a KakaoTalk id, a mobile), "whatever
//     your credit score", a recorded loan line that wants an amount keyed in, a script of what to
//     tell the bank.
//   advance_fee: the old loan (or part of it) to be repaid first so that the new one is paid out,
//     a fee to raise the credit score or for a guarantee, a refinancing declared a "violation".
//   credit_repair: loan or arrears records deleted, a credit score "restored" for the reader.
// A warning that describes these ("이런 문자는 사기입니다", "검찰은 안전계좌를 요구하지 않습니다")
// fires none of them.

import type { Context } from '../engine/context';
import { globalOf, sentenceOf } from '../engine/frames';
import { at, type Pos } from './scripts6';

export interface KoScams {
  imp: Pos[];
  pay: Pos[];
  remote: Pos[];
  lure: Pos[];
  fee: Pos[];
  repair: Pos[];
  /** A prosecutor / police persona on a case, or the reader told they are accused or questioned
   * (authority_threat: the criminal process invoked to frighten, whatever else is asked). */
  auth: Pos[];
}

const fresh = (): KoScams => ({
  imp: [],
  pay: [],
  remote: [],
  lure: [],
  fee: [],
  repair: [],
  auth: [],
});
const NONE = fresh();
const HANGUL = /[\uac00-\ud7a3]/;
const KANA = /[ぁ-んァ-ヶ]/;
// The frames below (some ninety regexes) are built on the first Korean or Japanese notice, not on
// load: most notices hold neither script, and on the phone creating a regex costs a parse each.
function frames() {
  const K = '[^.?!\\n]';

  // Korean negation follows the verb: "요구하지 않습니다", "누르지 마세요", "절대 … 안 됩니다". "않으면"
  // and "않을 경우" are conditions (the scam's own threat), not refusals.
  const KO_REFUSED =
    /^[^.?!\n]{0,20}?(않(습니다|는다|아요|는|음)|마(세요|십시오|라)|말(라|고|아야|것)|금지|없(습니다|어요|다)|안 ?됩니다|아닙니다)/;
  // The negation belongs to the nearest verb: past a connective ("막혀서 현재 입금이 안 됩니다",
  // "승인대상이지만 … 신청하지 않는") it refuses another one. A quote ("이체하라고 요구하지 않습니다")
  // is not a connective.
  const KO_CLAUSE_END = /[.?!\n,]|([^라다]고|서|며|면|니까|는데|지만|으나) /;
  const KO_NEVER = /(절대|결코|어떠한 경우에도|어떤 경우에도)[^.?!\n]{0,16}$/;
  // A warning about the script, not the script: "사기입니다", "보이스피싱 주의", "112에 신고하세요".
  const KO_ADVICE =
    /(사기|보이스 ?피싱|스미싱|피싱)(입니다|이니|이므로|예요|에요|이다|일 (수|가능성)|로 의심|(를|을)? ?(주의|조심|예방)|에 (주의|속지|당하지|유의))|속지 마|응하지 마|누르지 마|클릭하지 마|설치하지 마|(요구|요청)하지 않(습니다|는다|아요)|주의(하세요|하시기|가 필요|를 당부|해야|하십시오|바랍니다)|신고(하세요|해 ?주세요|하시기|바랍니다)/;

  /** First match of `re` in `t` that no Korean negation refuses. */
  function liveKo(t: string, re: RegExp, from = 0): Pos | undefined {
    const g = globalOf(re);
    g.lastIndex = from;
    for (let m = g.exec(t); m; m = g.exec(t)) {
      const p = { s: m.index, e: m.index + m[0].length };
      let after = t.slice(p.e, p.e + 28);
      const end = KO_CLAUSE_END.exec(after);
      if (end) after = after.slice(0, end.index);
      if (!KO_REFUSED.test(after) && !KO_NEVER.test(t.slice(Math.max(0, p.s - 20), p.s))) return p;
      if (m[0].length === 0) g.lastIndex++;
    }
    return undefined;
  }

  // ---- personas and accusations

  // A prosecutor, investigator, police unit or the financial regulator as the speaker. "검사" alone
  // is also a test ("건강검진 검사"): only as a title.
  const PERSONA =
    /검찰청|[가-힣]{1,4}(지검|고검)|대검|검찰(에서|입니다|이고|수사관|청)|검사(입니다|이고|구요|예요|님|라고)|수사관|수사(팀|과|대|[0-9]?국|부)(입니다|이고|에서|의)?|형사[0-9]?(부|과|팀)|경찰청|경찰서|사이버 ?수사|금융감독원|금감원|금융위원회|수사 ?기관|(지능|금융|첨단|경제)범죄/;
  // "저희가 … 일당을 검거", "저희 쪽에서 수사": the speaker as the one who arrests or investigates.
  const WE_INVESTIGATE = /저희(가|는|쪽에서|측에서| 쪽에서)?[^.?!\n]{0,40}?(검거|압수|수사|체포)/;
  // Something of the reader's used in a crime: "명의의 통장이 불법사기 사건에 연루", "계좌가 … 사기에
  // 이용됐다", "개인정보를 도용해 … 불법계좌를 개설", "명의로 된 … 통장이 발견".
  const ACCUSED = new RegExp(
    `(명의|개인 ?정보|신분증|통장|계좌|카드|휴대폰|전화번호)${K}{0,30}?(도용|대포 ?통장|차명 ?계좌|불법 ?계좌|범죄|사기(단|사건|범|조직|에)|연루|악용|(이용|사용|개설|발견)(되|됐|된|당|해))` +
      `|명의 ?도용|대포 ?통장|(공범|피의자|가해자)(인지|여부|로|입니다|이십니다|으로)|연루(되어|되었|된|됐)`,
  );
  // The reader addressed, or named by a quote's placeholder ("○○씨", "OOO님", "ㅇㅇㅇ 씨"); a news
  // report's "A씨" is a third person.
  const READER =
    /귀하|선생님|고객님|회원님|당신|본인|[○ㅇox×*＊]{1,4} ?(씨|님)|[가-힣][○ㅇox×*＊]{1,3} ?(씨|님)?/;
  const CRIME_SCENE = /검거|압수|사기단|범죄|불법|대포|수사|사건|일당/;
  // "전화로 먼저 약식수사", "간략한 유선 조사", "전화상으로 조사 받는": an investigation by phone,
  // which no prosecutor runs; not "전화로 조사 일정을 안내".
  const PHONE_INQUIRY =
    /(전화|유선|통화)(상|상으로|로|으로)? ?(먼저 |간략한 |간단한 |간단히 )?(약식 ?)?(수사|조사|진술)(?! ?(일정|날짜|출석|기일))/;
  const ACCOMPLICE_CALL = new RegExp(
    `(공범|피의자|연루|가해자)${K}{0,14}?(확인|조사)${K}{0,8}?전화`,
  );
  const PERP_OR_VICTIM = /(가해자|공범|피의자)인지 ?(아니면 )?피해자인지/;
  // "조용한 곳으로 이동해달라", "단독된 공간으로 자리이동": the reader cut off from others.
  const ISOLATE =
    /(조용한|혼자 ?있는|단독된?|독립된|아무도 없는|밀폐된|사람이 없는) ?(곳|공간|장소|방)(으로|로|에서)? ?(자리 ?)?(이동|옮기|옮겨|가 ?주|가셔|계셔)/;
  const ISOLATE_CALL =
    /(조용한|혼자 ?있는|단독된?|독립된|아무도 없는) ?(곳|공간|장소|방)에서 ?(전화|통화)/;
  // "옆사람들과 상담을 엄금합니다. 특히 은행직원들이랑": told to speak to no one, bank staff least.
  const SILENCE = new RegExp(
    `(옆 ?사람|주변|가족|은행 ?직원|직원)${K}{0,8}?(상담|대화|얘기|이야기|말|통화)(을|를|하는 ?것을?)? ?(엄금|금지|하지 마|하시면 안|삼가)`,
  );
  const CASE_TALK = /녹취|조사|수사|증거|사건|검찰|경찰/;
  // "금감원·검찰에 연결해 주겠다", "담당 검사님 내선 연결해 드릴게요": the call put through to the
  // next persona of the chain.
  const PUT_THROUGH = new RegExp(
    `(검사|검찰|수사관|금감원|금융감독원|경찰|수사팀)${K}{0,10}?(연결|바꿔|돌려)(해 ?드|해 ?주|드릴|드리|주겠|줄게)`,
  );
  // The accusation put to the reader as a question: "… 사용되고 있다는 것을 알고 계셨습니까?".
  const KNEW = /알고 ?계셨|알고 ?계십|아셨|아십니까|아시나요|모르셨|들어 ?보셨/;
  // "본인이 고소·고발된 상태입니다": the reader told they are the accused.
  const READER_ACCUSED = new RegExp(
    `(본인|귀하|고객님|선생님|당신)(이|께서|은|는|의)?${K}{0,6}?(고소|고발|입건|피의자|수사 ?대상|용의자)(된|됐|되|로|이|입)`,
  );
  const INQUIRY = /조사|수사|출석|소환|진술/;
  // A persona sends the reader to a cash machine, or to a site to "resolve" the case.
  const ATM = /atm|cd기|현금 ?인출기|자동화 ?기기/;
  const RESOLVE_AT_SITE = new RegExp(
    `(해결|해제|확인|풀|조회)(하려면|하시려면|하기 ?위해|을 위해|를 위해)${K}{0,30}?(홈페이지|사이트|링크|앱|어플)${K}{0,20}?(들어가|접속|신청|설치)`,
  );
  // "카드를 꽂으세요. 계좌번호 누르라고 나오죠?": a cash-machine session dictated step by step.
  const ATM_STEP = /카드를? ?(꽂|넣)(으세요|어 ?주세요|으시고|고)/;
  const ATM_KEY = /누르|입력/;
  // "수사 협조 안 하시면 소환장 발부": cooperation on the phone or a summons.
  const COERCE = new RegExp(
    `(협조|조사|수사|응)${K}{0,8}?(안 ?하|않|거부)${K}{0,6}?(면|시면|실 경우)${K}{0,24}?(소환장|구속|체포|지명 ?수배|출석 ?요구|처벌)`,
  );
  // The persona wants who the reader is: "본인 확인부터 하겠습니다", "주민번호 불러 주세요".
  const IDENT_ASK = new RegExp(
    `본인 ?확인|(주민(등록)? ?번호|계좌 ?번호|카드 ?번호|비밀 ?번호|보안 ?카드|otp|인증 ?번호|성함|생년월일)${K}{0,12}?(알려|불러|말씀|확인|입력|어떻게 되)`,
  );

  // ---- money moved

  // "국가안전보안코드 계좌로 입금하라", "지정한 4개 법원계좌에 … 입금하라", "안전계좌로 옮기세요".
  const SAFE_ACCOUNT =
    /안전한? ?계좌|보안 ?계좌|국가 ?안전 ?(보안)? ?(코드|계좌)|법원 ?계좌|검찰 ?계좌|보호 ?계좌|국가 ?(지정 ?)?계좌/;
  const ASSIGNED_ACCOUNT =
    /(지정한|지정하는|지정된|알려 ?주는|알려 ?드리는|불러 ?주는)[^.?!\n]{0,12}?계좌/;
  const MOVE = /입금|이체|송금|옮기|옮겨|보내|예치|넣/;
  // "입금 시마다 … 자금세탁 경로를 추적 … 수사를 종료": money moved to close a case.
  const CASE_MONEY = new RegExp(
    `(입금|이체|송금|인출)${K}{0,40}?(자금 ?세탁|추적|무혐의|수사를? 종료|수사 ?종결|혐의를? (벗|풀))` +
      `|(수사|조사|무혐의|자산 ?(확인|조사))${K}{0,16}?(위해|위한|하려면|까지)${K}{0,20}?(입금|이체|송금|인출)`,
  );
  // "현금을 인출해 수사관에게 전달", "금감원 직원에게 맡기세요".
  const CASH = new RegExp(
    `(현금|돈|예금)${K}{0,20}?(인출|찾아|뽑아)${K}{0,30}?(전달|건네|맡기|맡겨|보관|가져)` +
      `|(수사관|직원|금감원|검찰|경찰|요원|담당자)${K}{0,12}?(에게|한테|께)${K}{0,16}?(전달|건네|맡기|맡겨|넘겨)`,
  );
  const MONEY = /현금|돈|만 ?원|금액|예금|적금/;

  // ---- apps

  const INSTALL = new RegExp(
    `(앱|어플|애플리케이션|프로그램|apk|팀뷰어|애니 ?데스크|원격)${K}{0,14}?(설치|다운|깔아|깔고|깔면)`,
  );
  // An app from the link or file the caller sends ("보내드린 링크로 앱을 설치"), not the lender's own.
  const SENT_APP = /보내 ?드린|보내 ?드리는|보낸|전송한|전송해 ?드린|문자로|링크|url|apk|파일/;
  const REMOTE_WORD = /원격|팀뷰어|애니 ?데스크|제어|사건 ?조회|악성|해킹|백신/;

  // ---- loans

  const LURE =
    /대환 ?(대출|상품)|저금리[^.?!\n]{0,8}?(대출|전환|상품|대환|갈아)|갈아타|정부 ?지원[^.?!\n]{0,6}?(대출|자금|상품)|정책 ?자금|서민 ?(금융|대출|자금)|햇살론|새희망 ?홀씨|바꿔드림론|안전망 ?대출|특별 ?지원 ?대출|전환 ?대(안)?출|대안 ?(대출|상품)|희망 ?회복 ?자금|긴급 ?생활 ?안정 ?자금|무료 ?신용 ?대출/;
  // Where the offer is taken: a link, KakaoTalk, a mobile, an app to install, a call asked for.
  const ROUTE =
    /링크|url|http|클릭|접속|카톡|카카오톡|오픈 ?채팅|친구 ?추가|(전화|연락|문자|문의|상담 ?신청|신청)(을|를)? ?(주세요|주시면|바랍니다|요망|하세요|해 ?주세요|해 ?주시|하시면|하기)|(앱|어플)[^.?!\n]{0,6}(설치|다운)/;
  const KAKAO = /카톡|카카오톡|오픈 ?채팅|친구 ?추가/;
  const MOBILE = /(^|[^0-9])(01[016789][0-9]{7,8}|070[0-9]{7,8})([^0-9]|$)/;
  // The lender's own place: a branch, its banking app.
  const OWN_PLACE = /영업점|지점 ?방문|가까운 지점|창구|공식 ?앱|인터넷 ?뱅킹|모바일 ?뱅킹/;
  // "기존 대출을 상환하면 저금리로 대출해주겠다", "기존 대출 1000만원을 갚아야 한다".
  const REPAY_OLD = new RegExp(
    `기존 ?(대출|대출금|채무|부채|대출 ?건)${K}{0,20}?(상환|갚|변제|정리|완납)(하|해|을|를)?${K}{0,6}?(면|셔야|야|조건|후|뒤)` +
      `|기존 ?(대출|대출금|채무)${K}{0,12}?(상환|완납)${K}{0,12}?(입금|송금|이체)(하|해)${K}{0,4}?(셔야|야|주세요|주시면)`,
  );
  // "한 군데만 정리하셔도 자금이 나가요", "일부만 변제하시면 진행이 가능".
  const REPAY_PART = new RegExp(
    `(일부|한 ?(군데|곳)|먼저|우선)${K}{0,10}?(상환|갚|변제|정리)(만)?${K}{0,4}?(하|해)${K}{0,4}?(면|셔도|셔야|야)`,
  );
  const PAYOUT =
    /자금(이|을)? ?(나가|받|풀|입금|지급)|대출(이)? ?(실행|진행|가능|승인|해 ?드|해 ?주)|진행이 ?가능|저금리|승인|한도|동결|지급 ?정지|풀 수/;
  // A fee before the loan: a guarantee, "raising the credit score", a processing charge.
  const LOAN_FEE = new RegExp(
    `(보증서 ?발급 ?(비용|수수료|료)|보증료|보증 ?보험료|전산 ?(작업|처리) ?비|신용 ?(등급|도|점수)${K}{0,8}?(올리|올려|상향|높이|회복)|공탁금|선이자|수수료|작업비|예치금|보증금)${K}{0,16}?(부담|입금|송금|납부|보내|내셔야|내야|필요|먼저|선납)`,
  );
  const LOAN_WORD = /대출|자금|융자/;
  // "대환대출 신청이 계약 위반 … 계좌가 지급정지", "대환대출 자체가 불법 … 위약금".
  const VIOLATION = new RegExp(
    `(대환 ?대출|이중 ?대출|대출 ?신청|타 ?금융(사|기관)?${K}{0,6}?대출)${K}{0,24}?(위반|불법)`,
  );
  const PENALTY = /지급 ?정지|계좌[^.?!\n]{0,6}?(정지|동결)|위약금|상환|갚/;
  const RECORD_WIPE = new RegExp(
    `(대출|연체|신용|채무)${K}{0,6}?(기록|이력|정보|내역)${K}{0,16}?(삭제|지워|없애|말소)(해 ?드|해 ?주|드리|가능|하여 ?드)` +
      `|신용 ?(도|점수|평점|등급)${K}{0,6}?(회복|보완|올려|상향)(해 ?드|시켜 ?드|드리)`,
  );
  // A loan "paid out but blocked" that the reader must release: "전산상으로 고객님 코드가 막혀서 …
  // 풀어야지만 돈이 입금이 돼요", "지급정지 … 풀려면 고객님 입금 기록이 있어야 해요".
  const BLOCKED = new RegExp(
    `(대출금|자금|돈|입금|송금|코드|계좌)${K}{0,16}?(막혀|막혔|막힌|지급 ?정지|동결|묶여|보류)|지급 ?정지|동결`,
  );
  const RELEASE = /풀어야|풀려면|풀어 ?드리|해제하려면|해제해야|풀기 ?위해/;
  const RELEASE_PAY = new RegExp(
    `(입금|송금|이체|상환|변제|비용)${K}{0,8}?(있어야|해야|하셔야|필요)`,
  );
  // The reader's credit score "adjusted" by the caller, at a cost: "신용도를 임의로 저희가 조정 …
  // 비용도 조금 들어가지만", "평점, 등급 등의 변경을 하려면 … 비용청구가 들어갈겁니다".
  const SCORE_FIX = new RegExp(
    `(신용 ?(도|등급|평점|점수)|평점|등급)${K}{0,16}?(조정|변경|상향|올려|올리|관리)`,
  );
  const COST = /비용|수수료|돈이 ?들|청구|입금/;
  // Another loan taken first "to meet the conditions", which the caller will repay.
  const LOAN_FIRST = new RegExp(
    `(거래 ?실적|신용 ?실적|실적)(을|를)? ?(쌓|올리|만들)|대출(을|를)? ?받${K}{0,20}?(상환해 ?드|갚아 ?드)|조건을 ?맞춘 ?(다음|후|뒤)`,
  );
  // "[하나은행] 정부지원에 의한 특별특례 승인 대상자 안내": an approval for a state-backed loan the
  // reader never applied for ("신청하신" is their own application).
  const STATE_BACKED =
    /정부 ?지원|특례|특별 ?지원|협약 ?보증|서민 ?금융|햇살론|새희망 ?홀씨|희망 ?회복/;
  const APPROVED = /승인 ?(대상|안내|완료|되었|됐)|대상자/;
  const ANY_CREDIT = /신용 ?(등급|도|점수|평점)[^.?!\n]{0,8}?(관계없이|상관없이|무관|상관 ?없)/;
  const ARS = /(대출|자금|한도)[^\n]{0,40}?(입력|누르|눌러)[^.?!\n]{0,8}?(별표|우물 ?정|샵|\*|#)/;
  // "… 했다 이렇게 말씀해주시면 되세요", "은행에서 물어보면 … 라고 하세요": what to tell the bank.
  const COACH =
    /(라고|다고|이렇게|그렇게)[^.?!\n]{0,4}(말씀|말|얘기|대답)(해 ?주시|하시|을? 하시|드리|해|하)(면|셔야) ?(되|돼)|(라고|다고|이렇게|그렇게) ?(한번 )?(말씀|말|얘기)(을|를)? ?(해 ?보세요|하세요|해 ?주세요)/;
  const COACH_CONTEXT = /은행|직원|대출|채권|상환|변제|물어보|경찰|창구/;

  // ---- family on a new phone (메신저 피싱)

  const FAMILY =
    /(엄마|아빠|어머니|아버지|이모|고모|삼촌|언니|누나|오빠|형|딸|아들)[,.!~ ]*(나|저)(야|예요|에요|인데|임|\s|,|\.|!|$)/;
  const BROKEN_PHONE =
    /(폰|휴대폰|핸드폰|핸폰|전화기|액정|스마트폰)[^.?!\n]{0,10}?(고장|깨졌|깨져|깨짐|망가|수리|침수|분실|잃어버|떨어뜨|먹통)|(임시|새|다른) ?(폰|번호|휴대폰|핸드폰)|(컴퓨터|pc|노트북)로 (문자|카톡|연락)/;
  const FAMILY_ASK = new RegExp(
    `문상|문화 ?상품권|기프트 ?카드|구글 ?(기프트|플레이)|상품권` +
      `|(송금|이체|입금|결제)(해 ?줘|해 ?줄|해 ?주|좀)|(돈|만 ?원)${K}{0,10}?(보내|부쳐|빌려|필요)` +
      `|(본인 ?)?인증(해|하|할|을|이 ?필요)|(신분증|주민 ?등록증|카드|통장)${K}{0,10}?(사진|찍어|번호|앞뒤|앞뒷|앞면)` +
      `|(비밀 ?번호|인증 ?번호|계좌 ?번호|카드 ?번호)${K}{0,10}?(알려|보내|불러)` +
      `|(앱|어플|링크|프로그램)${K}{0,10}?(설치|깔아|눌러|다운)`,
  );

  // ---- smishing

  const PARCEL_ALARM = new RegExp(
    `(택배|배송|운송장|물품|소포|우체국)[^\\n]{0,30}?(주소(지|가)? ?(불명|불분명|불일치|오류|미확인|확인|잘못)|반송|보관 ?(중|예정)|미수령|배송 ?(불가|실패|지연|보류)|수취인 ?부재|정보 ?(불일치|오류))` +
      `|(주소(지|가)? ?(불명|불분명|불일치|오류|잘못)|수취인 ?부재|미수령)[^\\n]{0,30}?(택배|배송|물품|소포)`,
  );
  const FUNERAL =
    /부고|별세|부음|(부친|모친|빙부|빙모|조부|조모|시부|시모)상|청첩장|결혼식|모바일 ?초대장|돌잔치/;
  const EVENT_DETAIL = /빈소|발인|장례식장|예식장|호실|[0-9]{1,2} ?시|오전|오후/;
  const FINE =
    /과태료|범칙금|교통 ?(법규|위반)|신호 ?위반|속도 ?위반|주정차 ?위반|벌점|고지서|건강 ?검진|검진 ?결과|(재난|긴급|정부|국민) ?지원금|환급금|미환급/;
  const LINK_WORD = /링크|url|주소 ?클릭|클릭|접속|바로 ?가기/;
  const DONE =
    /(해외|국외)[^.?!\n]{0,8}?(결제|승인|사용|직구)|결제 ?(완료|승인|되었|됐)|승인 ?완료|주문 ?(완료|접수)|구매 ?완료|신청 ?(완료|접수|되었)|개통 ?(완료|되었)|(카드|택배)[^.?!\n]{0,10}?(배송|발급)/;
  const NOT_ME = new RegExp(
    `본인${K}{0,8}?(아닐|아니|아닌|미사용|사용하지|신청하지)|(결제|구매|주문|사용|신청)(하신|한)? ?(적|사실)(이)? ?(없|않)|(결제|구매|주문|신청)하지 않으셨|명의 ?도용|도용`,
  );
  const CALL_BACK = /연락|전화|문의|고객 ?센터|신고|취소/;
  // A card company's own national number (1588-, 1644-, 1899-…): registered, not a smisher's line.
  const HOTLINE = /(^|[^0-9])1[568][0-9]{6}([^0-9]|$)/;
  // A real card alert ends with its running total or the instalment plan.
  const CARD_ALERT = /누적|일시불|할부|잔액|체크[^.?!\n]{0,4}승인/;

  function shortLink(ctx: Context): boolean {
    return ctx
      .entitiesOf('link')
      .some(
        (e) =>
          /(^|\.)(bit\.ly|han\.gl|me2\.do|url\.kr|vo\.la|t\.ly|tinyurl\.com|goo\.gl|c11\.kr|buly\.kr|is\.gd|tiny\.cc)$/.test(
            e.value,
          ) || /ip|apk/.test(e.detail || ''),
      );
  }

  /** A link in the message that is not a government (.go.kr) or public-body address. */
  function foreignLink(ctx: Context): boolean {
    return ctx.entitiesOf('link').some((e) => !/(^|\.)(go\.kr|or\.kr)$/.test(e.value));
  }

  // ---- Japanese (matched on the normalised text: 連絡 → 连络, 電話 → 电话, 還付 → 还付)

  const JA_NEG = /ません|ない|诈欺|しない|ありません/;
  const JA_REFUND = /还付|払い?戻し|返金/;
  const JA_REFUND_ROUTE = /atm|携帯|手続き|电话|连络|コンビニ/;
  const JA_ASK = /ください|下さい|して|お愿い|必要/;
  const JA_SITE = /有料|サイト|动画|コンテンツ|登录|利用料|情报料|会员/;
  const JA_SUIT = /消费料金|契约不履行/;
  const JA_UNPAID = /未払い?|未纳|滞纳|未精算|延滞/;
  const JA_CALL = /连络|电话|お问い合わせ/;
  const JA_PRESSURE = /法的|诉讼|裁判|差し?押さえ|本日中|至急|期日|最终/;
  const JA_ORE =
    /(俺|オレ|おれ)(だけど|だよ|です|や)|番号(が)?変わ|携帯[^。]{0,6}(なくし|落と|壊れ|変え)/;
  const JA_ORE_NEED = /示谈|事故|会社の(お)?金|横领|小切手|妊娠|借金|お金|万円/;
  const JA_ORE_ASK = /振り?込|用意|取りに|受け取|渡し|貸して|必要/;
  // "振り込み額が間違っていたのでもう一度振り込んでください": sent again for a "mistake".
  const JA_AGAIN = /间违|误/;
  const JA_AGAIN_ASK = /(もう一度|再度|もう一回)振り?込/;
  // "お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください": a missed
  // delivery fixed at the message's link, not the carrier's own site.
  const JA_PARCEL = /不在|持ち帰|再配达|配达できません/;
  const CARRIER =
    /(^|\.)(kuronekoyamato\.co\.jp|sagawa-exp\.co\.jp|post\.japanpost\.jp|japanpost\.jp)$/;
  const JA_AUTH = /警察|検察|金融庁|银行协会|全银协/;
  const JA_AUTH_OBJ = /キャッシュカード|暗证番号|口座|保釈金|マネーロンダリング|资产/;
  const JA_AUTH_ASK = /振り?込|送金|预か|交换|渡し|取りに|ください/;

  function japanese(ctx: Context, out: KoScams): void {
    const t = ctx.text;
    // The first ask in a sentence that also holds what it is asked for, refused nowhere there.
    const sentAsks = (need: RegExp, ask: RegExp): Pos | undefined => {
      const g = globalOf(ask);
      for (let m = g.exec(t); m; m = g.exec(t)) {
        const p = { s: m.index, e: m.index + m[0].length };
        const sent = sentenceOf(ctx, p);
        // "用意してくれない？" asks; its ない is the question, not a refusal.
        if (need.test(sent) && !JA_NEG.test(sent.replace(/(くれ|もらえ)ない/g, ''))) return p;
      }
      return undefined;
    };
    if (JA_REFUND.test(t) && JA_REFUND_ROUTE.test(t)) {
      const p = sentAsks(JA_REFUND_ROUTE, JA_ASK);
      if (p) out.imp.push(p, at(JA_REFUND.exec(t)) as Pos);
    }
    // ... or the "総合消費料金 … 民事訴訟 … 取り下げ" postcard, a suit over a bill nobody names.
    const bill = (JA_SITE.test(t) && JA_UNPAID.test(t)) || JA_SUIT.test(t);
    if (bill && JA_CALL.test(t)) {
      const p = sentAsks(JA_CALL, JA_PRESSURE);
      if (p) out.imp.push(p);
    }
    const ore = JA_ORE.exec(t);
    if (ore && JA_ORE_NEED.test(t)) {
      const p = sentAsks(JA_ORE_NEED, JA_ORE_ASK);
      if (p) out.imp.push(at(ore) as Pos, p);
    }
    const parcel = JA_PARCEL.exec(t);
    if (parcel && ctx.entitiesOf('link').some((e) => !CARRIER.test(e.value)))
      out.imp.push(at(parcel) as Pos);
    const again = JA_AGAIN.test(t) ? sentAsks(JA_AGAIN, JA_AGAIN_ASK) : undefined;
    if (again) out.imp.push(again);
    const auth = JA_AUTH.exec(t);
    if (auth && JA_AUTH_OBJ.test(t)) {
      const p = sentAsks(JA_AUTH_OBJ, JA_AUTH_ASK);
      if (p) out.imp.push(at(auth) as Pos, p);
    }
  }

  function korean(ctx: Context, out: KoScams): void {
    const t = ctx.text;
    // A warning that carries no link of its own describes the script.
    if (KO_ADVICE.test(t) && !foreignLink(ctx)) return;
    const persona = liveKo(t, PERSONA) || liveKo(t, WE_INVESTIGATE);

    // Authority scripts.
    const acc = liveKo(t, ACCUSED);
    if (acc) {
      const sent = sentenceOf(ctx, acc);
      if (persona) out.imp.push(persona, acc);
      else if (READER.test(sent) && CRIME_SCENE.test(t)) out.imp.push(acc);
    }
    const frames = [PHONE_INQUIRY, ACCOMPLICE_CALL, PERP_OR_VICTIM, COERCE];
    for (let i = 0; i < frames.length; i++) {
      const re = frames[i];
      const p = liveKo(t, re);
      if (p) {
        out.imp.push(p);
        out.auth.push(p);
      }
    }
    // The persona on a case ("부산고검 형사1부 … 수사관입니다") or the reader named in one: the
    // criminal process invoked, which the rules report as authority_threat beside impersonation.
    if (persona && CASE_TALK.test(t)) out.auth.push(persona);
    if (acc && (persona || CRIME_SCENE.test(t))) out.auth.push(acc);
    const iso = liveKo(t, ISOLATE) || liveKo(t, ISOLATE_CALL) || liveKo(t, SILENCE);
    if (iso && CASE_TALK.test(t + (ATM_STEP.test(t) ? '조사' : ''))) out.imp.push(iso);
    if (persona) {
      const id = liveKo(t, IDENT_ASK);
      if (id) out.imp.push(persona, id);
      const atm = liveKo(t, ATM);
      if (atm) out.pay.push(persona, atm);
    }
    const through = liveKo(t, PUT_THROUGH);
    if (through) out.imp.push(through);
    if (acc && KNEW.test(sentenceOf(ctx, acc))) out.imp.push(acc);
    const accusedReader = liveKo(t, READER_ACCUSED);
    if (accusedReader) out.auth.push(accusedReader);
    if (accusedReader && INQUIRY.test(t)) out.imp.push(accusedReader);
    const site = liveKo(t, RESOLVE_AT_SITE);
    if (site && (persona || acc)) out.imp.push(site);
    // A prosecutor or regulator who sends a link: offices do not.
    const personaLink = persona && (foreignLink(ctx) ? persona : liveKo(t, LINK_WORD));
    if (persona && personaLink) out.imp.push(persona, personaLink);
    const step = liveKo(t, ATM_STEP);
    if (step && ATM_KEY.test(t.slice(step.e, step.e + 40))) out.pay.push(step);
    const safe = liveKo(t, SAFE_ACCOUNT);
    if (safe && MOVE.test(sentenceOf(ctx, safe))) out.pay.push(safe);
    const assigned = liveKo(t, ASSIGNED_ACCOUNT);
    if (assigned && (persona || CASE_TALK.test(t)) && MOVE.test(sentenceOf(ctx, assigned)))
      out.pay.push(assigned);
    const caseMoney = liveKo(t, CASE_MONEY);
    if (caseMoney) out.pay.push(caseMoney);
    const cash = liveKo(t, CASH);
    if (cash && MONEY.test(sentenceOf(ctx, cash))) out.pay.push(cash);

    // Family on a new phone.
    const broken = liveKo(t, BROKEN_PHONE);
    const famAsk = broken && liveKo(t, FAMILY_ASK);
    if (broken && famAsk && (FAMILY.test(t) || /엄마|아빠/.test(t))) out.imp.push(broken, famAsk);

    // Loans.
    const lure = liveKo(t, LURE);
    const mobile = MOBILE.exec(t);
    if (lure && !OWN_PLACE.test(t)) {
      // A registered advert ("(광고) … 무료수신거부") sells the sender's own loans on its own site;
      // a mobile, a KakaoTalk id or a short link is still no bank's.
      const advert = /[([]광고[)\]]/.test(t) && /수신 ?거부/.test(t);
      const route = advert
        ? at(mobile) || liveKo(t, KAKAO) || (shortLink(ctx) ? lure : undefined)
        : liveKo(t, ROUTE) || at(mobile) || (foreignLink(ctx) ? lure : undefined);
      if (route) out.lure.push(lure, route);
      const any = liveKo(t, ANY_CREDIT);
      if (any) out.lure.push(lure, any);
    }
    const ars = liveKo(t, ARS);
    if (ars) out.lure.push(ars);
    const coach = liveKo(t, COACH);
    if (coach && COACH_CONTEXT.test(t)) (LOAN_WORD.test(t) ? out.lure : out.imp).push(coach);
    const repay = liveKo(t, REPAY_OLD) || liveKo(t, REPAY_PART);
    if (repay && PAYOUT.test(t) && LOAN_WORD.test(t + (lure ? '대출' : ''))) out.fee.push(repay);
    const fee = liveKo(t, LOAN_FEE);
    if (fee && (lure || /승인|가능/.test(t)) && LOAN_WORD.test(t)) out.fee.push(fee);
    const viol = liveKo(t, VIOLATION);
    if (viol && PENALTY.test(t)) out.fee.push(viol);
    const wipe = liveKo(t, RECORD_WIPE);
    if (wipe) out.repair.push(wipe);
    const fix = liveKo(t, SCORE_FIX);
    if (fix && COST.test(t.slice(fix.e)) && /저희|제가|저희가/.test(t)) out.repair.push(fix);
    const blocked = liveKo(t, BLOCKED);
    // Released by a payment, or (a loan's payout) released at all.
    const release = blocked && liveKo(t, RELEASE, blocked.s);
    const pays = release && liveKo(t, RELEASE_PAY, release.s);
    if (blocked && release && (pays || LOAN_WORD.test(t))) out.fee.push(blocked, release);
    const first = liveKo(t, LOAN_FIRST);
    if (first && LOAN_WORD.test(t)) out.fee.push(first);
    const backed = liveKo(t, STATE_BACKED);
    const approved = backed && liveKo(t, APPROVED);
    if (
      backed &&
      approved &&
      !/신청하신|신청한/.test(t) &&
      LOAN_WORD.test(t + (/특례|보증/.test(t) ? '대출' : ''))
    )
      out.lure.push(backed, approved);

    // Apps asked by a persona or beside a remote, security or loan lure.
    const inst = liveKo(t, INSTALL);
    if (
      inst &&
      (REMOTE_WORD.test(t) ||
        persona ||
        lure ||
        broken ||
        PARCEL_ALARM.test(t) ||
        (SENT_APP.test(sentenceOf(ctx, inst)) && LOAN_WORD.test(t)))
    )
      out.remote.push(inst);

    // Smishing: an alarm or an event with a link; "paid — not you? call us".
    const link = foreignLink(ctx) || LINK_WORD.test(t);
    if (link) {
      const parcel = liveKo(t, PARCEL_ALARM);
      if (parcel) out.imp.push(parcel);
      const ev = FUNERAL.exec(t);
      if (ev && (shortLink(ctx) || !EVENT_DETAIL.test(t))) out.imp.push(at(ev) as Pos);
      const fine = liveKo(t, FINE);
      if (fine) out.imp.push(fine);
    }
    const done = liveKo(t, DONE);
    const notMe = done && liveKo(t, NOT_ME);
    if (
      done &&
      notMe &&
      !CARD_ALERT.test(t) &&
      (foreignLink(ctx) ||
        mobile ||
        (CALL_BACK.test(t.slice(notMe.s, notMe.e + 30)) && !HOTLINE.test(t)))
    )
      out.imp.push(done, notMe);
    // A persona who only says who they are is not yet reported (the verdict stays open to what
    // follows): authority_threat names the fake process of a script already caught.
    if (!out.imp.length && !out.pay.length) out.auth.length = 0;
  }
  // Indexed by whether the notice is Korean.
  return [japanese, korean];
}

let run: ReturnType<typeof frames> | undefined;

const CACHE = new WeakMap<Context, KoScams>();

/** The Korean and Japanese scam frames of the notice, found once per notice. */
export function koScams(ctx: Context): KoScams {
  let r = CACHE.get(ctx);
  if (r) return r;
  const t = ctx.text;
  const ko = HANGUL.test(t);
  if (ko || KANA.test(t)) (run || (run = frames()))[+ko](ctx, (r = fresh()));
  else r = NONE;
  CACHE.set(ctx, r);
  return r;
}
