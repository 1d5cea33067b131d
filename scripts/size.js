#!/usr/bin/env node
// `npm run size`: the size of the package WeChat would upload, measured on the real compiled
// output. It compiles the project with WeChat's own compiler (scripts/compile.js: miniprogram-ci,
// offline, with project.config.json's settings: minified JS/WXML/WXSS, unused files left out)
// into .cache/compiled/, then sums the bytes of each file per package. WeChat zips the upload,
// and counts the package size before zipping; *.map files are not uploaded and not counted.
//
//   npm run size                      compile, then measure
//   npm run size -- --compiled DIR    measure an existing compile (scripts/compile.js DIR)
//
// Files under a subpackage root belong to that subpackage; every other file is in the main
// package (WeChat's rule). Exit status 1 when the main package is over the budget.
'use strict';
const fs = require('fs');
const path = require('path');
const { spawnSync } = require('child_process');
const { readPackage, packageOf, sizes } = require('./compiled-package');

const ROOT = path.join(__dirname, '..');
const BUDGET = 1000000;
const HARD_LIMIT = 2 * 1024 * 1024;
const SUBPACKAGE_LIMIT = 2 * 1024 * 1024;

function compiledDir() {
  const at = process.argv.indexOf('--compiled');
  if (at >= 0) return path.resolve(process.argv[at + 1]);
  const dir = path.join(ROOT, '.cache', 'compiled');
  const r = spawnSync(process.execPath, [path.join(__dirname, 'compile.js'), dir], {
    stdio: ['ignore', 'inherit', 'pipe'],
    encoding: 'utf8',
  });
  if (r.status !== 0) {
    process.stderr.write(r.stderr.slice(-4000));
    process.exit(r.status || 1);
  }
  return dir;
}

function areaOf(file) {
  const parts = file.split('/');
  if (parts[0] === 'miniprogram_npm') {
    return parts[1].startsWith('@')
      ? `miniprogram_npm/${parts[1]}/${parts[2]}`
      : `miniprogram_npm/${parts[1]}`;
  }
  if (parts.length === 1) return 'app shell (app.*, sitemap, theme, project config)';
  if (parts[0] === 'pages' || parts[0] === 'components') return `${parts[0]}/${parts[1]}`;
  return parts[0];
}

function main() {
  const pkg = readPackage(compiledDir());
  const fmt = (n) => n.toLocaleString('en-US').padStart(11);
  const bytesOf = (f) => fs.statSync(path.join(pkg.dir, f)).size;

  const areas = new Map();
  const byExt = new Map();
  let files = 0;
  for (const f of pkg.files) {
    if (f.endsWith('.map') || packageOf(pkg, f) !== '') continue;
    files += 1;
    const a = areas.get(areaOf(f)) || { bytes: 0, files: 0 };
    a.bytes += bytesOf(f);
    a.files += 1;
    areas.set(areaOf(f), a);
    const e = path.extname(f);
    byExt.set(e, (byExt.get(e) || 0) + bytesOf(f));
  }
  const perPackage = sizes(pkg);
  const total = perPackage.get('');

  console.log(`Main package, as compiled by miniprogram-ci (${pkg.dir})\n`);
  console.log(`${'area'.padEnd(52)} ${'files'.padStart(5)} ${'bytes'.padStart(11)}`);
  for (const [a, v] of [...areas].sort((x, y) => y[1].bytes - x[1].bytes))
    console.log(`${a.padEnd(52)} ${String(v.files).padStart(5)} ${fmt(v.bytes)}`);
  console.log(`${'-'.repeat(52)} ${'-'.repeat(5)} ${'-'.repeat(11)}`);
  console.log(`${'total'.padEnd(52)} ${String(files).padStart(5)} ${fmt(total)}`);
  console.log(
    `by kind: ${[...byExt]
      .sort((x, y) => y[1] - x[1])
      .map(([e, b]) => `${e} ${b.toLocaleString('en-US')}`)
      .join(', ')}`,
  );
  console.log(
    `\nbudget ${BUDGET.toLocaleString('en-US')} bytes: ${((total / BUDGET) * 100).toFixed(1)}% used` +
      ` (WeChat's hard limit for the main package is ${HARD_LIMIT.toLocaleString('en-US')})`,
  );
  console.log('\nSubpackages');
  for (const s of pkg.subpackages) {
    const bytes = perPackage.get(s.root);
    console.log(`${`${s.name} (${s.root})`.padEnd(52)} ${''.padStart(5)} ${fmt(bytes)}`);
    if (bytes > SUBPACKAGE_LIMIT) console.log("  over WeChat's 2 MB subpackage limit");
  }
  if (total > BUDGET) {
    console.error(`\nOVER BUDGET by ${(total - BUDGET).toLocaleString('en-US')} bytes`);
    process.exit(1);
  }
}

main();
