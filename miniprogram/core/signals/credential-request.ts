import type { SignalRule } from './rule';
import { spans } from './rule';
import { asked, inPerson, sentenceOf } from '../engine/frames';
import type { Context, Hit } from '../engine/context';
import { ownApp } from './fraud-families8';
import { latinScams } from './latin-scams16';
import { paidInto19 } from './benign19';

/** "不要提供任何敏感信息，如密码": a negation shortly before, across a comma, in the sentence. */
function fencedOff(ctx: Context, h: Hit): boolean {
  return ctx
    .all('NEG')
    .some((n) => n.e <= h.s && h.s - n.e <= 20 && ctx.sentence[n.s] === ctx.sentence[h.s]);
}

const CODE_GIVEN = /^\s*(为|是)?\s*[:：]?\s*[0-9]{4,8}(?![0-9])/;

const TYPE_IN = /填写|输入|填入/;
const HAND_OVER = /告诉|告知|提供|发给|发送|回复|报给|转发|念|读给|截图|客服|工作人员|专员/;
function typedIn(ctx: Context, h: Hit): boolean {
  const s = sentenceOf(ctx, h);
  return TYPE_IN.test(s) && !HAND_OVER.test(s);
}

const MADE_UP_CAUSE = /^[^，,。;；!！?？]{0,4}?(不符|有误|错误|错了|不全|不一致|异常)/;

const VERIFY = /^[^，。,!！?？]{0,12}?(验证|核实|核对|确认身份|确认一些信息)/;

// The caller speaks for a bank, a payment service or a courier: "我是来自银联客服的小李",
// "这里是XX快递公司客服中心", "您好，我是您银行的客服代表".
const INSTITUTION_CALLER =
  /(我是|这里是|我们是|本人是|我这边是)[^，,。!?！？]{0,12}?(银行|银联|支付宝|微信支付|财付通|信用卡中心|快递|物流|速递|邮政)/;
// What unlocks an account or a parcel in someone else's hands: the full ID number, the full name
// with the birth date, the card number. A clinic or a shop asks a name and a phone; "身份证后四位"
// is how a real call centre checks who it is talking to.
const IDENTITY = /身份证|全名|出生日期|卡号|银行卡信息|账户信息|身份信息/;

// A code or password request in the same sentence as an ask. Real code messages say
// "请勿告诉他人" and ask nothing, so a sentence with that warning is never a request.
export const credentialRequest: SignalRule = {
  id: 'credential_request',
  title: '索要验证码或密码',
  explanation:
    '对方要你说出或发送验证码、密码、卡号、卡背面三位数等。拿到这些就能转走你的钱或借走你的额度。任何正规机构的工作人员都不会索要验证码。',
  detect(ctx) {
    const out = [];
    // A card or ID number is asked for by shops and clinics too; it is a credential request
    // when money, a loan or a case is the talk.
    const money = ctx.debtTalk || ctx.has('PURPOSE_MONEY');
    const secrets = [...ctx.all('SECRET'), ...(money ? ctx.all('SECRET_WEAK') : [])];
    // The service's own warning anywhere in it: "请勿泄露", "…吗？不要！".
    const warned = ctx.has('SAFE_CODE') || /[?？]\s*(不要|不能|不可以)/.test(ctx.text);
    for (let i = 0; i < secrets.length; i++) {
      const sec = secrets[i];
      if (ctx.negated(sec) || inPerson(ctx, sec) || paidInto19(ctx, sec)) continue;
      // "校验码482913，…需要提供给工作人员吗？不要！": a message that hands the reader the code
      // and warns them is the service delivering it; whoever asks for a code does not know it.
      if (CODE_GIVEN.test(ctx.text.slice(sec.e, sec.e + 8)) && warned) continue;
      const sentence = ctx.sentence[sec.s];
      // "提供短信内容…但不要提供密码或验证码": the speaker fences the codes off.
      if (
        secrets.length > 1 &&
        secrets.some(
          (o) =>
            o !== sec &&
            ctx.sentence[o.s] === sentence &&
            (ctx.negated(o, 12) || fencedOff(ctx, o)),
        )
      )
        continue;
      const safe = ctx.all('SAFE_CODE').some((h) => ctx.sentence[h.s] === sentence);
      if (safe) continue;
      // "因银行卡号填写错误，资金被冻结": the number is the made-up cause of the unfreezing script,
      // not what is asked.
      if (MADE_UP_CAUSE.test(ctx.text.slice(sec.e, sec.e + 8))) continue;
      const ask = ctx.near(sec, 'ASK', 40, true, true);
      // "您的手机验证码为：482913，请在手机绑定页面填写": the code handed over to be typed in
      // where the reader asked for it, told to no one — the service's own code message.
      if (ask && CODE_GIVEN.test(ctx.text.slice(sec.e, sec.e + 8)) && typedIn(ctx, sec)) continue;
      if (ask) out.push(sec, ask);
    }
    // "Your account shows unusual activity / your parcel is held / you won a prize — tell me your
    // name, ID number and phone to verify": details asked over the very channel that raised the
    // alarm. A real bank asks you to check in its app or call its number instead.
    const alarm = ctx.all('ALARM').find((h) => !ctx.negated(h, 6));
    // "快件地址不详，请在顺丰速运App修改地址": the detail is to be fixed in the courier's own app,
    // with no link or number of the message's own — the real notice.
    // (fraud-families8.ts)
    // "验证码218844，…请勿告诉他人": a code handed over with the warning is the service's (fa19).
    const delivered =
      warned && ctx.all('SECRET').some((h) => CODE_GIVEN.test(ctx.text.slice(h.e, h.e + 8)));
    if (alarm && !ownApp(ctx) && !delivered) {
      for (let i = 0, list = ctx.all('ASK_IDENT'); i < list.length; i++) {
        const id = list[i];
        if (ctx.negated(id, 8) || inPerson(ctx, id)) continue;
        // "因地址不详暂存网点": the detail inside the alarm is its cause, not what is asked.
        if (ctx.all('ALARM').some((a) => a.s <= id.s && a.e >= id.e)) continue;
        // "因银行卡信息不符被冻结": the details are the made-up cause, not what is asked.
        if (MADE_UP_CAUSE.test(ctx.text.slice(id.e, id.e + 4))) continue;
        const ask = ctx.near(id, 'ASK', 16, true, true) || asked(ctx, id, 16);
        if (ask) {
          out.push(alarm, id, ask);
          break;
        }
      }
      // "…需要您配合我们进行安全验证": the same call before the details are named.
      const verify =
        !ctx.debtTalk &&
        (ctx.all('VERIFY_ASK').find((h) => !ctx.negated(h, 8)) ||
          // "需要您配合我们进行一次身份验证", "对您的账户进行核实": cooperation asked for a check.
          ctx
            .all('REQUEST')
            .find(
              (h) =>
                /^(配合|需要)/.test(ctx.text.slice(h.s, h.e)) &&
                !ctx.negated(h, 6) &&
                VERIFY.test(ctx.text.slice(h.e, h.e + 16)),
            ));
      if (verify) out.push(alarm, verify);
    }
    // "我是来自银联客服的小李…可以麻烦您提供一下姓名和身份证号吗": a bank's or a courier's caller
    // asking for the reader's identity. Banks and couriers check who you are in their own app or
    // when you call their line; they do not ring to collect it. A debt call is judged elsewhere.
    // Sending a parcel does need the sender's ID by law (实名寄递): a courier asking for it to
    // take a parcel is doing its job.
    const caller =
      !out.length && !ctx.debtTalk && !warned && !/实名|寄件|揽收|上门取件/.test(ctx.text)
        ? INSTITUTION_CALLER.exec(ctx.text)
        : null;
    if (caller) {
      for (let i = 0, list = ctx.all('ASK_IDENT'); i < list.length; i++) {
        const id = list[i];
        const w = ctx.text.slice(id.s, id.e);
        if (!IDENTITY.test(w) || id.s < caller.index || ctx.negated(id, 8) || inPerson(ctx, id))
          continue;
        if (/^[^，,。!?！？]{0,4}?(后|末)(四|4|六|6)位/.test(ctx.text.slice(id.e, id.e + 8)))
          continue;
        if (MADE_UP_CAUSE.test(ctx.text.slice(id.e, id.e + 4))) continue;
        const ask = ctx.near(id, 'ASK', 16, true, true) || asked(ctx, id, 16);
        if (ask) {
          out.push({ s: caller.index, e: caller.index + caller[0].length }, id, ask);
          break;
        }
      }
    }
    // An OTP or PIN asked to be told, in Latin script (latin-scams16.ts).
    if (!out.length) out.push(...latinScams(ctx).cred);
    return spans(ctx, out);
  },
};
