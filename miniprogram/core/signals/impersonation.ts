import type { SignalRule } from './rule';
import type { Hit } from '../engine/context';
import { spans } from './rule';
import { accused, asked, authorityPersona } from '../engine/frames';
import { caseHandOver } from './case-handover';

// Crimes a fake authority accuses the reader of (not "违规" or "冻结", which banks say too).
const CRIME = /洗钱|诈骗|犯罪|通缉|逮捕|拘留|涉案|非法|毒品|走私|违禁品|恶意透支/;

// Also a relative or friend "on a new account" who needs money at once.
// Signatures real institutions do not use (【微粒贷】 — WeBank signs 【微众银行】; there is no
// 美团金融 app), and callers claiming to be police, courts or regulators who then ask for
// something. Real authorities do not handle cases or collect money by phone.
export const impersonation: SignalRule = {
  id: 'impersonation',
  title: '冒充机构、公检法或熟人',
  explanation:
    '消息冒用机构或熟人的名义（例如用产品名当短信签名，自称公安、法院、国家金融监督管理总局、征信中心的工作人员，或说自己是亲友换了新号要借钱）。公检法和监管部门不会打电话要你转账、交费、共享屏幕；亲友借钱，先用原来的号码打电话给本人确认。',
  detect(ctx, found) {
    if (found.advisory) return [];
    const out: Array<Hit | undefined> = [...ctx.all('FAKE_SIGNATURE')];
    const asks =
      found.ids.has('pay_to_unofficial_account') ||
      found.ids.has('credential_request') ||
      found.ids.has('remote_control') ||
      found.ids.has('advance_fee') ||
      found.ids.has('unofficial_number') ||
      found.ids.has('unofficial_link');
    if (asks) for (const h of ctx.all('AUTH_CLAIM')) if (!ctx.negated(h, 6)) out.push(h);
    // A police, court or regulator persona that asks for money, an app, a code, a screen or
    // your details is a scam: authorities do none of this by phone or message. Without any debt
    // to talk about, accusing the reader of a crime is the opening of the same script.
    const persona = authorityPersona(ctx);
    // An authority named as the accuser of the reader ("公安机关发现您涉嫌洗钱", "你已被公安通缉，
    // 请支付…解除") is the same script without "我是": only police accuse, and not by message.
    const crime = ctx
      .all('ACCUSE')
      .filter(
        (h) => !ctx.negated(h, 6) && CRIME.test(ctx.text.slice(h.s, h.e + 4)) && accused(ctx, h),
      );
    if (!persona.length && crime.length) {
      const named = ctx.all('AUTH_ROLE').find((a) => !ctx.negated(a, 4));
      const money = ctx.all('ASK_MONEY').find((h) => !ctx.negated(h, 6) && asked(ctx, h, 20));
      // With a debt in sight, the accusation must come with money or a "confirm now" ask.
      const confirm = ctx
        .all('REQUEST')
        .find(
          (h) => !ctx.negated(h, 6) && /^.{0,4}(核实|确认|核对)/.test(ctx.text.slice(h.e, h.e + 8)),
        );
      if ((named || confirm || !ctx.debtTalk) && (money || confirm || !ctx.debtTalk))
        out.push(crime[0], named, money, confirm);
    }
    if (persona.length) {
      const wants = (['ASK_MONEY', 'ASK_INFO', 'SECRET', 'DOWNLOAD', 'REMOTE_APP'] as const)
        .flatMap((c) => ctx.all(c))
        .filter((h) => !ctx.negated(h, 6) && asked(ctx, h, 20));
      const accuse = ctx.debtTalk ? [] : ctx.all('ACCUSE').filter((h) => !ctx.negated(h, 6));
      if (wants.length || accuse.length) out.push(...persona, wants[0], accuse[0]);
    }
    // A caller who offers to put you through to the police or a court is staging the chain.
    for (const h of ctx.all('TRANSFER_TO_AUTH')) if (!ctx.negated(h, 6)) out.push(h);
    // Someone the reader knows, "on a new account", asking for money.
    const fresh = ctx.all('NEW_ACCOUNT')[0];
    const ask = fresh && ctx.all('MONEY_ASK').find((h) => !ctx.negated(h, 4));
    if (fresh && ask) out.push(fresh, ask);
    // A criminal case "under way" and someone to contact to handle it (case-handover.ts).
    out.push(...caseHandOver(ctx));
    if (!out.length) return [];
    return spans(ctx, out);
  },
};
