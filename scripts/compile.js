#!/usr/bin/env node
// The package WeChat would upload, built by WeChat's own compiler (miniprogram-ci), offline.
//
//   node scripts/compile.js [OUT_DIR] [--project DIR]
//
// writes every file of the compiled package under OUT_DIR (default .cache/compiled) and
// OUT_DIR/../compile-report.json: ci's code-quality results and the schema check of every
// .json config. The compile runs in this process and always ends it with process.exit: ci
// leaves a file watcher open, so it must not run inside jest (the test spawns this script).
'use strict';
const fs = require('fs');
const path = require('path');

const ROOT = path.join(__dirname, '..');
const CI_DIR = path.dirname(require.resolve('miniprogram-ci/package.json'));

/**
 * A ci project that needs neither an appid key nor the network.
 *
 * This is the one workaround, kept here. ci asks WeChat's server for the "project attributes"
 * (size limits, tab-bar limits) with a signature made from the upload key; the ci README says
 * the project object's `attr()` may be supplied instead ("如指定了 privateKey 则会使用真实的项目
 * 属性"), and ci's own offline default is `DefaultProjectAttr` (the public 2 MB / 20 MB limits),
 * so we hand it that. The Project constructor still insists on a non-empty key string; with
 * `attr` supplied the key is never read. Finally ci fetches the upload file-extension whitelist
 * from servicewechat.com; every ci request is made to fail at once, so it falls back to its
 * built-in list (the same list, shipped in ci) and nothing leaves the machine.
 */
function offlineProject(projectPath) {
  const request = require(path.join(CI_DIR, 'dist/utils/request'));
  request.request = async (options) => {
    throw new Error(`offline compile: refused ${options && options.url}`);
  };
  const { DefaultProjectAttr } = require(path.join(CI_DIR, 'dist/config/config'));
  const ci = require('miniprogram-ci');
  const project = new ci.Project({
    appid: 'touristappid',
    type: 'miniProgram',
    projectPath,
    privateKey: 'not-used-because-attr-is-given',
    attr: async () => DefaultProjectAttr,
    ignores: ['node_modules/**/*'],
  });
  return { ci, project };
}

/** Every config the client reads, validated against the JSON schemas ci ships. */
function schemaReport(projectPath, files) {
  const { schemaValidate } = require(
    path.join(CI_DIR, 'dist/modules/corecompiler/original/validate/schemaValidate'),
  );
  const config = JSON.parse(fs.readFileSync(path.join(projectPath, 'project.config.json'), 'utf8'));
  const out = [{ file: 'project.config.json', ...schemaValidate('projectconfig', config) }];
  for (const [file, content] of Object.entries(files)) {
    if (!file.endsWith('.json') || file.startsWith('miniprogram_npm/')) continue;
    let kind = null;
    if (file === 'app.json') kind = 'app';
    else if (file === 'sitemap.json') kind = 'sitemap';
    else if (file === 'theme.json') kind = 'theme';
    else if (file !== 'project.config.json') kind = 'page'; // pages and components
    if (!kind) continue;
    out.push({ file, kind, ...schemaValidate(kind, JSON.parse(String(content))) });
  }
  return out;
}

async function compile(projectPath, outDir) {
  const { ci, project } = offlineProject(projectPath);
  const files = await ci.getCompiledResult({
    project,
    setting: { useProjectConfig: true },
    onProgressUpdate: () => {},
  });
  fs.rmSync(outDir, { recursive: true, force: true });
  for (const [file, content] of Object.entries(files)) {
    const abs = path.join(outDir, file);
    fs.mkdirSync(path.dirname(abs), { recursive: true });
    fs.writeFileSync(abs, content);
  }
  const quality = await ci.checkCodeQuality(project);
  const report = {
    files: Object.keys(files).length,
    quality: quality.map(({ name, success, text }) => ({ name, success, text })),
    schema: schemaReport(projectPath, files),
  };
  fs.writeFileSync(path.join(path.dirname(outDir), 'compile-report.json'), JSON.stringify(report));
  return report;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const at = args.indexOf('--project');
  const projectPath = at >= 0 ? path.resolve(args.splice(at, 2)[1]) : ROOT;
  const outDir = path.resolve(args[0] || path.join(ROOT, '.cache', 'compiled'));
  // ci prints progress on stdout; keep stdout for our one line.
  const log = console.log;
  console.log = (...a) => console.error(...a);
  compile(projectPath, outDir).then(
    (r) => {
      log(`compiled ${r.files} files into ${outDir}`);
      process.exit(0);
    },
    (err) => {
      console.error('[compile] failed:', err && err.stack ? err.stack : err);
      process.exit(1);
    },
  );
}

module.exports = { compile, offlineProject };
