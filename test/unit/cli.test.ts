// The CLI is the checker's contract with the outside (DESIGN.md). These run the real command.
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..');
function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, ['scripts/check.js', ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    input,
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

const SCAM =
  '【微粒贷】您的账户已逾期，请于今日18点前转账至专员个人账户6222 0210 0112 3456 789完成还款。';

test('readable report names the verdict, the reasons and the next steps', () => {
  const r = cli([SCAM]);
  expect(r.code).toBe(0);
  expect(r.out).toContain('结论：诈骗');
  expect(r.out).toContain('为什么');
  expect(r.out).toContain('下一步');
});

test('--json prints one object with the contract fields', () => {
  const r = cli(['--json', SCAM]);
  const o = JSON.parse(r.out);
  expect(o.verdict).toBe('scam');
  expect(o.risk).toBeGreaterThanOrEqual(0);
  expect(o.signals[0]).toEqual(
    expect.objectContaining({
      id: expect.any(String),
      explanation: expect.any(String),
      spans: expect.any(Array),
    }),
  );
  expect(Array.isArray(o.entities)).toBe(true);
  expect(Array.isArray(o.next_steps)).toBe(true);
});

test('--jsonl answers every line in order, from a file or stdin, and reports bad lines', () => {
  const lines = [
    { id: 'a', text: SCAM, channel: 'sms' },
    { id: 'b', text: '明天一起吃饭吗？' },
    { id: 'c', text: '' },
    { id: 'd', text: '您在我平台的借款已逾期，请尽快还款。', borrowed: 'no' },
  ];
  const file = path.join(os.tmpdir(), `cli-${process.pid}.jsonl`);
  fs.writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\nnot json\n');
  for (const r of [cli(['--jsonl', file]), cli(['--jsonl', '-'], fs.readFileSync(file, 'utf8'))]) {
    const out = r.out
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out.map((o) => o.id)).toEqual(['a', 'b', 'c', 'd', null]);
    expect(out[0].verdict).toBe('scam');
    expect(out[1].verdict).toBe('unrelated');
    expect(out[2].error).toContain('空');
    expect(out[3].signals.map((s: { id: string }) => s.id)).toContain('unknown_debt');
    expect(out[4].error).toBeDefined();
  }
  fs.unlinkSync(file);
});

test('--fields keeps only the chosen result fields (and the id), the same values as the full answer', () => {
  const file = path.join(os.tmpdir(), `cli-fields-${process.pid}.jsonl`);
  fs.writeFileSync(file, JSON.stringify({ id: 'a', text: SCAM }) + '\n');
  const full = JSON.parse(cli(['--jsonl', file]).out);
  const lean = JSON.parse(cli(['--fields', 'verdict,signals', '--jsonl', file]).out);
  expect(Object.keys(lean)).toEqual(['id', 'verdict', 'signals']);
  expect(lean).toEqual({ id: 'a', verdict: full.verdict, signals: full.signals });
  const one = JSON.parse(cli(['--json', '--fields', 'risk', SCAM]).out);
  expect(one).toEqual({ risk: full.risk });
  const bad = cli(['--fields', 'verdict,colour', '--jsonl', file]);
  expect(bad.code).toBe(2);
  expect(bad.err).toContain('"colour"');
  expect(bad.err).toContain('verdict,risk,summary,signals,entities,next_steps,truncated');
  expect(bad.out).toBe('');
  for (const missing of [['--fields'], ['--fields', '--jsonl', file]]) {
    const none = cli(missing);
    expect(none.code).toBe(2);
    expect(none.err).toContain('needs a comma-separated list of fields');
  }
  fs.unlinkSync(file);
});

test('--jsonl: a bad line (null, not an object, no text) gets its own error line and the run goes on', () => {
  const input = [
    'null',
    '{"id":"no-text"}',
    '[1,2]',
    '42',
    JSON.stringify({ id: 'ok', text: SCAM }),
    '{"id":"num","text":5}',
    '{broken',
  ].join('\n');
  const r = cli(['--jsonl', '-'], input);
  expect(r.code).toBe(0);
  const out = r.out
    .trim()
    .split('\n')
    .map((l) => JSON.parse(l));
  expect(out.map((o) => [o.id, o.error === undefined])).toEqual([
    [null, false],
    ['no-text', false],
    [null, false],
    [null, false],
    ['ok', true],
    ['num', false],
    [null, false],
  ]);
  expect(out[0].error).toBe('line 1: not a JSON object');
  expect(out[4].verdict).toBe('scam');
  expect(out[6].error).toBe('line 7: not JSON');
});

test('--stdin (or -) checks one text longer than the OS argument limit', () => {
  // 300 KB: more than one argv string may hold (Linux MAX_ARG_STRLEN is 128 KB).
  const long = SCAM + '\n' + '今天天气不错。'.repeat(15000);
  expect(Buffer.byteLength(long)).toBeGreaterThan(300000);
  for (const flag of ['--stdin', '-']) {
    const r = cli(['--json', flag], long + '\n');
    expect(r.code).toBe(0);
    const o = JSON.parse(r.out);
    expect(o.verdict).toBe('scam');
    expect(o.truncated).toBeDefined();
  }
  const readableOut = cli(['--stdin'], SCAM);
  expect(readableOut.out).toContain('结论：诈骗');
  // Text on stdin and as an argument at once is ambiguous: usage, exit 2.
  expect(cli(['--stdin', 'x'], SCAM).code).toBe(2);
});

test('--lookup answers numbers, links and names in the DESIGN.md shape', () => {
  const n = JSON.parse(cli(['--lookup', '+86 95384']).out);
  expect(n).toEqual(
    expect.objectContaining({ kind: 'number', official: true, lookalike_of: null }),
  );
  expect(n.entry.id).toBe('webank');
  const l = JSON.parse(cli(['--lookup', 'webank-kefu.com']).out);
  expect(l).toEqual(
    expect.objectContaining({ kind: 'link', official: false, lookalike_of: 'webank' }),
  );
  const m = JSON.parse(cli(['--lookup', '微粒貸']).out);
  expect(m.kind).toBe('name');
  expect(m.entry.id).toBe('webank');
});

test('--directory lists every entry with its sources', () => {
  const all = JSON.parse(cli(['--directory']).out);
  expect(all.length).toBeGreaterThan(20);
  for (const e of all) expect(e.sources.length).toBeGreaterThan(0);
});

test('empty text gets a clear message and a non-zero exit', () => {
  const r = cli(['  ']);
  expect(r.code).toBe(1);
  expect(r.err).toContain('内容是空的');
});

test('--lookup on "a" + 100,000 dots + "ab" answers at once (it took 11 s)', () => {
  const r = spawnSync(
    process.execPath,
    ['scripts/check.js', '--lookup', 'a' + '.'.repeat(100000) + 'ab'],
    { cwd: ROOT, encoding: 'utf8', timeout: 10000 },
  );
  expect(r.status).toBe(0);
  expect(JSON.parse(r.stdout).official).not.toBe(true);
});

test('a reader that stops early (| head -1) gets its line and no stack trace', () => {
  const file = path.join(os.tmpdir(), `cli-epipe-${process.pid}.jsonl`);
  fs.writeFileSync(
    file,
    Array.from({ length: 3000 }, (_, i) => JSON.stringify({ id: `n${i}`, text: SCAM })).join('\n'),
  );
  try {
    const r = spawnSync(
      'sh',
      ['-c', `"${process.execPath}" scripts/check.js --jsonl "${file}" | head -1`],
      {
        cwd: ROOT,
        encoding: 'utf8',
      },
    );
    expect(JSON.parse(r.stdout).id).toBe('n0');
    expect(r.stderr).not.toMatch(/EPIPE|Unhandled/);
  } finally {
    fs.unlinkSync(file);
  }
});
