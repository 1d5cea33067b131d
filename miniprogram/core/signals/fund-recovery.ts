import type { SignalRule } from './rule';
import { spans } from './rule';
import { zhRecoveryFee17 } from './zh-scam17';

const READER_LOSS =
  /被骗|受骗|骗走|损失|受害|诈骗|骗局|爆雷|暴雷|出借|理财|投资|清退|兑付|被盗|冒领/;

// People who lost money to a scam are targeted again by "we can recover your money" offers,
// which charge fees or ask for remote access. Only the police (110) pursue stolen money.
export const fundRecovery: SignalRule = {
  id: 'fund_recovery',
  title: '"帮你追回被骗的钱"',
  explanation:
    '对方声称能帮你追回被骗或损失的钱，通常要收手续费、保证金，或让你装软件配合操作。这是针对受害人的二次诈骗。被骗的钱只能报警（110）由公安机关追查。',
  detect(ctx) {
    const hits = ctx.all('RECOVERY').filter((h) => !ctx.negated(h, 6));
    if (!hits.length) return [];
    // A creditor chasing what the reader owes ("我们将采取法律行动追索欠款…这个追款行为") uses the
    // same words; a recovery offer is always about money the reader lost.
    if (ctx.has('OBLIGATION') && !READER_LOSS.test(ctx.text)) return [];
    // An offer, not a report: someone offering to do it, or asking for contact, a fee or an app.
    const offer =
      ctx.has('PRIVATE_CHANNEL') ||
      ctx.has('CONTACT_VERB') ||
      ctx.has('ADV_FEE') ||
      zhRecoveryFee17(ctx) ||
      ctx.has('REMOTE_APP') ||
      ctx.has('DOWNLOAD') ||
      /技术员|协助您|协助你|专员|平台操作/.test(ctx.text);
    return offer ? spans(ctx, hits) : [];
  },
};
