// The guide's text as typed data, so tests can check every rule it cites (DESIGN.md, "The
// guidance the app is built on"; rules and confidence from ../shared/facts/facts.md).
// Pure: no wx. Numbers come from the directory, so a call button can never drift from it.
import { entryById } from '../../core/directory/index';

/** C1: the official text itself. C2: a reputable secondary source. U: unconfirmed. */
export type Confidence = 'C1' | 'C2' | 'U';

/** The small tag shown next to a cited rule. */
export const CONFIDENCE_LABEL: Record<Confidence, string> = {
  C1: '官方原文',
  C2: '权威转述',
  U: '未核实',
};

export interface Citation {
  /** The rule, e.g. "《民法典》第1033条". A U citation never carries an article number. */
  source: string;
  /** What it says, in one plain sentence. */
  says: string;
  confidence: Confidence;
}

export interface CallAction {
  /** Directory entry id, e.g. "nfra". */
  entryId: string;
  /** Digits, taken from the directory entry. */
  number: string;
  /** Button text, e.g. "拨打 12378". */
  label: string;
  /** Screen-reader label, e.g. "拨打 12378 国家金融监督管理总局". */
  ariaLabel: string;
  hours?: string;
}

export interface GuideItem {
  text: string;
  citations?: Citation[];
  call?: CallAction;
}

export interface GuideSection {
  id: string;
  title: string;
  items: GuideItem[];
}

/** A call button for the first hotline of a directory entry; throws if the entry has none. */
function call(entryId: string, who: string): CallAction {
  const entry = entryById(entryId);
  const hotline = entry
    ? entry.hotlines.find((h) => h.confidence === 'C1' || h.confidence === 'C2')
    : undefined;
  if (!hotline) throw new Error(`guide: directory entry ${entryId} has no official number`);
  return {
    entryId,
    number: hotline.number,
    label: `拨打 ${hotline.number}`,
    ariaLabel: `拨打 ${hotline.number}，${who}`,
    hours: hotline.hours,
  };
}

// The rules, written once and cited where they apply.
const GBT_45251 = '国家标准 GB/T 45251-2025《互联网金融个人网络消费信贷贷后催收风控指引》';
const CBA_2026 = '中国银行业协会《金融机构个人消费类贷款催收工作指引（试行）》（2026）';
const CONSUMER_FINANCE = '《消费金融公司管理办法》（2024）';
const CREDIT_CARD_68 = '《商业银行信用卡业务监督管理办法》（2011）第68条';
const PIPL_10 = '《个人信息保护法》第10条';
const PUBLIC_ORDER_42 = '《治安管理处罚法》（2012 年文本）第42条';
const CREDIT_REG = '《征信业管理条例》';

const PUBLIC_ORDER_RENUMBERED: Citation = {
  source: '《治安管理处罚法》（2026 年 1 月 1 日起施行的修订版）',
  says: '修订后条文序号变了，新的条号还没有核实，这里不写。',
  confidence: 'U',
};

export const GUIDE_TITLE = '收到催款通知怎么办';
export const GUIDE_INTRO = '先别慌。先核实、留证据，再决定怎么做。';

export const GUIDE_SECTIONS: GuideSection[] = [
  {
    id: 'how',
    title: '这类借款怎么运作',
    items: [
      { text: '在微信里申请借款（如微粒贷、分付，或从微信进入的借款平台和银行）。' },
      { text: '平台用大数据查你的信用，很快放款。' },
      { text: '到期没还上，就会开始催收：短信、电话、微信通知，极少数会上门。' },
      { text: '合同里约定了的催收是合法的。但也有人冒充平台，或者拿你没借过的钱来催。' },
    ],
  },
  {
    id: 'paid',
    title: '已经转了钱怎么办',
    items: [
      {
        text: '马上打 110 报警，尽快止付（冻结转出去的钱）。',
        call: call('police110', '报警电话'),
      },
      { text: '保留转账记录、对方账号和聊天记录，不要删。' },
      { text: '不要再给对方转钱。' },
    ],
  },
  {
    id: 'verify',
    title: '先核实',
    items: [
      { text: '翻出借款合同：你借没借过？借了多少？哪天到期？' },
      {
        text: '通过官方渠道联系平台客服：号码从借款 App（我的 → 客服）、合同或这个小程序的「官方渠道」里找。不要回拨通知里的号码，不要点里面的链接。',
      },
      { text: '在微信支付账单或借款 App 里查自己的账户和还款记录。' },
      { text: '来电显示是官方号码也不能证明是真的（号码可以伪造）。挂掉，自己再打回去。' },
    ],
  },
  {
    id: 'evidence',
    title: '留证据',
    items: [
      { text: '借款合同。' },
      { text: '每一条短信、微信消息，每一通电话的录音。' },
      { text: '还过款的付款凭证（转账记录、还款截图）。' },
      { text: '可以存在这个小程序的「证据」里，只保存在你的手机上。' },
    ],
  },
  {
    id: 'calm',
    title: '别慌',
    items: [
      { text: '催款通知不是起诉，收到它不等于被告了。' },
      { text: '和对方沟通，问清楚：哪个平台、哪笔借款、欠多少、怎么算出来的。' },
      { text: '不要急着转账，更不要转到个人账户。真的平台不会让你转到个人账户或“安全账户”。' },
      { text: '遇到不合理的要求，可以找律师或当地法律援助机构帮忙。' },
    ],
  },
  {
    id: 'limits',
    title: '催收不能做什么',
    items: [
      {
        text: '不能找你的家人、朋友、同事催收，也不能把你欠钱的事告诉他们。',
        citations: [
          {
            source: GBT_45251,
            says: '只能向借款人本人催收，不向通讯录联系人催收；联系人拒绝就要停止，不得透露债务。',
            confidence: 'C2',
          },
          {
            source: CREDIT_CARD_68,
            says: '只能向借款人和担保人催收，不得向与债务无关的第三人催收。',
            confidence: 'C2',
          },
          {
            source: CONSUMER_FINANCE,
            says: '不得对与债务无关的第三人进行催收。',
            confidence: 'C2',
          },
          {
            source: PIPL_10,
            says: '不得非法使用、提供或公开他人的个人信息（例如“爆通讯录”）。',
            confidence: 'C1',
          },
        ],
      },
      {
        text: '晚上 22:00 到早上 8:00 不能催收（你同意的除外）。',
        citations: [
          {
            source: GBT_45251,
            says: '22:00 至次日 8:00 不得催收，另有约定的除外。',
            confidence: 'C2',
          },
          {
            source: CBA_2026,
            says: '未经本人同意，22:00 至次日 8:00 不得催收。',
            confidence: 'C2',
          },
          {
            source: '《民法典》第1033条',
            says: '未经同意，不得用电话、短信、即时通讯工具等打扰他人的私人生活安宁。',
            confidence: 'C1',
          },
        ],
      },
      {
        text: '不能威胁、恐吓、辱骂你。',
        citations: [
          {
            source: PUBLIC_ORDER_42,
            says: '威胁他人人身安全、公然侮辱他人、多次发送侮辱或恐吓信息干扰他人正常生活的，可处拘留（最长 10 日）。',
            confidence: 'C1',
          },
          PUBLIC_ORDER_RENUMBERED,
          {
            source: '《民法典》第1024条',
            says: '不得用侮辱、诽谤等方式侵害他人名誉。',
            confidence: 'C1',
          },
          {
            source: CONSUMER_FINANCE,
            says: '不得采用暴力、威胁、恐吓、骚扰等不正当手段催收。',
            confidence: 'C2',
          },
          { source: CBA_2026, says: '不得恐吓、辱骂、欺诈、威胁、使用暴力。', confidence: 'C2' },
        ],
      },
      {
        text: '不能冒充法院、公安等司法机关。',
        citations: [{ source: CBA_2026, says: '不得冒充司法机关。', confidence: 'C2' }],
      },
      {
        text: '不能公开发布“律师函”“催收公告”。',
        citations: [{ source: CBA_2026, says: '不得公开发布催收公告或律师函。', confidence: 'C2' }],
      },
      {
        text: '不能另外收“催收费”。',
        citations: [{ source: CBA_2026, says: '不得额外收取催收费用。', confidence: 'C2' }],
      },
      {
        text: '不能散布你的隐私。',
        citations: [
          {
            source: '《民法典》第1032条',
            says: '自然人享有隐私权，任何人不得侵害。',
            confidence: 'C1',
          },
          { source: PIPL_10, says: '不得非法公开他人的个人信息。', confidence: 'C1' },
          { source: PUBLIC_ORDER_42, says: '散布他人隐私的，可以处罚。', confidence: 'C1' },
          PUBLIC_ORDER_RENUMBERED,
          { source: CBA_2026, says: '不得散布借款人的隐私。', confidence: 'C2' },
        ],
      },
    ],
  },
  {
    id: 'lawful',
    title: '什么是合法的',
    items: [
      { text: '按合同约定，用短信、电话、微信提醒你还款。' },
      { text: '把逾期情况如实上报征信（会影响你的信用记录）。' },
      { text: '通过法院起诉你。' },
      { text: '这些都不需要你把钱转到个人账户。' },
    ],
  },
  {
    id: 'credit',
    title: '征信常识',
    items: [
      {
        text: '没有人能收费“洗白”或删除真实的逾期记录。说能花钱“修复征信”的，是骗局。',
        citations: [
          {
            source: CREDIT_REG,
            says: '不良记录按规定保存和删除，记录有错走免费的异议申请。',
            confidence: 'C1',
          },
          {
            source: '五部门 2026 年 2 月风险提示',
            says: '所谓“征信洗白”“债务优化”的收费代理是骗局。',
            confidence: 'C2',
          },
        ],
      },
      {
        text: '不良记录从不良行为结束之日起保存 5 年，到期删除。',
        citations: [
          {
            source: `${CREDIT_REG}第16条`,
            says: '不良信息自不良行为或事件终止之日起保存 5 年，到期删除。',
            confidence: 'C1',
          },
        ],
      },
      {
        text: '每人每年可以免费查两次自己的信用报告。',
        citations: [
          {
            source: `${CREDIT_REG}第17条`,
            says: '每年可以免费获取本人信用报告两次。',
            confidence: 'C1',
          },
        ],
      },
      {
        text: '记录有错，可以免费提出异议，20 天内会给答复。',
        citations: [
          {
            source: `${CREDIT_REG}第25条`,
            says: '异议应当在收到之日起 20 日内核查并答复。',
            confidence: 'C1',
          },
        ],
      },
      {
        text: '2025 年一次性信用修复：2020-01-01 至 2025-12-31 期间单笔不超过 1 万元的逾期，在 2026-03-31 前全部还清的，不再展示。系统自动办理，免费，不需要找任何中介。有人借这个政策收费，是骗子。',
        citations: [
          {
            source: '中国人民银行公告（2025-12-22）',
            says: '符合条件的逾期信息不再展示，免申即享。',
            confidence: 'C2',
          },
        ],
      },
    ],
  },
  {
    id: 'complain',
    title: '找谁投诉',
    items: [
      {
        text: '12378 国家金融监督管理总局：投诉暴力催收、骚扰、爆通讯录，或投诉借款机构。先留好证据再打。',
        call: call('nfra', '国家金融监督管理总局'),
      },
      {
        text: '12363 中国人民银行：征信（信用记录）和支付问题。一般先向借款机构投诉，解决不了再打。',
        call: call('pboc', '中国人民银行'),
      },
      {
        text: '12321 举报中心：举报垃圾短信、诈骗短信、诈骗和骚扰电话。',
        call: call('report12321', '网络不良与垃圾信息举报受理中心'),
      },
      {
        text: '96110 反诈专线：如果 96110 给你打电话，说明你或家人可能正被骗，一定要接。也可以打过去问某件事是不是诈骗。',
        call: call('antifraud96110', '反诈预警劝阻专线'),
      },
      {
        text: '12381 预警短信：收到它说明你可能正在被骗。真的 12381 短信没有链接、电话号码、微信号或 QQ 号，也不需要回复或回电。',
      },
      { text: '国家反诈中心 App：可以举报诈骗、报案，查对方的账户、网址和 App 有没有风险。' },
    ],
  },
  {
    id: 'before',
    title: '借之前',
    items: [
      { text: '看清合同：借多少、利息和费用多少、哪天还。' },
      { text: '了解自己的权利和义务。' },
      { text: '量力而行，只借还得起的钱。' },
    ],
  },
];

export const GUIDE_FOOTNOTE =
  '标签说明：“官方原文”来自法律法规原文；“权威转述”来自官方通知的媒体转载等可靠来源；“未核实”表示还没有确认，只作提醒。本指南不是法律意见。';

/** Every citation in the guide, flattened (for tests and audits). */
export function allCitations(sections: GuideSection[] = GUIDE_SECTIONS): Citation[] {
  return sections.flatMap((s) => s.items.flatMap((i) => i.citations || []));
}

/** Every call button in the guide. */
export function allCalls(sections: GuideSection[] = GUIDE_SECTIONS): CallAction[] {
  return sections.flatMap((s) => s.items.flatMap((i) => (i.call ? [i.call] : [])));
}

/** A citation as the page shows it: the rule, what it says, and its confidence tag. */
export interface CitationView extends Citation {
  tag: string;
  /** What a screen reader says: the tag first, then the rule. */
  aria: string;
}
export interface GuideItemView extends Omit<GuideItem, 'citations'> {
  key: string;
  citations: CitationView[];
}
export interface GuideSectionView extends Omit<GuideSection, 'items'> {
  items: GuideItemView[];
}

/** Sections shaped for WXML: keys for wx:for and the tag text precomputed. */
export function guideView(sections: GuideSection[] = GUIDE_SECTIONS): GuideSectionView[] {
  return sections.map((s) => ({
    ...s,
    items: s.items.map((item, i) => ({
      ...item,
      key: `${s.id}-${i}`,
      citations: (item.citations || []).map((c) => {
        const tag = CONFIDENCE_LABEL[c.confidence];
        return { ...c, tag, aria: `${tag}：${c.source}，${c.says}` };
      }),
    })),
  }));
}
