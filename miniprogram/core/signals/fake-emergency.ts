import type { SignalRule } from './rule';
import { spans } from './rule';
import { authorityPersona } from '../engine/frames';

const VOCATIVE = /^\s*(爸妈|爸爸|妈妈|老爸|老妈|爸|妈|老公|老婆|儿子|女儿|哥|姐)[,，!！:：\s]/;
// "打3000元到这卡上", "转五千块给我".
const SEND_AMOUNT = /(打|转|汇)[0-9一二两三四五六七八九十百千万]+(元|块)/;

// Someone in trouble named through the speaker: "我是李华的朋友，李华出事了", "你是李明的家属吗？",
// "我是您的老朋友…遇到点麻烦". The reader is reached through a person they know.
const THROUGH =
  /我是[^，,。!?！？]{0,8}?的(朋友|同事|秘书|助理|同学|室友|老师|领导|邻居|儿子|女儿)|我是(他|她)的?(朋友|同事|同学|室友)|(你|您)是[^，,。!?！？]{1,6}?的(家属|家人|爸爸|妈妈|父亲|母亲|老公|老婆|朋友)(吗|么)|我是(你|您)的(老朋友|朋友|老同学|同学|邻居|战友)/;

// "Your son is in trouble / in our hands / in hospital, send money now": a relative or friend
// of the reader in danger, with money or haste demanded. Nobody collects a debt this way.
export const fakeEmergency: SignalRule = {
  id: 'fake_emergency',
  title: '"亲友出事"要钱',
  explanation:
    '对方说你的家人或朋友出事了（被扣、被绑、车祸、住院），要你马上转钱、准备现金，还常说"不要报警"。先挂断，用你原来存的号码直接打给这位亲友或其他家人核实；真有绑架请立即报警110。',
  detect(ctx) {
    const t = ctx.text;
    const out = [];
    if (!ctx.has('EMERGENCY') && !ctx.has('KIDNAP')) return [];
    // The reader's own relative or friend ("你儿子", "您的朋友"), not the speaker's ("我儿子住院了"),
    // with the trouble told close after (a call script runs over several sentences).
    const ems = ctx.all('EMERGENCY').filter((h) => !ctx.negated(h, 4));
    for (let i = 0, list = ctx.all('KIN'); i < list.length; i++) {
      const kin = list[i];
      if (!/(你|您)(的|家)?$/.test(t.slice(Math.max(0, kin.s - 3), kin.s))) continue;
      const em = ems.find((h) => h.s >= kin.s - 20 && h.s - kin.e <= 80);
      if (em) out.push(kin, em);
    }
    // "爸妈，我被公安抓了，请速打3000元到这卡上": the relative in trouble is the sender, calling
    // the reader by kinship at the very start.
    const call = VOCATIVE.exec(t);
    const own = call && ems.find((h) => h.s - call[0].length <= 40);
    if (call && own) out.push({ s: 0, e: call[0].length }, own);
    const through = THROUGH.exec(t);
    const told = through && ems.find((h) => h.s >= through.index && h.s - through.index <= 80);
    if (through && told && !out.length)
      out.push({ s: through.index, e: through.index + through[0].length }, told);
    // "被绑架/赎金/不要报警" is the script whoever is named ("我是张强的同事，他被人绑架了").
    for (let i = 0, list = ctx.all('KIDNAP'); i < list.length; i++) {
      const k = list[i];
      if (!ctx.negated(k, 4) && !out.length) out.push(k);
    }
    if (!out.length) return [];
    // The danger becomes a script when it ends in money or haste ("马上", "不要报警").
    const sent = SEND_AMOUNT.exec(t);
    const money =
      ctx.all('ASK_MONEY').find((h) => !ctx.negated(h, 6)) ||
      (sent ? { s: sent.index, e: sent.index + sent[0].length } : undefined);
    const haste =
      ctx.has('URGENT') ||
      /紧急|马上|赶紧|赶快|立即|立刻|尽快|时间不多|不要报警|别报警|需要您的帮助|需要你的帮助|帮帮|听我说|能帮忙|危急|按照我|按我说|按照我们|照我说|听我的|不要挂|别挂|如果您想让|如果你想让|想让他|想让她/.test(
        t,
      );
    // A collector who mentions the family is abusive, not this: a debt needs a money demand.
    // A "police officer" phoning about the reader's family being held is staging the same call.
    const officer = authorityPersona(ctx).length > 0 && ctx.has('KIDNAP');
    if (ctx.debtTalk ? !money : !(money || haste || officer)) return [];
    out.push(money);
    return spans(ctx, out);
  },
};
