/**
 * The package WeChat would upload, compiled by WeChat's own tool chain (miniprogram-ci),
 * offline. Node and jest forgive things the client does not: `require("../core/evidence")`
 * loads core/evidence/index.js under Node, but the client resolves it to core/evidence.js, and
 * ci then leaves most of that folder out of the package: a white screen at launch. So this
 * checks the compiled output the way the client loads it.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';

import { checkNotice } from '../../miniprogram/core/check';
import type { NoticeInput } from '../../miniprogram/core/types';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const pkgCheck = require('../../scripts/compiled-package.js');

const ROOT = path.resolve(__dirname, '..', '..');

interface QualityItem {
  name: string;
  success: boolean;
  text: string;
}
interface SchemaItem {
  file: string;
  warning: string;
  error: unknown[];
}
interface Report {
  files: number;
  quality: QualityItem[];
  schema: SchemaItem[];
}

let work: string;
let out: string;
let report: Report;
// eslint-disable-next-line @typescript-eslint/no-explicit-any
let pkg: any;

beforeAll(() => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'official-compile-'));
  out = path.join(work, 'package');
  const r = spawnSync(process.execPath, ['scripts/compile.js', out], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 280000,
  });
  if (r.status !== 0) throw new Error(`compile failed (${r.status}):\n${r.stderr.slice(-4000)}`);
  report = JSON.parse(fs.readFileSync(path.join(work, 'compile-report.json'), 'utf8'));
  pkg = pkgCheck.readPackage(out);
}, 300000);

afterAll(() => {
  if (work) fs.rmSync(work, { recursive: true, force: true });
});

test('every require in the compiled package names a file the requiring package may load', () => {
  expect(pkgCheck.requireProblems(pkg)).toEqual([]);
  // The modules a folder import used to drop are really there.
  const evidence = fs
    .readdirSync(path.join(ROOT, 'miniprogram/core/evidence'))
    .filter((f) => f.endsWith('.ts'));
  for (const f of evidence)
    expect(pkg.files.has(`core/evidence/${f.replace(/\.ts$/, '.js')}`)).toBe(true);
  // core/evidence hashes strings itself (hash.ts): js-sha256 is no longer shipped.
  expect(pkg.files.has('miniprogram_npm/js-sha256/index.js')).toBe(false);
});

test('every page, component and usingComponents target is in the package', () => {
  const { problems, units } = pkgCheck.unitProblems(pkg);
  expect(problems).toEqual([]);
  for (const page of [
    ...pkg.app.pages,
    ...pkg.subpackages.flatMap((s: { pages: string[] }) => s.pages),
  ])
    expect(units.has(page)).toBe(true);
  expect(units.has('miniprogram_npm/@vant/weapp/button/index')).toBe(true);
  expect(pkgCheck.templateProblems(pkg)).toEqual([]);
});

test('every page address in our code and every <navigator> names a page, the way the client needs', () => {
  expect(pkgCheck.routeProblems(pkg)).toEqual([]);
});

test("ci's code-quality scan passes every check", () => {
  expect(report.quality.length).toBeGreaterThan(5);
  expect(report.quality.filter((q) => !q.success)).toEqual([]);
});

test("app.json, sitemap, theme and every page/component .json pass ci's schemas", () => {
  const names = report.schema.map((s) => s.file);
  expect(names).toEqual(
    expect.arrayContaining(['app.json', 'project.config.json', 'pages/check/index.json']),
  );
  expect(report.schema.filter((s) => s.error.length)).toEqual([]);
  // Unknown keys are warnings in ci. The one we accept: supportedMaterials ("用小程序打开" for
  // chat files) is documented in app.json's reference but newer than ci's bundled schema.
  const warnings = report.schema.filter((s) => s.warning).map((s) => s.warning);
  expect(warnings).toEqual(['app.json ["supportedMaterials"]']);
});

test('a folder import is caught: the same checks fail on a copy that imports ../core/evidence', () => {
  // The resolver alone, on a package shaped like the broken upload (no network, no compile).
  const broken = {
    ...pkg,
    files: new Set([...pkg.files].filter((f: string) => f !== 'core/evidence/index.js')),
    read: (f: string) =>
      f === 'stores/records.js'
        ? pkg.read(f).replace('require("../core/evidence/index")', 'require("../core/evidence")')
        : pkg.read(f),
  };
  expect(pkgCheck.requireProblems(broken)).toEqual(
    expect.arrayContaining([
      'stores/records.js: require("../core/evidence") does not name a file in the package',
    ]),
  );
});

describe('zero network: nothing in the package loads from the network', () => {
  test('no url(), @font-face, src= or picture address that is remote or missing', () => {
    expect(pkgCheck.resourceProblems(pkg)).toEqual([]);
    // The icons and the empty-state picture are ours and inside the package.
    expect(pkg.files.has('miniprogram_npm/@vant/weapp/empty/empty.svg')).toBe(true);
    expect(pkg.read('miniprogram_npm/@vant/weapp/icon/index.wxss')).not.toMatch(/@font-face/);
  });

  test('no web address anywhere in the package (core/directory data excepted)', () => {
    // What `grep -rE '(https?|wss?|ftp)://'` over the package finds outside core/directory/.
    expect(pkgCheck.addresses(pkg)).toEqual([]);
  });

  test('every icon the app or Vant can show has a local glyph', () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { ICONS } = require('../../scripts/offline-npm.js');
    const css = pkg.read('miniprogram_npm/@vant/weapp/icon/index.wxss');
    const wanted = new Set<string>();
    const walk = (dir: string) => {
      for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
        const abs = path.join(dir, e.name);
        if (e.isDirectory()) walk(abs);
        else if (e.name.endsWith('.wxml')) {
          const text = fs.readFileSync(abs, 'utf8');
          for (const m of text.matchAll(/<van-icon[^>]*?\bname="([^"{]+)"/g)) wanted.add(m[1]);
          for (const m of text.matchAll(/<van-[a-z-]+[^>]*?\bicon="([^"{]+)"/g)) wanted.add(m[1]);
          // name="{{a ? 'x' : 'y'}}": every quoted name in the expression.
          for (const m of text.matchAll(/<van-icon[^>]*?\bname="\{\{([^}]*)\}\}"/g))
            for (const q of m[1].matchAll(/[?:]\s*'([a-z-]+)'/g)) wanted.add(q[1]);
        }
      }
    };
    walk(path.join(ROOT, 'miniprogram', 'pages'));
    walk(path.join(ROOT, 'miniprogram', 'packageRecords'));
    walk(path.join(ROOT, 'miniprogram', 'components'));
    const stores = fs.readFileSync(path.join(ROOT, 'miniprogram/stores/check.ts'), 'utf8');
    for (const m of stores.matchAll(/\bicon: '([a-z-]+)'/g)) wanted.add(m[1]);
    // Vant's own defaults in the components we use: cell arrows, field clear, search, close.
    for (const n of ['arrow', 'arrow-down', 'arrow-up', 'arrow-left', 'clear', 'search', 'cross'])
      wanted.add(n);
    expect(wanted.size).toBeGreaterThan(10);
    const missing = [...wanted].filter(
      (n) => !(n in ICONS) || !css.includes(`.van-icon-${n}:before`),
    );
    expect(missing).toEqual([]);
  });
});

describe('iOS 12 can load every shipped script (JavaScriptCore: ES2018, no lookbehind)', () => {
  // es6 is off in project.config.json: our code ships as written and the npm packages as they
  // are, so one newer construct anywhere stops that module loading on older iPhones.
  test('project.config.json ships our own ES2018, not an ES5 rewrite', () => {
    const { setting } = JSON.parse(fs.readFileSync(path.join(ROOT, 'project.config.json'), 'utf8'));
    expect(setting).toMatchObject({
      es6: false,
      enhance: false,
      useCompilerPlugins: ['typescript'],
    });
    // No ES5 helpers are shipped, and ES modules still become CommonJS.
    expect([...pkg.files].filter((f: string) => f.startsWith('@babel/'))).toEqual([]);
    expect(pkg.read('core/check.js')).toMatch(/require\("\.\/engine\/check"\)/);
  });

  test('every .js file, ours and miniprogram_npm, parses as an ES2018 script with no lookbehind', () => {
    const js = [...pkg.files].filter((f: string) => f.endsWith('.js'));
    expect(js).toEqual(
      expect.arrayContaining([
        'app.js',
        'core/check.js',
        'pages/check/index.js',
        'packageRecords/case/index.js',
        'miniprogram_npm/tldts-icann/index.js',
        'miniprogram_npm/mobx-miniprogram/index.js',
        'miniprogram_npm/mobx-miniprogram-bindings/index.js',
        'miniprogram_npm/@vant/weapp/button/index.js',
      ]),
    );
    expect(pkgCheck.syntaxProblems(pkg)).toEqual([]);
  });

  test('the check catches newer syntax and lookbehind (on made-up files)', () => {
    const probes: Record<string, string> = {
      'chain.js': 'var x = a?.b;',
      'nullish.js': 'var x = a ?? 1;',
      'field.js': 'class A { n = 0 }',
      'catch.js': 'try { f() } catch { g() }',
      'literal.js': 'var r = /(?<=a)b/;',
      'string.js': 'var r = new RegExp("(?<!a)b");',
      'escaped.js': 'var r = /\\(?<=/; var s = "\\\\(?:a)";',
    };
    const probe = { ...pkg, files: new Set(Object.keys(probes)), read: (f: string) => probes[f] };
    const problems: string[] = pkgCheck.syntaxProblems(probe);
    expect(problems.map((p) => p.split(':')[0]).sort()).toEqual(
      ['catch.js', 'chain.js', 'field.js', 'literal.js', 'nullish.js', 'string.js'].sort(),
    );
    expect(problems.find((p) => p.startsWith('chain.js'))).toMatch(/not ES2018/);
    expect(problems.find((p) => p.startsWith('string.js'))).toMatch(/lookbehind/);
  });

  test('the compiled checker runs as the client loads it and agrees with the TypeScript source', () => {
    // Every RegExp the compiled checker builds from text, recorded and judged like a literal.
    const built: string[] = [];
    const Real = RegExp;
    const Recording = function (this: unknown, source: string | RegExp, flags?: string) {
      const re = new Real(source, flags);
      built.push(`${re.source}\u0000${re.flags}`);
      return re;
    };
    // `x instanceof RegExp` in the checker still holds for its regex literals.
    Recording.prototype = Real.prototype;
    const compiled = pkgCheck.loadCompiled(pkg, 'core/check.js', { RegExp: Recording });

    const example = fs.readFileSync(path.join(ROOT, 'test/fixtures/example-notice.txt'), 'utf8');
    const inputs: NoticeInput[] = [{ text: example.trim() }];
    for (const line of fs
      .readFileSync(path.join(ROOT, 'test/fixtures/notices.jsonl'), 'utf8')
      .split('\n')) {
      if (!line.trim()) continue;
      const o = JSON.parse(line);
      const input: NoticeInput = { text: String(o.text) };
      if (typeof o.channel === 'string') input.channel = o.channel;
      inputs.push(input);
    }
    expect(compiled.checkNotice(inputs[0]).verdict).toBe('scam');
    let differ = 0;
    for (const input of inputs)
      if (JSON.stringify(compiled.checkNotice(input)) !== JSON.stringify(checkNotice(input)))
        differ++;
    expect(differ).toBe(0);

    expect(built.length).toBeGreaterThan(50);
    const bad = [...new Set(built)]
      .map((b) => pkgCheck.regexProblem(...(b.split('\u0000') as [string, string])))
      .filter(Boolean);
    expect(bad).toEqual([]);
  });
});

test('the records and lookup subpackages are preloaded from the pages that open them', () => {
  const rule = pkg.app.preloadRule as Record<string, { packages: string[] }>;
  const names = pkg.subpackages.map((s: { name: string }) => s.name);
  const preloaded = Object.values(rule).flatMap((r) => r.packages);
  expect(new Set(preloaded)).toEqual(new Set(['records', 'lookup']));
  for (const p of preloaded) expect(names).toContain(p);
  for (const page of Object.keys(rule)) expect(pkg.app.pages).toContain(page);
});

test('accessibility roles use the attribute WeChat reads (aria-role, not role)', () => {
  const bare: string[] = [];
  for (const file of pkg.files as Set<string>) {
    if (!file.endsWith('.wxml') || file.startsWith('miniprogram_npm/')) continue;
    for (const m of pkg.read(file).matchAll(/(?<![\w-])role\s*=\s*"([^"]*)"/g))
      bare.push(`${file}: role="${m[1]}"`);
  }
  expect(bare).toEqual([]);
});
