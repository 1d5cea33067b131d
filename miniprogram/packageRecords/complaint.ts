// Complaint drafts for the two regulators' hotlines, filled from a case. Plain Chinese the
// user can read out on the phone or paste into an online form, then edit. Numbers per
// shared/facts: 12378 (国家金融监督管理总局) for 催收不当; 12363 (中国人民银行) for 征信.
// Only the export page drafts complaints, so this lives in its subpackage, not the main package.
import { firstLine, formatDate, formatDateTime, kindLabel, whenOf } from '../core/evidence/format';
import { maskSensitive } from '../core/evidence/mask';
import {
  BORROWED_LABELS,
  ComplaintDraft,
  ComplaintInput,
  ComplaintKind,
  VERDICT_LABELS,
} from '../core/evidence/types';

const AUTHORITY: Record<ComplaintKind, { name: string; topic: string; ask: string; tip: string }> =
  {
    '12378': {
      name: '国家金融监督管理总局',
      topic: '不当催收',
      ask: '请依法核查该机构（及其委托的催收方）的催收行为，责令停止骚扰、威胁、辱骂、向亲友或通讯录联系人泄露借款信息、夜间催收等不当做法，并核实所催收的金额是否属实。',
      tip: '12378 一般在工作日白天接听，投诉会转给当地监管部门处理，通常约 15 个工作日内答复。',
    },
    '12363': {
      name: '中国人民银行',
      topic: '征信记录',
      ask: '请核查本人在该机构名下的征信记录是否准确；如存在本人未办理的借款、金额错误或已还清仍显示逾期等情况，请依法更正。',
      tip: '按规定一般先向该机构本身提出异议或投诉；12363 工作日约 8:30–11:50、14:30–17:00 接听。',
    },
  };

export function buildComplaintDraft(kind: ComplaintKind, input: ComplaintInput): ComplaintDraft {
  const a = AUTHORITY[kind];
  const c = input.case;
  const m = (s: string) => (input.mask === false ? s : maskSensitive(s, input.mask || {}));
  const inst = m(c.institution.name) || '（请填写机构名称）';
  const items = [...input.items].sort((x, y) => whenOf(x) - whenOf(y) || x.seq - y.seq);
  const story = items.map((it) => {
    const verdict = it.check ? `（本应用核验为：${VERDICT_LABELS[it.check.verdict]}）` : '';
    const what =
      firstLine(m(it.text), 80) ||
      (it.attachments[0] ? `附件 ${m(it.attachments[0].name)}` : '（无文字说明）');
    return `${formatDate(whenOf(it))}，${kindLabel(it)}：${what}${verdict}`;
  });
  const evidence = items.map((it, i) => {
    const files = it.attachments.map((f) => m(f.name)).join('、');
    return `${i + 1}. ${formatDateTime(whenOf(it))} ${kindLabel(it)}${files ? '，附件：' + files : ''}`;
  });
  const lines = [
    `投诉对象：${inst}`,
    '投诉人：（请填写姓名）　联系电话：（请填写）',
    `投诉事项：${a.topic}`,
    `本人是否在该机构借款：${BORROWED_LABELS[c.borrowed]}`,
    `涉及金额：${c.amount ? c.amount + ' 元' : '（请填写）'}`,
    '',
    '事情经过：',
    ...(story.length ? story.map((s) => '　　' + s) : ['　　（请简要描述）']),
  ];
  if (c.notes.trim()) lines.push('　　补充说明：' + m(c.notes.trim()));
  lines.push(
    '',
    '我的诉求：',
    '　　' + a.ask,
    '',
    `证据清单（共 ${items.length} 项，原件保存在本人手机中，可随时提供；每项的防篡改校验码见证据报告附录）：`,
    ...(evidence.length ? evidence.map((s) => '　　' + s) : ['　　（暂无）']),
    '',
    `草稿生成于 ${formatDateTime(input.generatedAt)}。提示：${a.tip}`,
  );
  return {
    kind,
    hotline: kind,
    authority: a.name,
    title: `关于${inst}${a.topic}的投诉（${a.name} ${kind}）`,
    body: lines.join('\n'),
  };
}
