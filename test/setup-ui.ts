/**
 * Setup for the `ui` jest project (jsdom + miniprogram-simulate).
 *
 * - Provides App/getApp/getCurrentPages, which miniprogram-simulate does not have.
 * - Installs a fresh wx fake (test/wx-fake.ts) before every test, on top of simulate's own
 *   wx (which supplies createSelectorQuery etc. for Vant). Tests that need a differently
 *   configured phone call installWxFake(opts) again; the last install wins for that test.
 */
import 'miniprogram-simulate';
import { installWxFake, WxFake } from './wx-fake';
import { resetPageStack, unloadAll } from './helpers/page';

type AnyRecord = Record<string, unknown>;
const g = globalThis as unknown as {
  App: (opts: AnyRecord) => void;
  getApp: () => AnyRecord;
  __app?: AnyRecord;
};

g.App = (opts: AnyRecord) => {
  g.__app = opts;
};
g.getApp = () => {
  if (!g.__app) g.__app = { globalData: {} };
  return g.__app;
};

let current: WxFake | undefined;

beforeEach(() => {
  g.__app = undefined;
  resetPageStack();
  current = installWxFake();
});

afterEach(() => {
  unloadAll();
  current?.uninstall();
  current = undefined;
});
