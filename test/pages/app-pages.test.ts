// Every page app.json lists (main package and subpackages) opens on a fresh phone: it renders
// with WeChat's compiler and the real Vant components, runs onLoad/onShow without throwing, and
// shows some Chinese text. Pages added later are picked up from app.json automatically.
import * as fs from 'fs';
import * as path from 'path';
import { load, MINIPROGRAM_ROOT } from '../helpers/page';

interface AppJson {
  pages: string[];
  subpackages?: { root: string; pages: string[] }[];
  subPackages?: { root: string; pages: string[] }[];
  tabBar?: { list: { pagePath: string; text: string }[] };
}

const app: AppJson = JSON.parse(fs.readFileSync(path.join(MINIPROGRAM_ROOT, 'app.json'), 'utf8'));
const subpackages = app.subpackages ?? app.subPackages ?? [];
const pages = [
  ...app.pages,
  ...subpackages.flatMap((s) => s.pages.map((p) => path.posix.join(s.root, p))),
];

test('the first page is the check page and the tab bar has the four tabs', () => {
  expect(app.pages[0]).toBe('pages/check/index');
  expect(app.tabBar?.list.map((t) => t.text)).toEqual(['核验', '证据', '官方渠道', '指南']);
});

test.each(pages)('%s opens and shows Chinese text', async (pagePath) => {
  const page = await load(pagePath);
  const text = page.dom?.textContent ?? '';
  expect(text).toMatch(/[\u4e00-\u9fff]/);
});
