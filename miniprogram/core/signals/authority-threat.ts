import type { SignalRule } from './rule';
import { spans } from './rule';
import type { Context, Hit } from '../engine/context';
import {
  accused,
  authorityPersona,
  conditioned,
  ownCase,
  sentenceOf,
  threatened,
} from '../engine/frames';
import { koScams } from './korean13';

// Police, courts, arrest and blacklists invoked to frighten over a debt. A word alone is not a
// threat ("诉讼时效", "法院判决书"): it counts inside a threat's frame (a condition, an
// announcement, a deadline) in talk about a debt, and never when framed as lawful ("依法起诉").
export const authorityThreat: SignalRule = {
  id: 'authority_threat',
  title: '拿公检法、抓人、失信名单吓人',
  explanation:
    '消息用报警、起诉、传票、拘留、"失信名单"等吓你。催收不是判决：真正的诉讼由法院依法送达，公检法不会打电话让你转账，也没有"安全账户"。欠款不还属于民事纠纷，催收方声称"抓人、坐牢"是不允许的。',
  detect(ctx, found) {
    if (found.advisory) return [];
    // Korean prosecutor scripts carry none of the Chinese cues (korean13.ts reads them). They are
    // no criminal hit of authorityThreats(), so alone they never make a collector abusive
    // (lawsuitOnly): they mark the fake legal process beside a scam's own behaviours.
    const ko = koScams(ctx).auth;
    if (!ctx.has('AUTH_CRIMINAL') && !ctx.has('AUTH')) return spans(ctx, ko);
    const { criminal, civil } = authorityThreats(ctx);
    // With no debt in sight only an accusation of a crime is a threat (the fake-police opening);
    // the verdict then needs a scam behaviour beside it (verdict.ts).
    if (!ctx.debtTalk) return spans(ctx, [...criminal, ...ko]);
    return spans(ctx, [...criminal, ...ko, ...civil]);
  },
};

/**
 * The authority words used as threats, split in two: arrest and criminal process (a false
 * threat over a civil debt, always prohibited) and civil process (a suit, a judgment, a
 * blacklist — what a lender may lawfully announce about its own claim).
 */
export function authorityThreats(ctx: Context): { criminal: Hit[]; civil: Hit[] } {
  const t = ctx.text;
  const criminal: Hit[] = [];
  const civil: Hit[] = [];
  const usable = (h: Hit) =>
    !ctx.negated(h, 6) &&
    !ctx.lawful(h) &&
    // "起诉他有用吗？": the reader asking for advice, not someone threatening them.
    !ctx.all('ADVICE_QUESTION').some((q) => ctx.sentence[q.s] === ctx.sentence[h.s]) &&
    // "请及时报警", "您可以报案": advice to the reader.
    !/(请|可以|建议|及时|直接|应|先|请您)$/.test(t.slice(Math.max(0, h.s - 3), h.s)) &&
    // "您作为原告起诉的案件已立案": the reader's own case, brought by them.
    !ownCase(ctx);
  const crim = new Set<number>();
  for (let i = 0, list = ctx.all('AUTH_CRIMINAL'); i < list.length; i++) {
    const h = list[i];
    if (!usable(h)) continue;
    // "您被申请执行一案已立案执行": a civil judgment enforced is civil process, no crime.
    if (t.slice(h.s, h.e) === '立案' && /执行|民初|民事/.test(sentenceOf(ctx, h))) continue;
    const frame =
      threatened(ctx, h) ||
      accused(ctx, h) ||
      /^(已|已经|被)/.test(t.slice(Math.max(0, h.s - 2), h.s));
    if (!frame) continue;
    criminal.push(h);
    crim.add(h.s);
  }
  for (let i = 0, list = ctx.all('AUTH'); i < list.length; i++) {
    const h = list[i];
    if (crim.has(h.s) || !usable(h)) continue;
    const done = /(已|已经|被|将|要)[^，。,]{0,4}$/.test(t.slice(Math.max(0, h.s - 6), h.s));
    // "您有一份电子传票待签收": court papers said to be waiting for the reader are served by message.
    const served =
      /传票|令/.test(t.slice(h.s, h.e)) &&
      /^.{0,4}(待签收|未签收|待领取|未领取|请签收|请领取|签收|领取)/.test(t.slice(h.e, h.e + 8));
    if (done || served || threatened(ctx, h)) civil.push(h);
  }
  // Civil process threatened against people who owe nothing ("起诉你全家") is a false threat.
  if (/(起诉|告)你(全家|家人|父母|家里)/.test(t)) criminal.push(...civil.splice(0));
  return { criminal, civil };
}

/**
 * Every authority word is the speaker's own conditional threat ("再不还就报警抓你", "不还就起诉你"):
 * no one claims to be the police, a court or a lawyer, and no process is said to be under way.
 * A collector who says this and gives their own number is rude, not a fake authority (DESIGN.md:
 * the fake legal process is the "court" or "lawyer" reachable on a private number).
 */
export function onlyConditionalThreats(ctx: Context): boolean {
  const { criminal, civil } = authorityThreats(ctx);
  const all = [...criminal, ...civil];
  if (!all.length) return false;
  if (authorityPersona(ctx).length || ctx.has('AUTH_CLAIM') || ctx.has('AUTH_SOFT')) return false;
  const t = ctx.text;
  return all.every(
    (h) =>
      !!conditioned(ctx, h) &&
      !/(已|已经|被)[^，。,]{0,4}$/.test(t.slice(Math.max(0, h.s - 6), h.s)),
  );
}
