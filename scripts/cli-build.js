'use strict';
// The CLI runs precompiled JavaScript: scripts/check.ts and the core/ files it reaches, each
// transpiled once into one define()-per-module bundle in node_modules/.cache/cli/. `npm ci`
// builds it (postinstall); a run that finds it missing or older than a source rebuilds it
// first (about a second), so an edited checker never runs stale code. Checking costs one stat
// per source file; a run never loads TypeScript or hashes sources unless it must rebuild.
//   node scripts/cli-build.js     build now (prints where)
const fs = require('fs');
const path = require('path');

const ROOT = path.resolve(__dirname, '..');
/** The CLI; tests pass another tree. */
const CLI = {
  root: ROOT,
  entry: 'scripts/check.ts',
  cache: path.join(ROOT, 'node_modules', '.cache', 'cli'),
};

/** What a build depends on beyond the sources: this builder and the compiler (a stat each). */
function toolKey() {
  const key = (file) => {
    try {
      const s = fs.statSync(file);
      return `${s.size}:${s.mtimeMs}`;
    } catch {
      return 'none';
    }
  };
  const options = path.join(__dirname, 'transpile-ts.js');
  return `${key(__filename)}/${key(options)}/${key(path.join(ROOT, 'node_modules', 'typescript', 'package.json'))}`;
}

/** The bundle's path if it is there and no source changed since it was built, else null. */
function freshBundle(at = CLI) {
  let m;
  try {
    m = JSON.parse(fs.readFileSync(path.join(at.cache, 'manifest.json'), 'utf8'));
  } catch {
    return null;
  }
  try {
    if (m.tool !== toolKey() || m.entry !== at.entry) return null;
    for (const [rel, size, mtime] of m.files) {
      const s = fs.statSync(path.join(at.root, rel));
      if (s.size !== size || s.mtimeMs !== mtime) return null;
    }
    const file = path.join(at.cache, m.bundle);
    return fs.existsSync(file) ? file : null;
  } catch {
    return null; // a source was removed
  }
}

const REQUIRE = /require\((["'])(\.[^"']+)\1\)/g;

/** Transpiles every file the entry reaches; returns the bundle's path. */
function build(at = CLI) {
  let ts;
  try {
    ts = require('typescript');
  } catch {
    throw new Error('the CLI needs the dev dependencies to build once: run `npm ci`');
  }
  // Loads TypeScript too: only a build may pay for it.
  const { bundle, resolveRel } = require('./bench/compile-core');
  const { transpile } = require('./transpile-ts');
  const compiled = new Map(); // 'miniprogram/core/check.js' → its JS
  const files = [];
  const visit = (relJs) => {
    if (compiled.has(relJs)) return;
    const relTs = relJs.replace(/\.js$/, '.ts');
    const abs = path.join(at.root, relTs);
    const st = fs.statSync(abs);
    files.push([relTs, st.size, st.mtimeMs]);
    const src = fs.readFileSync(abs, 'utf8');
    // The same transpile as run-ts.js's, so the CLI runs exactly what run-ts.js ran.
    const js = transpile(ts, src, abs);
    compiled.set(relJs, js);
    for (const m of js.matchAll(REQUIRE)) visit(resolveRel(relJs, m[2]));
  };
  const entryJs = at.entry.replace(/\.ts$/, '.js');
  visit(entryJs);
  const text = bundle(compiled, entryJs);
  const cache = at.cache;
  const manifest = path.join(cache, 'manifest.json');
  fs.mkdirSync(cache, { recursive: true });
  // Written under a new name, then the manifest renamed over the old one: a CLI started while
  // another one builds reads either the old complete build or the new one, never half a file.
  const name = `check-${process.pid}-${Date.now()}.js`;
  fs.writeFileSync(path.join(cache, name), text);
  const tmp = `${manifest}.${process.pid}`;
  fs.writeFileSync(tmp, JSON.stringify({ tool: toolKey(), entry: at.entry, bundle: name, files }));
  fs.renameSync(tmp, manifest);
  for (const f of fs.readdirSync(cache))
    if (f.startsWith('check-') && f !== name) {
      const age = Date.now() - fs.statSync(path.join(cache, f)).mtimeMs;
      // Another process may have just started on an older build: keep recent ones a while.
      if (age > 60000) fs.rmSync(path.join(cache, f), { force: true });
    }
  return path.join(cache, name);
}

/** The bundle to run: the cached one if fresh, else a new build. */
function cliBundle(at = CLI) {
  return freshBundle(at) || build(at);
}

if (require.main === module) console.log(`CLI built: ${path.relative(ROOT, build())}`);

module.exports = { cliBundle, freshBundle, build };
