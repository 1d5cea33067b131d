// The tailored checklist under a verdict, built on the seed guidance: verify (contract, the
// lender's own app, its official number from the directory), keep evidence, stay calm, and
// where to complain. Only directory numbers are ever offered as one-tap calls.

import type { NextStep, SignalId, Verdict } from '../types';
import { entryById } from '../directory/registry';
import type { DirectoryEntry } from '../directory/types';

// Results refer to shared step objects (issue 12: results by reference): a step's text and
// call depend only on its id and the institution it names, so each is built once per process
// and every result holding it points at the same object. Frozen, so no caller can change a step
// under another result.
const calls = new Map<string, NextStep['call'] | undefined>();
function callOf(entryId: string): NextStep['call'] | undefined {
  if (!calls.has(entryId)) {
    const call = buildCall(entryId);
    calls.set(entryId, call && Object.freeze(call));
  }
  return calls.get(entryId);
}

function buildCall(entryId: string): NextStep['call'] | undefined {
  const e = entryById(entryId);
  const h = e && e.hotlines.find((x) => x.confidence === 'C1' || x.confidence === 'C2');
  if (!e || !h) return undefined;
  // "110 报警电话" already says what the line is; don't repeat the hotline label after it.
  const label =
    e.name.includes(h.label) || h.label.includes(e.name) ? e.name : `${e.name} ${h.label}`;
  return { entryId: e.id, number: h.number, label };
}

/** What the message holds besides its signals. */
export interface StepFacts {
  /** A link in it that is neither official nor found unofficial (DESIGN.md: unknown). */
  unverifiedLink?: boolean;
}

/** The steps that name the institution a notice is about (or none), built once per institution. */
interface InstitutionSteps {
  officialCall: NextStep;
  link: NextStep;
  checkAccount: NextStep;
}
const byInstitution = new Map<string, InstitutionSteps>();
function institutionSteps(inst: DirectoryEntry | undefined): InstitutionSteps {
  const key = inst ? inst.id : '';
  let got = byInstitution.get(key);
  if (!got) {
    got = buildInstitutionSteps(inst);
    byInstitution.set(key, got);
  }
  return got;
}

function buildInstitutionSteps(inst: DirectoryEntry | undefined): InstitutionSteps {
  const officialCall = (): NextStep => {
    if (inst) {
      const call = callOf(inst.id);
      if (call)
        return {
          id: 'call_official',
          text: `挂断后自己拨打${inst.name}官方客服 ${call.number} 核实，不要用消息里的号码或链接。`,
          call,
        };
      return {
        id: 'call_official',
        text: `只通过${inst.name}的官方渠道核实：${inst.whereToFindNumber || '在它的官方 App「我的 → 客服」或借款合同里找客服电话'}，不要用消息里的号码或链接。`,
      };
    }
    return {
      id: 'call_official',
      text: '只通过借款机构的官方 App「我的 → 客服」、借款合同或银行卡背面的号码核实，不要用消息里的号码或链接。',
    };
  };
  // A lender's own short link looks like a phisher's: the reader opens the app instead.
  const link: NextStep = {
    id: 'unverified_link',
    text: `消息里的链接未核实：要查看或还款，请直接打开${inst ? inst.name : '借款机构或银行'}自己的 App 或官网，不要点这个链接。`,
  };
  const where = inst && inst.entryPoints.length ? `（${inst.entryPoints[0]}）` : ' ';
  const checkAccount: NextStep = {
    id: 'check_account',
    text: `打开借款机构的官方 App${where}查看有没有这笔借款、欠多少、何时到期；再对照借款合同。`,
  };
  return {
    officialCall: Object.freeze(officialCall()),
    link: Object.freeze(link),
    checkAccount: Object.freeze(checkAccount),
  };
}

/** Steps whose text is the same on every notice, built on first use (not at module load). */
function fixedSteps() {
  const steps = {
    stop: {
      id: 'stop',
      text: '先停下：不要转账、不要说验证码、不要点链接、不要共享屏幕、不要回拨消息里的号码。',
    },
    stopSharing: {
      id: 'stop_sharing',
      text: '如果已经开了屏幕共享或装了对方的软件，立刻在那个 App 里点「结束共享」，然后卸载它，并修改支付密码。',
    },
    codes: {
      id: 'codes',
      text: '验证码、密码、卡背面三位数只给自己用。已经说出去了，马上联系银行或支付平台冻结、改密码。',
    },
    creditFree: {
      id: 'credit_free',
      text: '征信没有付费修复：记录有错可免费向人民银行征信中心申请异议（20天内答复），每年可免费查2次报告。',
      call: callOf('pboc'),
    },
    scriptCheck: {
      id: 'script_check',
      text: '这条是按说法和常见诈骗相似判断的。如果你真在这家机构借过款，只在它的官方 App 里查看和办理，消息里的任何要求都先别照做。',
    },
    unknownDebt: {
      id: 'unknown_debt',
      text: '你没借过：不要为"不是你的债"付任何钱。可查个人征信报告，看名下是否真有这笔借款。',
    },
    moneySent: {
      id: 'money_sent',
      text: '如果已经转了钱，立即拨打 110 报警，请银行紧急止付。',
      call: callOf('police110'),
    },
    answer96110: {
      id: 'answer_96110',
      text: '如果接到 96110 的来电，一定要接：那是反诈中心在提醒你。',
    },
    scamEvidence: { id: 'keep_evidence', text: '把这条消息、截图、通话录音和对方账号保存为证据。' },
    report: {
      id: 'report',
      text: '可以向 12321 举报诈骗短信和电话。',
      call: callOf('report12321'),
    },
    abuseEvidence: {
      id: 'keep_evidence',
      text: '保存录音、截图、来电时间和号码，这是投诉的证据。',
    },
    complain12378: {
      id: 'complain_12378',
      text: '暴力催收、骚扰家人同事、深夜催收，可以向国家金融监督管理总局 12378 投诉（工作日白天）。',
      call: callOf('nfra'),
    },
    complain12363: {
      id: 'complain_12363',
      text: '如果涉及征信记录不实，可以找中国人民银行 12363（先向借款机构投诉）。',
      call: callOf('pboc'),
    },
    police: {
      id: 'police',
      text: '受到人身威胁或有人堵门，立即拨打 110。',
      call: callOf('police110'),
    },
    stayCalm: {
      id: 'stay_calm',
      text: '别慌：催收通知不是法院判决。欠款要还，但只通过官方渠道还，不向任何个人转账。',
    },
    payOfficial: {
      id: 'pay_official',
      text: '还款只在官方 App、银行或合同约定的方式里操作，不要转给任何个人。',
    },
    hardship: {
      id: 'hardship',
      text: '确实还不上，主动联系官方客服申请协商或分期；不要找收费的"债务优化"中介。',
    },
    reminderEvidence: { id: 'keep_evidence', text: '保存这条提醒和你的还款凭证。' },
    nothing: {
      id: 'nothing',
      text: '没有发现与借款、催收相关的风险。如果对方之后提到欠款、转账或验证码，再来核验一次。',
    },
  };
  for (let i = 0, list = Object.values(steps); i < list.length; i++) {
    const step = list[i];
    Object.freeze(step);
  }
  return steps;
}
let fixed: ReturnType<typeof fixedSteps> | null = null;

/** The "rule_broken" step, one per combination of rules broken. */
const ruleSteps = new Map<string, NextStep>();

export function nextSteps(
  verdict: Verdict,
  ids: Set<SignalId>,
  institutions: DirectoryEntry[],
  facts: StepFacts = {},
): NextStep[] {
  const steps: NextStep[] = [];
  const inst = institutions.find(
    (e) => e.kind === 'lender' || e.kind === 'bank' || e.kind === 'payment',
  );
  const add = (s: NextStep | null) => {
    if (s && !steps.some((x) => x.id === s.id)) steps.push(s);
  };
  const own = institutionSteps(inst);
  const f = fixed || (fixed = fixedSteps());

  if (verdict === 'scam') {
    add(f.stop);
    add(own.officialCall);
    add(own.checkAccount);
    if (ids.has('remote_control')) add(f.stopSharing);
    if (ids.has('credential_request')) add(f.codes);
    if (ids.has('credit_repair')) add(f.creditFree);
    if (ids.has('scam_script')) add(f.scriptCheck);
    if (ids.has('unknown_debt')) add(f.unknownDebt);
    add(f.moneySent);
    add(f.answer96110);
    add(f.scamEvidence);
    add(f.report);
  } else if (verdict === 'abusive') {
    add(own.checkAccount);
    add(own.officialCall);
    const rules: string[] = [];
    if (ids.has('contact_exposure'))
      rules.push(
        '只能向借款人本人催收，不得向无关第三人催收或透露你的债务（国家标准 GB/T 45251-2025；《个人信息保护法》第10条）',
      );
    if (ids.has('night_collection'))
      rules.push('晚上10点到早上8点不得催收（GB/T 45251-2025；中国银行业协会2026年催收指引）');
    if (ids.has('intimidation'))
      rules.push('不得辱骂、恐吓、威胁（《民法典》第1024条；《治安管理处罚法》）');
    if (ids.has('authority_threat'))
      rules.push(
        '不得冒充公检法，欠款是民事纠纷，"抓人坐牢"的说法不实（中国银行业协会2026年催收指引）',
      );
    if (rules.length) {
      const text = `对方违反了这些规定：${rules.join('；')}。`;
      let step = ruleSteps.get(text);
      if (!step) ruleSteps.set(text, (step = Object.freeze({ id: 'rule_broken', text })));
      add(step);
    }
    add(f.abuseEvidence);
    add(f.complain12378);
    add(f.complain12363);
    if (ids.has('intimidation')) add(f.police);
    add(f.stayCalm);
  } else if (verdict === 'reminder') {
    add(own.officialCall);
    if (facts.unverifiedLink) add(own.link);
    add(own.checkAccount);
    add(f.payOfficial);
    add(f.hardship);
    add(f.reminderEvidence);
  } else {
    add(f.nothing);
    if (facts.unverifiedLink) add(own.link);
  }
  return steps;
}
