import { Context } from '../miniprogram/core/engine/context';
const t = process.argv[2];
const ctx = new Context({ text: t } as never);
for (const c of ['ADVISORY','ADVISORY_QUOTE','PAY_ACCOUNT','NEG','PERSONA_SELF','AUTH_ROLE']) console.log(c, ctx.all(c as never).map((h) => ctx.text.slice(h.s, h.e)));
console.log(ctx.text);
