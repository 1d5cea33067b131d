#!/usr/bin/env node
// Second half of `npm run screenshots` (see scripts/screenshots.ts): shoot each rendered HTML
// file to a PNG with the system Chromium through playwright-core. No browser is downloaded and
// no network is used: every request except file:// is refused.
//   node scripts/screenshots-shoot.js MANIFEST.json
// MANIFEST: {"width":375,"height":812,"shots":[{"html": "/abs/x.html", "png": "/abs/x.png"}]}
'use strict';
const fs = require('fs');
const os = require('os');
const path = require('path');
const { pathToFileURL } = require('url');

const CHROMIUM = '/usr/bin/chromium';

async function main() {
  if (!fs.existsSync(CHROMIUM)) {
    console.error(
      `Screenshots need the system Chromium at ${CHROMIUM}.\n` +
        'Install it with: sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk',
    );
    process.exit(2);
  }
  const manifest = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
  const { chromium } = require('playwright-core');
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'nc-shots-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
    viewport: { width: manifest.width, height: manifest.height },
    deviceScaleFactor: 2,
    offline: true,
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    for (const shot of manifest.shots) {
      const dark = /-dark\.png$/.test(shot.png);
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(pathToFileURL(shot.html).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      fs.mkdirSync(path.dirname(shot.png), { recursive: true });
      await page.screenshot({ path: shot.png, fullPage: false });
    }
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
