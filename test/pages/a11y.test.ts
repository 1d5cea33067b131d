// Type, contrast and tap targets on every page, in the states that matter, light and dark,
// normal and large font: every text ≥ 14 px (≥ 16 px in large font, body ≥ 17 px), text and
// buttons ≥ 4.5:1 against what is behind them, tap targets ≥ 44 px tall. Styles are resolved
// from the WXSS the pages really inject plus app.wxss (test/helpers/style.ts), rpx at 375 px.
import * as fs from 'fs';
import * as path from 'path';
import { addAppStyle, audit, contrast, installRpx, parseColor, Styles } from '../helpers/style';
installRpx();
import { load, MINIPROGRAM_ROOT, Rendered, settle } from '../helpers/page';
import { installWxFake, WxFake } from '../wx-fake';
import { resetRecords } from '../helpers/records';
import { checkStore } from '../../miniprogram/stores/check';
import { directoryStore } from '../../miniprogram/stores/directory';
import { recordsStore } from '../../miniprogram/stores/records';
import { settingsStore } from '../../miniprogram/stores/settings';

const SCAM = fs.readFileSync(path.join(__dirname, '..', 'fixtures', 'example-notice.txt'), 'utf8');
const ABUSIVE =
  '张三，你欠微粒贷的3000块已经逾期两个月了。再不还，明天我们就带人去你公司堵你，让你同事都知道你是老赖。还款请在微信里的微粒贷页面操作。';
const REMINDER =
  '【微众银行】尊敬的客户，您的微粒贷借款本期应还1280.00元已逾期，请尽快通过微信-微粒贷页面还款，以免影响征信。客服95384';

let fake: WxFake;

interface State {
  name: string;
  page: string;
  prepare?: () => Promise<Record<string, string> | void>;
  after?: (page: Rendered) => Promise<void>;
}

async function check(text: string): Promise<void> {
  checkStore.setDraft(text);
  await checkStore.runCheck();
}

async function sampleCase(): Promise<{ caseId: string; itemId: string }> {
  const c = recordsStore.createCase({
    title: '微粒贷 逾期催收',
    institution: { entryId: 'webank', name: '微众银行（微粒贷）' },
    borrowed: 'unsure',
  })!;
  recordsStore.openCase(c.id);
  const it = recordsStore.addNote(SCAM, { kind: 'communication', comm: 'sms' })!;
  recordsStore.addFromCheck(SCAM, (await check(SCAM), checkStore.result!), { caseId: c.id });
  return { caseId: c.id, itemId: it.id };
}

async function tapAll(page: Rendered, selector: string): Promise<void> {
  const n = page.querySelector(selector);
  if (!n) throw new Error(`no ${selector}`);
  n.dispatchEvent('click');
  await settle(6);
}

const STATES: State[] = [
  { name: 'check (empty)', page: 'pages/check/index' },
  {
    name: 'check (copied text offered, error, extra open)',
    page: 'pages/check/index',
    prepare: async () => {
      fake.setClipboard(SCAM);
      checkStore.setDraft('x');
    },
    after: async (page) => {
      await tapAll(page, '#extra-item');
      checkStore.setDraft('');
      await checkStore.runCheck();
      await settle();
    },
  },
  {
    name: 'result (scam, urgent open)',
    page: 'pages/result/index',
    prepare: () => check(SCAM),
    after: (p) => tapAll(p, '#money-sent'),
  },
  { name: 'result (abusive)', page: 'pages/result/index', prepare: () => check(ABUSIVE) },
  { name: 'result (reminder)', page: 'pages/result/index', prepare: () => check(REMINDER) },
  {
    name: 'result (unrelated)',
    page: 'pages/result/index',
    prepare: () => check('明天下午三点开会，记得带电脑。'),
  },
  { name: 'result (empty)', page: 'pages/result/index' },
  {
    name: 'result (shared card)',
    page: 'pages/result/index',
    prepare: async () => ({
      from: 'share',
      v: 'scam',
      r: 'high',
      i: 'webank',
      why: encodeURIComponent('要求转账到非官方账户'),
      f: encodeURIComponent('电话 171****6049（非官方）'),
    }),
  },
  { name: 'records (empty)', page: 'pages/records/index' },
  {
    name: 'records (a case)',
    page: 'pages/records/index',
    prepare: async () => void (await sampleCase()),
  },
  {
    name: 'case',
    page: 'packageRecords/case/index',
    prepare: async () => ({ id: (await sampleCase()).caseId }),
  },
  {
    name: 'case (not found)',
    page: 'packageRecords/case/index',
    prepare: async () => ({ id: 'nope' }),
  },
  {
    name: 'item',
    page: 'packageRecords/item/index',
    prepare: async () => {
      const s = await sampleCase();
      return { case: s.caseId, id: s.itemId };
    },
  },
  {
    name: 'item (not found)',
    page: 'packageRecords/item/index',
    prepare: async () => ({ id: 'nope' }),
  },
  {
    name: 'export (complaint draft)',
    page: 'packageRecords/export/index',
    prepare: async () => ({ id: (await sampleCase()).caseId, complaint: '12378' }),
  },
  { name: 'directory', page: 'pages/directory/index' },
  {
    name: 'directory (a number)',
    page: 'pages/directory/index',
    prepare: async () => directoryStore.setQuery('17138526049'),
  },
  { name: 'lookup', page: 'pages/lookup/index', prepare: async () => ({ q: 'webank-kefu.com' }) },
  { name: 'guide', page: 'pages/guide/index' },
  { name: 'settings', page: 'pages/settings/index' },
];

const MODES = [
  { theme: 'light', large: false },
  { theme: 'dark', large: false },
  { theme: 'light', large: true },
] as const;

beforeEach(() => {
  fake = installWxFake();
  resetRecords();
  checkStore.resetAll();
  directoryStore.clearQuery();
  settingsStore.setKeepHistory(true);
});

afterEach(() => {
  settingsStore.setLargeFont(false);
  settingsStore.setTheme('light');
});

for (const mode of MODES) {
  describe(`${mode.theme}${mode.large ? ', large font' : ''}`, () => {
    for (const s of STATES) {
      test(s.name, async () => {
        fake.setTheme(mode.theme);
        settingsStore.setTheme(mode.theme);
        settingsStore.setLargeFont(mode.large);
        const query = (await s.prepare?.()) ?? {};
        const page = await load(s.page, undefined, { query });
        await s.after?.(page);
        await settle(4);
        addAppStyle();
        const host = page.dom as unknown as Element;
        host.parentElement!.classList.add('wx-page');
        const styles = new Styles(mode.large ? 20 : 16);
        const problems = audit(host, styles, {
          minFontPx: mode.large ? 16 : 14,
          minContrast: 4.5,
          minTargetPx: 44,
        });
        expect(problems).toEqual([]);
        if (mode.large) {
          const root = host.querySelector('[class*="nc-page"]')!;
          expect(styles.fontPx(root)).toBeGreaterThanOrEqual(17);
        }
      });
    }
  });
}

test('theme.json: tab bar and navigation bar text reach 4.5:1 in both themes', () => {
  const theme = JSON.parse(
    fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'theme.json'), 'utf8'),
  ) as Record<'light' | 'dark', Record<string, string>>;
  for (const mode of ['light', 'dark'] as const) {
    const t = theme[mode];
    const bg = parseColor(t.tabBgColor)!;
    expect(contrast(parseColor(t.tabColor)!, bg)).toBeGreaterThanOrEqual(4.5);
    expect(contrast(parseColor(t.tabSelectedColor)!, bg)).toBeGreaterThanOrEqual(4.5);
    const navText = parseColor(t.navTxtStyle === 'white' ? '#ffffff' : '#000000')!;
    expect(contrast(navText, parseColor(t.navBgColor)!)).toBeGreaterThanOrEqual(4.5);
  }
});

test('app.wxss: the dark media query and the theme-dark class carry the same tokens', () => {
  const css = fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.wxss'), 'utf8');
  const tokens = (block: string) =>
    Object.fromEntries(
      [...block.matchAll(/(--nc-[\w-]+):\s*([^;]+);/g)].map((m) => [m[1], m[2].trim()]),
    );
  const media = /@media \(prefers-color-scheme: dark\)\s*\{\s*page\s*\{([^}]*)\}/.exec(css)![1];
  const cls = /\.theme-dark\s*\{([^}]*)\}/.exec(css)![1];
  expect(tokens(media)).toEqual(tokens(cls));
  expect(Object.keys(tokens(cls)).length).toBeGreaterThan(10);
});
