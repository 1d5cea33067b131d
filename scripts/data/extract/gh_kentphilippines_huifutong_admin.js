'use strict';
// A payment-collection back end (RuoYi admin, "汇付通") that reads the bank SMS its card holders'
// phones forward and parses them: the parser's doc comment lists the SMS it was written against,
// real notices of 农行, 工行, 邮储, 中行, 交行, 建行 and 平安 (July 2021), and its template test
// quotes a 营口银行 one. Bank notices, so `unrelated`. Lines that name a private person (the
// counterparty of a transfer) are left out; the rest are taken verbatim, duplicates once.
const REPO = 'kentPhilippines/huifutong-admin';
const COMMIT = '6e0261d2e705224f3116c309533b8ade24cf2d46';
const PARSER =
  'ruoyi-admin/src/main/java/com/ruoyi/web/controller/tool/BankInfoAnalysisAlgorithmTool.java';
const TEMPLATE = 'ruoyi-system/src/main/java/com/ruoyi/system/service/impl/TemplateUtil.java';

// a transfer's counterparty by name: "向谢伦波完成", "马驰于07月", "武文文账户5242", "您正向杨霞军(",
// "对方户名：", "收款人顾宇", "向施向阳尾号"
const NAMES =
  /对方户名|收款人|您正向|向[\u4e00-\u9fa5]{2,3}(完成|电子|尾号)|^(【[^】]+】)?(\d\d年\d\d月\d\d日\d\d:\d\d)?(?!您)[\u4e00-\u9fa5]{2,3}(于\d|账户\d)/;

module.exports = {
  id: 'gh_kentphilippines_huifutong_admin',
  split: 'train',
  build(ctx) {
    const out = [];
    const seen = new Set();
    const add = (text) => {
      if (seen.has(text) || NAMES.test(text)) return;
      seen.add(text);
      out.push({ text, label: 'unrelated', channel: 'sms', kind: 'bank_sms' });
    };
    const parser = ctx.git(REPO, COMMIT, PARSER);
    for (const m of parser.matchAll(/^\s*\* (.*(?:【[^】]*银行】|\[建设银行\]).*?)\s*$/gm))
      add(m[1]);
    const template = ctx.git(REPO, COMMIT, TEMPLATE);
    for (const m of template.matchAll(/String regex = "(您的账户[^"]+【营口银行】)"/g)) add(m[1]);
    return out;
  },
};
