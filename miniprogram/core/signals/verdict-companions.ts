import type { Signal, SignalId, Verdict } from '../types';
import type { Context } from '../engine/context';
import { namedSignals, type Finder } from './companions';
import { urgency } from './urgency';
import { authorityThreat } from './authority-threat';
import { intimidation } from './intimidation';
import { creditRepair } from './credit-repair';

// Behaviours a notice already judged scam or abusive shows beside the one that decided it.
// The rules that decide verdicts stay strict (a real lender's "请立即还款" or "将起诉" is not by
// itself alarming); once the verdict is scam or abusive, the reader should see the pressure and
// the threats the text carries, whatever path (rules or the learned model) gave the verdict.
// They are added after the verdict, so they never change it or its risk.

// "请立即还款,否则…", "需立即关闭", "你马上联系…", "请速打3000元", "最好快点把钱汇过来": the reader
// told to act now, in a notice already judged hostile (not the speaker's own "我马上帮你处理",
// not "马上到账").
const ACT_NOW =
  /(请|需|要|必须|务必|限你|你|您|赶紧|赶快|最好)\s?(立即|立刻|马上|即刻|尽快|火速|快点|速)[^,.。!?;\n]{0,8}?(还款|还钱|还清|处理|核实|确认|联系|登录|登陆|登入|配合|关闭|转账|转款|汇|打款|打[0-9一二两三四五六七八九十百千万]|缴纳|缴费|支付|付款|回电|回复|点击|办理)/g;
// "即将被冻结", "明日到期", "今天开始扣费", "逾期积分清零", "积分2月9日作废": a countdown to a loss.
const COUNTDOWN =
  /(即将|明日|明天|今日|今天|马上)[^,.。!?;\n]{0,4}?(到期|过期|作废|失效|清零|冻结|停用|关闭|注销|扣费|上报|起诉|强制执行)|\d{1,2}月\d{1,2}[日号](前|之前)?(将|会)?(到期|过期|作废|失效|清零)|逾期[^,.。!?;\n]{0,4}?(作废|失效|清零|不候|不予)/g;
// English: "final notice", "immediately", "in 30 minutes", "till 5 p.m.", "from the next hour".
const EN_NOW =
  /\b(final notice|immediately|asap|right now|from the next hour)\b|\bin \d{1,3} ?(minutes?|mins?|hours?)\b|\btill? \d{1,2}(:\d\d)? ?(a\.?m|p\.?m)\b/g;
// Korean "지금 보내세요", "당장 입금해", "오늘 중으로 갚으세요"; Malay / Indonesian "segera bayar",
// "settlekan secepatnya": the same order to act now, in a notice already judged hostile.
const KO_NOW =
  /(지금|당장|즉시|빨리|오늘\s?중으로|오늘까지)\s?[^.?!\n]{0,6}?(보내|입금|갚|상환|송금|이체|연락|처리|납부)/g;
const MS_NOW = /\b(segera|secepatnya)\b/g;
// "启动法律程序", "采取法律措施", "等待相应司法流程", "移交公安机关", "将起诉你".
const LEGAL_ACTION =
  /(启动|采取|进入|等待|走|提起|移交|追究)[^,.。!?;\n]{0,6}?(法律|司法|诉讼|刑事)(程序|措施|流程|责任)|移交(公安|法院|检察|司法)|起诉你|将起诉|将被起诉|提告/g;
// "涉嫌洗钱", "需配合调查", "已立案": a crime the reader is accused of, in a notice already judged
// hostile (the rules name it only beside an authority persona or a debt).
const ACCUSED =
  /涉嫌(洗钱|诈骗|犯罪|违法|刷单|贩毒|非法|恶意透支)|涉及(非法|违法|犯罪)|配合(警方)?调查|(已|被)?(立案|通缉|逮捕|拘留)|查处/g;
// "上门催款", "上门找你", "到你单位": a visit, threatened.
const VISIT = /上门(催收|催款|追讨|拜访|找你|处理|收款)|到你(家|单位|公司|学校)(去|来)?找/g;
// "影响子女升学", "到你孩子学校去", Korean "아들 학교에 뿌려줄게" (spread at the son's school): the
// children's schooling made the price of not paying.
const CHILDREN =
  /影响(你的|您的)?(子女|孩子|小孩|儿女)[^,.。!?;\n]{0,2}?(升学|上学|入学|读书|就业|考公|政审)|(到|去)(你|您)?(孩子|子女|儿子|女儿|小孩)的?学校|(아들|딸|자녀|아이|애)[^.?!\n]{0,2}?(학교|중학교|초등학교|고등학교|유치원)[^.?!\n]{0,12}?(뿌리|뿌려|유포|찾아가|찾아갈|보내)/g;
// "提升额度", "额度可提升至", "提额", "消除不良记录", "征信报告欠款余额为0": credit sold as a favour.
const CREDIT =
  /(提升|提高)[^,.。!?;\n]{0,4}?额度|额度[^,.。!?;\n]{0,6}?(提升|提高|提至)|额度更高|更高的?额度|提额|消除[^,.。!?;\n]{0,4}?(不良|逾期|黑名单)|(洗白|修复)[^,.。!?;\n]{0,4}?(征信|逾期|记录)|征信[^,.。!?;\n]{0,8}?(为0|清零)/g;

const NEGATED = /(不|无需|无须|不用|不必|未|没有|別|别|no|not)\s?$/;

/** Words just before a match that make it no threat to the reader. */
type Excuse = (lead: string, match: string) => boolean;
// "我们需要尽快处理": the speaker's own haste, not an order to the reader; "如有疑问,请尽快联系
// 我们": a courtesy line.
const OWN_HASTE_OR_COURTESY: Excuse = (lead, match) =>
  (/我/.test(lead.slice(-4)) && !/[你您]/.test(match)) ||
  /[如若]有[^。\n]{0,6}(疑问|问题|询问)/.test(lead);
// "我们将采取法律措施": a lender announcing its own suit (verdict.ts: lawsuitOnly).
const OWN_SUIT: Excuse = (lead) => /我们|我司|本公司/.test(lead.slice(-6));

/** The matches of `re` that are not negated or excused by the 12 characters before them. */
function finder(res: ReadonlyArray<RegExp | readonly [RegExp, Excuse]>): Finder {
  return (ctx) => {
    const out: Array<{ s: number; e: number }> = [];
    for (let i = 0; i < res.length; i++) {
      const item = res[i];
      const [re, excuse] = item instanceof RegExp ? [item, undefined] : item;
      re.lastIndex = 0;
      for (let m = re.exec(ctx.text); m; m = re.exec(ctx.text)) {
        if (NEGATED.test(ctx.text.slice(Math.max(0, m.index - 3), m.index))) continue;
        if (excuse && excuse(ctx.text.slice(Math.max(0, m.index - 12), m.index), m[0])) continue;
        out.push({ s: m.index, e: m.index + m[0].length });
      }
    }
    return out;
  };
}

const PRESSURE = finder([[ACT_NOW, OWN_HASTE_OR_COURTESY], COUNTDOWN, EN_NOW, KO_NOW, MS_NOW]);
const LEGAL = finder([[LEGAL_ACTION, OWN_SUIT], ACCUSED]);
const VISITS = finder([VISIT, CHILDREN]);
const CREDIT_FAVOURS = finder([CREDIT]);

/**
 * On a scam or abusive verdict, the urgency, legal threats, visits and (on a scam) credit
 * favours the text shows that no rule named. Never on a reminder or an unrelated notice.
 */
export function verdictCompanions(
  ctx: Context,
  ids: ReadonlySet<SignalId>,
  verdict: Verdict,
): Signal[] {
  if (verdict !== 'scam' && verdict !== 'abusive') return [];
  return namedSignals(ctx, ids, [
    [urgency, PRESSURE],
    [authorityThreat, LEGAL],
    [intimidation, VISITS],
    ...(verdict === 'scam' ? ([[creditRepair, CREDIT_FAVOURS]] as const) : []),
  ]);
}
