import type { Context } from '../engine/context';
import { recorded } from '../engine/frames';
import { linkAsks, type Pos } from './lure-frames';
import { officialDomainOwner } from '../directory/domains';

// A repayment route the message itself announces as new or special: "推出专属还款通道",
// "请通过新的还款渠道还款", "开通了绿色还款入口". A lender's repayment stays where the contract
// put it (its app, auto-debit, the bound card); a "new channel" sent by message is where the
// money is diverted. "专属还款账户" is left out: lenders do give a reader's own virtual account.
const REPAY_CHANNEL =
  /(专属|专用|全新|新的?|最新|特殊|特别|绿色|内部|临时|备用|另一个|新开通的?|新开的?)(的)?(还款|还贷|还钱|缴费|结清|清偿)(通道|渠道|入口)/;

/** A new or special repayment channel offered by the message (not warned against). */
export function repayChannel(ctx: Context): Pos[] {
  const m = REPAY_CHANNEL.exec(ctx.text);
  if (!m) return [];
  const p = { s: m.index, e: m.index + m[0].length };
  // "谨防所谓专属还款通道", "我司不会提供其他还款渠道": a warning names it to refuse it.
  if (recorded(ctx, p) || ctx.negated({ cls: 'NEG', ...p }, 16)) return [];
  return [p];
}

/**
 * "贷款已严重逾期，即将上报征信，请立即点击链接处理，否则影响子女上学": a collector's threat
 * (credit record, family, police, court) and the fix through a link the message hands over.
 * Lenders' own overdue notices send the reader to their app or hotline; a link from the
 * directory stays the lender's own.
 */
export function threatLink(ctx: Context): Pos[] {
  if (!ctx.debtTalk) return [];
  // A collector's lever, not the contract's late fee ("逾期将产生滞纳金" is a lender's own words).
  const threat =
    ctx.live('CREDIT_HARM').find((h) => /征信|失信|黑名单/.test(ctx.text.slice(h.s, h.e))) ||
    ctx.live('THREAT')[0] ||
    ctx.live('AUTH').find((h) => !ctx.negated(h, 8)) ||
    (ctx.has('KIN') && /子女|孩子|家人|亲友/.test(ctx.text) ? ctx.all('KIN')[0] : undefined);
  if (!threat) return [];
  if (ctx.entitiesOf('link').some((e) => officialDomainOwner(e.value))) return [];
  // A link to click ("点击链接处理"), not "登录网站或打开APP还款", the lender's own site.
  const ask = linkAsks(ctx).find(
    (a) =>
      /点击|点开|链接|连结|链结/.test(ctx.text.slice(a.s, a.e)) &&
      !ctx.negated({ cls: 'NEG', ...a }, 8),
  );
  if (!ask) return [];
  return [threat, ask];
}
