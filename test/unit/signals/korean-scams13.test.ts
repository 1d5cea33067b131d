// Thirteenth round, Korean and Japanese scam frames (signals/korean13.ts): a persona or a lure
// joined to an ask or an accusation of the reader. Beside each, genuine look-alikes with the same
// words — bank and card alerts, a lender's own arrears notice, a courier's delivery text, a
// warning that describes the script — which must not be called scams. The sentences are written
// for the tests, not corpus text.
import { check } from '../../helpers/checker';

function ids(t: string): string[] {
  return check(t).signals.map((s) => s.id);
}

function scamWith(t: string, id: string): void {
  expect(check(t).verdict).toBe('scam');
  expect(ids(t)).toContain(id);
}

function notScam(t: string): void {
  expect(check(t).verdict).not.toBe('scam');
}

describe('prosecutor, police and regulator personas', () => {
  test.each([
    '서울중앙지검 수사관입니다. 고객님 명의 통장이 대포통장으로 사용되었습니다.',
    '저는 금융범죄수사팀 박 수사관입니다. 선생님 명의로 개설된 계좌가 사기 사건에 연루되어 연락드렸습니다.',
    '귀하의 계좌가 보이스 사기단 범죄에 이용됐습니다.',
    '간단히 전화로 먼저 약식 조사를 진행하겠습니다.',
    '녹취를 해야 하니 조용한 곳으로 이동해 주세요.',
    '조사에 협조 안 하시면 바로 소환장 발부하겠습니다.',
    '담당 검사님께 연결해 드리겠습니다.',
    '귀하가 가해자인지 피해자인지 조사 중입니다.',
    '검찰입니다. 사건 조회를 위해 보내드린 링크에 접속해 주세요.',
  ])('%s', (t) => scamWith(t, 'impersonation'));

  test.each([
    '검찰청 수사관입니다. 고객님 자산 보호를 위해 안전계좌로 이체하셔야 합니다.',
    '국가안전계좌로 예금 전액을 입금하세요.',
    '무혐의를 입증하기 위해 지정된 계좌로 송금하셔야 수사가 종료됩니다.',
    '현금을 인출해서 금감원 직원에게 전달해 주세요.',
    '금융감독원 직원입니다. 고객님 계좌가 해킹되어 안전한 계좌로 옮기셔야 합니다.',
  ])('%s', (t) => scamWith(t, 'pay_to_unofficial_account'));

  test('an app from the link a loan caller sent', () =>
    scamWith('대출 진행을 위해 보내드린 링크로 앱을 설치해 주셔야 합니다.', 'remote_control'));

  test('an app a persona wants installed', () =>
    scamWith(
      '금융감독원입니다. 고객님 명의가 도용되었으니 보안 앱을 설치해 주세요.',
      'remote_control',
    ));

  test.each([
    // Warnings that describe the script.
    '검찰과 금융감독원은 절대 안전계좌로 이체하라고 요구하지 않습니다.',
    '수사기관을 사칭해 안전계좌 이체를 요구하는 보이스피싱에 주의하세요.',
    '이런 전화는 사기입니다. 현금을 인출해 전달하라는 요구에 응하지 마세요.',
    // A real office's words.
    '경찰서입니다. 전화로 조사 일정을 안내해 드리니 출석해 주시기 바랍니다.',
    // News about an arrest, no reader addressed.
    '경찰은 대포통장을 유통한 일당 12명을 검거했다고 밝혔다.',
    // A persona alone asks nothing and accuses no one.
    '부산고등검찰청 형사1부 김나영 수사관입니다.',
  ])('%s stays genuine', notScam);

  // The fake criminal process is named beside the impersonation, as for a Chinese 公检法 script.
  test.each([
    '서울중앙지검 수사관입니다. 고객님 명의 통장이 대포통장으로 사용되었습니다.',
    '본인이 고소·고발된 상태입니다. 전화로 먼저 약식 조사를 진행하겠습니다.',
    '귀하가 가해자인지 피해자인지 조사 중입니다.',
  ])('%s also reports authority_threat', (t) => scamWith(t, 'authority_threat'));

  test.each([
    // A persona who says only who they are: nothing is reported yet.
    '부산고등검찰청 형사1부 김나영 수사관입니다.',
    // A lender's own arrears notice.
    '[OO캐피탈] 고객님의 대출 상환일이 3일 지났습니다. 앱에서 납부해 주세요.',
  ])('%s reports no authority_threat', (t) => expect(ids(t)).not.toContain('authority_threat'));
});

describe('refinancing and government-backed loan lures', () => {
  test.each([
    '고객님 저금리 대환대출 가능합니다. 카톡 아이디 loan77 로 상담 주세요.',
    '정부지원 햇살론 대상자입니다. 아래 링크로 신청하세요.',
    '[OO은행] 정부지원 특례보증 대출 승인 대상자 안내',
    '신용등급과 관계없이 서민금융 저금리 상품으로 갈아타실 수 있습니다.',
    '[Web발신] (광고) 정부지원 서민대출 상담 카톡 ID abc 무료수신거부 080-123-4567',
  ])('%s', (t) => scamWith(t, 'loan_lure'));

  test.each([
    '기존 대출을 먼저 상환하시면 저금리로 대환대출 해 드립니다.',
    '일부만 변제하시면 바로 대출 진행이 가능합니다.',
    '정부지원 대출이 가능합니다. 다만 보증료 30만원은 먼저 입금하셔야 합니다.',
    '대환대출 신청은 계약 위반이라 계좌가 지급정지됩니다. 위약금을 내셔야 합니다.',
    '대출금이 전산 오류로 동결되어 이걸 풀려면 입금 기록이 있어야 합니다.',
  ])('%s', (t) => scamWith(t, 'advance_fee'));

  test.each([
    '연체 기록을 전부 삭제해 드리고 신용도를 회복해 드립니다.',
    '신용점수를 저희가 조정해 드리는데 비용이 조금 듭니다.',
  ])('%s', (t) => scamWith(t, 'credit_repair'));

  test.each([
    // A lender's own arrears notice, its own account and hotline.
    '[Web발신] OO캐피탈 고객님 대출금이 3개월 연체중입니다. 납부계좌 국민 123-45-678 입금 바랍니다. 문의 1588-1234',
    // The reader's own application answered.
    '신청하신 햇살론 대출이 승인되었습니다. 가까운 지점에서 약정하세요.',
    // A bank's own advert that sends you to its app.
    '(광고) OO은행 저금리 대환대출, 모바일 뱅킹에서 확인하세요.',
    '[Web발신] (광고) OO은행 햇살론 신청 https://oobank.com/x 무료수신거부 080-123-4567',
    // A lender's own app.
    'OO캐피탈 앱을 설치하시면 대출 신청이 가능합니다.',
    // An offer alone, with no route, fee or condition.
    '고객님 대환대출 가능합니다.',
    // Advice: records cannot be deleted.
    '연체 기록은 삭제되지 않습니다. 성실히 상환해 주세요.',
  ])('%s stays genuine', notScam);
});

describe('family on a broken phone (메신저 피싱)', () => {
  test.each([
    '엄마 나 폰 액정 깨져서 임시폰이야. 문화상품권 10만원 사서 번호 좀 보내줘',
    '아빠 나야 핸드폰 고장나서 수리 맡겼어. 신분증 사진이랑 카드 번호 좀 보내줘',
    '엄마 나 폰 액정 깨져서 수리 맡겼어 급하게 인증할 게 있는데 도와줘',
  ])('%s', (t) => scamWith(t, 'impersonation'));

  test.each([
    '엄마 나 폰 고장나서 수리 맡겼어. 저녁에 집 전화로 할게',
    '엄마 나 오늘 늦어. 저녁 먼저 먹어',
    '경찰청 사이버수사국 홈페이지에 접속해 신고하세요.',
  ])('%s stays genuine', notScam);
});

describe('smishing lures with a link, and "paid — not you? call us"', () => {
  test.each([
    '고객님 택배가 주소불명으로 반송 예정입니다. 주소 확인 http://bit.ly/ab12',
    '[부고] 부친께서 별세하셨기에 삼가 알려드립니다 http://han.gl/xyz',
    '[교통민원] 신호위반 과태료 미납 고지서 확인 http://me2.do/abc',
    '고객님 택배가 주소지 불일치로 보관중입니다 http://c11.kr/ab 확인',
    '[부고] 홍길동님 모친상 안내 http://bit.ly/abc',
    '[국제발신] 해외결제 승인 980,000원 본인 아닐 시 고객센터 02-123-4567 문의',
    '고객님 신용카드가 발급되었습니다. 신청하지 않으셨다면 02-123-4567 로 연락 바랍니다.',
  ])('%s', (t) => scamWith(t, 'impersonation'));

  test.each([
    // Real card alerts.
    '[Web발신] 신한카드승인 홍*동 05/01 12:30 (일시불)39,500원 스타벅스 누적688,800원',
    '[Web발신] KB국민카드 해외승인 홍*동 $12.00 AMAZON 누적 1,234,000원',
    // A card company's own alert, its registered hotline.
    '[삼성카드] 해외 결제가 승인되었습니다. 본인이 아닐 경우 고객센터 1588-8900 으로 연락 주세요.',
    // Real notices with their details and their own sites.
    '[부고] 김OO 부친 별세. 빈소: OO장례식장 3호실, 발인 5일 오전 9시 https://bugo.co.kr/abc',
    '[국민건강보험] 2026년 건강검진 대상자입니다. 자세한 내용은 www.nhis.or.kr 확인',
    '[Web발신] 모바일 청첩장이 도착했습니다. 일시 5월 3일 오후 1시 OO웨딩홀 https://card.wedding.kr/x',
    // A bank asking for its own app to be updated.
    '국민은행 앱을 최신 버전으로 설치해 주세요.',
    // A courier's own delivery text, no link.
    '[CJ대한통운] 고객님의 상품이 배송 완료되었습니다. 운송장번호 1234',
    // A warning about the lure.
    '택배 주소 불명 문자 속 링크는 스미싱이니 누르지 마세요.',
  ])('%s stays genuine', notScam);
});

describe('Japanese: 還付金, 架空請求, オレオレ, police personas', () => {
  test.each([
    '還付金があります。携帯電話を持ってATMへ行ってください。',
    '未払いの有料サイト利用料があります。本日中にご連絡ください。03-1234-5678',
    '俺だけど、会社のお金をなくしちゃって、300万円用意してくれない？',
    '警察です。あなたの口座が犯罪に使われました。キャッシュカードを預かりに行きますので渡してください。',
    '振り込み額が間違っていたのでもう一度振り込んでください。',
    '総合消費料金に関する訴訟最終告知のお知らせ。取り下げ最終期日までにご連絡ください。03-1234-5678',
    '医療費の還付があります。ATMで手続きしてください。',
    'お荷物のお届けにあがりましたが不在の為持ち帰りました。下記よりご確認ください http://sagawa-xx.com',
  ])('%s', (t) => scamWith(t, 'impersonation'));

  test.each([
    '警察がキャッシュカードを預かることはありません。',
    '市役所が還付金の手続きでATMの操作をお願いすることはありません。',
    '今月の携帯電話料金のお支払いありがとうございました。',
    // A club's own reminder of an unpaid fee.
    '会員費が未払いです。お手数ですがご連絡ください。',
    'お荷物は不在のため持ち帰りました。再配達は https://www.kuronekoyamato.co.jp からどうぞ。',
  ])('%s stays genuine', notScam);
});
