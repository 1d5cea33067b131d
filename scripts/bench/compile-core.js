'use strict';
// Transpiles miniprogram/core to plain CommonJS in a temporary folder, the way the app ships it
// (JS, no TypeScript at run time), so load time under --jitless measures only what a phone runs.
const fs = require('fs');
const path = require('path');
const ts = require('typescript');

function compileCore() {
  const repo = path.resolve(__dirname, '..', '..');
  const root = path.join(repo, 'miniprogram', 'core');
  // Inside the repository, so the compiled files still find node_modules (tldts, js-sha256).
  const cache = path.join(repo, 'node_modules', '.cache');
  fs.mkdirSync(cache, { recursive: true });
  const out = fs.mkdtempSync(path.join(cache, 'core-js-'));
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
        const dest = path.join(out, path.relative(root, p)).replace(/\.ts$/, '.js');
        fs.mkdirSync(path.dirname(dest), { recursive: true });
        fs.writeFileSync(dest, js);
      }
    }
  };
  walk(root);
  return out;
}

module.exports = { compileCore };
