/**
 * `npm run screenshots`: approximate previews of the app's pages, light and dark, in
 * docs/screenshots/*.png.
 *
 * Runs as a jest test file (jest.screenshots.config.js, not part of `npm test`) because
 * miniprogram-simulate needs a DOM. Each page is rendered exactly as the page tests render it
 * (test/helpers/page.ts: WeChat's own template compiler, the real Vant components), with
 * sample data. The rendered DOM and the <style> tags simulate injects (plus app.wxss, which
 * simulate leaves out) become a standalone HTML file with display rules for the wx-* tags,
 * rpx converted at 375 px wide and a fake navigation bar and tab bar. A child Node process
 * (scripts/screenshots-shoot.js) then shoots each file at 375x812 with the system Chromium
 * (/usr/bin/chromium, never downloaded) through playwright-core.
 *
 * Pages are picked up from app.json, so pages added later are shot too; a page that fails to
 * render is reported and skipped. Every image is labelled "近似预览 (approximate preview)".
 */
import * as fs from 'fs';
import * as path from 'path';
import { spawnSync } from 'child_process';
import { load, settle, MINIPROGRAM_ROOT } from '../test/helpers/page';
import { installWxFake } from '../test/wx-fake';

const CHROMIUM = '/usr/bin/chromium';
const REPO = path.join(__dirname, '..');
const OUT_DIR = path.join(REPO, 'docs', 'screenshots');
const WORK_DIR = path.join(REPO, 'tmp', 'screenshots');
const WIDTH = 375;
/** A 375×667 phone (iPhone 8 size) less its 20 px status bar: the first screen. */
const HEIGHT = 647;
const NAV_HEIGHT = 44;
const TAB_HEIGHT = 50;
const SAMPLE_NOTICE = fs
  .readFileSync(path.join(REPO, 'test', 'fixtures', 'example-notice.txt'), 'utf8')
  .trim();

if (!fs.existsSync(CHROMIUM)) {
  const msg =
    `Screenshots need the system Chromium at ${CHROMIUM} (never downloaded by this script).\n` +
    'Install it on Debian/Ubuntu with:\n' +
    '  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-cjk\n';
  process.stderr.write(msg);
  throw new Error(msg);
}

// ------------------------------------------------------------------------------------------
// rpx: simulate turns "24rpx" into "24px"; WeChat makes 750rpx the screen width.
// ------------------------------------------------------------------------------------------
const nodeRequire = require as unknown as NodeJS.Require;
const simUtils = nodeRequire('miniprogram-simulate/src/utils') as {
  transformRpx: (css: string) => string;
};
const simWxss = nodeRequire('miniprogram-simulate/src/wxss') as {
  compile: (wxss: string, opts: { prefix: string }) => string;
};
const rpx = (css: string): string =>
  css.replace(
    /(-?\d*\.?\d+)rpx/g,
    (_m, n: string) => `${+((parseFloat(n) * WIDTH) / 750).toFixed(2)}px`,
  );
simUtils.transformRpx = rpx;

/** `page` is WeChat's root element; in the preview it is the .wx-page wrapper. */
const pageSelector = (css: string): string =>
  css.replace(/(^|[{},\s])page(?=\s*[{,.:[>\s])/g, '$1.wx-page');

// ------------------------------------------------------------------------------------------
// What to shoot: every page in app.json; some with sample data.
// ------------------------------------------------------------------------------------------
interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
  window?: { navigationBarTitleText?: string };
  tabBar?: { list: { pagePath: string; text: string }[] };
}
const app = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8')) as AppJson;
const theme = JSON.parse(
  fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'theme.json'), 'utf8'),
) as Record<'light' | 'dark', Record<string, string>>;
const allPages = [
  ...app.pages,
  ...(app.subpackages ?? app.subPackages ?? []).flatMap((s) =>
    s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`),
  ),
];
// A result page may exist before it is listed in app.json (its owner adds it); shoot it too.
for (const extra of ['pages/result/index']) {
  if (!allPages.includes(extra) && fs.existsSync(path.join(MINIPROGRAM_ROOT, `${extra}.wxml`)))
    allPages.push(extra);
}

type Loose = Record<string, (...args: unknown[]) => unknown> & Record<string, unknown>;
/** Stores are loaded loosely: other engineers are changing them while this script exists. */
function store(file: string, name: string): Loose | null {
  try {
    const mod = nodeRequire(path.join(MINIPROGRAM_ROOT, 'stores', file)) as Record<string, Loose>;
    return mod[name] ?? null;
  } catch {
    return null;
  }
}
async function call(obj: Loose | null, method: string, ...args: unknown[]): Promise<unknown> {
  if (!obj || typeof obj[method] !== 'function') return undefined;
  return await obj[method](...args);
}

interface Shot {
  name: string;
  page: string;
  query?: Record<string, string>;
  /** Sample data, before the page loads; may return a query. */
  prepare?: () => Promise<Record<string, string> | void>;
  /** After the page rendered (taps). */
  after?: (page: Awaited<ReturnType<typeof load>>) => Promise<void>;
  /** Large-font mode. */
  large?: boolean;
  /** Elements (by id) that must be on the first screen, without scrolling. */
  first?: string[];
}

async function sampleCase(): Promise<string | undefined> {
  const records = store('records', 'recordsStore');
  await call(records, 'init');
  const c = (await call(records, 'createCase', {
    title: '微粒贷 逾期催收',
    institution: { entryId: 'webank', name: '微众银行（微粒贷）' },
    borrowed: 'unsure',
    amount: '3000',
  })) as { id?: string } | null | undefined;
  if (!c?.id) return undefined;
  await call(records, 'openCase', c.id);
  await call(records, 'addNote', SAMPLE_NOTICE, { kind: 'communication', comm: 'sms' });
  await call(records, 'addNote', '下午 3 点接到 171 开头号码来电，自称微粒贷专员，要求今天转账。', {
    kind: 'communication',
    comm: 'other',
  });
  await call(records, 'closeCase');
  return c.id;
}

async function sampleCheck(run: boolean, text = SAMPLE_NOTICE): Promise<void> {
  const check = store('check', 'checkStore');
  await call(check, 'resetAll');
  await call(check, 'setDraft', text);
  await call(check, 'setChannel', 'sms');
  if (run) await call(check, 'runCheck');
}

// Sample messages for the result states (written for the previews, not corpus data).
const SAMPLE_ABUSIVE =
  '张三，你欠微粒贷的3000块已经逾期两个月了。再不还，明天我们就带人去你公司堵你，让你同事都知道你是老赖。还款请在微信里的微粒贷页面操作。';
const SAMPLE_REMINDER =
  '【微众银行】尊敬的客户，您的微粒贷借款本期应还1280.00元已逾期，请尽快通过微信-微粒贷页面还款，以免影响征信。客服95384';
const SAMPLE_UNRELATED = '明天下午三点开会，记得带电脑。';

async function tapId(page: Awaited<ReturnType<typeof load>>, id: string): Promise<void> {
  page.querySelector(`#${id}`)?.dispatchEvent('click');
  await settle(6);
}

/** The query of the card "发给家人看看" shares for the sample scam. */
async function sharedQuery(): Promise<Record<string, string>> {
  await sampleCheck(true);
  const check = store('check', 'checkStore') as { result?: unknown } | null;
  const share = nodeRequire(path.join(MINIPROGRAM_ROOT, 'stores', 'share')) as {
    shareQuery: (r: unknown) => Record<string, string>;
  };
  const q = share.shareQuery(check?.result);
  await call(store('check', 'checkStore'), 'resetAll');
  return Object.fromEntries(Object.entries(q).map(([k, v]) => [k, encodeURIComponent(v)]));
}

function slug(page: string): string {
  return page
    .replace(/\/index$/, '')
    .replace(/^pages\//, '')
    .replace(/^package/, '')
    .replace(/\//g, '-')
    .toLowerCase();
}

const RESULT_FIRST = ['verdict', 'call-primary', 'save', 'share'];
const special: Record<string, Omit<Shot, 'page'>[]> = {
  'pages/check/index': [
    { name: 'check-empty', first: ['draft', 'paste', 'start'] },
    { name: 'check', prepare: () => sampleCheck(false), first: ['draft', 'start'] },
    {
      name: 'check-copied',
      prepare: async () => {
        await call(store('check', 'checkStore'), 'resetAll');
        const fake = (globalThis as unknown as { wx: { setClipboardData: (o: object) => void } })
          .wx;
        fake.setClipboardData({ data: SAMPLE_NOTICE });
      },
      first: ['clip-check', 'start'],
    },
    { name: 'check-large', large: true, prepare: () => sampleCheck(false), first: ['start'] },
  ],
  'pages/result/index': [
    {
      name: 'result-scam',
      prepare: () => sampleCheck(true),
      first: [...RESULT_FIRST, 'money-sent'],
    },
    {
      name: 'result-scam-sent',
      prepare: () => sampleCheck(true),
      after: (p) => tapId(p, 'money-sent'),
      first: ['urgent-call-police'],
    },
    {
      name: 'result-scam-large',
      large: true,
      prepare: () => sampleCheck(true),
      first: RESULT_FIRST,
    },
    {
      name: 'result-abusive',
      prepare: () => sampleCheck(true, SAMPLE_ABUSIVE),
      first: ['complain', ...RESULT_FIRST],
    },
    {
      name: 'result-reminder',
      prepare: () => sampleCheck(true, SAMPLE_REMINDER),
      first: RESULT_FIRST,
    },
    {
      name: 'result-unrelated',
      prepare: () => sampleCheck(true, SAMPLE_UNRELATED),
      first: ['verdict', 'save'],
    },
    { name: 'result-shared', prepare: sharedQuery, first: ['verdict', 'call-primary'] },
    {
      name: 'result-empty',
      prepare: async () => void (await call(store('check', 'checkStore'), 'resetAll')),
    },
  ],
  'pages/records/index': [
    { name: 'records-empty' },
    { name: 'records', prepare: async () => void (await sampleCase()) },
  ],
  'packageRecords/item/index': [
    {
      name: 'records-item',
      prepare: async () => {
        const id = await sampleCase();
        const records = store('records', 'recordsStore');
        if (!id) return undefined;
        await call(records, 'openCase', id);
        const items = (records as unknown as { items?: { id: string }[] } | null)?.items;
        const first = items?.[0]?.id;
        return first ? { case: id, id: first } : undefined;
      },
    },
  ],
  'packageRecords/export/index': [
    {
      name: 'records-export',
      prepare: async () => {
        const id = await sampleCase();
        return id ? { id, complaint: '12378' } : undefined;
      },
      first: ['complaint-title'],
    },
  ],
  // A look-alike link, so the preview shows an answer rather than the empty form.
  'pages/lookup/index': [{ name: 'lookup', query: { q: encodeURIComponent('webank-kefu.com') } }],
  'packageRecords/case/index': [
    {
      name: 'records-case',
      prepare: async () => {
        const id = await sampleCase();
        return id ? { id, caseId: id } : undefined;
      },
    },
  ],
};

// SHOTS=guide,check npm run screenshots  → only those (names as in docs/screenshots).
const only = (process.env.SHOTS ?? '').split(',').filter(Boolean);
const shots: Shot[] = allPages
  .flatMap((page) => (special[page] ?? [{ name: slug(page) }]).map((s) => ({ ...s, page })))
  .filter((s) => !only.length || only.includes(s.name));

// ------------------------------------------------------------------------------------------
// HTML for one rendered page.
// ------------------------------------------------------------------------------------------
const WX_TAG_CSS = `
html, body { margin: 0; padding: 0; }
body { width: ${WIDTH}px; font-family: "Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", sans-serif;
  -webkit-font-smoothing: antialiased; }
wx-view, wx-scroll-view, wx-swiper, wx-swiper-item, wx-movable-area, wx-cover-view, wx-form,
wx-navigator, wx-rich-text, wx-block, wx-radio-group, wx-checkbox-group, wx-picker-view { display: block; }
wx-text, wx-label, wx-icon { display: inline; }
wx-scroll-view { overflow: hidden; }
wx-page-meta, wx-wxs, wx-template, wx-import, wx-include { display: none; }
wx-image { display: inline-block; width: 320px; height: 240px; overflow: hidden; background: #ccc3; }
wx-button { display: block; position: relative; box-sizing: border-box; margin: 0 auto; padding: 0 14px;
  font-size: 18px; text-align: center; text-decoration: none; line-height: 2.55555556;
  border-radius: 5px; overflow: hidden; color: #000; background-color: #f8f8f8; }
wx-input { display: flex; align-items: center; height: 1.4rem; min-height: 1.4rem; line-height: 1.4rem; overflow: hidden; }
wx-textarea { display: block; width: 300px; height: 150px; white-space: pre-wrap; overflow: hidden; }
.wx-value, .wx-placeholder { pointer-events: none; }
.wx-placeholder { color: #999; }
wx-switch { display: inline-block; width: 52px; height: 32px; border-radius: 16px; background: #ddd; }
wx-switch[checked="true"] { background: #07c160; }
wx-checkbox, wx-radio { display: inline-block; width: 18px; height: 18px; border: 1px solid #ccc; }
wx-progress { display: block; height: 6px; background: #eee; }
`;

/** Vant's icon font lives on a CDN (no network here): map common icons to text glyphs. */
const ICON_GLYPHS: Record<string, string> = {
  arrow: '›',
  'arrow-left': '‹',
  'arrow-down': '⌄',
  'arrow-up': '⌃',
  success: '✓',
  passed: '✓',
  checked: '✓',
  'phone-o': '☎',
  phone: '☎',
  'warning-o': '!',
  warning: '!',
  'info-o': 'i',
  'question-o': '?',
  cross: '×',
  close: '×',
  clear: '×',
  plus: '+',
  add: '+',
  'add-o': '+',
  search: '⌕',
  'delete-o': '⌫',
  delete: '⌫',
  'share-o': '↗',
  'records-o': '≡',
  'notes-o': '≡',
  'description-o': '≡',
  'shield-o': '◈',
  'guide-o': '◇',
  'chat-o': '…',
  'comment-o': '…',
  'link-o': '⛓',
  'eye-o': '◉',
  'photo-o': '▣',
  description: '≡',
};
function iconCss(): string {
  const rules = [
    '[class*="van-icon--van-icon-"]::before { content: "•" !important; font-family: sans-serif !important; font-style: normal; }',
    '[class*="van-icon--van-icon-"] { font-family: sans-serif !important; }',
  ];
  for (const [name, glyph] of Object.entries(ICON_GLYPHS)) {
    rules.push(`[class~="van-icon--van-icon-${name}"]::before { content: "${glyph}" !important; }`);
  }
  return rules.join('\n');
}

/** app.wxss, compiled the way simulate compiles a page's wxss (class prefix "main"). */
function appCss(): string {
  const wxss = fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.wxss'), 'utf8');
  return rpx(pageSelector(simWxss.compile(wxss, { prefix: 'main' })));
}

/**
 * Inputs and textareas render empty in jsdom: show their value (or placeholder) as text. The
 * attributes live on the exparser node behind the DOM element (`__wxElement._vt.attrs`).
 */
interface WxNode {
  _vt?: { attrs?: { name: string; value: unknown }[] };
}
function showFieldValues(root: Element): void {
  for (const el of Array.from(root.querySelectorAll('wx-textarea, wx-input'))) {
    const wxEl = (el as unknown as { __wxElement?: WxNode }).__wxElement;
    const attr = (name: string): string => {
      const found = wxEl?._vt?.attrs?.find((a) => a.name === name);
      return found && found.value != null ? String(found.value) : '';
    };
    const value = attr('value');
    const placeholder = attr('placeholder');
    const span = el.ownerDocument.createElement('span');
    span.className = value ? 'wx-value' : 'wx-placeholder';
    span.textContent = value || placeholder;
    el.insertBefore(span, el.firstChild);
  }
}

/** Collapsed Vant collapse items start at height 0 and animate open; show open ones open. */
const VANT_FIXES = `
[class*="van-collapse-item__title--expanded"] + [class*="van-collapse-item__wrapper"] { height: auto !important; }
`;

function navTitle(page: string): string {
  try {
    const json = JSON.parse(
      fs.readFileSync(path.join(MINIPROGRAM_ROOT, `${page}.json`), 'utf8'),
    ) as {
      navigationBarTitleText?: string;
    };
    return json.navigationBarTitleText ?? app.window?.navigationBarTitleText ?? '';
  } catch {
    return app.window?.navigationBarTitleText ?? '';
  }
}

function escapeHtml(s: string): string {
  return s.replace(
    /[&<>"]/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!,
  );
}

function html(
  page: string,
  body: string,
  styles: string,
  mode: 'light' | 'dark',
  large: boolean,
): string {
  const t = theme[mode];
  const tabs = app.tabBar?.list ?? [];
  const isTab = tabs.some((x) => x.pagePath === page);
  const tabBar = isTab
    ? `<div class="pv-tab">${tabs
        .map(
          (x) =>
            `<div class="pv-tab-item${x.pagePath === page ? ' on' : ''}">${escapeHtml(x.text)}</div>`,
        )
        .join('')}</div>`
    : '';
  const contentHeight = HEIGHT - NAV_HEIGHT - (isTab ? TAB_HEIGHT : 0);
  return `<!doctype html>
<html><head><meta charset="utf-8"><meta name="color-scheme" content="${mode}">
<style>${WX_TAG_CSS}</style>
<style>${iconCss()}</style>
<style>${appCss()}</style>
<style>${styles}</style>
<style>${VANT_FIXES}
.pv-nav { position: fixed; top: 0; left: 0; right: 0; height: ${NAV_HEIGHT}px; z-index: 10;
  display: flex; align-items: center; justify-content: center; font-size: 17px; font-weight: 600;
  background: ${t.navBgColor}; color: ${t.navTxtStyle === 'white' ? '#fff' : '#000'}; }
html { font-size: ${large ? 20 : 16}px; }
.pv-main { position: relative; margin-top: ${NAV_HEIGHT}px; width: ${WIDTH}px;
  min-height: ${contentHeight}px; padding-bottom: ${isTab ? TAB_HEIGHT : 0}px;
  box-sizing: content-box; background: ${t.bgColor}; }
body { background: ${t.bgColor}; }
/* A fixed bar inside the page sits above the tab bar, as in WeChat. */
.pv-main [class*="ck-bar"] { bottom: ${isTab ? TAB_HEIGHT : 0}px !important; }
.pv-tab { position: fixed; bottom: 0; left: 0; right: 0; height: ${TAB_HEIGHT}px; z-index: 10;
  display: flex; background: ${t.tabBgColor}; border-top: 1px solid ${mode === 'dark' ? '#333' : '#e5e5e5'}; }
.pv-tab-item { flex: 1; display: flex; align-items: center; justify-content: center;
  font-size: 12px; color: ${t.tabColor}; }
.pv-tab-item.on { color: ${t.tabSelectedColor}; font-weight: 600; }
.pv-label { position: fixed; right: 6px; top: ${NAV_HEIGHT + 4}px; z-index: 20; padding: 2px 6px;
  font: 11px/1.4 "Noto Sans CJK SC", sans-serif; color: #fff; background: rgba(80, 80, 80, 0.82);
  border-radius: 4px; }
</style></head>
<body class="pv-${mode}">
<div class="pv-nav">${escapeHtml(navTitle(page))}</div>
<div class="pv-main"><div class="wx-page">${body}</div></div>
${tabBar}
<div class="pv-label">近似预览 (approximate preview)</div>
</body></html>`;
}

// ------------------------------------------------------------------------------------------
// Render every shot, light and dark.
// ------------------------------------------------------------------------------------------
interface Rendered {
  name: string;
  html: string;
  first: string[];
}
const rendered: Rendered[] = [];
const skipped: string[] = [];

function setTheme(mode: 'light' | 'dark'): void {
  const settings = store('settings', 'settingsStore');
  void call(settings, 'setTheme', mode);
}

jest.setTimeout(60000);

for (const shot of shots) {
  for (const mode of ['light', 'dark'] as const) {
    test(`${shot.name} (${mode})`, async () => {
      installWxFake({ theme: mode });
      setTheme(mode);
      const settings = store('settings', 'settingsStore');
      await call(settings, 'setLargeFont', !!shot.large);
      const styleNodes = Array.from(document.head.querySelectorAll('style'));
      for (const s of styleNodes) s.remove();
      document.body.innerHTML = '';
      try {
        const query = (await shot.prepare?.()) ?? shot.query;
        const page = await load(shot.page, undefined, { query: query ?? {} });
        setTheme(mode);
        await shot.after?.(page);
        await settle(4);
        // ids are not in simulate's DOM: mark the first-screen elements for the shooter.
        for (const id of shot.first ?? []) {
          const el = page.querySelector(`#${id}`)?.dom as unknown as Element | undefined;
          el?.setAttribute('data-shot-id', id);
        }
        const host = page.dom as unknown as Element;
        showFieldValues(host);
        const styles = Array.from(document.head.querySelectorAll('style'))
          .map((s) => pageSelector(s.textContent ?? ''))
          .join('\n');
        const body = host.innerHTML;
        if (!body.trim()) throw new Error('rendered nothing');
        rendered.push({
          name: `${shot.name}-${mode}`,
          html: html(shot.page, body, styles, mode, !!shot.large),
          first: shot.first ?? [],
        });
      } catch (e) {
        skipped.push(`${shot.name}-${mode}: ${(e as Error).message.split('\n')[0]}`);
      }
    });
  }
}

afterAll(() => {
  fs.mkdirSync(WORK_DIR, { recursive: true });
  fs.mkdirSync(OUT_DIR, { recursive: true });
  const manifest = rendered.map((r) => {
    const file = path.join(WORK_DIR, `${r.name}.html`);
    fs.writeFileSync(file, r.html);
    return { html: file, png: path.join(OUT_DIR, `${r.name}.png`), first: r.first };
  });
  const manifestFile = path.join(WORK_DIR, 'manifest.json');
  fs.writeFileSync(
    manifestFile,
    JSON.stringify({
      width: WIDTH,
      height: HEIGHT,
      tabHeight: TAB_HEIGHT,
      report: path.join(OUT_DIR, 'first-screen.md'),
      shots: manifest,
    }),
  );
  const res = spawnSync(
    process.execPath,
    [path.join(__dirname, 'screenshots-shoot.js'), manifestFile],
    {
      stdio: 'inherit',
    },
  );
  const summary = [
    `screenshots: ${manifest.length} written to ${path.relative(REPO, OUT_DIR)}/`,
    ...manifest.map((m) => `  ${path.basename(m.png)}`),
    ...(skipped.length ? ['skipped (did not render):', ...skipped.map((s) => `  ${s}`)] : []),
  ].join('\n');
  process.stdout.write(`${summary}\n`);
  if (res.status !== 0) throw new Error('shooting the screenshots failed (see above)');
});
