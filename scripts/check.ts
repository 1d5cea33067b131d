// CLI for the checker (DESIGN.md "The checker's contract"). Runs the same core/ code as the app.
//   check "<text>"            readable report
//   check --json "<text>"     one JSON object
//   check [--json] --stdin    the text from stdin (also "-"): for notices longer than the
//                             OS argument limit (about 128 KB)
//   check --jsonl FILE|-      one JSON object per input line, same order
//   check --lookup "<q>"      directory answer for a number, link or name
//   check --directory         every directory entry (with sources) as a JSON array
import * as fs from 'fs';
import { checkNotice, InputError } from '../miniprogram/core/check';
import { directoryJson, lookup } from '../miniprogram/core/directory/index';
import type { Borrowed, Channel, CheckResult, NoticeInput } from '../miniprogram/core/types';

const VERDICT_ZH: Record<string, string> = {
  scam: '诈骗',
  abusive: '违规催收',
  reminder: '正常提醒',
  unrelated: '无关',
};
const CHANNELS = new Set(['sms', 'wechat', 'call', 'visit', 'letter', 'other']);
const BORROWED = new Set(['yes', 'no', 'unsure']);

function usage(): never {
  process.stderr.write(
    'usage: npm run -s check -- [--json] [--channel C] [--sender S] [--borrowed yes|no|unsure] "<text>"\n' +
      '       npm run -s check -- [--json] --stdin|-   (the text from stdin)\n' +
      '       npm run -s check -- --jsonl FILE|-\n' +
      '       npm run -s check -- --lookup "<number|link|name>"\n' +
      '       npm run -s check -- --directory\n',
  );
  process.exit(2);
}

function toJson(id: string | undefined, r: CheckResult): Record<string, unknown> {
  const o: Record<string, unknown> = {};
  if (id !== undefined) o.id = id;
  o.verdict = r.verdict;
  o.risk = r.risk;
  o.summary = r.summary;
  o.signals = r.signals.map((s) => ({
    id: s.id,
    title: s.title,
    explanation: s.explanation,
    spans: s.spans,
  }));
  o.entities = r.entities;
  o.next_steps = r.next_steps;
  if (r.truncated) o.truncated = r.truncated;
  return o;
}

function readable(text: string, r: CheckResult): string {
  const lines: string[] = [];
  lines.push(`结论：${VERDICT_ZH[r.verdict]}（${r.verdict}）  风险 ${r.risk}/100`);
  lines.push(r.summary);
  if (r.truncated)
    lines.push(
      `（内容太长，只核验了前 ${r.truncated.checkedChars} 个字符，共 ${r.truncated.totalChars} 个。）`,
    );
  if (r.signals.length) {
    lines.push('', '为什么：');
    for (const s of r.signals) {
      const words = s.spans.map(([a, b]) => `「${text.slice(a, b)}」`).join(' ');
      lines.push(`- ${s.title}${words ? '  ' + words : ''}`);
      lines.push(`  ${s.explanation}`);
    }
  }
  const marks: Record<string, string> = {
    official: '官方',
    unofficial: '非官方',
    lookalike: '仿冒',
    unverified: '未核实',
  };
  const chans = r.entities.filter((e) => e.status);
  if (chans.length) {
    lines.push('', '消息里的号码和链接（只可复制，不要直接拨打或打开）：');
    for (const e of chans) lines.push(`- ${e.text}  ${marks[e.status as string]}`);
  }
  lines.push('', '下一步：');
  r.next_steps.forEach((s, i) =>
    lines.push(`${i + 1}. ${s.text}${s.call ? `（官方号码 ${s.call.number}）` : ''}`),
  );
  return lines.join('\n');
}

/**
 * One JSONL line → an input, or the reason it cannot be checked. Every bad line gets its own
 * error answer and the run goes on (one `null` line used to stop the whole run).
 */
function parseLine(
  line: string,
  n: number,
): { id: string | null; input?: NoticeInput; error?: string } {
  let parsed: unknown;
  try {
    parsed = JSON.parse(line);
  } catch {
    return { id: null, error: `line ${n}: not JSON` };
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    return { id: null, error: `line ${n}: not a JSON object` };
  const o = parsed as Record<string, unknown>;
  const id = o.id === undefined || o.id === null ? null : String(o.id);
  if (typeof o.text !== 'string') return { id, error: `line ${n}: "text" missing or not a string` };
  const input: NoticeInput = { text: o.text };
  if (typeof o.channel === 'string' && CHANNELS.has(o.channel))
    input.channel = o.channel as Channel;
  if (typeof o.sender === 'string') input.sender = o.sender;
  if (typeof o.borrowed === 'string' && BORROWED.has(o.borrowed))
    input.borrowed = o.borrowed as Borrowed;
  return { id, input };
}

function runJsonl(src: string): void {
  const data = src === '-' ? fs.readFileSync(0, 'utf8') : fs.readFileSync(src, 'utf8');
  const out: string[] = [];
  let n = 0;
  for (const raw of data.split('\n')) {
    n++;
    const line = raw.trim();
    if (!line) continue;
    const p = parseLine(line, n);
    if (!p.input) {
      out.push(JSON.stringify({ id: p.id, error: p.error }));
      continue;
    }
    try {
      out.push(JSON.stringify(toJson(p.id ?? undefined, checkNotice(p.input))));
    } catch (e) {
      out.push(JSON.stringify({ id: p.id, error: (e as Error).message }));
    }
    if (out.length >= 2000) {
      process.stdout.write(out.join('\n') + '\n');
      out.length = 0;
    }
  }
  if (out.length) process.stdout.write(out.join('\n') + '\n');
}

function main(argv: string[]): void {
  const args = argv.slice();
  let json = false;
  let stdin = false;
  const input: Partial<NoticeInput> = {};
  const rest: string[] = [];
  while (args.length) {
    const a = args.shift() as string;
    if (a === '--json') json = true;
    else if (a === '--stdin' || a === '-') stdin = true;
    else if (a === '--jsonl') return runJsonl(args.shift() || usage());
    else if (a === '--lookup') {
      const q = args.shift();
      if (q === undefined || !q.trim()) usage();
      process.stdout.write(JSON.stringify(lookup(q)) + '\n');
      return;
    } else if (a === '--directory') {
      process.stdout.write(JSON.stringify(directoryJson(), null, 2) + '\n');
      return;
    } else if (a === '--channel') {
      const c = args.shift() || '';
      if (!CHANNELS.has(c)) usage();
      input.channel = c as Channel;
    } else if (a === '--sender') input.sender = args.shift() || '';
    else if (a === '--borrowed') {
      const b = args.shift() || '';
      if (!BORROWED.has(b)) usage();
      input.borrowed = b as Borrowed;
    } else if (a === '--help' || a === '-h') usage();
    else rest.push(a);
  }
  if (stdin && rest.length) usage();
  if (!stdin && !rest.length) usage();
  // One trailing newline is the shell's (echo, a file's last line), not the notice's.
  const text = stdin ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : rest.join(' ');
  try {
    const r = checkNotice({ ...input, text });
    process.stdout.write((json ? JSON.stringify(toJson(undefined, r)) : readable(text, r)) + '\n');
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n');
      process.exit(1);
    }
    throw e;
  }
}

main(process.argv.slice(2));
