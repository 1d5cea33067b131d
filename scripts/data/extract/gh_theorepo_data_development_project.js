'use strict';
// Real SMS an SMS-analytics team quotes in the notes and tests of its structuring jobs (公积金
// loan notices, a bank's student-loan notice, 花呗 notices; some forwarded through China Mobile's
// 和多号, whose tag they keep). Only the messages about a loan or credit line are taken, and the
// two full personal names the source leaves unmasked are replaced. Read from a `fetch` snapshot
// at a pinned commit; see the card.
const REPO = 'TheoRepo/data_development_project';
const COMMIT = '888f9af81bdc080a32a23866ecabd63c08f060c6';
const FILES = [
  'nlp_structure_housing_found/README.md',
  'nlp_structure_student/test/test_UDF.py',
  'nlp_structure_virtual_id/test/test_UDF.py',
];
const FINANCE = /还款|贷款|花呗|逾期|借款/;
// The source's own masking (*思龙, 377***@qq.com, 135****0556) is kept; full names are not.
const NAMES = [
  ['肖开提江·努尔', '张三'],
  ['陈峰', '张三'],
];

function messages(file, src) {
  if (file.endsWith('.md'))
    return [...src.matchAll(/^\|[^|]*\|[^|]*\|([^|]*)\|([^|]*)\|\s*$/gm)].map((m) => ({
      topic: m[1].trim(),
      text: m[2].trim(),
    }));
  return [...src.matchAll(/^\s*msg = '([^'\n]+)'/gm)].map((m) => ({ topic: '', text: m[1] }));
}

function label(t) {
  if (/已开通花呗|审批通过/.test(t)) return ['unrelated', 'lender_sms_other'];
  if (/逾期\d+期|已逾期/.test(t)) return ['reminder', 'lender_sms_overdue'];
  if (/发放/.test(t)) return ['reminder', 'lender_sms_other'];
  return ['reminder', 'lender_sms_repayment'];
}

module.exports = {
  id: 'gh_theorepo_data_development_project',
  split: 'test',
  build(ctx) {
    const out = [];
    for (const file of FILES)
      for (const { topic, text } of messages(file, ctx.git(REPO, COMMIT, file))) {
        if (!FINANCE.test(text) || /公积金_(对公|基数|提取|个人缴存|工资)/.test(topic)) continue;
        let masked = text;
        for (const [name, filler] of NAMES) masked = masked.split(name).join(filler);
        const [lab, kind] = label(text);
        out.push({
          text: masked,
          template: masked === text ? undefined : text.replace(/肖开提江·努尔|陈峰/g, '{name}'),
          label: lab,
          channel: 'sms',
          kind,
          url: `https://github.com/${REPO}/blob/${COMMIT}/${file}`,
        });
      }
    return out;
  },
};
