import type { SignalRule } from './rule';
import { spans } from './rule';
import type { Context, Hit } from '../engine/context';
import { asked, authorityPersona } from '../engine/frames';
import { payoutApp, screenShareHelp } from './loan-families8';
import { koScams } from './korean13';
import { guidedOperation } from './scam-frames13';
import { zhApp18 } from './zh-scam18';

/**
 * "安装质量和使用安全": the word after 安装 belongs to another noun (a conjunction between), or
 * 安全 names no 安全软件 / 安全中心 / “…安全”App: nothing to install.
 */
export function notItsObject(ctx: Context, d: Hit, obj: Hit): boolean {
  if (obj.s >= d.e && /[和与及、]/.test(ctx.text.slice(d.e, obj.s))) return true;
  return (
    ctx.text.slice(obj.s, obj.e) === '安全' &&
    !/^["”’」]?\s?(软件|中心|助手|控件|插件|卫士|app|证书|盾|模块|应用|包)/.test(
      ctx.text.slice(obj.e, obj.e + 6),
    )
  );
}

// The reader is told to do it: a request close by, or the reader addressed earlier in the
// sentence ("您打开腾讯会议", "你下载一个云视听，打开屏幕共享").
function addressed(ctx: Context, h: Hit): boolean {
  if (asked(ctx, h, 20)) return true;
  const sent = ctx.sentence[h.s];
  let s = h.s;
  while (s > 0 && h.s - s < 24 && ctx.sentence[s - 1] === sent) s--;
  return /(您|你)/.test(ctx.text.slice(s, h.s));
}

// What a forced app is installed to avoid: people sent, a visit, an arrest, a suit, a threat.
const FORCE_CLASSES = ['VISIT', 'DISPATCH', 'THREAT', 'THREAT_HARM', 'AUTH', 'AUTH_ROLE'] as const;
// Between 下载 and its object, nothing but what makes it "their" app ("下载处理软件", "下载APP").
const WARNING = /冒充|不法分子|诈骗|骗子|请勿|切勿|谨防|警惕|反诈|提醒/;
const GENERIC_APP = /^(一个|个|这个|该|我们的?|我们发的|指定的?|专用的?|处理|办理|最新版?|新版)*$/;

/**
 * An app forced on the reader by a threat ("不下载APP处理就派人上门", "请下载处理软件，否则明天上门
 * 催收"): the fake 法务部 / 公检法 script. A lender's own app is where one may pay, named; an
 * unnamed app whose refusal brings people to the door or the police is the scammer's.
 */
function forcedInstall(ctx: Context): Hit[] {
  const t = ctx.text;
  // A warning that describes the script ("有不法分子冒充法务部…请勿相信") demands nothing.
  if (WARNING.test(t)) return [];
  for (let i = 0, list = ctx.all('DOWNLOAD'); i < list.length; i++) {
    const d = list[i];
    if (ctx.negated(d, 10)) continue;
    const obj = ctx.after(d, 'DOWNLOAD_OBJ', 8);
    if (!obj || !GENERIC_APP.test(t.slice(d.e, obj.s).trim())) continue;
    // The refusal is the condition ("不下载…就"), or "否则/不然" follows the ask.
    const refused = /(不|不去|拒不|拒绝|再不|还不|如不|若不)$/.test(
      t.slice(Math.max(0, d.s - 2), d.s),
    );
    const sent = ctx.sentence[d.s];
    const after = (h: Hit) => h.s >= obj.e && ctx.sentence[h.s] === sent;
    const otherwise = ctx.all('COND').find((c) => after(c) && /否则|不然/.test(t.slice(c.s, c.e)));
    if (!refused && !otherwise) continue;
    const from = otherwise ? otherwise.e : obj.e;
    const threat = FORCE_CLASSES.flatMap((c) => ctx.all(c)).find(
      (h) => h.s >= from && ctx.sentence[h.s] === sent && !ctx.negated(h, 4),
    );
    if (threat) return [d, obj, threat];
  }
  return [];
}
const DEVICE_SCARE =
  /(手机|电脑|设备|系统|微信|账号)[^，,。!?！？]{0,6}?(存在|发现|感染|中了|有)[^，,。!?！？]{0,4}?(病毒|木马|恶意程序|安全漏洞|被监控|被入侵|被黑)|(病毒|木马)(入侵|感染)/;

// Screen sharing, meeting apps and remote-assist tools let the other side read your codes
// and operate your bank apps; an app installed from a message's link is the same risk.
export const remoteControl: SignalRule = {
  id: 'remote_control',
  title: '要求共享屏幕或安装软件',
  explanation:
    '对方要你开会议软件、共享屏幕、装"远程协助"或从链接下载 App。这样对方能看到你的验证码、操作你的手机转账。已经开了的话，立刻在那个 App 里点"结束共享"并卸载。',
  detect(ctx) {
    // An app a Korean persona or lure asks for (korean13.ts).
    const out: Array<{ s: number; e: number }> = [...koScams(ctx).remote];
    const apk = ctx.entitiesOf('link').filter((e) => (e.detail || '').includes('apk'));
    for (let i = 0; i < apk.length; i++) {
      const e = apk[i];
      out.push(ctx.entityPos(e));
    }
    out.push(...forcedInstall(ctx));
    // "检测到您的手机存在病毒，请下载安全助手软件查杀": a scare about the device, cured by the
    // sender's own software — which is the thing that takes control. Phones clean themselves in
    // their own settings and app store.
    const scare = DEVICE_SCARE.exec(ctx.text);
    if (scare && !ctx.negated({ cls: 'NEG', s: scare.index, e: scare.index + 2 }, 6)) {
      for (let i = 0, list = ctx.all('DOWNLOAD'); i < list.length; i++) {
        const d = list[i];
        if (ctx.negated(d, 10) || !asked(ctx, d, 20)) continue;
        const obj = ctx.after(d, 'DOWNLOAD_OBJ', 14);
        if (obj && !notItsObject(ctx, d, obj)) {
          out.push({ s: scare.index, e: scare.index + scare[0].length }, d, obj);
          break;
        }
      }
    }
    // A team meeting on 腾讯会议 or "download the new 钉钉" is not a risk; the same words about
    // accounts, limits, refunds or customer service are.
    // ... and an app download only for money, a loan or a case ("下载我们的打车软件" is not).
    // A screen share asked so someone can "handle" things, and an app downloaded for a payout,
    // need no money word beside them (loan-families8.ts); looked for when nothing else fired.
    // (Gated here by the cue scan: a call that returns nothing still costs on the phone.)
    // An app from outside the store (zh-scam18.ts).
    if (!out.length) out.push(...zhApp18(ctx));
    if (!ctx.all('FIN').some((h) => !ctx.negated(h))) {
      if (!out.length && ctx.has('REMOTE_APP')) out.push(...screenShareHelp(ctx));
      if (!out.length && ctx.has('DOWNLOAD')) out.push(...payoutApp(ctx));
      return spans(ctx, out);
    }
    const purpose = ctx.debtTalk || ctx.all('PURPOSE_MONEY').some((h) => !ctx.negated(h));
    // Screen sharing or remote assistance asked of the reader is the risk itself; a meeting app
    // or a product that "supports remote control" is one only when money is the talk.
    for (let i = 0, list = ctx.all('REMOTE_APP'); i < list.length; i++) {
      const h = list[i];
      if (ctx.negated(h, 10)) continue;
      const screen = /共享|分享|远程|屏幕|投屏|录屏|萤幕|share|screen/.test(
        ctx.text.slice(h.s, h.e),
      );
      // Asked of the reader, always: "您进入腾讯会议后共享屏幕", "您现在打开钉钉" address the
      // reader; "每款产品都支持手机远程控制" describes a product.
      if ((purpose && addressed(ctx, h)) || (screen && asked(ctx, h, 20))) out.push(h);
    }
    // An app a "police officer" or "regulator" wants installed is never a lender's own app.
    const authority = authorityPersona(ctx).length > 0;
    for (let i = 0, list = purpose ? ctx.all('DOWNLOAD') : []; i < list.length; i++) {
      const d = list[i];
      if (ctx.negated(d, 10)) continue;
      // The object may come first: "发你一个链接，你下载后…".
      const obj =
        ctx.after(d, 'DOWNLOAD_OBJ', 14) ||
        ctx
          .all('DOWNLOAD_OBJ')
          .find((o) => o.e <= d.s && d.s - o.e <= 14 && ctx.sentence[o.s] === ctx.sentence[d.s]);
      if (obj && notItsObject(ctx, d, obj)) continue;
      // "下载京东金融App" is the lender's own app; "下载我们发的软件/最新版/客户端" is not.
      if (
        obj &&
        !(
          !authority &&
          ctx.text.slice(obj.s, obj.e) === 'app' &&
          !/(最新|新版|我们|我发|链接|安全|助手)/.test(ctx.text.slice(d.e, obj.s))
        )
      )
        out.push(d, obj);
    }
    for (let i = 0, list = ctx.entitiesOf('link'); i < list.length; i++) {
      const e = list[i];
      if ((e.detail || '').includes('apk')) out.push(ctx.entityPos(e));
    }
    if (!out.length && ctx.has('REMOTE_APP')) out.push(...screenShareHelp(ctx));
    if (!out.length && ctx.has('DOWNLOAD')) out.push(...payoutApp(ctx));
    // The phone worked by the caller's voice in talk of money (scam-frames13.ts).
    if (!out.length) out.push(...guidedOperation(ctx));
    return spans(ctx, out);
  },
};
