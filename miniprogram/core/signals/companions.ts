import type { Signal, SignalId } from '../types';
import type { Context, Hit } from '../engine/context';
import { spans, type SignalRule } from './rule';
import { authorityPersona } from '../engine/frames';
import { authorityThreat, authorityThreats } from './authority-threat';
import { notItsObject, remoteControl } from './remote-control';
import { credentialRequest } from './credential-request';
import { advanceFee } from './advance-fee';
import { asked, recorded } from '../engine/frames';
import { servedSummons } from './impersonation';
import { caseHandOver } from './case-handover';

// Police, courts, prosecutors and financial regulators: the authorities whose name is the
// threat. The credit bureau or the tax office in costume is impersonation, not a threat of
// arrest or a suit.
const THREATENING_AUTHORITY =
  /公安|警|派出所|刑侦|经侦|法院|法官|书记员|检察|监管|银监|银保监|证监|金管局|反诈|国安|纪委|监察委|police|court/;

/**
 * The fake authority a scam wears: a police, court or regulator persona ("我是…法院执行局的",
 * "这里是反诈中心"), a summons or warrant served by message, or a criminal case said to be under
 * way with someone to contact. What the scam rules catch as impersonation is also, to the reader,
 * the authority that frightens them — the signal they should see named.
 */
function fakeAuthority(ctx: Context): Hit[] {
  const out: Hit[] = authorityPersona(ctx).filter((h) =>
    THREATENING_AUTHORITY.test(ctx.text.slice(h.s, h.e)),
  );
  const summons = servedSummons(ctx);
  if (summons) out.push(summons);
  out.push(...caseHandOver(ctx));
  // The rule shows a court or a suit only in talk about a debt; in a scam it is the threat
  // whatever the "case" is about ("你的案子已经移交法院，想撤诉就先交撤诉费").
  const { criminal, civil } = authorityThreats(ctx);
  // "我们会尽快处理您的案件": a bank's or courier's "case" is no court.
  for (const h of [...criminal, ...civil])
    if (!/^(案件|诈骗案|涉案|涉嫌|嫌疑)$/.test(ctx.text.slice(h.s, h.e))) out.push(h);
  return out;
}

/**
 * An app the scam asks the reader to install: "扫描下方二维码下载“乐退款”App", "请下载“微粒贷”App
 * 激活：wld-app.cc/down". Only the institution's own app from its own store is not the scam's —
 * one the message names and offers no link for.
 */
function scamApp(ctx: Context): Hit[] {
  const link = ctx.entitiesOf('link').length > 0;
  for (const d of ctx.all('DOWNLOAD')) {
    if (ctx.negated(d, 10)) continue;
    const obj = ctx.after(d, 'DOWNLOAD_OBJ', 14);
    if (!obj || notItsObject(ctx, d, obj)) continue;
    const named = ctx.text.slice(d.e, obj.s);
    const own =
      ctx.mentions.some((m) => m.s >= d.e && m.e <= obj.s) && !/我们|我发|最新|新版/.test(named);
    if (!own || link) return [{ cls: d.cls, s: d.s, e: obj.e }];
  }
  return [];
}

// "输入验证码", "填写支付密码", "把识别码念给我": a code handed over, in their app or to them.
const HAND_OVER = /(输入|填写|填入|提供|告诉|发送|发给|报给|念给|说出)[^，,。!?！？]{0,4}$/;

/** A code or password the scam has the reader type into its page or hand over. */
function codeHandedOver(ctx: Context): Hit[] {
  for (const h of ctx.all('SECRET')) {
    if (
      ctx.negated(h, 8) ||
      ctx.all('SAFE_CODE').some((x) => ctx.sentence[x.s] === ctx.sentence[h.s])
    )
      continue;
    const before = ctx.text.slice(Math.max(0, h.s - 10), h.s);
    const m = HAND_OVER.exec(before);
    if (m) return [{ cls: h.cls, s: h.s - before.length + m.index, e: h.e }];
  }
  return [];
}

// "得给我个人点好处费", "要交一笔保证金": the fee is owed to the speaker.
const OWED_TO = /(给我|给他|给她|给我们|得给|要给|交给|付给)[^，,。!?！？]{0,6}$/;

/** A fee of the loan script the scam asks for (a kickback, a deposit, an unfreezing fee). */
function feeAsked(ctx: Context): Hit[] {
  for (const h of ctx.all('ADV_FEE')) {
    if (ctx.negated(h, 10) || recorded(ctx, h)) continue;
    const to = OWED_TO.test(ctx.text.slice(Math.max(0, h.s - 10), h.s));
    if (to || asked(ctx, h, 20) || ctx.near(h, 'FEE_ASK', 12, true, true)) return [h];
  }
  return [];
}

/**
 * On a scam verdict, the behaviours the text shows that the rule deciding it did not name: a
 * "judge" asking for a deposit shows the fake authority beside the fee. Never changes a verdict
 * (they are added only once it is scam) and never adds a behaviour the text does not show.
 */
export function companionSignals(ctx: Context, ids: ReadonlySet<SignalId>): Signal[] {
  return namedSignals(ctx, ids, [
    [authorityThreat, fakeAuthority],
    [credentialRequest, codeHandedOver],
    // A hospital's "deposit" in a fake emergency is the emergency's money, not a loan's fee.
    ...(ids.has('fake_emergency') ? [] : ([[advanceFee, feeAsked]] as const)),
    [remoteControl, scamApp],
  ]);
}

/** Where a rule's behaviour stands in the text (nothing: it does not). */
export type Finder = (ctx: Context) => Array<Hit | { s: number; e: number }>;

/**
 * The signals of the rules not named yet (not in `ids`) whose finder finds their behaviour, in
 * the order given, each with the rule's own title and explanation.
 */
export function namedSignals(
  ctx: Context,
  ids: ReadonlySet<SignalId>,
  finders: ReadonlyArray<readonly [SignalRule, Finder]>,
): Signal[] {
  const out: Signal[] = [];
  for (const [rule, found] of finders) {
    if (ids.has(rule.id)) continue;
    const sp = spans(ctx, found(ctx));
    if (sp.length)
      out.push({ id: rule.id, title: rule.title, explanation: rule.explanation, spans: sp });
  }
  return out;
}
