// CLI for the checker (DESIGN.md "The checker's contract"). Runs the same core/ code as the app.
//   check "<text>"            readable report
//   check --json "<text>"     one JSON object
//   check [--json] --stdin    the text from stdin (also "-"): for notices longer than the
//                             OS argument limit (about 128 KB)
//   check --jsonl FILE|-      one JSON object per input line, same order
//   check --fields a,b ...    only these result fields (verdict, risk, summary, signals,
//                             entities, next_steps, truncated); "id" is always kept
//   check --lookup "<q>"      directory answer for a number, link or name
//   check --directory         every directory entry (with sources) as a JSON array
import * as fs from 'fs';
import { checkNotice, InputError } from '../miniprogram/core/check';
import { directoryJson, lookup } from '../miniprogram/core/directory/index';
import type {
  Borrowed,
  Channel,
  CheckResult,
  NextStep,
  NoticeInput,
  Signal,
} from '../miniprogram/core/types';

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
      '       npm run -s check -- [--fields verdict,signals,...] --jsonl FILE|-\n' +
      '       npm run -s check -- --lookup "<number|link|name>"\n' +
      '       npm run -s check -- --directory\n',
  );
  process.exit(2);
}

/** Result fields in output order; `--fields` picks some of them. */
const FIELDS = [
  'verdict',
  'risk',
  'summary',
  'signals',
  'entities',
  'next_steps',
  'truncated',
] as const;
type Field = (typeof FIELDS)[number];

function parseFields(arg: string | undefined): Set<Field> {
  const fail = (why: string): never => {
    process.stderr.write(`--fields: ${why}; choose from ${FIELDS.join(',')}\n`);
    process.exit(2);
  };
  // "--fields --jsonl x" would otherwise take the next option for the list.
  if (!arg || arg.startsWith('--')) fail('needs a comma-separated list of fields');
  const list = (arg as string).split(',').map((f) => f.trim());
  const bad = list.filter((f) => !(FIELDS as readonly string[]).includes(f));
  if (bad.length) fail(`unknown field ${bad.map((b) => `"${b}"`).join(', ')}`);
  return new Set(list as Field[]);
}

// Signal titles and explanations, and most next steps, are the same text on every notice: each
// is serialised once and reused (they were two thirds of the bytes written per notice).
const signalHeads = new Map<string, { title: string; explanation: string; json: string }>();
function signalJson(s: Signal): string {
  let c = signalHeads.get(s.id);
  if (!c || c.title !== s.title || c.explanation !== s.explanation) {
    const head = JSON.stringify({ id: s.id, title: s.title, explanation: s.explanation });
    c = { title: s.title, explanation: s.explanation, json: head.slice(0, -1) + ',"spans":' };
    signalHeads.set(s.id, c);
  }
  return c.json + JSON.stringify(s.spans) + '}';
}

// Results share their step objects (core/engine/next-steps.ts builds each once), so a step is
// serialised once per object and looked up by identity, with no text compared.
const stepJsons = new WeakMap<NextStep, string>();
function stepJson(s: NextStep): string {
  let json = stepJsons.get(s);
  if (json === undefined) {
    json = JSON.stringify(s);
    stepJsons.set(s, json);
  }
  return json;
}

/** One result as a JSON line: the same bytes JSON.stringify gives for the object form. */
function resultJson(id: string | undefined, r: CheckResult, fields: Set<Field> | null): string {
  const parts: string[] = [];
  if (id !== undefined) parts.push('"id":' + JSON.stringify(id));
  const want = (f: Field) => !fields || fields.has(f);
  if (want('verdict')) parts.push('"verdict":' + JSON.stringify(r.verdict));
  if (want('risk')) parts.push('"risk":' + JSON.stringify(r.risk));
  if (want('summary')) parts.push('"summary":' + JSON.stringify(r.summary));
  if (want('signals')) parts.push('"signals":[' + r.signals.map(signalJson).join(',') + ']');
  if (want('entities')) parts.push('"entities":' + JSON.stringify(r.entities));
  if (want('next_steps')) parts.push('"next_steps":[' + r.next_steps.map(stepJson).join(',') + ']');
  if (want('truncated') && r.truncated) parts.push('"truncated":' + JSON.stringify(r.truncated));
  return '{' + parts.join(',') + '}';
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
  // Every input has the same four fields (absent ones undefined): one object shape keeps the
  // checker's code monomorphic over a batch.
  const input: NoticeInput = {
    text: o.text,
    channel:
      typeof o.channel === 'string' && CHANNELS.has(o.channel) ? (o.channel as Channel) : undefined,
    sender: typeof o.sender === 'string' ? o.sender : undefined,
    borrowed:
      typeof o.borrowed === 'string' && BORROWED.has(o.borrowed)
        ? (o.borrowed as Borrowed)
        : undefined,
  };
  return { id, input };
}

function runJsonl(src: string, fields: Set<Field> | null): void {
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
      out.push(resultJson(p.id ?? undefined, checkNotice(p.input), fields));
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
  let fields: Set<Field> | null = null;
  let jsonl: string | null = null;
  const input: Partial<NoticeInput> = {};
  const rest: string[] = [];
  while (args.length) {
    const a = args.shift() as string;
    if (a === '--json') json = true;
    else if (a === '--stdin' || a === '-') stdin = true;
    else if (a === '--fields') fields = parseFields(args.shift());
    else if (a === '--jsonl') jsonl = args.shift() || usage();
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
  if (jsonl !== null) {
    if (stdin || rest.length) usage();
    return runJsonl(jsonl, fields);
  }
  if (stdin && rest.length) usage();
  if (!stdin && !rest.length) usage();
  // One trailing newline is the shell's (echo, a file's last line), not the notice's.
  const text = stdin ? fs.readFileSync(0, 'utf8').replace(/\r?\n$/, '') : rest.join(' ');
  try {
    const r = checkNotice({ ...input, text });
    process.stdout.write((json ? resultJson(undefined, r, fields) : readable(text, r)) + '\n');
  } catch (e) {
    if (e instanceof InputError) {
      process.stderr.write(e.message + '\n');
      process.exit(1);
    }
    throw e;
  }
}

// A reader that stops early (`| head`) closes the pipe: that is the reader's choice, not an
// error worth a stack trace.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});

main(process.argv.slice(2));
