import type { SignalRule } from './rule';
import { spans } from './rule';
import { recorded, sentenceOf, warnedOf } from '../engine/frames';
import { reliefForFee } from './loan-scripts16';

// An agency asking about the reader's debts, which only an outsider needs to ask: "逾期多少、有多久了",
// "欠了几个平台", "负债多少". A lender knows what you owe it.
const DEBT_PROBE =
  /(逾期|负债|欠款?|欠了|网贷|借了)(有)?(多少|几个|几家|多久|多长时间|几年|几个月)|(有|欠)(多少|几个|几家)(网贷|平台|负债|债务)/;
// ... with the agency's bait around it: trouble to be solved.
const TROUBLE = /困扰|压力|烦恼|难题|上岸|解决|帮你|帮您|协商|减免|停息|翻身/;
// Someone who will talk to the lender for the reader: "帮你跟平台协商", "替您向银行申请减免".
// A lender negotiates its own debts; only a go-between says this.
const GO_BETWEEN =
  /(帮|替|代)(你|您)(跟|与|和|向|去跟|去和)[^，,。!?！？]{0,6}?(平台|银行|机构|网贷|贷款|催收|金融)[^，,。!?！？]{0,4}?(协商|沟通|谈判|谈|申请|交涉)/;
// Complaints lodged or interest clawed back on the reader's behalf: "代理网贷投诉", "帮您退回高额
// 利息". The regulator's complaint line is free and needs no agent.
const AGENT_CLAIM =
  /(代理|代为|代办|帮您|帮你|替你|替您)[^，,。!?！？]{0,4}?(投诉|维权|申诉|起诉平台)|(退回|退还|追回|要回)[^，,。!?！？]{0,4}?(利息|息费|砍头息|服务费|会员费|担保费)/;
// "提前结清可全额退还利息手续费": the loan's own early-settlement terms, which only the lender
// sets, with no one in between; an agency claws back fees already charged.
const OWN_TERMS = /提前(结清|还款|还清)/;
const THIRD_PARTY = /帮(你|您)|替(你|您)|代(理|办|为)|团队|律师|中介|专员/;
// Loan interest, insurance or fees "owed back" to the reader and claimed through someone to add,
// an app to install or a link: "借款时购买的保险可以申请退还，请添加客服处理", "超出24%的部分可以退还，
// 请下载APP申请". A lender refunds into the original account by itself; the "refund" is the
// opening of the transfer or the screen share.
const REFUND_OWED =
  /(利息|息费|保险|保费|会员费|服务费|担保费|砍头息|超出部分|多收|多扣)[^，,。!?！？]{0,8}?(退还|退回|返还|退款|退费|退给|要回|追回|拿回)/;
const REFUND_ROUTE =
  /(添加|加)[^，,。!?！？]{0,4}?(客服|专员|微信|qq|好友)|下载[^，,。!?！？]{0,8}?(app|软件|客户端)|点击[^，,。!?！？]{0,4}?链接|共享屏幕|屏幕共享/;

// Relief "backed by the state": no policy makes a lender cut a debt through a third party.
const POLICY = /政策支持|国家支持|国家扶持|政策扶持|国家(有|出台了?)(新的?)?政策|国家允许/;
// "填写负债信息": a form for all of the reader's debts, which no single lender needs.
const DEBT_FORM =
  /填写[^，,。!?！？]{0,4}?(负债|债务|欠款|网贷)(信息|情况|明细)|(负债|债务)(信息|情况)登记/;

// Fee-charging "debt optimisation / stop interest / anti-collection" agencies: named in the
// 2026-02-06 five-department warning. They take fees, IDs and SIM cards, and invent complaints.
/** "为避免催收给您带来不便": the lender's own "to avoid", not an offer of "免催收". */
function avoided(ctx: { text: string }, h: { s: number }): boolean {
  return ctx.text.startsWith('免催收', h.s) && ctx.text[h.s - 1] === '避';
}

export const debtReliefAgency: SignalRule = {
  id: 'debt_relief_agency',
  title: '收费"债务优化/停息挂账"中介',
  explanation:
    '对方自称能"停息挂账、债务优化、只还本金、反催收"，通常要收服务费或要你交出身份证、手机卡。监管部门已发布风险提示：这类中介收费后常常办不成，还可能让你承担法律风险。需要协商还款，直接联系借款机构的官方客服。',
  detect(ctx) {
    // An offer about debts: "佣金" or "上岸" with no debt in sight is something else.
    // "我行系统升级期间暂停还款服务": the lender's own service paused, no advice to stop paying.
    const out = ctx
      .all('RELIEF')
      .filter(
        (h) =>
          !ctx.negated(h, 8) &&
          !recorded(ctx, h) &&
          !/^(服务|功能|业务|通道)/.test(ctx.text.slice(h.e, h.e + 2)) &&
          !avoided(ctx, h),
      );
    if (ctx.debtTalk || ctx.has('LOAN_WEAK'))
      out.push(
        ...ctx
          .all('RELIEF_WEAK')
          .filter((h) => !ctx.negated(h, 8) && !recorded(ctx, h) && !avoided(ctx, h)),
      );
    // Relief offered by someone in between, for any lender: "所有贷款平台均可办理延期还款",
    // "逾期协商分期交给专业团队". The lender itself offering its own instalments is not this.
    for (let i = 0, list = ctx.all('RELIEF_OBJ'); i < list.length; i++) {
      const r = list[i];
      if (ctx.negated(r, 6)) continue;
      const mid = ctx.near(r, 'INTERMEDIARY', 40, true, true);
      // "我行从未委托任何机构以'停息'名义收费" disclaims the agency.
      // "别去找网上那些代理": the go-between warned against (fa19).
      if (mid && !ctx.negated(mid, 14) && !warnedOf(ctx, mid)) out.push(r, mid);
    }
    const t = ctx.text;
    const probe = DEBT_PROBE.exec(t);
    if (probe && TROUBLE.test(t) && !ctx.has('RECORD'))
      out.push({ cls: 'RELIEF', s: probe.index, e: probe.index + probe[0].length });
    const policy = POLICY.exec(t);
    const relief = policy && ctx.all('RELIEF_OBJ').find((h) => !ctx.negated(h, 6));
    if (policy && relief)
      out.push(relief, { cls: 'RELIEF', s: policy.index, e: policy.index + policy[0].length });
    const go = GO_BETWEEN.exec(t);
    if (go && !ctx.negated({ cls: 'NEG', s: go.index, e: go.index + 2 }, 8))
      out.push({ cls: 'RELIEF', s: go.index, e: go.index + go[0].length });
    const agent = AGENT_CLAIM.exec(t);
    if (
      agent &&
      !ctx.negated({ cls: 'NEG', s: agent.index, e: agent.index + 2 }, 8) &&
      !ctx.has('RECORD') &&
      !(
        OWN_TERMS.test(sentenceOf(ctx, { s: agent.index, e: agent.index + agent[0].length })) &&
        !THIRD_PARTY.test(t)
      )
    )
      out.push({ cls: 'RELIEF', s: agent.index, e: agent.index + agent[0].length });
    const owed = /退|要回|追回|拿回/.test(t) ? REFUND_OWED.exec(t) : null;
    const route =
      owed && !/已(经)?(退还|退回|返还|退款)/.test(owed[0]) ? REFUND_ROUTE.exec(t) : null;
    if (owed && route && !ctx.negated({ cls: 'NEG', s: owed.index, e: owed.index + 2 }, 8))
      out.push(
        { cls: 'RELIEF', s: owed.index, e: owed.index + owed[0].length },
        { cls: 'RELIEF', s: route.index, e: route.index + route[0].length },
      );
    const form = DEBT_FORM.exec(t);
    if (form) out.push({ cls: 'RELIEF', s: form.index, e: form.index + form[0].length });
    // A debt negotiated, closed or cleared for a fee the reader pays (loan-scripts16.ts).
    if (!out.length)
      for (let i = 0, list = reliefForFee(ctx); i < list.length; i++) {
        const p = list[i];
        out.push({ cls: 'RELIEF', ...p });
      }
    return spans(ctx, out);
  },
};
