import type { SignalRule } from './rule';
import { spans } from './rule';
import { sentenceOf, warnedOf } from '../engine/frames';
import { linkAsks } from './lure-frames';
import { removalOffer } from './scripts6';
import { zhRepair18 } from './zh-scam18';
import { koScams } from './korean13';
import { creditFixByChat, limitRaiseOffer } from './loan-scripts15';

// Removing a record, whichever word comes first: "白条逾期记录消除", "逾期记录未消除的用户",
// "把不良记录清除掉". Still needs a fee, an insider, an offer or your secrets beside it.
const REMOVE =
  /(逾期|不良|失信|征信|违约)(记录|信息)?[^，,。!?！？]{0,12}?(消除|删除|清除|撤销|洗白|抹掉|删掉)|(消除|删除|清除|撤销|抹掉|删掉)[^，,。!?！？]{0,6}?(逾期|不良|失信|违约)(记录|信息)/g;

const REMOVAL_DENIED =
  /(无法|不能|不会|不可|不得|没法|无从|不可能)(被)?(消除|删除|清除|撤销|洗白|抹掉|删掉)$/;

// A bare "修复" is about credit only in a message that talks about credit ("路面修复工程" is not).
const CREDIT_TALK = /征信|信用记录|信用报告|逾期|黑名单|呆账|不良记录|credit/;

// A limit or a credit score raised for you, for a fee or through an insider ("帮你提额，包过，先交
// 服务费", "找人帮您提高征信评分"): a score or a limit is the lender's own decision, in its app; a
// bank that offers a higher limit names no fee and no go-between.
const RAISE =
  /提额|(提升|提高|调高|上调|增加)[^，,。!?！？]{0,4}?(额度|征信评分|信用评分|征信分|信用分)|额度(提升|提高|调高|上调)/g;
// The raise's own price, not a bank's instalment fee ("分期手续费8折") or the new limit ("5000元").
const RAISE_PRICE = /收费|服务费|办理费|好处费|会员费|先交|先付|定金|订金|包过|内部/;
// "帮您提高征信评分": a score raised by someone else is the offer by itself.
const RAISE_FOR_YOU =
  /(帮|替|为)(你|您)[^，,。!?！？]{0,4}?(提高|提升)[^，,。!?！？]{0,2}?(征信|信用)/;

// Nobody can delete a valid overdue record for a fee (征信业管理条例 arts. 16, 25); errors go
// through a free dispute, and the 2025 one-time relief is automatic and free.
export const creditRepair: SignalRule = {
  id: 'credit_repair',
  title: '付费"修复/洗白征信"',
  explanation:
    '对方声称能删除逾期记录、"洗白"或修复征信，并要收费。真实的逾期记录谁也删不掉（结清后保留5年）；记录有错可以免费申请异议；2025年的一次性信用修复是自动的、免费的，不需要任何中介。',
  detect(ctx) {
    // Korean: loan records deleted, a credit score restored for the reader (korean13.ts).
    const ko = koScams(ctx).repair;
    if (ko.length) return spans(ctx, ko);
    const out = [];
    // What makes a "repair" mention an offer does not depend on which mention it is: look once.
    const fee = ctx.live('FEE').find((f) => !ctx.negated(f, 10));
    const insider = ctx.live('REPAIR_INSIDER')[0];
    // Offered as a service ("一站式办理", "可处理干净", "加微信咨询") rather than cited as policy.
    const offer = ctx.live('REPAIR_OFFER')[0];
    // Or "repair" that needs your ID, card and code, or an app of theirs: the fee comes later.
    const secrets = ctx.live('SECRET')[0] || ctx.live('DOWNLOAD')[0];
    // "洗白大额逾期": a word that is the offer by itself.
    for (let i = 0, list = ctx.all('REPAIR_STRONG'); i < list.length; i++) {
      const r = list[i];
      if (!ctx.negated(r, 10)) out.push(r);
    }
    RAISE.lastIndex = 0;
    for (let m = RAISE.exec(ctx.text); m; m = RAISE.exec(ctx.text)) {
      const r = { cls: 'REPAIR' as const, s: m.index, e: m.index + m[0].length };
      if (ctx.negated(r, 8)) continue;
      const around = sentenceOf(ctx, r);
      const price = RAISE_PRICE.exec(around);
      const priceAt = price && around.indexOf(price[0]);
      // "提额后请按时缴纳" or "无需任何费用" name no price: the price must be asked, not denied.
      if (
        price &&
        !/无需|不收|免费|不需要|没有/.test(
          around.slice(Math.max(0, (priceAt || 0) - 4), priceAt || 0),
        )
      )
        out.push(r);
      else if (RAISE_FOR_YOU.test(around)) out.push(r);
    }
    // ... or a link to "apply" at ("逾期记录可免费消除，请点击链接申请"): the relief that is real is
    // automatic and asks for nothing.
    const link = fee || insider || offer || secrets ? undefined : linkAsks(ctx)[0];
    // Removal of a record offered to the reader, asked or not (scripts6.ts).
    if (!out.length) out.push(...removalOffer(ctx));
    // A bad record removed as a paid or insider service (zh-scam18.ts).
    if (!out.length) out.push(...zhRepair18(ctx));
    // A limit raise the reader "qualifies" for, applied for via a contact (loan-scripts15.ts).
    if (!out.length) out.push(...limitRaiseOffer(ctx));
    // A harmed credit record to be sorted out over a private chat (loan-scripts15.ts).
    if (!out.length) out.push(...creditFixByChat(ctx));
    if (!(fee || insider || offer || secrets || link))
      return spans(
        ctx,
        out.filter((h) => !warnedOf(ctx, h)),
      );
    for (let i = 0, list = ctx.all('REPAIR'); i < list.length; i++) {
      const r = list[i];
      if (ctx.negated(r, 10)) continue;
      if (ctx.text.slice(r.s, r.e) === '修复' && !CREDIT_TALK.test(ctx.text)) continue;
      out.push(r, fee, insider, offer, secrets, link);
    }
    REMOVE.lastIndex = 0;
    for (let m = REMOVE.exec(ctx.text); m; m = REMOVE.exec(ctx.text)) {
      const r = { cls: 'REPAIR' as const, s: m.index, e: m.index + m[0].length };
      // "逾期信息在负面信用中无法消除": a lender saying the record cannot be removed offers nothing.
      if (
        !ctx.negated(r, 10) &&
        !REMOVAL_DENIED.test(m[0]) &&
        !/自动|无需申请/.test(ctx.text.slice(r.s - 6, r.e + 6))
      )
        out.push(r, fee, insider, offer, secrets, link);
    }
    return spans(
      ctx,
      out.filter((h) => !h || !warnedOf(ctx, h)),
    );
  },
};
