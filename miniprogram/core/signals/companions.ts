import type { Signal, SignalId } from '../types';
import type { Context, Hit } from '../engine/context';
import { spans } from './rule';
import { authorityPersona } from '../engine/frames';
import { authorityThreat } from './authority-threat';
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
  return out;
}

/**
 * On a scam verdict, the behaviours the text shows that the rule deciding it did not name: a
 * "judge" asking for a deposit shows the fake authority beside the fee. Never changes a verdict
 * (they are added only once it is scam) and never adds a behaviour the text does not show.
 */
export function companionSignals(ctx: Context, ids: ReadonlySet<SignalId>): Signal[] {
  const out: Signal[] = [];
  if (!ids.has('authority_threat')) {
    const sp = spans(ctx, fakeAuthority(ctx));
    if (sp.length)
      out.push({
        id: 'authority_threat',
        title: authorityThreat.title,
        explanation: authorityThreat.explanation,
        spans: sp,
      });
  }
  return out;
}
