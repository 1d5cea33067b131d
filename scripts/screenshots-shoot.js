#!/usr/bin/env node
// Second half of `npm run screenshots` (see scripts/screenshots.ts): shoot each rendered HTML
// file to a PNG with the system Chromium through playwright-core. No browser is downloaded and
// no network is used: every request except file:// is refused.
//   node scripts/screenshots-shoot.js MANIFEST.json
// MANIFEST: {"width":375,"height":647,"tabHeight":50,"report":"/abs/first-screen.md",
//   "shots":[{"html": "/abs/x.html", "png": "/abs/x.png", "first": ["save"]}]}
// Each page is shot full length. Before that, at the first-screen size (a 375×667 phone less
// its status bar), the elements listed in `first` (marked data-shot-id) are measured: they
// must end above the tab bar without scrolling. The results go to the report file.
/* global window, document */
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
    // 1x keeps full-length PNGs of long pages small enough to commit.
    deviceScaleFactor: 1,
    offline: true,
  });
  try {
    const page = context.pages()[0] || (await context.newPage());
    await page.route('**/*', (route) =>
      route.request().url().startsWith('file:') ? route.continue() : route.abort(),
    );
    const rows = [];
    let failed = 0;
    for (const shot of manifest.shots) {
      const dark = /-dark\.png$/.test(shot.png);
      await page.setViewportSize({ width: manifest.width, height: manifest.height });
      await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
      await page.goto(pathToFileURL(shot.html).href, { waitUntil: 'load' });
      await page.evaluate('document.fonts.ready');
      const measured = await page.evaluate(
        ({ ids, tab }) => {
          const limit = window.innerHeight - (document.querySelector('.pv-tab') ? tab : 0);
          return ids.map((id) => {
            const el = document.querySelector(`[data-shot-id="${id}"]`);
            if (!el) return { id, bottom: null, ok: false, limit };
            const r = el.getBoundingClientRect();
            return { id, bottom: Math.round(r.bottom), ok: r.bottom <= limit + 0.5, limit };
          });
        },
        { ids: shot.first || [], tab: manifest.tabHeight || 0 },
      );
      for (const m of measured) {
        if (!m.ok) failed++;
        rows.push(
          `| ${path.basename(shot.png)} | #${m.id} | ${m.bottom === null ? 'missing' : m.bottom + ' px'} | ${m.limit} px | ${m.ok ? 'yes' : '**no**'} |`,
        );
      }
      const height = await page.evaluate(
        'Math.max(document.documentElement.scrollHeight, document.body.scrollHeight)',
      );
      await page.setViewportSize({
        width: manifest.width,
        height: Math.max(manifest.height, Math.ceil(height)),
      });
      fs.mkdirSync(path.dirname(shot.png), { recursive: true });
      await page.screenshot({ path: shot.png, fullPage: false });
    }
    if (manifest.report) {
      fs.writeFileSync(
        manifest.report,
        [
          '# First screen without scrolling (`npm run screenshots`)',
          '',
          `Measured in Chromium at ${manifest.width}×${manifest.height} px: a 375×667 phone less its`,
          '20 px status bar, with the 44 px navigation bar (and the 50 px tab bar on tab pages).',
          'Each element must end above the tab bar (the limit) without scrolling.',
          '',
          '| screenshot | element | bottom | limit | on the first screen |',
          '| --- | --- | --- | --- | --- |',
          ...rows,
          '',
        ].join('\n'),
      );
    }
    console.log(
      failed ? `first screen: ${failed} element(s) below the fold` : 'first screen: all in view',
    );
  } finally {
    await context.close();
    fs.rmSync(profile, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(e);
  process.exit(1);
});
