import type { Context, Hit } from '../engine/context';
import { authorityThreats } from './authority-threat';
import { gateOpen } from '../engine/regex-plan';

// "请立即联系XXX处理": a person or a number to get in touch with to settle a matter. The lender's
// own service ("联系官方客服处理") and the speaker themself ("联系我处理") are not a hand-over.
const HANDLE =
  /(请|立即|尽快|马上|速)[^，,。!！?？]{0,4}(联系|致电|拨打|联络|添加|加)([^，,。!！?？]{1,14}?)(处理|解决|核实|说明|撤销|办理)/g;

// "请立即联系处理人员", "联系办案民警": the person named by role rather than by name or number.
const HANDLER =
  /(联系|致电|拨打|联络|添加|加)(办案|经办|处理|承办|专案|负责)(人员|民警|警官|专员|人|的同事)/;

function handleVia(ctx: Context): Hit | undefined {
  const role = gateOpen(HANDLER, ctx.text, '办案|经办|处理|承办|专案|负责')
    ? HANDLER.exec(ctx.text)
    : null;
  if (role) return { cls: 'CONTACT_VERB', s: role.index, e: role.index + role[0].length };
  HANDLE.lastIndex = 0;
  for (let m = HANDLE.exec(ctx.text); m; m = HANDLE.exec(ctx.text)) {
    if (/官方|客服|app|平台|银行|我们?$|^我/.test(m[3])) continue;
    return { cls: 'CONTACT_VERB', s: m.index, e: m.index + m[0].length };
  }
  return undefined;
}

/**
 * A criminal case said to be under way against the reader ("案件已移交公安机关") and someone to
 * contact to "handle" it, not the lender's own channel: the fake-authority chain (DESIGN.md: an
 * authority persona that routes the reader is a scam). A collector's "已移交公安，请立即还款"
 * asks for the debt, not for a call: that stays abusive. Returns the claim and the hand-over.
 */
export function caseHandOver(ctx: Context): Hit[] {
  const handler = handleVia(ctx);
  if (!handler || ctx.live('OFFICIAL_PAY').length) return [];
  const done = (h: Hit) =>
    /(已|已经|被)[^，。,]{0,4}$/.test(ctx.text.slice(Math.max(0, h.s - 6), h.s));
  // "已被移交公安": said to be done already, which needs no threat's frame around it.
  const under =
    authorityThreats(ctx).criminal.find(done) ||
    ctx.all('AUTH_CRIMINAL').find((h) => done(h) && !ctx.negated(h, 6));
  return under ? [under, handler] : [];
}
