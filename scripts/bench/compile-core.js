'use strict';
// Transpiles miniprogram/core to plain CommonJS in a temporary folder, the way the app ships it
// (JS, no TypeScript at run time), so load time under --jitless measures only what a phone runs.
// Also writes bundle.js: the files check.js reaches, each wrapped in define() in one file, as
// WeChat's packager ships them (app-service.js): one script to parse, a module body runs on its
// first require, and no per-file lookups that only Node's loader makes.
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const ts = require('typescript');

const REPO = path.resolve(__dirname, '../..');

/** `coreDir`: another copy of miniprogram/core to compile (bench:startup --against REF). */
function compileCore(coreDir) {
  const repo = path.resolve(__dirname, '..', '..');
  const root = coreDir || path.join(repo, 'miniprogram', 'core');
  // Inside the repository, so the compiled files still find node_modules (tldts, js-sha256).
  const cache = path.join(repo, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const out = fs.mkdtempSync(path.join(cache, 'core-js-'));
  const compiled = new Map();
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (e.name.endsWith('.ts') && !e.name.endsWith('.d.ts')) {
        const js = ts.transpileModule(fs.readFileSync(p, 'utf8'), {
          fileName: p,
          compilerOptions: {
            module: ts.ModuleKind.CommonJS,
            target: ts.ScriptTarget.ES2017,
            esModuleInterop: true,
          },
        }).outputText;
        const rel = path.relative(root, p).replace(/\.ts$/, '.js').split(path.sep).join('/');
        compiled.set(rel, js);
        const dest = path.join(out, rel);
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        fs.writeFileSync(dest, js);
      }
    }
  };
  walk(root);
  fs.writeFileSync(path.join(out, 'bundle.js'), bundle(compiled, 'check.js'));
  return out;
}

function resolveRel(from, id) {
  const parts = from.split('/');
  parts.pop();
  for (const s of id.split('/')) {
    if (s === '..') parts.pop();
    else if (s !== '.') parts.push(s);
  }
  const n = parts.join('/');
  return n.endsWith('.js') ? n : n + '.js';
}

/** The modules `entry` reaches through relative requires, in one define()-per-module script. */
function bundle(compiled, entry) {
  const reached = new Set();
  const visit = (name) => {
    if (reached.has(name)) return;
    if (!compiled.has(name)) throw new Error(`bundle: ${name} not compiled`);
    reached.add(name);
    // Imports compile to require("./x"); a lazy require written in the source keeps its quotes.
    for (const m of compiled.get(name).matchAll(/require\((["'])(\.[^"']+)\1\)/g))
      visit(resolveRel(name, m[2]));
  };
  visit(entry);
  let s =
    'var __defs = {}, __mods = {};\n' +
    'function define(name, factory) { __defs[name] = factory; }\n' +
    'function __require(from, id) {\n' +
    "  if (id[0] !== '.') return require(id);\n" +
    '  var parts = from.split("/"); parts.pop();\n' +
    '  id.split("/").forEach(function (s) { if (s === "..") parts.pop(); else if (s !== ".") parts.push(s); });\n' +
    '  var name = parts.join("/"); if (name.slice(-3) !== ".js") name += ".js";\n' +
    '  var m = __mods[name]; if (m) return m.exports;\n' +
    '  m = __mods[name] = { exports: {} };\n' +
    '  __defs[name](function (x) { return __require(name, x); }, m, m.exports);\n' +
    '  return m.exports;\n' +
    '}\n';
  for (const name of reached)
    s += `define(${JSON.stringify(name)}, function (require, module, exports) {\n${compiled.get(name)}\n});\n`;
  s += `module.exports = __require('', ${JSON.stringify('./' + entry)});\n`;
  return s;
}

/** miniprogram/core as of git `ref`, in a temporary folder inside the repository. */
function checkout(ref) {
  const rev = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (rev.status !== 0) throw new Error(`--against ${ref}: not a commit in this repository`);
  const has = spawnSync('git', ['cat-file', '-e', `${ref}:miniprogram/core/check.ts`], {
    cwd: REPO,
  });
  if (has.status !== 0)
    throw new Error(`--against ${ref}: that commit has no miniprogram/core/check.ts`);
  const src = fs.mkdtempSync(path.join(REPO, 'node_modules', '.cache', 'core-ref-'));
  const tar = spawnSync('sh', ['-c', `git archive ${ref} miniprogram/core | tar -x -C ${src}`], {
    cwd: REPO,
    encoding: 'utf8',
  });
  if (tar.status !== 0) throw new Error(`--against ${ref}: git archive failed: ${tar.stderr}`);
  return src;
}

module.exports = { compileCore, bundle, resolveRel, checkout };
