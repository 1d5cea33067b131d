/**
 * Every .wxml, .wxs and .wxss under miniprogram/ (miniprogram_npm excluded) must compile with
 * WeChat's official compilers (wcc / wcsc from miniprogram-compiler, the ones DevTools and
 * miniprogram-simulate use). Files are found at test time, so pages and components added later
 * are checked without touching this test. A failure shows the compiler's own message.
 */
import { spawnSync } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', 'miniprogram');
const BIN_DIR = path.join(
  path.dirname((require as unknown as NodeJS.Require).resolve('miniprogram-compiler/package.json')),
  'bin',
  process.platform === 'darwin' ? 'mac' : process.platform === 'win32' ? 'windows' : 'linux',
);
const EXE = process.platform === 'win32' ? '.exe' : '';
const WCC = path.join(BIN_DIR, 'wcc' + EXE);
const WCSC = path.join(BIN_DIR, 'wcsc' + EXE);

function walk(dir: string, out: string[] = []): string[] {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (
      entry.name === 'miniprogram_npm' ||
      entry.name === 'node_modules' ||
      entry.name.startsWith('.')
    )
      continue;
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) walk(full, out);
    else out.push(path.relative(ROOT, full).split(path.sep).join('/'));
  }
  return out;
}

const files = walk(ROOT).sort();
const wxml = files.filter((f) => f.endsWith('.wxml'));
const wxss = files.filter((f) => f.endsWith('.wxss'));
const wxs = files.filter((f) => f.endsWith('.wxs'));

/** Files a template or style pulls in (import/include/wxs src, @import), transitively. */
function withDependencies(file: string, pattern: RegExp): string[] {
  const seen = new Set<string>();
  const queue = [file];
  while (queue.length) {
    const f = queue.shift()!;
    if (seen.has(f)) continue;
    seen.add(f);
    let text: string;
    try {
      text = fs.readFileSync(path.join(ROOT, f), 'utf8');
    } catch {
      continue; // the compiler will say the file is missing
    }
    for (const m of text.matchAll(pattern)) {
      const ref = m[1];
      const resolved = ref.startsWith('/')
        ? ref.slice(1)
        : path.posix.join(path.posix.dirname(f), ref);
      const withExt = path.posix.extname(resolved) ? resolved : resolved + '.wxml';
      if (fs.existsSync(path.join(ROOT, withExt))) queue.push(path.posix.normalize(withExt));
    }
  }
  return [...seen];
}

const WXML_REFS = /<(?:import|include|wxs)\b[^>]*\bsrc\s*=\s*["']([^"'{}]+)["']/g;
const WXSS_REFS = /@import\s+(?:url\()?["']([^"']+)["']/g;

function run(
  bin: string,
  args: string[],
): { status: number | null; stderr: string; error?: Error } {
  const r = spawnSync(bin, args, { cwd: ROOT, maxBuffer: 64 * 1024 * 1024 });
  return {
    status: r.status,
    stderr: `${r.stderr ?? ''}`.trim() || `${r.stdout ?? ''}`.slice(0, 500),
    error: r.error,
  };
}

beforeAll(() => {
  // npm does not keep the executable bit on every install path; the compiler package sets it
  // the same way before use.
  for (const bin of [WCC, WCSC]) {
    try {
      fs.chmodSync(bin, 0o755);
    } catch {
      /* read-only install: spawn will report it */
    }
  }
});

test('the app has templates and styles to check', () => {
  expect(wxml.length).toBeGreaterThan(0);
  expect(wxss).toContain('app.wxss');
});

describe('wcc compiles every .wxml', () => {
  test.each(wxml)('%s', (file) => {
    const deps = withDependencies(file, WXML_REFS);
    const r = run(WCC, ['-d', ...deps]);
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`wcc could not compile ${file}:\n${r.stderr}`);
  });
});

describe('wcc compiles every .wxs', () => {
  // (test.each needs at least one row; an app without .wxs has nothing to check here)
  const rows = wxs.length ? wxs : ['(none)'];
  test.each(rows)('%s', (file) => {
    if (file === '(none)') return;
    const r = run(WCC, ['-d', file]);
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`wcc could not compile ${file}:\n${r.stderr}`);
  });
});

describe('wcsc compiles every .wxss', () => {
  test.each(wxss)('%s', (file) => {
    const deps = withDependencies(file, WXSS_REFS);
    const r = run(WCSC, ['-db', ...deps]);
    if (r.error) throw r.error;
    if (r.status !== 0) throw new Error(`wcsc could not compile ${file}:\n${r.stderr}`);
  });
});

test('all templates compile together, as WeChat builds them', () => {
  const r = run(WCC, ['-d', ...wxml, ...wxs]);
  if (r.error) throw r.error;
  if (r.status !== 0)
    throw new Error(`wcc could not compile the app's templates together:\n${r.stderr}`);
});
