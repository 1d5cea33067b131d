// Reads the package WeChat would upload (the output of scripts/compile.js) and checks it the
// way the client will load it. Used by test/unit/official-compile.test.ts and scripts/size.js.
'use strict';
const fs = require('fs');
const path = require('path');

/** Every file under dir, as posix paths relative to it. */
function listFiles(dir) {
  const out = [];
  const walk = (d) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const abs = path.join(d, e.name);
      if (e.isDirectory()) walk(abs);
      else out.push(path.relative(dir, abs).split(path.sep).join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

function readPackage(dir) {
  const files = new Set(listFiles(dir));
  const read = (f) => fs.readFileSync(path.join(dir, f), 'utf8');
  const app = JSON.parse(read('app.json'));
  const subpackages = (app.subpackages || app.subPackages || []).map((s) => ({
    name: s.name || s.root,
    root: s.root.replace(/^\/|\/$/g, ''),
    independent: !!s.independent,
    pages: (s.pages || []).map((p) => `${s.root.replace(/^\/|\/$/g, '')}/${p}`),
  }));
  return { dir, files, read, app, subpackages };
}

/** '' for the main package, else the subpackage root a file belongs to. */
function packageOf(pkg, file) {
  const sub = pkg.subpackages.find((s) => file.startsWith(`${s.root}/`));
  return sub ? sub.root : '';
}

/** May code in package `from` load a file of package `to`? (WeChat's subpackage rule.) */
function mayReach(pkg, from, to) {
  if (from === to) return true;
  if (to !== '') return false; // a subpackage's files are not loaded from elsewhere
  const sub = pkg.subpackages.find((s) => s.root === from);
  return !sub || !sub.independent; // independent subpackages cannot use the main package
}

const norm = (p) => path.posix.normalize(p).replace(/^\/+/, '');
const escapes = (p) => p === '..' || p.startsWith('../');

/**
 * Resolve require(spec) from `file` as WeChat's module loader does: a relative (or
 * root-absolute) path names a file, '.js' appended when missing, never a folder; a bare name is
 * looked up in the nearest miniprogram_npm (a package name alone means its index.js).
 */
function resolveRequire(pkg, file, spec) {
  if (spec.startsWith('.') || spec.startsWith('/')) {
    const base = spec.startsWith('/') ? spec : path.posix.join(path.posix.dirname(file), spec);
    if (escapes(path.posix.normalize(base))) return null;
    const target = norm(base);
    const withJs = target.endsWith('.js') ? target : `${target}.js`;
    return pkg.files.has(withJs) ? withJs : null;
  }
  const parts = spec.split('/');
  const nameLen = spec.startsWith('@') ? 2 : 1;
  const sub = parts.slice(nameLen).join('/');
  let dir = path.posix.dirname(file);
  for (;;) {
    const npm = norm(path.posix.join(dir, 'miniprogram_npm', parts.slice(0, nameLen).join('/')));
    const cands = sub
      ? [`${npm}/${sub}.js`, `${npm}/${sub}`, `${npm}/${sub}/index.js`]
      : [`${npm}/index.js`];
    const hit = cands.find((c) => c.endsWith('.js') && pkg.files.has(c));
    if (hit) return hit;
    if (dir === '.' || dir === '') return null;
    dir = path.posix.dirname(dir);
  }
}

/**
 * Literal require("...") calls in a compiled script. Bundled npm packages also call require
 * with a variable (their loader's fallback for externals); those cannot be checked statically
 * and are not listed. js-sha256 reaches Node's crypto through an eval'd require only when it
 * runs under Node, so it has no literal require either.
 */
function literalRequires(code) {
  return [...code.matchAll(/(?<![\w$.])require\(\s*(['"])([^'"]+)\1\s*\)/g)].map((m) => m[2]);
}

/** Every literal require that the client could not satisfy. */
function requireProblems(pkg) {
  const problems = [];
  for (const file of pkg.files) {
    if (!file.endsWith('.js')) continue;
    for (const spec of literalRequires(pkg.read(file))) {
      const target = resolveRequire(pkg, file, spec);
      if (!target) problems.push(`${file}: require("${spec}") does not name a file in the package`);
      else if (!mayReach(pkg, packageOf(pkg, file), packageOf(pkg, target)))
        problems.push(`${file}: require("${spec}") reaches ${target} in another subpackage`);
    }
  }
  return problems;
}

/** usingComponents value → component base path (no extension), or null. */
function resolveComponent(pkg, jsonFile, spec) {
  if (spec.startsWith('plugin://') || spec.startsWith('plugin-private://')) return null;
  const dir = path.posix.dirname(jsonFile);
  const tryBase = (b) => (pkg.files.has(`${b}.json`) ? b : null);
  if (spec.startsWith('/')) return tryBase(norm(spec));
  if (spec.startsWith('.')) return tryBase(norm(path.posix.join(dir, spec)));
  for (let d = dir; ; d = path.posix.dirname(d)) {
    const base = norm(path.posix.join(d, 'miniprogram_npm', spec));
    const hit = tryBase(base) || tryBase(`${base}/index`);
    if (hit) return hit;
    if (d === '.' || d === '') return null;
  }
}

/**
 * Pages of app.json and every component they use (recursively): each must be in the output
 * with its script, template and config, and a component used from a package must be loadable
 * from it. Returns { problems, units } (units: base paths of every page and component).
 */
function unitProblems(pkg) {
  const problems = [];
  const units = new Set();
  const pages = [...(pkg.app.pages || []), ...pkg.subpackages.flatMap((s) => s.pages)];
  const stack = pages.map((p) => ({ base: p, from: 'app.json', owner: packageOf(pkg, p) }));
  if (pkg.app.usingComponents) stack.push({ base: 'app', from: 'app.json', owner: '', app: true });
  while (stack.length) {
    const { base, from, owner, app } = stack.pop();
    const key = `${base}|${owner}`;
    if (units.has(key)) continue;
    units.add(key);
    if (!app) {
      for (const ext of ['.js', '.json', '.wxml']) {
        if (!pkg.files.has(base + ext))
          problems.push(`${base}${ext} (used by ${from}) is not in the package`);
      }
      if (!mayReach(pkg, owner, packageOf(pkg, base)))
        problems.push(`${base} (used by ${from}) is in another subpackage`);
    }
    const json = `${base}.json`;
    if (!pkg.files.has(json)) continue;
    const using = JSON.parse(pkg.read(json)).usingComponents || {};
    for (const [tag, spec] of Object.entries(using)) {
      const target = resolveComponent(pkg, json, String(spec));
      if (!target) problems.push(`${json}: <${tag}> "${spec}" is not a component in the package`);
      else stack.push({ base: target, from: json, owner });
    }
  }
  return { problems, units: new Set([...units].map((k) => k.split('|')[0])) };
}

/** <wxs src>, <import src>, <include src> and @import targets that are not in the package. */
function templateProblems(pkg) {
  const problems = [];
  for (const file of pkg.files) {
    const dir = path.posix.dirname(file);
    const at = (src) => norm(src.startsWith('/') ? src : path.posix.join(dir, src));
    if (file.endsWith('.wxml')) {
      for (const m of pkg
        .read(file)
        .matchAll(/<(wxs|import|include)\b[^>]*?\bsrc\s*=\s*(['"])([^'"]+)\2/g)) {
        const target = at(m[3]);
        const cands = [target, `${target}.${m[1] === 'wxs' ? 'wxs' : 'wxml'}`];
        if (!cands.some((c) => pkg.files.has(c)))
          problems.push(`${file}: <${m[1]} src="${m[3]}"> is missing`);
      }
    } else if (file.endsWith('.wxss')) {
      for (const m of pkg.read(file).matchAll(/@import\s+(['"])([^'"]+)\1/g)) {
        if (!pkg.files.has(at(m[2]))) problems.push(`${file}: @import "${m[2]}" is missing`);
      }
    }
  }
  return problems;
}

const REMOTE = /^(?:[a-z][a-z0-9+.-]*:)?\/\//i; // http://, https://, wss://, //host ...
const isData = (u) => /^data:/i.test(u.trim());

/**
 * Every resource the client would fetch from the network when it loads the package, and every
 * local resource path that is not in it: url(...) in WXSS (which covers @font-face src),
 * src="..." in WXML (image, video, audio, web-view...), and strings in WXS (presentation logic,
 * where a picture's address is computed, as van-empty did). data: URLs are inline, not loads.
 */
function resourceProblems(pkg) {
  const problems = [];
  const dirOf = (f) => path.posix.dirname(f);
  const local = (file, ref) => norm(ref.startsWith('/') ? ref : path.posix.join(dirOf(file), ref));
  for (const file of pkg.files) {
    const text = /\.(wxss|wxml|wxs)$/.test(file) ? pkg.read(file) : '';
    if (file.endsWith('.wxss')) {
      for (const m of text.matchAll(/url\(\s*(['"]?)([^'")]*)\1\s*\)/g)) {
        const ref = m[2];
        if (isData(ref)) continue;
        if (REMOTE.test(ref)) problems.push(`${file}: url(${ref}) loads from the network`);
        else if (!pkg.files.has(local(file, ref)))
          problems.push(`${file}: url(${ref}) is not in the package`);
      }
      if (/@font-face\s*\{[^}]*src\s*:(?![^}]*data:)/i.test(text))
        problems.push(`${file}: @font-face loads a font file`);
    } else if (file.endsWith('.wxml')) {
      for (const m of text.matchAll(/\b(?:src|poster|image|icon)\s*=\s*(['"])([^'"]*)\1/g)) {
        const ref = m[2].trim();
        if (!ref || ref.includes('{{') || isData(ref)) continue;
        if (REMOTE.test(ref)) problems.push(`${file}: ${m[0]} loads from the network`);
        else if (
          /[./]/.test(ref) &&
          /\.(png|jpe?g|gif|svg|webp)$/i.test(ref) &&
          !pkg.files.has(local(file, ref))
        )
          problems.push(`${file}: ${m[0]} is not in the package`);
      }
    } else if (file.endsWith('.wxs')) {
      for (const m of text.matchAll(/(['"])((?:(?!\1).)*)\1/g)) {
        const ref = m[2];
        if (REMOTE.test(ref)) problems.push(`${file}: "${ref}" is a network address`);
        else if (/^\/.*\.(png|jpe?g|gif|svg|webp)$/i.test(ref) && !pkg.files.has(norm(ref)))
          problems.push(`${file}: "${ref}" is not in the package`);
      }
    }
  }
  return problems;
}

/**
 * Web addresses anywhere in the package, as `grep -rE '(https?|wss?|ftp)://'` over it would find
 * them (every text file: scripts, templates, styles, configs, SVG pictures). Accepted, and only
 * these: anything under core/directory/ (official sites the directory shows as text, never
 * loaded) and an SVG file's namespace declaration xmlns="http://www.w3.org/2000/svg" (a name
 * the SVG format requires, not a load). Source maps are not uploaded and not read.
 * Returns "file: address" lines.
 */
function addresses(pkg) {
  const out = [];
  for (const file of pkg.files) {
    if (file.endsWith('.map') || file.startsWith('core/directory/')) continue;
    if (!/\.(js|wxs|wxml|wxss|json|svg|html?|txt)$/.test(file)) continue;
    let text = pkg.read(file);
    if (file.endsWith('.svg'))
      text = text.replace(/\bxmlns="http:\/\/www\.w3\.org\/2000\/svg"/g, '');
    for (const m of text.matchAll(/\b(?:https?|wss?|ftp):\/\/[^\s"'`)<>]*/gi))
      out.push(`${file}: ${m[0]}`);
  }
  return out;
}

/**
 * Page addresses written in the app's own code and templates: every "/pages/..." or
 * "/packageRecords/..." string in our scripts, and every <navigator url="...">, must name a
 * route of app.json; a navigator to a tab page must use open-type="switchTab" (or reLaunch),
 * and one to another page must not (the client refuses both, silently for a navigator).
 */
function routeProblems(pkg) {
  const routes = new Set([...(pkg.app.pages || []), ...pkg.subpackages.flatMap((s) => s.pages)]);
  const tabs = new Set(((pkg.app.tabBar && pkg.app.tabBar.list) || []).map((t) => t.pagePath));
  const roots = ['pages', ...pkg.subpackages.map((s) => s.root.split('/')[0])];
  const pathRe = new RegExp(`^/(?:${[...new Set(roots)].join('|')})/[^?#]*`);
  const problems = [];
  for (const file of pkg.files) {
    if (file.startsWith('miniprogram_npm/') || file.startsWith('@babel/')) continue;
    if (file.endsWith('.js')) {
      for (const m of pkg.read(file).matchAll(/(['"`])(\/[^'"`]*)\1/g)) {
        const hit = pathRe.exec(m[2]);
        if (hit && !routes.has(hit[0].slice(1)))
          problems.push(`${file}: "${m[2]}" is not a page of app.json`);
      }
    } else if (file.endsWith('.wxml')) {
      for (const m of pkg.read(file).matchAll(/<navigator\b[^>]*>/g)) {
        const url = /\burl="([^"]*)"/.exec(m[0]);
        if (!url || url[1].includes('{{') || /\btarget="miniProgram"/.test(m[0])) continue;
        const type = (/\bopen-type="([^"]*)"/.exec(m[0]) || [])[1] || 'navigate';
        const route = norm(url[1].split('?')[0]);
        if (!routes.has(route))
          problems.push(`${file}: <navigator url="${url[1]}"> is not a page of app.json`);
        else if (tabs.has(route) && !['switchTab', 'reLaunch'].includes(type))
          problems.push(
            `${file}: <navigator url="${url[1]}"> is a tab page and needs open-type="switchTab"`,
          );
        else if (!tabs.has(route) && type === 'switchTab')
          problems.push(
            `${file}: <navigator url="${url[1]}" open-type="switchTab"> is not a tab page`,
          );
      }
    }
  }
  return problems;
}

/**
 * The language the shipped scripts may use. project.config.json has es6 and enhance off, so
 * WeChat uploads our scripts as written (types stripped, imports made CommonJS) and the npm
 * packages untouched. WeChat for iOS runs them in the system's JavaScriptCore, and WeChat needs
 * iOS 12, whose JavaScriptCore knows ES2018: a newer construct (?., ??, a class field, catch
 * without a binding...) is a syntax error that stops the whole script from loading, a white
 * screen and no checker at all.
 */
const SHIPPED_ECMA_VERSION = 2018;

/**
 * Where the first lookbehind, (?<= or (?<!, starts in a regular-expression pattern (escapes
 * and character classes skipped), or -1. ES2018 has them, but JavaScriptCore only since
 * Safari 16.4 (iOS 16.4): before that a regex literal with one fails the whole script, and a
 * RegExp built from a string throws.
 */
function lookbehindAt(pattern) {
  let inClass = false;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern[i];
    if (c === '\\') i++;
    else if (inClass) inClass = c !== ']';
    else if (c === '[') inClass = true;
    else if (c === '(' && pattern.startsWith('?<', i + 1) && '=!'.includes(pattern[i + 3] || ''))
      return i;
  }
  return -1;
}

/** Why iOS 12 could not build this regular expression, or null (acorn judges the syntax). */
function regexProblem(source, flags) {
  if (lookbehindAt(source) >= 0) return `lookbehind in /${source}/${flags}`;
  try {
    require('acorn').parse(`/${source}/${flags}`, { ecmaVersion: SHIPPED_ECMA_VERSION });
  } catch (e) {
    return `not ES${SHIPPED_ECMA_VERSION}: /${source}/${flags} (${e.message})`;
  }
  return null;
}

/**
 * Every shipped script that iOS 12's JavaScriptCore could not load: not parseable as an
 * ES2018 script (acorn), or holding a lookbehind in a regex literal or in a string (the way a
 * RegExp is built from text). Checks our compiled code and miniprogram_npm alike.
 */
function syntaxProblems(pkg) {
  const acorn = require('acorn');
  const problems = [];
  for (const file of pkg.files) {
    if (!file.endsWith('.js')) continue;
    const code = pkg.read(file);
    const tokens = [];
    try {
      acorn.parse(code, {
        ecmaVersion: SHIPPED_ECMA_VERSION,
        sourceType: 'script',
        onToken: tokens,
      });
    } catch (e) {
      const at = typeof e.pos === 'number' ? e.pos : 0;
      const near = code.slice(Math.max(0, at - 30), at + 30).replace(/\s+/g, ' ');
      problems.push(`${file}: not ES${SHIPPED_ECMA_VERSION} (${e.message}) near "${near}"`);
      continue;
    }
    for (const t of tokens) {
      const label = t.type.label;
      if (label === 'regexp') {
        if (lookbehindAt(t.value.pattern) >= 0)
          problems.push(`${file}: lookbehind in /${t.value.pattern}/${t.value.flags}`);
      } else if ((label === 'string' || label === 'template') && typeof t.value === 'string') {
        const at = lookbehindAt(t.value);
        if (at >= 0)
          problems.push(`${file}: lookbehind in the string "${t.value.slice(at, at + 40)}"`);
      }
    }
  }
  return problems;
}

/**
 * Run a compiled script the way the client loads it: each file a function of (require, module,
 * exports), require resolved by resolveRequire (so a path only the client would miss fails
 * here too). `globals` become extra parameters every file sees, e.g. a RegExp that records the
 * patterns built at run time. Returns the entry's exports.
 */
function loadCompiled(pkg, entry, globals = {}) {
  const names = Object.keys(globals);
  const values = names.map((n) => globals[n]);
  const modules = new Map();
  const load = (file) => {
    const cached = modules.get(file);
    if (cached) return cached.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const run = new Function('require', 'module', 'exports', ...names, pkg.read(file));
    const req = (spec) => {
      const target = resolveRequire(pkg, file, spec);
      if (!target) throw new Error(`${file}: require("${spec}") names no file in the package`);
      return load(target);
    };
    run(req, module, module.exports, ...values);
    return module.exports;
  };
  return load(entry);
}

/** Bytes per package: main ('') and each subpackage root; source maps are not uploaded. */
function sizes(pkg) {
  const out = new Map([['', 0], ...pkg.subpackages.map((s) => [s.root, 0])]);
  for (const file of pkg.files) {
    if (file.endsWith('.map')) continue;
    const bytes = fs.statSync(path.join(pkg.dir, file)).size;
    const p = packageOf(pkg, file);
    out.set(p, out.get(p) + bytes);
  }
  return out;
}

module.exports = {
  listFiles,
  readPackage,
  packageOf,
  resolveRequire,
  literalRequires,
  requireProblems,
  unitProblems,
  templateProblems,
  resourceProblems,
  addresses,
  routeProblems,
  SHIPPED_ECMA_VERSION,
  lookbehindAt,
  regexProblem,
  syntaxProblems,
  loadCompiled,
  sizes,
};

// `node scripts/compiled-package.js DIR`: list what the client could not load in a compiled
// package (DIR as written by scripts/compile.js); exit status 1 if anything.
if (require.main === module) {
  const pkg = readPackage(
    path.resolve(process.argv[2] || path.join(__dirname, '..', '.cache', 'compiled')),
  );
  const problems = [
    ...requireProblems(pkg),
    ...unitProblems(pkg).problems,
    ...templateProblems(pkg),
    ...resourceProblems(pkg),
    ...addresses(pkg),
    ...routeProblems(pkg),
    ...syntaxProblems(pkg),
  ];
  for (const p of problems) console.log(p);
  console.log(`${problems.length} problem(s) in ${pkg.files.size} files`);
  process.exit(problems.length ? 1 : 0);
}
