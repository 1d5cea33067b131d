#!/usr/bin/env node
// Builds miniprogram/miniprogram_npm/ from the root package.json's dependencies, the same
// thing WeChat DevTools' "Tools -> Build npm" does, but offline and without an appid key.
// Runs from `postinstall`, so `npm ci` leaves a project DevTools and the page tests can load.
// Only `dependencies` are packed (devDependencies never reach the phone).
'use strict';
const fs = require('fs');
const path = require('path');

const root = path.join(__dirname, '..');
const distDir = path.join(root, 'miniprogram');
const outDir = path.join(distDir, 'miniprogram_npm');

async function main() {
  let ci;
  try {
    ci = require('miniprogram-ci');
  } catch {
    // `npm ci --omit=dev` has no miniprogram-ci: nothing to build with, and nothing to test.
    console.warn('[pack-npm] miniprogram-ci is not installed; skipping miniprogram_npm build');
    return;
  }
  // Start clean so a removed dependency does not linger in the package.
  fs.rmSync(outDir, { recursive: true, force: true });
  const started = Date.now();
  const result = await ci.packNpmManually({
    packageJsonPath: path.join(root, 'package.json'),
    miniprogramNpmDistDir: distDir,
  });
  const warnings = (result && result.warnList) || [];
  for (const w of warnings) {
    console.warn('[pack-npm] warning:', typeof w === 'string' ? w : JSON.stringify(w));
  }
  if (!fs.existsSync(path.join(outDir, '@vant', 'weapp', 'button', 'index.js'))) {
    throw new Error('miniprogram_npm/@vant/weapp was not produced');
  }
  console.log(
    `[pack-npm] miniprogram/miniprogram_npm built in ${Date.now() - started} ms ` +
      `(miniprogram packages: ${result.miniProgramPackNum}, other: ${result.otherNpmPackNum})`,
  );
}

main().catch((err) => {
  console.error('[pack-npm] failed:', err && err.stack ? err.stack : err);
  process.exit(1);
});
