// Spellings people use to slip key words past keyword filters: homophones, pinyin mixed into
// a word, letters for a brand. Each maps to the plain word the cue lists are written in.
// Keys are in normalised form (simplified, lower-case, half-width).

/** Words whose characters scammers swap for pinyin one at a time ("zhi付宝", "征xin"). */
const PINYIN_WORDS: Array<[string, string[]]> = [
  ['征信', ['zheng', 'xin']],
  ['支付宝', ['zhi', 'fu', 'bao']],
  ['微信', ['wei', 'xin']],
  ['借呗', ['jie', 'bei']],
  ['花呗', ['hua', 'bei']],
  ['白条', ['bai', 'tiao']],
  ['金条', ['jin', 'tiao']],
  ['微粒贷', ['wei', 'li', 'dai']],
  ['验证码', ['yan', 'zheng', 'ma']],
  ['逾期', ['yu', 'qi']],
  ['贷款', ['dai', 'kuan']],
  ['催收', ['cui', 'shou']],
  ['还款', ['huan', 'kuan']],
  ['转账', ['zhuan', 'zhang']],
  ['注销', ['zhu', 'xiao']],
  ['通讯录', ['tong', 'xun', 'lu']],
  ['法院', ['fa', 'yuan']],
  ['起诉', ['qi', 'su']],
  ['公安', ['gong', 'an']],
  ['密码', ['mi', 'ma']],
  ['账户', ['zhang', 'hu']],
  ['银行卡', ['yin', 'hang', 'ka']],
  ['客服', ['ke', 'fu']],
  ['分付', ['fen', 'fu']],
  ['月付', ['yue', 'fu']],
  ['网贷', ['wang', 'dai']],
  // What a collector spells around a filter when threatening exposure ("jia人", "曝guang").
  ['家人', ['jia', 'ren']],
  ['曝光', ['bao', 'guang']],
  ['朋友圈', ['peng', 'you', 'quan']],
  ['上门', ['shang', 'men']],
  ['老赖', ['lao', 'lai']],
  ['修复', ['xiu', 'fu']],
  ['洗白', ['xi', 'bai']],
];

/** Whole-word stand-ins that are not pinyin mixes. */
const FIXED: Array<[string, string]> = [
  ['薇信', '微信'],
  ['威信', '微信'],
  ['徽信', '微信'],
  ['威芯', '微信'],
  ['薇芯', '微信'],
  ['微芯', '微信'],
  ['v信', '微信'],
  ['vx', '微信'],
  ['加v', '加微信'],
  ['+v', '加微信'],
  ['➕v', '加微信'],
  ['加薇', '加微信'],
  ['➕薇', '加微信'],
  ['+薇', '加微信'],
  ['➕微', '加微信'],
  ['加微:', '加微信:'],
  ['加威', '加微信'],
  ['扣扣', 'qq'],
  ['企鹅号', 'qq'],
  ['zfb', '支付宝'],
  ['支付寶', '支付宝'],
  ['徵信', '征信'],
  ['正信', '征信'],
  ['证信', '征信'],
  // ... but not the 证 of a word that ends in it ("身份证信息", "验证信息"): the longer match wins.
  ['身份证', '身份证'],
  ['认证', '认证'],
  ['验证', '验证'],
  ['保证', '保证'],
  ['凭证', '凭证'],
  ['查证', '查证'],
  ['签证', '签证'],
  ['见证', '见证'],
  ['挂帐', '挂账'],
  ['帐户', '账户'],
  ['帐号', '账号'],
  ['转帐', '转账'],
  ['帐单', '账单'],
  ['汇款', '汇款'],
  ['爆光', '曝光'],
  ['暴光', '曝光'],
  ['tx录', '通讯录'],
  ['通迅录', '通讯录'],
  ['盆友圈', '朋友圈'],
  ['加赖', '加line'],
  ['加賴', '加line'],
  ['赖我', 'line我'],
  ['加我赖', '加line'],
  ['添加赖', '添加line'],
  ['联络赖', '联络line'],
  ['联系赖', '联系line'],
  ['搜索赖', '搜索line'],
  ['请加赖', '请加line'],
  ['趕緊加賴', '赶紧加line'],
  ['添加瀬', '添加line'],
  ['添加濑', '添加line'],
  ['加濑', '加line'],
];

/**
 * Cantonese function words and set phrases (Hong Kong collection quotes: "唔還錢就斬你", "我哋搵人
 * 上你屋企", "聽日"), read as the Mandarin the frames are written in — the same behaviours in
 * another spelling, as traditional characters are. Two characters at least, so a lone 唔 ("唔，好")
 * is left alone.
 */
const CANTONESE: Array<[string, string]> = [
  ['唔还', '不还'],
  ['唔俾', '不给'],
  ['唔接', '不接'],
  ['唔理', '不理'],
  ['唔好', '不要'],
  ['唔系', '不是'],
  ['唔覆', '不回复'],
  ['唔回', '不回'],
  ['唔听电话', '不接电话'],
  ['仲唔', '还不'],
  ['我哋', '我们'],
  ['你哋', '你们'],
  ['佢哋', '他们'],
  ['搵人', '找人'],
  ['搵你', '找你'],
  ['搵到', '找到'],
  // 搵 reaches this table as 揾 (traditional → simplified runs first).
  ['揾人', '找人'],
  ['揾你', '找你'],
  ['揾到', '找到'],
  ['冚家', '全家'],
  ['屋企', '家里'],
  ['听日', '明天'],
  ['琴日', '昨天'],
  ['老细', '老板'],
  ['老母', '老妈'],
  ['等住', '等着'],
  ['睇住', '看着'],
  ['住边', '住哪'],
  ['边度', '哪里'],
  ['边间', '哪所'],
  ['俾钱', '给钱'],
  ['俾你', '给你'],
  ['斩你', '砍你'],
  ['冇钱', '没钱'],
  ['喺你', '在你'],
  ['嘅钱', '的钱'],
  ['追数', '讨债'],
  ['你嘅', '你的'],
  ['佢嘅', '他的'],
  ['嘅相', '的照片'],
  ['你个仔', '你儿子'],
  ['你个女', '你女儿'],
  ['屋苑', '小区'],
  ['喺边', '在哪'],
];

function pinyinVariants(word: string, syllables: string[]): string[] {
  const chars = Array.from(word);
  const n = chars.length;
  const out: string[] = [];
  // Every mix of characters and pinyin except the plain word; the all-pinyin form is kept
  // only for words long enough not to collide with ordinary English or ids.
  for (let mask = 1; mask < 1 << n; mask++) {
    if (mask === (1 << n) - 1 && syllables.join('').length < 6) continue;
    let s = '';
    for (let i = 0; i < n; i++) s += mask & (1 << i) ? syllables[i] : chars[i];
    out.push(s);
  }
  // ... and, for those long words, the syllables spaced ("tong xun lu", "bao guang").
  if (syllables.join('').length >= 6) out.push(syllables.join(' '));
  return out;
}

let table: Array<[string, string]> | null = null;

export function evasionTable(): Array<[string, string]> {
  if (table) return table;
  const t: Array<[string, string]> = [];
  for (let i = 0; i < PINYIN_WORDS.length; i++) {
    const [word, syl] = PINYIN_WORDS[i];
    for (let j = 0, list = pinyinVariants(word, syl); j < list.length; j++) {
      const v = list[j];
      t.push([v, word]);
    }
  }
  // Identity pairs are kept on purpose: as longer matches they shield a word from a shorter
  // evasion inside it ("身份证信息" is not "身份征信息").
  for (let i = 0; i < FIXED.length; i++) {
    const pair = FIXED[i];
    t.push(pair);
  }
  for (let i = 0; i < CANTONESE.length; i++) {
    const pair = CANTONESE[i];
    t.push(pair);
  }
  table = t;
  return t;
}
