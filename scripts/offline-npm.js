// Makes the packed npm packages load nothing from the network (scripts/pack-npm.js runs it on
// the freshly built miniprogram_npm). The app says "本应用不联网" and must work offline:
// - Vant's icon font comes from at.alicdn.com: the @font-face and every font glyph rule go, and
//   each icon the app can show is drawn by a small SVG of ours, inlined as a data: URL and used
//   as a mask over currentColor (so icons keep their colour and size, like the font's glyphs);
// - van-empty's preset pictures come from img.yzcdn.cn: every preset shows a local picture;
// - a library string names a web address (mobx's error help link); the address goes.
// Each rewrite fails loudly when its pattern is missing, so a Vant upgrade cannot quietly bring
// the CDN back; test/unit/official-compile.test.ts checks the compiled package for any URL.
'use strict';
const fs = require('fs');
const path = require('path');

const stroke = (d, w = 2) =>
  `<path d="${d}" fill="none" stroke="#000" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
/** A filled disc with a shape cut out of it (the mask's black part). */
const disc = (cut) =>
  `<mask id="m"><rect width="24" height="24" fill="#fff"/>${cut}</mask><circle cx="12" cy="12" r="10" fill="#000" mask="url(#m)"/>`;
const cutStroke = (d, w = 2.2) =>
  `<path d="${d}" fill="none" stroke="#000" stroke-width="${w}" stroke-linecap="round" stroke-linejoin="round"/>`;
const ring = '<circle cx="12" cy="12" r="9.5" fill="none" stroke="#000" stroke-width="1.8"/>';

/**
 * Every icon name the app can show: ours (pages, the verdict view in stores/check.ts, the
 * case badge) and the ones Vant's own components use (cell arrows, field clear, search,
 * popup close). test/unit/official-compile.test.ts fails when a name in use is missing here.
 */
const ICONS = {
  arrow: stroke('M9 5l7 7-7 7'),
  'arrow-left': stroke('M15 5l-7 7 7 7'),
  'arrow-up': stroke('M5 15l7-7 7 7'),
  'arrow-down': stroke('M5 9l7 7 7-7'),
  cross: stroke('M6 6l12 12M18 6L6 18'),
  clear: disc(cutStroke('M8.5 8.5l7 7M15.5 8.5l-7 7')),
  search: stroke('M10.5 4a6.5 6.5 0 1 0 0 13a6.5 6.5 0 1 0 0-13zM15.5 15.5L20 20'),
  passed: ring + stroke('M7.5 12.2l3 3 6-6.2', 1.8),
  warning: disc(cutStroke('M12 6.5v7') + '<circle cx="12" cy="17" r="1.3" fill="#000"/>'),
  'warning-o':
    ring + stroke('M12 6.8v6.6', 1.8) + '<circle cx="12" cy="16.8" r="1.2" fill="#000"/>',
  info: disc(cutStroke('M12 10.5v7') + '<circle cx="12" cy="7" r="1.3" fill="#000"/>'),
  question: disc(
    cutStroke('M9.3 9.3a2.8 2.8 0 1 1 4.2 2.4c-1 .6-1.5 1.2-1.5 2.3') +
      '<circle cx="12" cy="17.2" r="1.3" fill="#000"/>',
  ),
  'shield-o': stroke('M12 3l7.5 3v5.5c0 4.6-3.2 8.2-7.5 9.5-4.3-1.3-7.5-4.9-7.5-9.5V6z', 1.8),
  'phone-o': stroke(
    'M6.6 3.5h2.6l1.5 4.2-1.9 1.3a10.5 10.5 0 0 0 6.2 6.2l1.3-1.9 4.2 1.5v2.6a2 2 0 0 1-2.2 2A16.5 16.5 0 0 1 4.6 5.7a2 2 0 0 1 2-2.2z',
    1.8,
  ),
};

const svg = (body) => `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 24 24">${body}</svg>`;
const dataUrl = (body) =>
  `data:image/svg+xml;base64,${Buffer.from(svg(body), 'utf8').toString('base64')}`;

/** The picture van-empty shows for every preset: an empty tray, in the app's quiet grey. */
const EMPTY_PICTURE = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 160 160"><ellipse cx="80" cy="132" rx="52" ry="8" fill="#ebedf0"/><path d="M36 92l14-40h60l14 40v28a6 6 0 0 1-6 6H42a6 6 0 0 1-6-6z" fill="#f2f3f5" stroke="#c8c9cc" stroke-width="3" stroke-linejoin="round"/><path d="M36 92h30l5 10h18l5-10h30" fill="none" stroke="#c8c9cc" stroke-width="3" stroke-linejoin="round"/></svg>`;
const EMPTY_FILE = 'empty/empty.svg';

function rewrite(file, edit) {
  const before = fs.readFileSync(file, 'utf8');
  const after = edit(before);
  if (after === before) throw new Error(`offline-npm: nothing to rewrite in ${file}`);
  fs.writeFileSync(file, after);
}

function must(text, re, what) {
  if (!re.test(text)) throw new Error(`offline-npm: ${what} not found`);
  return text;
}

function offlineVant(vantDir) {
  rewrite(path.join(vantDir, 'icon/index.wxss'), (css) => {
    must(css, /@font-face\{[^}]*\}/, 'the icon @font-face');
    const rules = Object.entries(ICONS)
      .map(([name, body]) => {
        const mask = `url("${dataUrl(body)}") center/100% 100% no-repeat`;
        return `.van-icon-${name}:before{content:"";width:1em;height:1em;background-color:currentColor;-webkit-mask:${mask};mask:${mask}}`;
      })
      .join('');
    return (
      css
        .replace(/@font-face\{[^}]*\}/g, '')
        // Glyph rules of the font that is gone (they would show empty boxes).
        .replace(/\.van-icon-[a-z0-9-]+:before\{content:"\\[0-9a-f]+"\}/g, '') + rules
    );
  });
  rewrite(path.join(vantDir, 'empty/index.wxs'), (wxs) =>
    must(
      wxs,
      /'https:\/\/img\.yzcdn\.cn\/vant\/empty-image-' \+ image \+ '\.png'/,
      'empty images',
    ).replace(
      /'https:\/\/img\.yzcdn\.cn\/vant\/empty-image-' \+ image \+ '\.png'/,
      `'/miniprogram_npm/@vant/weapp/${EMPTY_FILE}'`,
    ),
  );
  fs.writeFileSync(path.join(vantDir, EMPTY_FILE), EMPTY_PICTURE);
}

function dropAddresses(npmDir) {
  rewrite(path.join(npmDir, 'mobx-miniprogram/index.js'), (js) =>
    js.replace(
      / Find the full error at: https:\/\/github\.com\/mobxjs\/mobx\/blob\/main\/packages\/mobx\/src\/errors\.ts/g,
      '',
    ),
  );
}

/** Apply every rewrite to a built miniprogram_npm directory. */
function makeOffline(npmDir) {
  offlineVant(path.join(npmDir, '@vant', 'weapp'));
  dropAddresses(npmDir);
}

module.exports = { makeOffline, ICONS, EMPTY_FILE };
