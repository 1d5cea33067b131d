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
import * as path from 'path';
import simulate from 'miniprogram-simulate';

export const MINIPROGRAM_ROOT = path.resolve(__dirname, '..', '..', 'miniprogram');

type AnyRecord = Record<string, unknown>;

export interface LoadOptions {
  /** Page query, passed to onLoad. */
  query?: Record<string, string>;
  /** Do not call onLoad/onShow (for plain components). */
  component?: boolean;
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

/** The miniprogram/ source file that called Component() outside a simulate load. */
function callerFile(): string | null {
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const stack = new Error().stack ?? '';
  Error.stackTraceLimit = limit;
  let found: string | null = null;
  for (const m of stack.matchAll(/\(?((?:\/|[A-Za-z]:\\)[^():]+):\d+:\d+\)?/g)) {
    const file = m[1];
    if (file.startsWith(MINIPROGRAM_ROOT + path.sep)) found = file;
    else if (found) break;
  }
  return found;
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

function componentId(pagePath: string): string {
  const abs = path.join(MINIPROGRAM_ROOT, pagePath.replace(/^\//, ''));
  let id = loadedIds.get(abs);
  if (!id) {
    id = simulate.load(abs, { rootPath: MINIPROGRAM_ROOT, compiler: 'official' } as never);
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
  const comp = simulate.render(componentId(pagePath), props);
  const parent = document.createElement('parent-wrapper');
  document.body.appendChild(parent);
  comp.attach(parent);
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
