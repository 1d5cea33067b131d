// Evidence report for export: the same facts as plain text (copy/paste, .txt) and as a
// simple self-contained HTML page (.html via wx.shareFileMessage). Everything the user typed
// is escaped in HTML; sensitive numbers are masked unless the caller passes mask:false.
// Only the export page builds reports, so this lives in its subpackage, not the main package.
import { anchorCheckText } from '../core/evidence/anchor';
import { formatDateTime, formatSize, kindLabel, whenOf } from '../core/evidence/format';
import { MaskOptions, maskSensitive } from '../core/evidence/mask';
import { BORROWED_LABELS, Case, ReportInput, VERDICT_LABELS } from '../core/evidence/types';

const STATUS_LABELS = { open: '处理中', resolved: '已解决' } as const;
const NO_CHANNEL = '未收录官方电话：请在借款 App 内「我的 → 客服」或借款合同中查找官方客服。';

/** The tamper check explained for someone who never heard of a hash. */
export const TAMPER_EXPLAINED = [
  '每条证据保存时，本应用都会给它算一个“指纹”，并和上一条证据的指纹连在一起。以后只要有人改动、删除或调换任何一条，指纹就对不上，检查时就会发现。',
  '为了防止有人连指纹一起重新算过，可以把“核对码”发到自己的微信聊天里（例如“文件传输助手”）。微信记下的发送时间就是证人：以后核对码还对得上，就说明到那时为止的证据没有被改过。',
];

interface ReportModel {
  title: string;
  facts: [string, string][];
  verification: string;
  /** Plain-words tamper check: what it is, and how the latest anchor compares. */
  tamper: string[];
  items: {
    heading: string;
    lines: [string, string][];
    text: string;
  }[];
  /** The digests, for whoever must check them by hand: only here, never in the body. */
  appendix: string[];
  footer: string;
}

function model(input: ReportInput): ReportModel {
  const c = input.case;
  const m = (s: string) => (input.mask === false ? s : maskSensitive(s, input.mask || {}));
  const channels =
    input.channels && input.channels.length > 0
      ? input.channels.map((ch) => `${ch.label} ${ch.number}`).join('；')
      : NO_CHANNEL;
  const facts: [string, string][] = [
    ['机构', m(c.institution.name) || '（未填写）'],
    ['官方渠道', channels],
    ['本人是否借过', BORROWED_LABELS[c.borrowed]],
    ['涉及金额', c.amount ? `¥${c.amount}` : '（未填写）'],
    ['状态', STATUS_LABELS[c.status]],
    ['创建时间', formatDateTime(c.createdAt)],
  ];
  if (c.notes.trim()) facts.push(['备注', m(c.notes.trim())]);
  const v = input.verification;
  const verification = !v
    ? '未校验'
    : v.ok
      ? `通过：共 ${v.records} 条记录（含修改与删除记录），都没有被改动过。`
      : `未通过：${v.message}${v.attachmentName ? `（附件：${v.attachmentName}）` : ''}`;
  const sorted = [...input.items].sort((a, b) => whenOf(a) - whenOf(b) || a.seq - b.seq);
  const appendix: string[] = v && v.ok ? [`末条记录 SHA-256：${v.head}`] : [];
  const items = sorted.map((it, i) => {
    const lines: [string, string][] = [];
    lines.push([
      '发生时间',
      it.happenedAt !== undefined ? formatDateTime(it.happenedAt) : '（未填写）',
    ]);
    lines.push(['记录时间', formatDateTime(it.capturedAt)]);
    if (it.check)
      lines.push([
        '核验结果',
        `${VERDICT_LABELS[it.check.verdict]}（风险 ${it.check.risk}）${m(it.check.summary)}`,
      ]);
    if (it.tags.length) lines.push(['标签', it.tags.map(m).join('、')]);
    if (it.revises) lines.push(['说明', '此条为修改后的版本，原版本仍保存在证据链中']);
    for (const a of it.attachments) lines.push(['附件', `${m(a.name)}（${formatSize(a.size)}）`]);
    appendix.push(`${i + 1}. 记录 SHA-256：${it.digest}`);
    for (const a of it.attachments)
      appendix.push(`   附件 ${m(a.name)} SHA-256：${a.sha256 != null ? a.sha256 : '无法读取'}`);
    return { heading: `${i + 1}. ${kindLabel(it)}`, lines, text: m(it.text) };
  });
  return {
    title: `证据报告：${m(c.title || c.institution.name)}`,
    facts: [['生成时间', formatDateTime(input.generatedAt)], ...facts],
    verification,
    tamper: [...TAMPER_EXPLAINED, ...(v ? [anchorCheckText(v.anchor)] : [])],
    items,
    appendix,
    footer:
      '说明：每条记录保存时计算了 SHA-256 摘要，并与上一条记录的摘要相连（证据链），任何改动、删除或调换顺序都会在校验时被发现。本报告由“催款核验”在本机生成，未上传任何数据。',
  };
}

/** The shared file's name (a chat shows it to everyone in it): masked like the report. */
export function reportFileName(
  c: Pick<Case, 'title' | 'institution'>,
  mask?: MaskOptions | false,
): string {
  const raw = c.title || c.institution.name || '证据';
  // '*' is not allowed in file names: masked digits become a full-width ＊ instead.
  const title = (mask === false ? raw : maskSensitive(raw, mask || {}))
    .replace(/\*/g, '＊')
    .replace(/[\\/:*?"<>|\s]+/g, '')
    .slice(0, 40);
  return `证据报告-${title || '证据'}.html`;
}

export function buildReportText(input: ReportInput): string {
  const r = model(input);
  const out: string[] = [r.title, ''];
  for (const [k, v] of r.facts) out.push(`${k}：${v}`);
  out.push('', `证据链校验：${r.verification}`, '', '防篡改检查', ...r.tamper);
  out.push('', `时间线（共 ${r.items.length} 条）`);
  for (const it of r.items) {
    out.push('', it.heading);
    for (const [k, v] of it.lines) out.push(`   ${k}：${v}`);
    if (it.text) out.push('   内容：' + it.text.replace(/\r?\n/g, '\n   '));
  }
  out.push('', r.footer, '', `附录：校验码（SHA-256）`, ...r.appendix);
  return out.join('\n');
}

export function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch] as string,
  );
}

export function buildReportHtml(input: ReportInput): string {
  const r = model(input);
  const e = escapeHtml;
  const row = ([k, v]: [string, string]) => `<tr><th>${e(k)}</th><td>${e(v)}</td></tr>`;
  const ok = !!input.verification && input.verification.ok === true;
  const parts: string[] = [
    '<!DOCTYPE html>',
    '<html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${e(r.title)}</title>`,
    '<style>body{font-family:sans-serif;line-height:1.6;max-width:48em;margin:1em auto;padding:0 1em}th{text-align:left;white-space:nowrap;vertical-align:top;padding-right:1em}code,.hash{font-family:monospace;word-break:break-all}.ok{color:#067d2e}.bad{color:#b00020}pre{white-space:pre-wrap;background:#f5f5f5;padding:.5em}</style>',
    '</head><body>',
    `<h1>${e(r.title)}</h1>`,
    `<table>${r.facts.map(row).join('')}</table>`,
    `<h2>证据链校验</h2><p class="${input.verification ? (ok ? 'ok' : 'bad') : ''}">${e(r.verification)}</p>`,
    `<h2>防篡改检查</h2>${r.tamper.map((p) => `<p>${e(p)}</p>`).join('')}`,
    `<h2>时间线（共 ${r.items.length} 条）</h2>`,
  ];
  for (const it of r.items) {
    parts.push(`<section><h3>${e(it.heading)}</h3><table>${it.lines.map(row).join('')}</table>`);
    if (it.text) parts.push(`<pre>${e(it.text)}</pre>`);
    parts.push('</section>');
  }
  parts.push(
    `<p><small>${e(r.footer)}</small></p>`,
    `<h2>附录：校验码（SHA-256）</h2><pre class="hash">${e(r.appendix.join('\n'))}</pre>`,
    '</body></html>',
  );
  return parts.join('\n');
}
