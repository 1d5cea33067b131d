// The lint rules behind "miniprogram/ is written in ES2018": WeChat ships it as written (es6 off
// in project.config.json) and iOS 12's JavaScriptCore cannot parse anything newer. Run through
// the project's own ESLint config, so a change to the config that drops a rule fails here.
// (official-compile.test.ts checks the real compiled upload the same way with acorn.)
import { lintMessages } from '../helpers/lint';

function syntaxErrors(code: string, file = 'miniprogram/core/probe.ts'): Promise<string[]> {
  return lintMessages(code, file, 'no-restricted-syntax');
}

const NEWER: [string, string][] = [
  ['optional chaining', 'export const f = (a?: { b: number }) => a?.b;\n'],
  ['optional call', 'export const f = (g?: () => void) => g?.();\n'],
  ['??', 'export const f = (a?: number) => a ?? 1;\n'],
  ['??=', 'export function f(a?: number) {\n  a ??= 1;\n  return a;\n}\n'],
  ['||=', 'export function f(a: number) {\n  a ||= 1;\n  return a;\n}\n'],
  ['&&=', 'export function f(a: number) {\n  a &&= 1;\n  return a;\n}\n'],
  ['class field', 'export class A {\n  n = 0;\n}\n'],
  ['static field', 'export class A {\n  static n: number;\n}\n'],
  ['#private', 'export class A {\n  #n = 0;\n  get n() {\n    return this.#n;\n  }\n}\n'],
  ['catch {}', 'export function f() {\n  try {\n    f();\n  } catch {\n    /* */\n  }\n}\n'],
  ['numeric separator', 'export const N = 100_000;\n'],
  ['regex d flag', 'export const R = /a/d;\n'],
  ['lookbehind literal', 'export const R = /(?<=a)b/;\n'],
  ['lookbehind string', "export const R = new RegExp('(?<!a)b');\n"],
  ['lookbehind template', 'export const R = new RegExp(`(?<=${"a"})b`);\n'],
];

test.each(NEWER)('%s in miniprogram/ is an error that says why', async (_what, code) => {
  for (const file of ['miniprogram/core/probe.ts', 'miniprogram/pages/check/probe.ts']) {
    const errors = await syntaxErrors(code, file);
    expect(errors.length).toBeGreaterThan(0);
    expect(errors[0]).toMatch(/JavaScriptCore/);
  }
});

test('the ES2018 ways of writing the same things pass', async () => {
  const code = [
    'export class A {',
    '  n: number;',
    '  private readonly k: string;',
    '  constructor(k: string) {',
    '    this.n = 0;',
    '    this.k = k;',
    '  }',
    '}',
    'export const f = (a?: { b: number }) => (a ? a.b : undefined);',
    'export const g = (a?: number) => (a != null ? a : 1);',
    'export const R = /(?<name>a)(?=b)(?!c)\\(?<=/su;',
    'export const N = 100000;',
    'export function h() {',
    '  try {',
    '    h();',
    '  } catch (_e) {',
    '    /* */',
    '  }',
    '}',
    '',
  ].join('\n');
  expect(await syntaxErrors(code)).toEqual([]);
});

test('Node-side scripts and tests may use newer syntax', async () => {
  expect(
    await syntaxErrors('export const f = (a?: { b: number }) => a?.b ?? 0;\n', 'scripts/probe.ts'),
  ).toEqual([]);
});
