#!/usr/bin/env node
// `npm run size`: estimate the main-package upload size of the mini program.
//
// project.config.json sets ignoreUploadUnusedFiles, so WeChat uploads the files the app can
// reach, not the whole folder. This walks what WeChat walks, starting from app.json:
//   - app.{ts,js,json,wxss}, sitemap.json, theme.json;
//   - every page listed in app.json (main package: `pages`; each subpackage: its own);
//   - each page's and component's .js/.ts, .wxml, .wxss, .json, and its `usingComponents`,
//     recursively (including miniprogram_npm components and their internal dependencies);
//   - <wxs src>, <import src>, <include src> in .wxml, require() in .wxs, @import in .wxss;
//   - JS modules reached through require/import, relative ones and miniprogram_npm packages.
// A .ts file counts as the JavaScript WeChat's TypeScript plugin would ship: it is transpiled
// here with typescript.transpileModule (type-only imports disappear, as they do on upload),
// and the modules it requires are read from that output. WXML and WXSS count at their source
// size (WeChat compiles them, so the real figure differs a little); *.map files are not counted.
// project.config.json has minified: true, so the real upload is smaller than this estimate:
// treat the total as an upper bound.
//
// Files under a subpackage root belong to that subpackage; every other reachable file is in the
// main package, even if only a subpackage uses it (that is WeChat's rule).
// Exit status 1 when the main package is over the budget.
'use strict';
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

const ROOT = path.join(__dirname, '..', 'miniprogram');
const BUDGET = 1000000;
const HARD_LIMIT = 2 * 1024 * 1024;
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

const rel = (abs) => path.relative(ROOT, abs).split(path.sep).join('/');
const isFile = (p) => {
  try {
    return fs.statSync(p).isFile();
  } catch {
    return false;
  }
};

/** Byte size as shipped (transpiled for .ts), and the text used to find dependencies. */
const sizeCache = new Map();
function shipped(abs) {
  if (sizeCache.has(abs)) return sizeCache.get(abs);
  let text = fs.readFileSync(abs, 'utf8');
  if (abs.endsWith('.ts')) {
    text = ts.transpileModule(text, {
      fileName: abs,
      compilerOptions: {
        target: ts.ScriptTarget.ES2020,
        module: ts.ModuleKind.CommonJS,
        esModuleInterop: true,
        removeComments: false,
      },
    }).outputText;
  }
  const out = { bytes: Buffer.byteLength(text, 'utf8'), text };
  sizeCache.set(abs, out);
  return out;
}

/** A script module path without extension → the file that exists (.ts wins, as in the app). */
function resolveScript(base) {
  for (const cand of [base, `${base}.ts`, `${base}.js`, `${base}/index.ts`, `${base}/index.js`]) {
    if (isFile(cand) && /\.(ts|js)$/.test(cand)) return cand;
  }
  return null;
}

/** require('x') from a file: relative, absolute-in-app, or a miniprogram_npm package. */
function resolveRequire(spec, fromFile) {
  if (spec.startsWith('.')) return resolveScript(path.resolve(path.dirname(fromFile), spec));
  if (spec.startsWith('/')) return resolveScript(path.join(ROOT, spec));
  // Bare specifier: WeChat looks in miniprogram_npm (the nearest one; this app has one).
  const npm = path.join(ROOT, 'miniprogram_npm', spec);
  return resolveScript(npm);
}

/** Component path from usingComponents → base path without extension. */
function resolveComponent(spec, fromJson) {
  if (spec.startsWith('plugin://')) return null;
  let base;
  if (spec.startsWith('/')) base = path.join(ROOT, spec);
  else if (spec.startsWith('.')) base = path.resolve(path.dirname(fromJson), spec);
  else base = path.join(ROOT, 'miniprogram_npm', spec);
  for (const cand of [base, path.join(base, 'index')]) {
    if (isFile(`${cand}.json`) || isFile(`${cand}.wxml`)) return cand;
  }
  return null;
}

const missing = new Set();
/** Node built-ins that packages require only behind a "running in Node?" check (js-sha256). */
const nodeOnly = new Set();
const BUILTINS = new Set(require('module').builtinModules);

/** Walk everything reachable from the given start files. Returns a Set of absolute paths. */
function reach(starts) {
  const seen = new Set();
  const stack = [...starts];
  const add = (abs, from) => {
    if (!abs) return;
    if (!isFile(abs)) {
      missing.add(`${rel(abs)} (from ${rel(from)})`);
      return;
    }
    if (!seen.has(abs)) stack.push(abs);
  };
  const addUnit = (base, from) => {
    // A page or component: script, template, style, config.
    const script = resolveScript(base);
    if (script) add(script, from);
    else missing.add(`${rel(base)}.{ts,js} (from ${rel(from)})`);
    for (const ext of ['.wxml', '.wxss', '.json']) if (isFile(base + ext)) add(base + ext, from);
  };
  while (stack.length) {
    const abs = stack.pop();
    if (seen.has(abs)) continue;
    if (abs.endsWith('.__unit')) {
      addUnit(abs.slice(0, -'.__unit'.length), abs);
      continue;
    }
    seen.add(abs);
    const { text } = shipped(abs);
    const dir = path.dirname(abs);
    if (/\.(ts|js)$/.test(abs)) {
      for (const m of text.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g)) {
        const target = resolveRequire(m[2], abs);
        if (target) add(target, abs);
        else if (BUILTINS.has(m[2].replace(/^node:/, '')))
          nodeOnly.add(`${m[2]} (from ${rel(abs)})`);
        else missing.add(`${m[2]} (from ${rel(abs)})`);
      }
    } else if (abs.endsWith('.wxs')) {
      for (const m of text.matchAll(/\brequire\(\s*(['"])([^'"]+)\1\s*\)/g))
        add(path.resolve(dir, m[2]), abs);
    } else if (abs.endsWith('.wxml')) {
      for (const m of text.matchAll(/<(wxs|import|include)\b[^>]*\bsrc\s*=\s*(['"])([^'"]+)\2/g)) {
        const src = m[3].startsWith('/') ? path.join(ROOT, m[3]) : path.resolve(dir, m[3]);
        add(path.extname(src) ? src : `${src}.wxml`, abs);
      }
    } else if (abs.endsWith('.wxss')) {
      for (const m of text.matchAll(/@import\s+(['"])([^'"]+)\1/g)) {
        const src = m[2].startsWith('/') ? path.join(ROOT, m[2]) : path.resolve(dir, m[2]);
        add(src, abs);
      }
    } else if (abs.endsWith('.json')) {
      let json;
      try {
        json = JSON.parse(text);
      } catch {
        continue;
      }
      const using = (json && json.usingComponents) || {};
      for (const spec of Object.values(using)) {
        const base = resolveComponent(String(spec), abs);
        if (base) stack.push(`${base}.__unit`);
        else missing.add(`component ${spec} (from ${rel(abs)})`);
      }
    }
  }
  return seen;
}

function main() {
  const appJsonPath = path.join(ROOT, 'app.json');
  const app = JSON.parse(fs.readFileSync(appJsonPath, 'utf8'));
  const subpackages = (app.subpackages || app.subPackages || []).map((s) => ({
    name: s.name || s.root,
    root: s.root.replace(/^\/|\/$/g, ''),
    pages: (s.pages || []).map((p) => `${s.root.replace(/\/$/, '')}/${p}`),
  }));

  const appStarts = [appJsonPath, `${path.join(ROOT, 'app')}.__unit`];
  for (const key of ['sitemapLocation', 'themeLocation']) {
    if (app[key]) appStarts.push(path.join(ROOT, app[key]));
  }
  // The tab bar may point at icons; count any that exist.
  for (const item of (app.tabBar && app.tabBar.list) || []) {
    for (const k of ['iconPath', 'selectedIconPath']) {
      if (item[k]) appStarts.push(path.join(ROOT, item[k]));
    }
  }
  const unit = (page) => `${path.join(ROOT, page)}.__unit`;
  const mainReach = reach([...appStarts, ...(app.pages || []).map(unit)]);
  const subReach = subpackages.map((s) => ({ ...s, files: reach(s.pages.map(unit)) }));

  const inRoot = (abs, root) => rel(abs) === root || rel(abs).startsWith(`${root}/`);
  const underAnySub = (abs) => subpackages.some((s) => inRoot(abs, s.root));
  const mainFiles = new Set([...mainReach].filter((f) => !underAnySub(f)));
  for (const s of subReach) for (const f of s.files) if (!underAnySub(f)) mainFiles.add(f);

  const areaOf = (abs) => {
    const r = rel(abs);
    const parts = r.split('/');
    if (parts[0] === 'miniprogram_npm') {
      return parts[1].startsWith('@')
        ? `miniprogram_npm/${parts[1]}/${parts[2]}`
        : `miniprogram_npm/${parts[1]}`;
    }
    if (parts.length === 1) return 'app shell (app.*, sitemap, theme)';
    if (parts[0] === 'pages' || parts[0] === 'components') return `${parts[0]}/${parts[1]}`;
    return parts[0];
  };
  const sum = (files) => [...files].reduce((n, f) => n + shipped(f).bytes, 0);
  const fmt = (n) => n.toLocaleString('en-US').padStart(11);

  const areas = new Map();
  for (const f of mainFiles) {
    const a = areaOf(f);
    const cur = areas.get(a) || { bytes: 0, files: 0 };
    cur.bytes += shipped(f).bytes;
    cur.files += 1;
    areas.set(a, cur);
  }
  const total = sum(mainFiles);

  console.log('Main package (files reachable from app.json; .ts counted as transpiled .js)\n');
  console.log(`${'area'.padEnd(44)} ${'files'.padStart(5)} ${'bytes'.padStart(11)}`);
  for (const [a, v] of [...areas].sort((x, y) => y[1].bytes - x[1].bytes)) {
    console.log(`${a.padEnd(44)} ${String(v.files).padStart(5)} ${fmt(v.bytes)}`);
  }
  const byExt = new Map();
  for (const f of mainFiles) {
    const e = f.endsWith('.ts') ? '.js (from .ts)' : path.extname(f);
    byExt.set(e, (byExt.get(e) || 0) + shipped(f).bytes);
  }
  console.log(`${'-'.repeat(44)} ${'-'.repeat(5)} ${'-'.repeat(11)}`);
  console.log(`${'total'.padEnd(44)} ${String(mainFiles.size).padStart(5)} ${fmt(total)}`);
  console.log(
    `by kind: ${[...byExt]
      .sort((x, y) => y[1] - x[1])
      .map(([e, b]) => `${e} ${b.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  const pct = ((total / BUDGET) * 100).toFixed(1);
  console.log(
    `\nbudget ${BUDGET.toLocaleString('en-US')} bytes: ${pct}% used` +
      ` (WeChat's hard limit for the main package is ${HARD_LIMIT.toLocaleString('en-US')})`,
  );

  if (subReach.length) {
    console.log('\nSubpackages (files under each root; shared files outside a root are in main)');
    for (const s of subReach) {
      const own = [...s.files].filter((f) => inRoot(f, s.root));
      const bytes = sum(own);
      console.log(
        `${`${s.name} (${s.root})`.padEnd(44)} ${String(own.length).padStart(5)} ${fmt(bytes)}`,
      );
      if (bytes > SUBPACKAGE_LIMIT) console.log(`  over WeChat's 2 MB subpackage limit`);
    }
  } else {
    console.log('\nSubpackages: none declared in app.json');
  }

  if (nodeOnly.size) {
    console.log('\nNode built-ins required in Node-only branches (not in the app, not counted):');
    for (const m of [...nodeOnly].sort()) console.log(`  ${m}`);
  }
  if (missing.size) {
    console.log('\nReferenced but not found (not counted):');
    for (const m of [...missing].sort()) console.log(`  ${m}`);
  }

  if (total > BUDGET) {
    console.error(`\nOVER BUDGET by ${(total - BUDGET).toLocaleString('en-US')} bytes`);
    process.exit(1);
  }
}

main();
