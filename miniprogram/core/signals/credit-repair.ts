import type { SignalRule } from './rule';
import { spans } from './rule';

// Removing a record, whichever word comes first: "白条逾期记录消除", "逾期记录未消除的用户",
// "把不良记录清除掉". Still needs a fee, an insider, an offer or your secrets beside it.
const REMOVE =
  /(逾期|不良|失信|征信|违约)(记录|信息)?[^，,。!?！？]{0,4}?(消除|删除|清除|撤销|洗白|抹掉|删掉)|(消除|删除|清除|撤销|抹掉|删掉)[^，,。!?！？]{0,6}?(逾期|不良|失信|违约)(记录|信息)/g;

// A bare "修复" is about credit only in a message that talks about credit ("路面修复工程" is not).
const CREDIT_TALK = /征信|信用记录|信用报告|逾期|黑名单|呆账|不良记录|credit/;

// Nobody can delete a valid overdue record for a fee (征信业管理条例 arts. 16, 25); errors go
// through a free dispute, and the 2025 one-time relief is automatic and free.
export const creditRepair: SignalRule = {
  id: 'credit_repair',
  title: '付费"修复/洗白征信"',
  explanation:
    '对方声称能删除逾期记录、"洗白"或修复征信，并要收费。真实的逾期记录谁也删不掉（结清后保留5年）；记录有错可以免费申请异议；2025年的一次性信用修复是自动的、免费的，不需要任何中介。',
  detect(ctx) {
    const out = [];
    // What makes a "repair" mention an offer does not depend on which mention it is: look once.
    const fee = ctx.live('FEE').find((f) => !ctx.negated(f, 10));
    const insider = ctx.live('REPAIR_INSIDER')[0];
    // Offered as a service ("一站式办理", "可处理干净", "加微信咨询") rather than cited as policy.
    const offer = ctx.live('REPAIR_OFFER')[0];
    // Or "repair" that needs your ID, card and code, or an app of theirs: the fee comes later.
    const secrets = ctx.live('SECRET')[0] || ctx.live('DOWNLOAD')[0];
    // "洗白大额逾期": a word that is the offer by itself.
    for (const r of ctx.all('REPAIR_STRONG')) if (!ctx.negated(r, 10)) out.push(r);
    if (!(fee || insider || offer || secrets)) return spans(ctx, out);
    for (const r of ctx.all('REPAIR')) {
      if (ctx.negated(r, 10)) continue;
      if (ctx.text.slice(r.s, r.e) === '修复' && !CREDIT_TALK.test(ctx.text)) continue;
      out.push(r, fee, insider, offer, secrets);
    }
    REMOVE.lastIndex = 0;
    for (let m = REMOVE.exec(ctx.text); m; m = REMOVE.exec(ctx.text)) {
      const r = { cls: 'REPAIR' as const, s: m.index, e: m.index + m[0].length };
      if (!ctx.negated(r, 10) && !/自动|无需申请/.test(ctx.text.slice(r.s - 6, r.e + 6)))
        out.push(r, fee, insider, offer, secrets);
    }
    return spans(ctx, out);
  },
};
