/**
 * The configuration WeChat reads before any code runs: app.json, theme.json, sitemap.json and
 * every page/component .json. Mistakes here fail only on a phone or in DevTools (a page file
 * missing, a usingComponents path with a typo that miniprogram-simulate silently renders as an
 * unknown tag, a @theme variable missing in dark mode), so they are checked here. Files are
 * found at test time, so pages and components added later are covered.
 */
import * as fs from 'fs';
import * as path from 'path';

const ROOT = path.resolve(__dirname, '..', '..', 'miniprogram');
const readJson = (rel: string) => JSON.parse(fs.readFileSync(path.join(ROOT, rel), 'utf8'));
const exists = (rel: string) => fs.existsSync(path.join(ROOT, rel));

interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
  window?: Record<string, unknown>;
  tabBar?: Record<string, unknown> & { list: { pagePath: string; text: string }[] };
  themeLocation?: string;
  sitemapLocation?: string;
  usingComponents?: Record<string, string>;
}

const app: AppJson = readJson('app.json');
const subpackages = app.subpackages ?? app.subPackages ?? [];
const pages = [
  ...app.pages,
  ...subpackages.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p))),
];

function walkJson(dir: string, out: string[] = []): string[] {
  for (const e of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true })) {
    if (e.name === 'miniprogram_npm' || e.name.startsWith('.')) continue;
    const rel = path.posix.join(dir, e.name);
    if (e.isDirectory()) walkJson(rel, out);
    else if (
      e.name.endsWith('.json') &&
      fs.existsSync(path.join(ROOT, rel.replace(/\.json$/, '.wxml')))
    ) {
      out.push(rel);
    }
  }
  return out;
}
// Every page or component definition: a .json with a .wxml beside it.
const componentJsons = walkJson('.').map((f) => f.replace(/^\.\//, ''));

describe('app.json', () => {
  test('every page has its .json, .wxml and a .ts (or .js)', () => {
    const missing = pages.flatMap((p) =>
      ['.json', '.wxml'].filter((ext) => !exists(p + ext)).map((ext) => p + ext),
    );
    missing.push(
      ...pages.filter((p) => !exists(p + '.ts') && !exists(p + '.js')).map((p) => `${p}.ts`),
    );
    expect(missing).toEqual([]);
  });

  test('tab bar pages are main-package pages', () => {
    for (const t of app.tabBar?.list ?? []) expect(app.pages).toContain(t.pagePath);
  });

  test('sitemap and theme files exist', () => {
    expect(exists(app.sitemapLocation ?? 'sitemap.json')).toBe(true);
    expect(app.themeLocation && exists(app.themeLocation)).toBeTruthy();
  });

  test('every @variable used in app.json is defined for light and dark', () => {
    const theme = readJson(app.themeLocation ?? 'theme.json') as Record<
      'light' | 'dark',
      Record<string, string>
    >;
    const used = new Set<string>();
    const collect = (v: unknown) => {
      if (typeof v === 'string' && v.startsWith('@')) used.add(v.slice(1));
      else if (v && typeof v === 'object') Object.values(v).forEach(collect);
    };
    collect(app.window);
    collect(app.tabBar);
    for (const json of componentJsons) collect(readJson(json));
    const missing = [...used].flatMap((name) =>
      (['light', 'dark'] as const)
        .filter((mode) => !(name in (theme[mode] ?? {})))
        .map((mode) => `${mode}.${name}`),
    );
    expect(missing).toEqual([]);
  });
});

describe('usingComponents paths resolve', () => {
  const rows = [
    ...componentJsons.map((f) => [f, readJson(f).usingComponents ?? {}] as const),
    ['app.json', app.usingComponents ?? {}] as const,
  ];
  test.each(rows)('%s', (jsonFile, using) => {
    const broken = Object.entries(using as Record<string, string>)
      .filter(([, target]) => !target.startsWith('plugin://'))
      .filter(([, target]) => {
        const rel = target.startsWith('/')
          ? target.slice(1)
          : path.posix.join(path.posix.dirname(jsonFile), target);
        return !exists(rel + '.json');
      })
      .map(([tag, target]) => `${tag} -> ${target}`);
    expect(broken).toEqual([]);
  });
});
