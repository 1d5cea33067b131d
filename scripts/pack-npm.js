#!/usr/bin/env node
// Builds miniprogram/miniprogram_npm/ from the root package.json's dependencies, the same
// thing WeChat DevTools' "Tools -> Build npm" does, but offline and without an appid key.
// Runs from `postinstall`, so `npm ci` leaves a project DevTools and the page tests can load.
// Only `dependencies` are packed (devDependencies never reach the phone).
'use strict';
const fs = require('fs');
const path = require('path');
const { makeOffline } = require('./offline-npm');

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
  // Build into a scratch directory and swap it in, so a rebuild (any `npm install`) never
  // leaves a half-written miniprogram_npm under a test run or DevTools, and a removed
  // dependency does not linger.
  // (The scratch lives outside miniprogram/ so no tool scanning the app sees it, and on the
  // same filesystem so the swap is a rename.)
  const cacheDir = path.join(root, 'node_modules', '.cache');
  fs.mkdirSync(cacheDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(cacheDir, 'pack-npm-'));
  const started = Date.now();
  let result;
  try {
    result = await ci.packNpmManually({
      packageJsonPath: path.join(root, 'package.json'),
      miniprogramNpmDistDir: scratch,
    });
    const built = path.join(scratch, 'miniprogram_npm');
    if (!fs.existsSync(path.join(built, '@vant', 'weapp', 'button', 'index.js'))) {
      throw new Error('miniprogram_npm/@vant/weapp was not produced');
    }
    // Nothing the app shows may come from the network (icon font, empty-state pictures).
    makeOffline(built);
    const old = path.join(scratch, 'old');
    if (fs.existsSync(outDir)) fs.renameSync(outDir, old);
    fs.renameSync(built, outDir);
  } finally {
    fs.rmSync(scratch, { recursive: true, force: true });
  }
  const warnings = (result && result.warnList) || [];
  for (const w of warnings) {
    console.warn('[pack-npm] warning:', typeof w === 'string' ? w : JSON.stringify(w));
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
