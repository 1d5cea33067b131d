import type { SignalRule } from './rule';
import { spans } from './rule';
import type { Context, Hit } from '../engine/context';
import { conditioned } from '../engine/frames';
import { zhCancel18 } from './zh-scam18';

// ... or a limit to draw, claim or activate ("今天不提现的话会自动失效并影响征信"): not borrowing
// harms no record.
const NOT_DONE_HARMS =
  /(未|不|没有?)(及时)?(注销|关闭|取消|操作|调整|认证|验证|核实|升级|解除|提现|领取|激活)[^，。,.!?！？]{0,10}影响(您的|你的|个人)?(征信|信用)/;

// "我是抖音客服，您开通的直播会员试用期已满，每月会从您的账户扣除费用", "微信百万保障每年要扣
// 2万元": a customer-service caller announcing a recurring charge for something the reader never
// chose — the opener of "let me cancel it for you". Apps announce renewals in the app itself.
export const RECURRING =
  /(每月|每年|按月|按年|自动|到期)[^。!?！？\n]{0,12}?(扣除|扣费|扣款|扣|收取)/;
const HANDLE_ACCOUNT = /(处理|操作|调整|认证|验证|核实|升级)[^。!?！？\n，,]{0,4}?(账户|账号|额度)/;
export const LOAN_WORDS = /逾期|欠款|借款|贷款|应还|待还|还款/;
// ... for something the reader is said to have enrolled in, not a bill they know (物业费).
export const ENROLLED = /开通|试用|会员|保障|保险|vip|服务费|手续费/;
const RESIGN = /(需要|需|请|须|必须|要)[^，,。!?！？]{0,4}?重新(签约|签署|签订)/;
const SUED = /起诉|诉讼|法院|律师函|违约|冻结|黑名单/;
const CALLER = /(我是|这里是|我们是)[^。!?！？\n，,]{0,10}?(客服|工作人员|专员)|百万保障/;

/** "如需取消请在App内关闭": the reader is sent to the service's own settings, not to a caller. */
function selfService(ctx: Context, h: Hit): boolean {
  const sent = ctx.sentence[h.s];
  let s = h.s;
  while (s > 0 && ctx.sentence[s - 1] === sent) s--;
  let e = h.e;
  while (e < ctx.text.length && ctx.sentence[e] === sent) e++;
  const sentence = ctx.text.slice(s, e);
  return (
    /app|小程序|设置|官方/.test(sentence) ||
    /(可|请)(在|于|到|前往|通过)[^。!?！？\n]{1,16}?(关闭|取消|解除)|自行(关闭|取消|解除)/.test(
      sentence,
    )
  );
}

// "您的借款利率过高？可在APP内申请调整": a lender offers a lower rate in its own app; a rate said too
// high is the script when the fix goes through the message (a contact, a link, an app to
// download) or the credit record is the price of leaving it ("需要关闭，否则影响征信").
const RATE = /利率|利息|息费/;
const OWN_APP = /(app|小程序)(内|中|里)|(在|登录|打开|前往|通过)[^。!?！？\n，,]{0,12}(app|小程序)/;
function ownAppRate(ctx: Context, h: Hit): boolean {
  return (
    RATE.test(ctx.text.slice(h.s, h.e)) &&
    OWN_APP.test(ctx.text) &&
    !/下载/.test(ctx.text) &&
    !ctx.has('REMOTE_APP') &&
    !ctx.has('CREDIT_HARM') &&
    !ctx.has('URGENT') &&
    ctx.entities.every((e) => e.kind === 'amount' || e.kind === 'date' || e.kind === 'institution')
  );
}

// The "close your student-loan / 微粒贷 / 分付 account or your credit record suffers" script.
// There is no such procedure; it leads to borrowing the limit and moving it to a "safe" account.
export const accountCancellation: SignalRule = {
  id: 'account_cancellation',
  title: '"注销/关闭账户否则影响征信"',
  explanation:
    '对方说你的校园贷、学生账户、微粒贷、分付、白条等必须注销、关闭或"调整利率"，不然影响征信。国家没有这种"注销"程序，这是典型诈骗开场，下一步通常是让你借款转账或共享屏幕。',
  detect(ctx, found) {
    const t = ctx.text;
    const out: Array<Hit | { s: number; e: number } | undefined> = [];
    const strong = ctx
      .all('CANCEL_STRONG')
      .filter((h) => !ctx.negated(h, 10) && !ownAppRate(ctx, h));
    // Closing an account is only a scam script with a cost attached: credit harm, urgency, or
    // the money/access it asks for next.
    const harm =
      ctx.has('CREDIT_HARM') ||
      ctx.has('URGENT') ||
      ctx.has('PAY_ACCOUNT') ||
      found.ids.has('pay_to_unofficial_account') ||
      ctx.has('REMOTE_APP') ||
      strong.length > 0;
    out.push(...strong);
    for (let i = 0, list = ctx.all('CANCEL_ACT'); i < list.length; i++) {
      const act = list[i];
      if (ctx.negated(act, 10) || selfService(ctx, act)) continue;
      const obj = ctx.near(act, 'CANCEL_OBJ', 30, true, false);
      if (obj && harm) out.push(act, obj);
      // "未注销将影响征信": not cancelling is the condition, the credit record the consequence —
      // the script in one line, with or without the account named.
      const cond = /(未|不|没有?|如不|若不|不及时)$/.test(t.slice(Math.max(0, act.s - 3), act.s));
      const cost = ctx.near(act, 'CREDIT_HARM', 24, true, false);
      if ((cond || conditioned(ctx, act)) && cost && /注销|关闭|取消/.test(t.slice(act.s, act.e)))
        out.push(act, cost);
      // "您的借款合同存在问题，需要重新签约，否则影响征信": an operation on the account asked of
      // the reader, with the credit record as the price of refusing. A lender asks for repayment,
      // never for its contract to be signed again or its rate "adjusted" on a call.
      const must = /(需要|需|请|须|必须|要)[^，,。!?！？]{0,2}$/.test(
        t.slice(Math.max(0, act.s - 4), act.s),
      );
      const orElse = conditioned(ctx, act);
      if (must && orElse && orElse.s > act.s && cost) out.push(act, cost);
    }
    // "您的贷款合同有误，需重新签署电子合同，否则将被起诉": the contract to be signed again, with a
    // suit or the credit record as the price of refusing. Lenders do not re-sign a running loan;
    // a contract to finish in the lender's own app names the app (selfService).
    const resign = RESIGN.exec(t);
    if (resign) {
      const h = { cls: 'CANCEL_ACT' as const, s: resign.index, e: resign.index + resign[0].length };
      const orElse = conditioned(ctx, h);
      const price =
        orElse &&
        orElse.s > h.s &&
        (ctx.near(h, 'CREDIT_HARM', 30, true, false) ||
          SUED.exec(t.slice(orElse.e, orElse.e + 12)));
      if (price && !ctx.negated(h, 8) && !selfService(ctx, h)) out.push(h, orElse);
    }
    // The same frame for any account operation the reader "must" do ("额度需调整，未及时操作将
    // 影响信用") — but not repaying ("未及时处理/还款将影响征信" is what real reminders say).
    const m = ctx.has('CREDIT_HARM') ? NOT_DONE_HARMS.exec(t) : null;
    if (m) out.push({ s: m.index, e: m.index + m[0].length });
    // "及时致电处理账户，否则影响征信": an account to "handle" or the record suffers, with no debt
    // named — reminders name what is owed.
    const acct = !ctx.has('CREDIT_HARM') || LOAN_WORDS.test(t) ? null : HANDLE_ACCOUNT.exec(t);
    if (acct) {
      const h = { cls: 'CANCEL_ACT' as const, s: acct.index, e: acct.index + acct[0].length };
      const cost = ctx.near(h, 'CREDIT_HARM', 24, true, false);
      if (cost && conditioned(ctx, h)) out.push(h, cost);
    }
    const rec = !/扣|收取/.test(t) || LOAN_WORDS.test(t) ? null : RECURRING.exec(t);
    const who = rec && ENROLLED.test(t) ? CALLER.exec(t) : null;
    if (rec && who)
      out.push(who && { s: who.index, e: who.index + who[0].length }, {
        s: rec.index,
        e: rec.index + rec[0].length,
      });
    // A credit line closed for the reader by whoever calls (zh-scam18.ts).
    if (!out.length && !found.advisory) out.push(...zhCancel18(ctx));
    if (!out.length) return [];
    for (let i = 0, list = ctx.all('CREDIT_HARM'); i < list.length; i++) {
      const h = list[i];
      out.push(h);
    }
    return spans(ctx, out);
  },
};
