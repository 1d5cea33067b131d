// A police, court, customs or tax persona, in English or romanised Hindi, who wants money moved:
// "Inspector Kumar from the Cyber Crime cell: you will be arrested today unless you pay the fine
// to this account". Real officers fine through a court or a counter, never by phone or message,
// so the persona and the payment together are a scam — not a collector's threat, which is what
// the arrest words alone read as (abuse19.ts). The Chinese persona is read in impersonation.ts.

import type { Context } from '../engine/context';
import { sentenceOf } from '../engine/frames';
import type { Pos } from './scripts6';
import { officialDomainOwner } from '../directory/domains';
import { latinText } from './latin-scams16';

const FORCE =
  '(police|cyber ?crime|cbi|customs|narcotics|ncb|court|fbi|irs|hmrc|enforcement directorate|trai|interpol|crime branch)';
// "Inspector Kumar from the Cyber Crime cell", "this is officer Ray calling from the IRS".
const PERSONA = new RegExp(
  '(?:^|[^a-z])((inspector|officer|constable|detective|sergeant|superintendent|commissioner|magistrate|judge)( [a-z.]+){0,3} (from|of|at|with) (the )?([a-z]+ ){0,2}' +
    FORCE +
    "|(this is|i am|i'm|we are|calling from|speaking from) (the )?([a-z]+ ){0,2}" +
    FORCE +
    '|' +
    FORCE +
    ' (officer|inspector|department|cell|bureau|se|ka|ki))(?![a-z])',
);
// Money the reader is to move, named as a fine, a bail or a sum.
// "pay the fine", "transfer Rs 5,000"; romanised Hindi puts the sum first: "50000 jama karo".
const PAY =
  /(^|[^a-z])(pay|transfer|deposit|send|wire)( [a-z0-9.,]+){0,5} (fine|penalty|bail|amount|money|fee|charges?|rs\.?|inr|usd|\$|₹|\d)|\d ?(rupaye |rupees |rs )?(jama|transfer|pay|bhej)/;
const WARNING =
  /(^|[^a-z])(never|do not|don't|will not|won't|beware|scam|fraud(ster)?s?)([^a-z]|$)/;

/** The persona and the payment it asks for, or nothing. */
export function latinAuthority(ctx: Context): Pos[] {
  const t = ctx.text;
  if (!latinText(t)) return [];
  const who = PERSONA.exec(t);
  if (!who) return [];
  const pay = PAY.exec(t);
  if (!pay) return [];
  const p = { s: who.index, e: who.index + who[0].length };
  const q = { s: pay.index, e: pay.index + pay[0].length };
  if (WARNING.test(sentenceOf(ctx, p)) || WARNING.test(sentenceOf(ctx, q))) return [];
  // Paid at the authority's own site: a real notice, whoever wrote it.
  if (ctx.entities.some((e) => e.kind === 'link' && officialDomainOwner(e.value))) return [];
  return [p, q];
}
