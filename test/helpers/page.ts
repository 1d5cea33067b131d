/**
 * Render a page or component from miniprogram/ with miniprogram-simulate, using WeChat's
 * official template compiler (wcc/wcsc from miniprogram-compiler) and the REAL Vant
 * components packed into miniprogram/miniprogram_npm (run `npm ci` or
 * `node scripts/pack-npm.js` first).
 *
 *   const page = await load('pages/check/index');
 *   expect(page.querySelector('#start')!.dom!.textContent).toContain('开始核验');
 *
 * Notes that save time:
 * - Query by id or class (`#start`, `.title`), not by tag name.
 * - Store updates (mobx-miniprogram-bindings) land on wx.nextTick: `await settle()` after an
 *   action, or call the page's updateStoreBindings().
 * - Pages are built with Component(); `load` calls the page's onLoad(query) and onShow() if
 *   it defines them (in `methods`), the way WeChat does for a page.
 */
import * as fs from 'fs';
import * as path from 'path';
import simulate from 'miniprogram-simulate';

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '..', '..', 'miniprogram');

type AnyRecord = Record<string, unknown>;

export interface LoadOptions {
  /** Page query, passed to onLoad. */
  query?: Record<string, string>;
  /** Do not call onLoad/onShow (for plain components). */
  component?: boolean;
  /**
   * Another mini-program root (default: miniprogram/). A root without its own
   * miniprogram_npm gets a symlink to miniprogram/miniprogram_npm, so "/miniprogram_npm/..."
   * component paths resolve to the same packed Vant.
   */
  root?: string;
}

export type Rendered = ReturnType<typeof simulate.render>;

interface PageLike extends AnyRecord {
  route: string;
  options: Record<string, string>;
}

const pageStack: PageLike[] = [];
const globalScope = globalThis as unknown as { getCurrentPages: () => PageLike[] };
globalScope.getCurrentPages = () => [...pageStack];

export function resetPageStack(): void {
  pageStack.length = 0;
}

/** Everything load() attached in the current test, for unloadAll(). */
const mounted: { comp: Rendered; parent: Element }[] = [];

/**
 * Detach every page/component the test rendered (their `detached` lifetimes run: store
 * bindings and reactions are disposed) and take them out of the document. setup-ui calls
 * this after each test; without it every earlier page in a file kept reacting to the shared
 * stores (the 1,000-item case test re-rendered into all of them, 70 s instead of 2 s) and
 * jest had to force-exit the worker ("failed to exit gracefully").
 */
export function unloadAll(): void {
  for (const { comp, parent } of mounted.splice(0).reverse()) {
    try {
      // j-component types create() as Component; what it returns is a RootComponent.
      (comp as unknown as { detach(): void }).detach();
    } catch {
      /* a page that throws on detach must not hide the test's own result */
    }
    parent.remove();
  }
  pageStack.length = 0;
}

// ---------------------------------------------------------------------------------------------
// miniprogram-simulate runs each component's JS with require() and then deletes it from
// require.cache so the next load re-runs Component(). Jest's module registry ignores that
// delete, so a second load of any component (a Vant button used by two pages, or one page
// loaded twice) would never call Component() and render nothing. We route simulate's runJs
// through a replay: the first run records the options given to Component(); later runs
// re-register the same options. Modules (and the stores they import) still run once per test
// file, so a test and its page share the same store instances.
// ---------------------------------------------------------------------------------------------
// miniprogram-api-typings declares WeChat's own `require`; use Node's (Jest's) explicitly.
const nodeRequire = require as unknown as NodeJS.Require;
const simUtils = nodeRequire('miniprogram-simulate/src/utils') as { runJs: (p: string) => void };
const componentOptions = new Map<string, AnyRecord>();
const g = globalThis as unknown as { Component: (o: AnyRecord) => void };

function cloneOptions(o: AnyRecord): AnyRecord {
  const relations = o.relations as Record<string, AnyRecord> | undefined;
  if (!relations) return { ...o };
  const copy: Record<string, AnyRecord> = {};
  for (const [k, v] of Object.entries(relations)) copy[k] = { ...v };
  return { ...o, relations: copy };
}

const simComponent = g.Component;
let loadingFile: string | null = null;

/**
 * The component source file (one with a .json beside it) that called Component() outside a
 * simulate load: the last such frame before the stack leaves component code.
 */
function callerFile(): string | null {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  let found: string | null = null;
  for (const m of stack.matchAll(/\(?((?:\/|[A-Za-z]:\\)[^():]+):\d+:\d+\)?/g)) {
    const file = m[1];
    if (!file.includes(`${path.sep}node_modules${path.sep}`) && isComponentFile(file)) found = file;
    else if (found) break;
  }
  return found;
}

const componentFileCache = new Map<string, boolean>();
function isComponentFile(file: string): boolean {
  let yes = componentFileCache.get(file);
  if (yes === undefined) {
    yes = /\.(ts|js)$/.test(file) && fs.existsSync(file.replace(/\.(ts|js)$/, '.json'));
    componentFileCache.set(file, yes);
  }
  return yes;
}

// A test may import a page module itself (for an exported helper) before rendering it; then
// Component() runs outside simulate's load. Record the options so the later load can replay
// them, and register nothing yet.
g.Component = (o: AnyRecord) => {
  const file = loadingFile ?? callerFile();
  if (file) componentOptions.set(file, cloneOptions(o));
  if (loadingFile) simComponent(o);
};

simUtils.runJs = (filePath: string) => {
  const resolved = nodeRequire.resolve(filePath);
  const saved = componentOptions.get(resolved);
  if (saved) {
    simComponent(cloneOptions(saved));
    return;
  }
  loadingFile = resolved;
  try {
    nodeRequire(resolved);
  } finally {
    loadingFile = null;
  }
};

const loadedIds = new Map<string, string>();

function templateLists(root: string): { wxmlList: string[]; wxsList: string[] } {
  const wxmlList: string[] = [];
  const wxsList: string[] = [];
  const walk = (dir: string) => {
    for (const name of fs.readdirSync(dir)) {
      const full = path.join(dir, name);
      if (fs.statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.wxml')) wxmlList.push(path.relative(root, full));
      else if (name.endsWith('.wxs')) wxsList.push(path.relative(root, full));
    }
  };
  walk(root);
  return { wxmlList, wxsList };
}

function ensureNpm(root: string): void {
  const npmDir = path.join(MINIPROGRAM_ROOT, 'miniprogram_npm');
  if (!fs.existsSync(path.join(npmDir, '@vant', 'weapp'))) {
    throw new Error('miniprogram/miniprogram_npm is missing: run `npm ci` or `npm run pack-npm`');
  }
  const link = path.join(root, 'miniprogram_npm');
  if (root !== MINIPROGRAM_ROOT && !fs.existsSync(link)) {
    fs.symlinkSync(path.relative(root, npmDir), link, 'dir');
  }
}

function componentId(pagePath: string, root: string): string {
  const abs = path.join(root, pagePath.replace(/^\//, ''));
  let id = loadedIds.get(abs);
  if (!id) {
    ensureNpm(root);
    const options: AnyRecord = { rootPath: root, compiler: 'official' };
    // wcc needs every template up front; the compiler's own glob does not follow the
    // miniprogram_npm symlink of a fixture root, so list the files ourselves there.
    if (root !== MINIPROGRAM_ROOT) options.compilerOptions = templateLists(root);
    id = simulate.load(abs, options as never);
    loadedIds.set(abs, id);
  }
  return id;
}

/**
 * Render `pagePath` (relative to miniprogram/, without extension) with optional properties,
 * attach it to the document and run its page lifecycle.
 */
export async function load(
  pagePath: string,
  props?: AnyRecord,
  opts: LoadOptions = {},
): Promise<Rendered> {
  const comp = simulate.render(componentId(pagePath, opts.root ?? MINIPROGRAM_ROOT), props);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  comp.attach(parent);
  mounted.push({ comp, parent });
  if (!opts.component) {
    const inst = comp.instance as unknown as PageLike & {
      onLoad?: (q: Record<string, string>) => unknown;
      onShow?: () => unknown;
      onReady?: () => unknown;
    };
    const query = opts.query ?? {};
    inst.route = pagePath.replace(/^\//, '');
    inst.options = query;
    pageStack.push(inst);
    await inst.onLoad?.(query);
    await inst.onShow?.();
    await inst.onReady?.();
  }
  await settle();
  return comp;
}

/** Let wx.nextTick/setTimeout(0) work (store bindings, setData callbacks) run. */
export async function settle(times = 2): Promise<void> {
  for (let i = 0; i < times; i++) await simulate.sleep(0);
}

/** Text of the first node matching `selector` (id or class), or undefined. */
export function textOf(root: Rendered, selector: string): string | undefined {
  const node = root.querySelector(selector);
  return node?.dom?.textContent?.replace(/\s+/g, ' ').trim();
}

/**
 * Fire a page lifetime (show / hide) on a rendered page and its components, as WeChat does
 * when the user switches tabs or opens another page on top. (j-component has it; its typings
 * do not.)
 */
export async function pageLifetime(page: Rendered, name: 'show' | 'hide'): Promise<void> {
  (page as unknown as { triggerPageLifeTime(n: string): void }).triggerPageLifeTime(name);
  await settle();
}
