/**
 * An in-memory fake of the wx APIs this app uses, with WeChat's real limits and error
 * messages, for unit tests (services, stores) and page tests (miniprogram-simulate).
 *
 *   const fake = installWxFake({ theme: 'dark' });   // replaces globalThis.wx
 *   ...
 *   fake.uninstall();                                 // restores the previous wx
 *
 * Error wording follows what WeChat itself reports (device logs and the WeChat Android client):
 * - storage, one entry over 1 MB (key length + serialised data length, in UTF-16 units):
 *   "setStorageSync:fail:entry size limit reached"
 * - storage, total over 10 MB: "setStorageSync:fail exceed storage max size 10Mb"
 * - the *Sync storage APIs throw an Error whose message carries the "APP-SERVICE-SDK:" prefix,
 *   as the base library does; the error also has `errMsg` without the prefix.
 * - getStorage on a missing key: "getStorage:fail data not found"
 * - file system: "<api>:fail no such file or directory <path>" (errCode 1300002),
 *   "<api>:fail the maximum size of the file storage limit is exceeded" (errCode 1300202),
 *   user files live under wx.env.USER_DATA_PATH = "http://usr", 200 MB in total.
 * - privacy-protected APIs without consent: "<api>:fail privacy permission is not authorized".
 * - navigation, against app.json (pages, subpackages, tabBar) and a page stack of at most 10:
 *   "navigateTo:fail can not navigateTo a tabbar page" (redirectTo alike),
 *   "switchTab:fail can not switch to no-tabBar page", "navigateTo:fail webview count limit
 *   exceed", '<api>:fail page "<route>" is not found', "navigateBack:fail cannot navigate back
 *   at first page.". A refused navigation changes nothing and is not recorded.
 *
 * Network APIs (request, uploadFile, downloadFile, connectSocket) throw: the app must never
 * use them, and a test that reaches one should fail loudly.
 */
import { createHash } from 'crypto';
import { readFileSync } from 'fs';
import * as path from 'path';

/* eslint-disable @typescript-eslint/no-explicit-any */

export const STORAGE_ENTRY_LIMIT = 1024 * 1024;
export const STORAGE_TOTAL_LIMIT = 10 * 1024 * 1024;
export const USER_DATA_PATH = 'http://usr';
export const TEMP_PATH = 'http://tmp';
export const FILE_STORAGE_LIMIT = 200 * 1024 * 1024;

export type Theme = 'light' | 'dark';

/** The shape every wx async callback receives on failure. */
export interface WxError {
  errMsg: string;
  errCode?: number;
  errno?: number;
}

/** A file a test puts on the fake phone (e.g. a file chosen from a chat). */
export interface FakeFileInput {
  path: string;
  data: string | ArrayBuffer | Uint8Array;
  /** Defaults to 'file'. */
  type?: 'file' | 'image' | 'video';
  name?: string;
}

export interface ChooseMessageFileResult {
  tempFiles: WechatMiniprogram.ChooseFile[];
}

export interface ChooseMediaResult {
  tempFiles: WechatMiniprogram.MediaFile[];
  type: 'image' | 'video' | 'mix';
}

/** What the user does with the next chooser / modal; queued by the test. */
export type Queued<T> = T | 'cancel' | { errMsg: string };

export interface WxFakeOptions {
  theme?: Theme;
  /** Base library version reported by getSystemInfoSync/getAppBaseInfo. */
  SDKVersion?: string;
  platform?: 'ios' | 'android' | 'devtools' | 'windows' | 'mac';
  /** Font size setting in px (WeChat "字体大小"); 17 is the default on iOS. */
  fontSizeSetting?: number;
  /** Start with these storage entries. */
  storage?: Record<string, unknown>;
  /** Start with these files (paths under http://usr or http://tmp). */
  files?: FakeFileInput[];
  clipboard?: string;
  /**
   * Bytes of the 200 MB file space already taken by files the test does not care about, so a
   * test can reach the real limit without allocating hundreds of megabytes.
   */
  usedFileBytes?: number;
  /** Enter/launch options; forwardMaterials describe a file forwarded from a chat. */
  enterOptions?: Partial<WechatMiniprogram.LaunchOptionsApp>;
  launchOptions?: Partial<WechatMiniprogram.LaunchOptionsApp>;
  /** Has the user agreed to the privacy guide? Defaults to true. */
  privacyAuthorized?: boolean;
  /** Now, for file times (ms). Defaults to Date.now(). */
  now?: () => number;
  /**
   * Routes of the page stack at the first navigation (bottom first). Defaults to the page
   * harness's getCurrentPages() when it has pages, else app.json's first page.
   */
  pageStack?: string[];
  /** false: a client without wx.getUpdateManager (old base library, some tools). */
  updateManager?: boolean;
}

/** WeChat's page-stack limit (navigateTo fails beyond it). */
export const PAGE_STACK_LIMIT = 10;

interface AppRoutes {
  pages: Set<string>;
  tabs: Set<string>;
  first: string;
}
let appRoutes: AppRoutes | undefined;
/** Every route app.json declares, and its tab pages: what the client checks a url against. */
function routesOfApp(): AppRoutes {
  if (appRoutes) return appRoutes;
  const app = JSON.parse(
    readFileSync(path.join(__dirname, '..', 'miniprogram', 'app.json'), 'utf8'),
  ) as {
    pages: string[];
    subpackages?: { root: string; pages: string[] }[];
    subPackages?: { root: string; pages: string[] }[];
    tabBar?: { list: { pagePath: string }[] };
  };
  const subs = app.subpackages ?? app.subPackages ?? [];
  appRoutes = {
    pages: new Set([
      ...app.pages,
      ...subs.flatMap((s) => s.pages.map((p) => `${s.root.replace(/\/$/, '')}/${p}`)),
    ]),
    tabs: new Set((app.tabBar?.list ?? []).map((t) => t.pagePath)),
    first: app.pages[0],
  };
  return appRoutes;
}

/** Switches a test flips to make the phone misbehave. */
export interface WxFaults {
  /** Every storage write fails as if the 10 MB were used up. */
  storageFull: boolean;
  /** Every file write fails as if the 200 MB were used up. */
  fileSpaceFull: boolean;
  /** Clipboard refusal: 'privacy' (no consent), 'deny' (user refused the paste prompt). */
  clipboard: false | 'privacy' | 'deny';
}

interface StoredEntry {
  /** Serialised form, as WeChat keeps it (strings as-is, everything else JSON). */
  raw: string;
  dataType: 'String' | 'Number' | 'Boolean' | 'Date' | 'Object' | 'Array' | 'Null' | 'Undefined';
}

interface FileNode {
  kind: 'file';
  data: Uint8Array;
  mtime: number;
}
interface DirNode {
  kind: 'dir';
  mtime: number;
}
type FsNode = FileNode | DirNode;

type Callbacks<S> = {
  success?: (res: S) => void;
  fail?: (err: WxError) => void;
  complete?: (res: S | WxError) => void;
};

export class WxFakeError extends Error {
  errMsg: string;
  errCode?: number;
  errno?: number;
  constructor(errMsg: string, errCode?: number, prefix = '') {
    super(prefix + errMsg);
    this.name = 'Error';
    this.errMsg = errMsg;
    if (errCode !== undefined) {
      this.errCode = errCode;
      this.errno = errCode;
    }
  }
}

/** Run callbacks asynchronously, like WeChat; returns a Promise when no callback is given. */
function finish<S>(opts: Callbacks<S> | undefined, run: () => S): Promise<S> | undefined {
  const hasCallback = !!(opts && (opts.success || opts.fail || opts.complete));
  const p = new Promise<S>((resolve, reject) => {
    setTimeout(() => {
      let res: S;
      try {
        res = run();
      } catch (e) {
        const err = toWxError(e);
        opts?.fail?.(err);
        opts?.complete?.(err);
        reject(err);
        return;
      }
      opts?.success?.(res);
      opts?.complete?.(res);
      resolve(res);
    }, 0);
  });
  if (hasCallback) {
    p.catch(() => undefined);
    return undefined;
  }
  return p;
}

function toWxError(e: unknown): WxError {
  if (e instanceof WxFakeError) {
    const out: WxError = { errMsg: e.errMsg };
    if (e.errCode !== undefined) {
      out.errCode = e.errCode;
      out.errno = e.errno;
    }
    return out;
  }
  if (e && typeof e === 'object' && 'errMsg' in e) return e as WxError;
  return { errMsg: String(e instanceof Error ? e.message : e) };
}

function serialise(data: unknown): StoredEntry {
  if (typeof data === 'string') return { raw: data, dataType: 'String' };
  if (typeof data === 'number') return { raw: String(data), dataType: 'Number' };
  if (typeof data === 'boolean') return { raw: String(data), dataType: 'Boolean' };
  if (data === null) return { raw: 'null', dataType: 'Null' };
  if (data === undefined) return { raw: '', dataType: 'Undefined' };
  if (data instanceof Date) return { raw: data.toISOString(), dataType: 'Date' };
  return { raw: JSON.stringify(data), dataType: Array.isArray(data) ? 'Array' : 'Object' };
}

function deserialise(e: StoredEntry): unknown {
  switch (e.dataType) {
    case 'String':
      return e.raw;
    case 'Number':
      return Number(e.raw);
    case 'Boolean':
      return e.raw === 'true';
    case 'Null':
      return null;
    case 'Undefined':
      return undefined;
    case 'Date':
      return new Date(e.raw);
    default:
      return JSON.parse(e.raw);
  }
}

function toBytes(data: string | ArrayBuffer | ArrayBufferView, encoding?: string): Uint8Array {
  if (typeof data === 'string') {
    const enc = normaliseEncoding(encoding ?? 'utf8');
    return new Uint8Array(Buffer.from(data, enc));
  }
  if (data instanceof ArrayBuffer) return new Uint8Array(data.slice(0));
  return new Uint8Array(data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength));
}

function normaliseEncoding(encoding: string): BufferEncoding {
  const e = encoding.toLowerCase();
  if (e === 'utf-8') return 'utf8';
  if (e === 'utf-16le' || e === 'ucs-2') return 'utf16le';
  if (e === 'binary') return 'latin1';
  return e as BufferEncoding;
}

function fromBytes(data: Uint8Array, encoding?: string): string | ArrayBuffer {
  if (!encoding) return data.slice().buffer;
  return Buffer.from(data).toString(normaliseEncoding(encoding));
}

function parentOf(p: string): string {
  const i = p.lastIndexOf('/');
  return i <= 'http://'.length ? p : p.slice(0, i);
}

function normalisePath(p: string): string {
  let out = p.replace(/\/+$/, '');
  if (out.startsWith('wxfile://usr')) out = USER_DATA_PATH + out.slice('wxfile://usr'.length);
  return out;
}

export type NavigationKind =
  'navigateTo' | 'redirectTo' | 'switchTab' | 'reLaunch' | 'navigateBack';

export interface ModalCall {
  title?: string;
  content?: string;
  showCancel?: boolean;
  confirmText?: string;
  cancelText?: string;
}

export interface WxFake {
  /** The fake wx object (install it, or pass it to code under test). */
  readonly wx: WechatMiniprogram.Wx;
  readonly faults: WxFaults;
  /** Recorded interactions. */
  readonly calls: {
    phone: string[];
    toasts: WechatMiniprogram.ShowToastOption[];
    modals: ModalCall[];
    actionSheets: string[][];
    sharedFiles: { filePath: string; fileName?: string }[];
    openedDocuments: { filePath: string; fileType?: string }[];
    vibrations: number;
    audio: { src: string; action: 'play' | 'pause' | 'stop' | 'destroy' }[];
    clipboardWrites: string[];
    /** Protected APIs that raised onNeedPrivacyAuthorization, in order. */
    privacyPrompts: string[];
    /** navigateTo / redirectTo / switchTab / reLaunch / navigateBack, in order. */
    navigations: { kind: NavigationKind; url: string }[];
    /** Times the app called UpdateManager.applyUpdate (WeChat restarts it). */
    updatesApplied: number;
  };
  /** Queue what the user answers next. */
  queueModal(answer: Queued<{ confirm: boolean; content?: string }>): void;
  queueActionSheet(answer: Queued<number>): void;
  queueMessageFile(files: Queued<FakeFileInput[]>): void;
  queueMedia(files: Queued<FakeFileInput[]>): void;
  /** Answer the next onNeedPrivacyAuthorization prompt(s) with agree/disagree. */
  setPrivacyAuthorized(v: boolean): void;
  /** Change the system theme and fire onThemeChange listeners. */
  setTheme(theme: Theme): void;
  /** Routes of the fake's page stack, bottom first (as the client would have it). */
  pageStack(): string[];
  /** WeChat finished downloading a new version: fire onUpdateReady listeners. */
  updateReady(): void;
  setClipboard(text: string): void;
  getClipboard(): string;
  /** Storage inspection and corruption. */
  storageSnapshot(): Record<string, unknown>;
  storageBytes(): number;
  /** Replace a key's stored bytes with something that is not what the app wrote. */
  corruptKey(key: string, raw?: string): void;
  /** Files. */
  putFile(file: FakeFileInput): string;
  readFileText(path: string): string | undefined;
  fileExists(path: string): boolean;
  userFileBytes(): number;
  /** Bytes read through readSync so far, and the largest single read (streaming checks). */
  readStats(): { bytesRead: number; maxRead: number };
  /** Truncate a file to half its size (a torn write). */
  corruptFile(path: string): void;
  setEnterOptions(o: Partial<WechatMiniprogram.LaunchOptionsApp>): void;
  /** Restore the wx that was global before installWxFake (no-op if not installed). */
  uninstall(): void;
}

/** How to put back the global wx that installWxFake replaced, per installed fake. */
const restorers = new WeakMap<WxFake, () => void>();

export function createWxFake(opts: WxFakeOptions = {}): WxFake {
  const now = opts.now ?? (() => Date.now());
  let theme: Theme = opts.theme ?? 'light';
  let clipboard = opts.clipboard ?? '';
  let privacyAuthorized = opts.privacyAuthorized ?? true;
  const faults: WxFaults = { storageFull: false, fileSpaceFull: false, clipboard: false };
  const store = new Map<string, StoredEntry>();
  const fsNodes = new Map<string, FsNode>();
  fsNodes.set(USER_DATA_PATH, { kind: 'dir', mtime: now() });
  fsNodes.set(TEMP_PATH, { kind: 'dir', mtime: now() });
  const themeListeners = new Set<(r: { theme: Theme }) => void>();
  let privacyListener:
    | ((
        resolve: (r: {
          event: 'agree' | 'disagree' | 'exposureAuthorization';
          buttonId?: string;
        }) => void,
        info: { referrer: string },
      ) => void)
    | undefined;
  const modalQueue: Queued<{ confirm: boolean; content?: string }>[] = [];
  const sheetQueue: Queued<number>[] = [];
  const messageFileQueue: Queued<FakeFileInput[]>[] = [];
  const mediaQueue: Queued<FakeFileInput[]>[] = [];
  let enterOptions = launchDefaults(opts.enterOptions);
  const launchOptions = launchDefaults(opts.launchOptions ?? opts.enterOptions);
  let tempCounter = 0;

  // ---------------------------------------------------------------- page stack
  let stack: string[] | undefined = opts.pageStack ? [...opts.pageStack] : undefined;
  function pages(): string[] {
    if (!stack) {
      const g = globalThis as unknown as { getCurrentPages?: () => { route?: string }[] };
      const harness = (typeof g.getCurrentPages === 'function' ? g.getCurrentPages() : [])
        .map((p) => p.route)
        .filter((r): r is string => !!r);
      stack = harness.length ? harness : [routesOfApp().first];
    }
    return stack;
  }
  /** Apply one navigation to the stack, or throw WeChat's refusal (nothing changes). */
  function navigate(kind: Exclude<NavigationKind, 'navigateBack'>, url: string): void {
    const app = routesOfApp();
    const current = pages();
    const top = current[current.length - 1] ?? '';
    const bare = url.split('?')[0];
    // A url without a leading slash is relative to the current page's folder.
    const route = path.posix
      .normalize(bare.startsWith('/') ? bare : path.posix.join(path.posix.dirname(top), bare))
      .replace(/^\/+/, '');
    if (!app.pages.has(route)) throw new WxFakeError(`${kind}:fail page "${route}" is not found`);
    const isTab = app.tabs.has(route);
    if ((kind === 'navigateTo' || kind === 'redirectTo') && isTab)
      throw new WxFakeError(`${kind}:fail can not ${kind} a tabbar page`);
    if (kind === 'switchTab' && !isTab)
      throw new WxFakeError('switchTab:fail can not switch to no-tabBar page');
    if (kind === 'navigateTo') {
      if (current.length >= PAGE_STACK_LIMIT)
        throw new WxFakeError('navigateTo:fail webview count limit exceed');
      current.push(route);
    } else if (kind === 'redirectTo') current[current.length - 1] = route;
    else current.splice(0, current.length, route);
  }

  const calls: WxFake['calls'] = {
    phone: [],
    toasts: [],
    modals: [],
    actionSheets: [],
    sharedFiles: [],
    openedDocuments: [],
    vibrations: 0,
    audio: [],
    clipboardWrites: [],
    privacyPrompts: [],
    navigations: [],
    updatesApplied: 0,
  };
  const updateReadyListeners: (() => void)[] = [];

  // ---------------------------------------------------------------- storage
  function entrySize(key: string, e: StoredEntry): number {
    return key.length + e.raw.length;
  }
  function totalSize(except?: string): number {
    let n = 0;
    for (const [k, e] of store) if (k !== except) n += entrySize(k, e);
    return n;
  }
  function storageSet(api: string, key: unknown, data: unknown): void {
    if (typeof key !== 'string' || key === '') {
      throw new WxFakeError(
        `${api}:fail parameter error: parameter.key should be String instead of ${typeof key};`,
      );
    }
    const e = serialise(data);
    if (entrySize(key, e) > STORAGE_ENTRY_LIMIT) {
      throw new WxFakeError(`${api}:fail:entry size limit reached`);
    }
    if (faults.storageFull || totalSize(key) + entrySize(key, e) > STORAGE_TOTAL_LIMIT) {
      throw new WxFakeError(`${api}:fail exceed storage max size 10Mb`);
    }
    store.set(key, e);
  }
  function storageGet(key: string): { found: boolean; value: unknown } {
    const e = store.get(key);
    if (!e) return { found: false, value: '' };
    try {
      return { found: true, value: deserialise(e) };
    } catch {
      // A corrupted JSON entry comes back as its raw text, as WeChat would hand it over.
      return { found: true, value: e.raw };
    }
  }
  function storageInfo(): WechatMiniprogram.GetStorageInfoSyncOption {
    return {
      keys: [...store.keys()],
      currentSize: Math.ceil(totalSize() / 1024),
      limitSize: STORAGE_TOTAL_LIMIT / 1024,
    };
  }
  /** Sync APIs throw with the base library's prefix. */
  function syncCall<T>(run: () => T): T {
    try {
      return run();
    } catch (e) {
      if (e instanceof WxFakeError) throw new WxFakeError(e.errMsg, e.errCode, 'APP-SERVICE-SDK:');
      throw e;
    }
  }

  // ---------------------------------------------------------------- files
  const FS_NOENT = 1300002;
  const FS_FULL = 1300202;
  function noent(api: string, p: string): WxFakeError {
    return new WxFakeError(`${api}:fail no such file or directory ${p}`, FS_NOENT);
  }
  function full(api: string): WxFakeError {
    return new WxFakeError(
      `${api}:fail the maximum size of the file storage limit is exceeded`,
      FS_FULL,
    );
  }
  function userBytes(except?: string): number {
    let n = opts.usedFileBytes ?? 0;
    for (const [p, node] of fsNodes) {
      if (node.kind === 'file' && p !== except && p.startsWith(USER_DATA_PATH + '/'))
        n += node.data.byteLength;
    }
    return n;
  }
  function requireWritable(api: string, p: string): void {
    if (!p.startsWith(USER_DATA_PATH + '/')) {
      throw new WxFakeError(`${api}:fail permission denied, open ${p}`, 1300013);
    }
    const parent = fsNodes.get(parentOf(p));
    if (!parent) throw noent(api, p);
    if (parent.kind !== 'dir') throw new WxFakeError(`${api}:fail not a directory ${p}`, 1300020);
    const existing = fsNodes.get(p);
    if (existing && existing.kind === 'dir') {
      throw new WxFakeError(`${api}:fail illegal operation on a directory, open ${p}`, 1301003);
    }
  }
  function writeBytes(api: string, p: string, bytes: Uint8Array): void {
    requireWritable(api, p);
    if (faults.fileSpaceFull || userBytes(p) + bytes.byteLength > FILE_STORAGE_LIMIT)
      throw full(api);
    fsNodes.set(p, { kind: 'file', data: bytes, mtime: now() });
  }
  function readNode(api: string, p: string): FileNode {
    const node = fsNodes.get(p);
    if (!node) throw noent(api, p);
    if (node.kind !== 'file')
      throw new WxFakeError(`${api}:fail illegal operation on a directory, open ${p}`, 1301003);
    return node;
  }
  function statOf(node: FsNode): WechatMiniprogram.Stats {
    const isDir = node.kind === 'dir';
    const t = Math.floor(node.mtime / 1000);
    return {
      mode: isDir ? 0o40755 : 0o100644,
      size: isDir ? 0 : node.data.byteLength,
      lastAccessedTime: t,
      lastModifiedTime: t,
      isDirectory: () => isDir,
      isFile: () => !isDir,
    };
  }
  function childrenOf(dir: string): string[] {
    const prefix = dir + '/';
    const out: string[] = [];
    for (const p of fsNodes.keys()) {
      if (p.startsWith(prefix) && !p.slice(prefix.length).includes('/'))
        out.push(p.slice(prefix.length));
    }
    return out.sort();
  }

  const fds = new Map<string, string>();
  let fdCounter = 0;
  const stats = { bytesRead: 0, maxRead: 0 };

  // Each operation takes the API name it reports errors under first, then the arguments in
  // the order the *Sync form takes them; paths are normalised here.
  const fsApi = {
    access(api: string, path: string): void {
      const p = normalisePath(path);
      if (!fsNodes.has(p)) throw noent(api, p);
    },
    readFile(
      api: string,
      path: string,
      encoding?: string,
      position?: number,
      length?: number,
    ): string | ArrayBuffer {
      const data = readNode(api, normalisePath(path)).data;
      if (position === undefined && length === undefined) return fromBytes(data, encoding);
      const start = position ?? 0;
      if (start < 0 || start > data.byteLength)
        throw new WxFakeError(`${api}:fail the value of "position" is out of range`, 1300066);
      const end =
        length === undefined ? data.byteLength : Math.min(data.byteLength, start + length);
      return fromBytes(data.subarray(start, end), encoding);
    },
    open(api: string, filePath: string, flag?: string): string {
      const p = normalisePath(filePath);
      if ((flag ?? 'r').startsWith('r')) readNode(api, p);
      const fd = `fd${++fdCounter}`;
      fds.set(fd, p);
      return fd;
    },
    read(
      api: string,
      fd: string,
      arrayBuffer: ArrayBuffer,
      offset?: number,
      length?: number,
      position?: number,
    ): { bytesRead: number; arrayBuffer: ArrayBuffer } {
      const p = fds.get(fd);
      if (!p) throw new WxFakeError(`${api}:fail bad file descriptor`, 1300009);
      const data = readNode(api, p).data;
      const at = position ?? 0;
      const len = Math.max(0, Math.min(length ?? arrayBuffer.byteLength, data.byteLength - at));
      new Uint8Array(arrayBuffer, offset ?? 0, len).set(data.subarray(at, at + len));
      stats.bytesRead += len;
      stats.maxRead = Math.max(stats.maxRead, len);
      return { bytesRead: len, arrayBuffer };
    },
    close(api: string, fd: string): void {
      if (!fds.delete(fd)) throw new WxFakeError(`${api}:fail bad file descriptor`, 1300009);
    },
    writeFile(api: string, path: string, data: string | ArrayBuffer, encoding?: string): void {
      writeBytes(api, normalisePath(path), toBytes(data, encoding));
    },
    appendFile(api: string, path: string, data: string | ArrayBuffer, encoding?: string): void {
      const p = normalisePath(path);
      const node = readNode(api, p);
      const add = toBytes(data, encoding);
      const merged = new Uint8Array(node.data.byteLength + add.byteLength);
      merged.set(node.data, 0);
      merged.set(add, node.data.byteLength);
      writeBytes(api, p, merged);
    },
    copyFile(api: string, srcPath: string, destPath: string): void {
      const [src, dest] = [normalisePath(srcPath), normalisePath(destPath)];
      const node = fsNodes.get(src);
      if (!node || node.kind !== 'file') {
        throw new WxFakeError(
          `${api}:fail no such file or directory, copyFile ${src} -> ${dest}`,
          FS_NOENT,
        );
      }
      writeBytes(api, dest, node.data.slice());
    },
    rename(api: string, oldPath: string, newPath: string): void {
      const [from, to] = [normalisePath(oldPath), normalisePath(newPath)];
      const node = fsNodes.get(from);
      if (!node) {
        throw new WxFakeError(
          `${api}:fail no such file or directory, rename ${from} -> ${to}`,
          FS_NOENT,
        );
      }
      if (node.kind === 'dir') {
        throw new WxFakeError(
          `${api}:fail operation not permitted, rename ${from} -> ${to}`,
          1300001,
        );
      }
      requireWritable(api, to);
      fsNodes.delete(from);
      fsNodes.set(to, { ...node, mtime: now() });
    },
    unlink(api: string, path: string): void {
      const p = normalisePath(path);
      const node = fsNodes.get(p);
      if (!node) throw noent(api, p);
      if (node.kind === 'dir') {
        throw new WxFakeError(`${api}:fail operation not permitted, unlink ${p}`, 1300001);
      }
      fsNodes.delete(p);
    },
    mkdir(api: string, dirPath: string, recursive?: boolean): void {
      const p = normalisePath(dirPath);
      if (!p.startsWith(USER_DATA_PATH + '/')) {
        throw new WxFakeError(`${api}:fail permission denied, open ${p}`, 1300013);
      }
      if (fsNodes.has(p)) throw new WxFakeError(`${api}:fail file already exists ${p}`, 1301005);
      const parent = parentOf(p);
      if (!fsNodes.has(parent)) {
        if (!recursive) throw noent(api, p);
        fsApi.mkdir(api, parent, true);
      }
      fsNodes.set(p, { kind: 'dir', mtime: now() });
    },
    rmdir(api: string, dirPath: string, recursive?: boolean): void {
      const p = normalisePath(dirPath);
      const node = fsNodes.get(p);
      if (!node) throw noent(api, p);
      if (node.kind !== 'dir') throw new WxFakeError(`${api}:fail not a directory ${p}`, 1300020);
      const kids = [...fsNodes.keys()].filter((k) => k.startsWith(p + '/'));
      if (kids.length && !recursive) {
        throw new WxFakeError(`${api}:fail directory not empty`, 1300066);
      }
      for (const k of kids) fsNodes.delete(k);
      fsNodes.delete(p);
    },
    readdir(api: string, dirPath: string): string[] {
      const p = normalisePath(dirPath);
      const node = fsNodes.get(p);
      if (!node) throw noent(api, p);
      if (node.kind !== 'dir') throw new WxFakeError(`${api}:fail not a directory ${p}`, 1300020);
      return childrenOf(p);
    },
    stat(
      api: string,
      path: string,
      recursive?: boolean,
    ): WechatMiniprogram.Stats | Record<string, WechatMiniprogram.Stats> {
      const p = normalisePath(path);
      const node = fsNodes.get(p);
      if (!node) throw noent(api, p);
      if (!recursive || node.kind === 'file') return statOf(node);
      const out: Record<string, WechatMiniprogram.Stats> = { '/': statOf(node) };
      for (const [k, n] of fsNodes) if (k.startsWith(p + '/')) out[k.slice(p.length)] = statOf(n);
      return out;
    },
    getFileInfo(
      api: string,
      filePath: string,
      digestAlgorithm?: 'md5' | 'sha1',
    ): { size: number; digest: string } {
      const node = readNode(api, normalisePath(filePath));
      const digest = createHash(digestAlgorithm ?? 'md5')
        .update(node.data)
        .digest('hex');
      return { size: node.data.byteLength, digest };
    },
  };

  function putFile(file: FakeFileInput): string {
    const p = normalisePath(file.path);
    let dir = parentOf(p);
    const missing: string[] = [];
    while (!fsNodes.has(dir) && dir.length > 'http://'.length) {
      missing.unshift(dir);
      dir = parentOf(dir);
    }
    for (const d of missing) fsNodes.set(d, { kind: 'dir', mtime: now() });
    fsNodes.set(p, { kind: 'file', data: toBytes(file.data), mtime: now() });
    return p;
  }
  for (const f of opts.files ?? []) putFile(f);
  for (const [k, v] of Object.entries(opts.storage ?? {})) storageSet('setStorageSync', k, v);

  function tempFileFrom(file: FakeFileInput): { path: string; size: number; name: string } {
    const name = file.name ?? file.path.split('/').pop() ?? `file${tempCounter}`;
    const path = file.path.startsWith('http://')
      ? file.path
      : `${TEMP_PATH}/${++tempCounter}_${name}`;
    putFile({ ...file, path });
    return { path, size: toBytes(file.data).byteLength, name };
  }

  // ---------------------------------------------------------------- privacy
  /**
   * WeChat holds a privacy-protected call until the user answers the privacy guide: with a
   * listener registered, the call waits for its resolve({ event: 'agree' | 'disagree' })
   * (an unanswered prompt leaves it waiting forever); without one, it fails at once.
   */
  function gated<S>(
    api: string,
    opts: Callbacks<S> | undefined,
    run: () => S,
  ): Promise<S> | undefined {
    const guarded = () => {
      if (!privacyAuthorized)
        throw new WxFakeError(`${api}:fail privacy permission is not authorized`, 104);
      return run();
    };
    if (privacyAuthorized || !privacyListener) return finish(opts, guarded);
    const listener = privacyListener;
    calls.privacyPrompts.push(api);
    const answered = new Promise<void>((done) => {
      listener(
        (r) => {
          if (r.event === 'agree') privacyAuthorized = true;
          if (r.event === 'agree' || r.event === 'disagree') done();
        },
        { referrer: api },
      );
    });
    const p = answered.then(() => finish<S>(undefined, guarded) as Promise<S>);
    if (!(opts && (opts.success || opts.fail || opts.complete))) return p;
    p.then(
      (res) => {
        opts.success?.(res);
        opts.complete?.(res);
      },
      (err: WxError) => {
        opts.fail?.(err);
        opts.complete?.(err);
      },
    );
    return undefined;
  }

  function takeQueued<T>(q: Queued<T>[], api: string, fallback: Queued<T>): T {
    const next = q.length ? q.shift()! : fallback;
    if (next === 'cancel') throw new WxFakeError(`${api}:fail cancel`);
    if (next && typeof next === 'object' && 'errMsg' in (next as object)) {
      throw new WxFakeError((next as { errMsg: string }).errMsg);
    }
    return next as T;
  }

  function systemInfo() {
    return {
      brand: 'devtools',
      model: 'iPhone 13',
      pixelRatio: 3,
      screenWidth: 390,
      screenHeight: 844,
      windowWidth: 390,
      windowHeight: 844,
      statusBarHeight: 47,
      language: 'zh_CN',
      version: '8.0.50',
      system: 'iOS 17.0',
      platform: opts.platform ?? 'ios',
      fontSizeSetting: opts.fontSizeSetting ?? 17,
      SDKVersion: opts.SDKVersion ?? '3.4.0',
      benchmarkLevel: 1,
      theme,
      enableDebug: false,
      safeArea: { left: 0, right: 390, top: 47, bottom: 810, width: 390, height: 763 },
      host: { appId: '' },
    };
  }

  const forbidden = (name: string) => () => {
    throw new Error(`wx.${name} is forbidden: the app makes no network requests (see DESIGN.md)`);
  };

  const wx: Record<string, any> = {
    env: { USER_DATA_PATH },

    // storage
    setStorageSync: (key: string, data: unknown) =>
      syncCall(() => storageSet('setStorageSync', key, data)),
    getStorageSync: (key: string) => syncCall(() => storageGet(key).value),
    removeStorageSync: (key: string) => {
      store.delete(key);
    },
    clearStorageSync: () => store.clear(),
    getStorageInfoSync: () => storageInfo(),
    setStorage: (
      o: { key: string; data: unknown } & Callbacks<WechatMiniprogram.GeneralCallbackResult>,
    ) =>
      finish(o, () => {
        storageSet('setStorage', o.key, o.data);
        return { errMsg: 'setStorage:ok' };
      }),
    getStorage: (o: { key: string } & Callbacks<{ data: unknown; errMsg: string }>) =>
      finish(o, () => {
        const r = storageGet(o.key);
        if (!r.found) throw new WxFakeError('getStorage:fail data not found');
        return { data: r.value, errMsg: 'getStorage:ok' };
      }),
    removeStorage: (o: { key: string } & Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => {
        store.delete(o.key);
        return { errMsg: 'removeStorage:ok' };
      }),
    clearStorage: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => {
        store.clear();
        return { errMsg: 'clearStorage:ok' };
      }),
    getStorageInfo: (
      o?: Callbacks<WechatMiniprogram.GetStorageInfoSyncOption & { errMsg: string }>,
    ) => finish(o, () => ({ ...storageInfo(), errMsg: 'getStorageInfo:ok' })),

    // files
    getFileSystemManager: () => fileSystemManager,

    // clipboard
    getClipboardData: (o?: Callbacks<{ data: string; errMsg: string }>) => {
      return gated('getClipboardData', o, () => {
        if (faults.clipboard === 'privacy') {
          throw new WxFakeError('getClipboardData:fail privacy permission is not authorized', 104);
        }
        if (faults.clipboard === 'deny') throw new WxFakeError('getClipboardData:fail auth deny');
        return { data: clipboard, errMsg: 'getClipboardData:ok' };
      });
    },
    setClipboardData: (
      o: { data: string } & Callbacks<WechatMiniprogram.GeneralCallbackResult>,
    ) => {
      return gated('setClipboardData', o, () => {
        if (faults.clipboard === 'privacy') {
          throw new WxFakeError('setClipboardData:fail privacy permission is not authorized', 104);
        }
        clipboard = String(o.data);
        calls.clipboardWrites.push(clipboard);
        return { errMsg: 'setClipboardData:ok' };
      });
    },

    // phone and UI
    makePhoneCall: (
      o: { phoneNumber: string } & Callbacks<WechatMiniprogram.GeneralCallbackResult>,
    ) =>
      finish(o, () => {
        calls.phone.push(o.phoneNumber);
        return { errMsg: 'makePhoneCall:ok' };
      }),
    showToast: (o: WechatMiniprogram.ShowToastOption) => {
      calls.toasts.push({ title: o.title, icon: o.icon, duration: o.duration });
      return finish(o as Callbacks<WechatMiniprogram.GeneralCallbackResult>, () => ({
        errMsg: 'showToast:ok',
      }));
    },
    hideToast: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => ({ errMsg: 'hideToast:ok' })),
    showLoading: (o: { title: string } & Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => ({ errMsg: 'showLoading:ok' })),
    hideLoading: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => ({ errMsg: 'hideLoading:ok' })),
    showModal: (
      o: ModalCall &
        Callbacks<{ confirm: boolean; cancel: boolean; content?: string; errMsg: string }>,
    ) => {
      calls.modals.push({
        title: o.title,
        content: o.content,
        showCancel: o.showCancel,
        confirmText: o.confirmText,
        cancelText: o.cancelText,
      });
      return finish(o, () => {
        const a = takeQueued(modalQueue, 'showModal', { confirm: true });
        return {
          confirm: a.confirm,
          cancel: !a.confirm,
          content: a.content,
          errMsg: 'showModal:ok',
        };
      });
    },
    showActionSheet: (
      o: { itemList: string[] } & Callbacks<{ tapIndex: number; errMsg: string }>,
    ) => {
      calls.actionSheets.push([...o.itemList]);
      return finish(o, () => ({
        tapIndex: takeQueued(sheetQueue, 'showActionSheet', 'cancel'),
        errMsg: 'showActionSheet:ok',
      }));
    },
    vibrateShort: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) => {
      calls.vibrations += 1;
      return finish(o, () => ({ errMsg: 'vibrateShort:ok' }));
    },

    // updates: WeChat downloads them; the app only hears that one is ready
    ...(opts.updateManager === false
      ? {}
      : {
          getUpdateManager: () => ({
            onCheckForUpdate: () => undefined,
            onUpdateReady: (fn: () => void) => updateReadyListeners.push(fn),
            onUpdateFailed: () => undefined,
            applyUpdate: () => {
              calls.updatesApplied += 1;
            },
          }),
        }),

    // navigation: checked against app.json and the page stack as the client checks it
    ...Object.fromEntries(
      (['navigateTo', 'redirectTo', 'switchTab', 'reLaunch'] as const).map((kind) => [
        kind,
        (o: { url: string } & Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
          finish(o, () => {
            navigate(kind, String(o.url));
            calls.navigations.push({ kind, url: o.url });
            return { errMsg: `${kind}:ok` };
          }),
      ]),
    ),
    navigateBack: (o?: { delta?: number } & Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => {
        const stack = pages();
        if (stack.length < 2)
          throw new WxFakeError('navigateBack:fail cannot navigate back at first page.');
        stack.splice(Math.max(1, stack.length - Math.max(1, o?.delta ?? 1)));
        calls.navigations.push({ kind: 'navigateBack', url: String(o?.delta ?? 1) });
        return { errMsg: 'navigateBack:ok' };
      }),

    // choosing, sharing and opening files
    chooseMessageFile: (o: Callbacks<ChooseMessageFileResult & { errMsg: string }>) => {
      return gated('chooseMessageFile', o, () => {
        const files = takeQueued(messageFileQueue, 'chooseMessageFile', 'cancel');
        const tempFiles = files.map((f) => {
          const t = tempFileFrom(f);
          return {
            ...t,
            type: f.type ?? 'file',
            time: Math.floor(now() / 1000),
          } as WechatMiniprogram.ChooseFile;
        });
        return { tempFiles, errMsg: 'chooseMessageFile:ok' };
      });
    },
    chooseMedia: (o: Callbacks<ChooseMediaResult & { errMsg: string }>) => {
      return gated('chooseMedia', o, () => {
        const files = takeQueued(mediaQueue, 'chooseMedia', 'cancel');
        const tempFiles = files.map((f) => {
          const t = tempFileFrom(f);
          return {
            tempFilePath: t.path,
            size: t.size,
            fileType: f.type === 'video' ? 'video' : 'image',
            duration: 0,
            height: 0,
            width: 0,
            thumbTempFilePath: '',
          } as unknown as WechatMiniprogram.MediaFile;
        });
        const kinds = new Set(files.map((f) => (f.type === 'video' ? 'video' : 'image')));
        const type = kinds.size > 1 ? 'mix' : kinds.has('video') ? 'video' : 'image';
        return { tempFiles, type, errMsg: 'chooseMedia:ok' } as ChooseMediaResult & {
          errMsg: string;
        };
      });
    },
    shareFileMessage: (
      o: {
        filePath: string;
        fileName?: string;
      } & Callbacks<WechatMiniprogram.GeneralCallbackResult>,
    ) =>
      finish(o, () => {
        if (!fsNodes.has(normalisePath(o.filePath))) throw noent('shareFileMessage', o.filePath);
        calls.sharedFiles.push({ filePath: o.filePath, fileName: o.fileName });
        return { errMsg: 'shareFileMessage:ok' };
      }),
    openDocument: (
      o: {
        filePath: string;
        fileType?: string;
      } & Callbacks<WechatMiniprogram.GeneralCallbackResult>,
    ) =>
      finish(o, () => {
        if (!fsNodes.has(normalisePath(o.filePath))) throw noent('openDocument', o.filePath);
        calls.openedDocuments.push({ filePath: o.filePath, fileType: o.fileType });
        return { errMsg: 'openDocument:ok' };
      }),
    createInnerAudioContext: () => createAudio(),

    // system, theme, lifecycle
    getSystemInfoSync: () => systemInfo(),
    getSystemInfo: (o?: Callbacks<ReturnType<typeof systemInfo>>) => finish(o, () => systemInfo()),
    getSystemInfoAsync: (o?: Callbacks<ReturnType<typeof systemInfo>>) =>
      finish(o, () => systemInfo()),
    getAppBaseInfo: () => {
      const s = systemInfo();
      return {
        SDKVersion: s.SDKVersion,
        enableDebug: false,
        host: s.host,
        language: s.language,
        version: s.version,
        theme: s.theme,
        fontSizeSetting: s.fontSizeSetting,
        fontSizeScaleFactor: s.fontSizeSetting / 17,
      };
    },
    getWindowInfo: () => {
      const s = systemInfo();
      return {
        pixelRatio: s.pixelRatio,
        screenWidth: s.screenWidth,
        screenHeight: s.screenHeight,
        windowWidth: s.windowWidth,
        windowHeight: s.windowHeight,
        statusBarHeight: s.statusBarHeight,
        safeArea: s.safeArea,
        screenTop: 0,
      };
    },
    getDeviceInfo: () => {
      const s = systemInfo();
      return {
        brand: s.brand,
        model: s.model,
        system: s.system,
        platform: s.platform,
        benchmarkLevel: 1,
      };
    },
    canIUse: () => true,
    nextTick: (fn: () => void) => {
      setTimeout(fn, 0);
    },
    onThemeChange: (fn: (r: { theme: Theme }) => void) => {
      themeListeners.add(fn);
    },
    offThemeChange: (fn?: (r: { theme: Theme }) => void) => {
      if (fn) themeListeners.delete(fn);
      else themeListeners.clear();
    },
    onNeedPrivacyAuthorization: (fn: typeof privacyListener) => {
      privacyListener = fn;
    },
    getPrivacySetting: (
      o?: Callbacks<{ needAuthorization: boolean; privacyContractName: string; errMsg: string }>,
    ) =>
      finish(o, () => ({
        needAuthorization: !privacyAuthorized,
        privacyContractName: '《催款核验小程序隐私保护指引》',
        errMsg: 'getPrivacySetting:ok',
      })),
    requirePrivacyAuthorize: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) => {
      return gated('requirePrivacyAuthorize', o, () => ({
        errMsg: 'requirePrivacyAuthorize:ok',
      }));
    },
    openPrivacyContract: (o?: Callbacks<WechatMiniprogram.GeneralCallbackResult>) =>
      finish(o, () => ({ errMsg: 'openPrivacyContract:ok' })),
    getEnterOptionsSync: () => structuredClone(enterOptions),
    getLaunchOptionsSync: () => structuredClone(launchOptions),

    // never used by the app
    request: forbidden('request'),
    uploadFile: forbidden('uploadFile'),
    downloadFile: forbidden('downloadFile'),
    connectSocket: forbidden('connectSocket'),
  };

  function createAudio() {
    let src = '';
    const ended = new Set<() => void>();
    const errors = new Set<(e: WxError) => void>();
    return {
      get src() {
        return src;
      },
      set src(v: string) {
        src = v;
      },
      autoplay: false,
      loop: false,
      volume: 1,
      play() {
        calls.audio.push({ src, action: 'play' });
        if (src && !fsNodes.has(normalisePath(src))) {
          for (const fn of errors) fn({ errMsg: 'play:fail file not found', errCode: 10004 });
        }
      },
      pause() {
        calls.audio.push({ src, action: 'pause' });
      },
      stop() {
        calls.audio.push({ src, action: 'stop' });
      },
      destroy() {
        calls.audio.push({ src, action: 'destroy' });
      },
      onEnded: (fn: () => void) => ended.add(fn),
      offEnded: (fn: () => void) => ended.delete(fn),
      onError: (fn: (e: WxError) => void) => errors.add(fn),
      offError: (fn: (e: WxError) => void) => errors.delete(fn),
      onPlay: () => undefined,
      onPause: () => undefined,
      onStop: () => undefined,
      onTimeUpdate: () => undefined,
      onCanplay: () => undefined,
      /** Test hook: end playback. */
      __end() {
        for (const fn of ended) fn();
      },
    };
  }

  /**
   * The FileSystemManager: for each operation, the async form reads these option keys (in the
   * order the *Sync form takes them as arguments) and wraps the result like WeChat does.
   */
  const fsOps: Record<
    keyof typeof fsApi,
    { keys: string[]; result?: (r: any) => Record<string, unknown>; noSync?: true }
  > = {
    access: { keys: ['path'] },
    readFile: {
      keys: ['filePath', 'encoding', 'position', 'length'],
      result: (data) => ({ data }),
    },
    open: { keys: ['filePath', 'flag'], result: (fd) => ({ fd }) },
    read: {
      keys: ['fd', 'arrayBuffer', 'offset', 'length', 'position'],
      result: (r) => r,
    },
    close: { keys: ['fd'] },
    writeFile: { keys: ['filePath', 'data', 'encoding'] },
    appendFile: { keys: ['filePath', 'data', 'encoding'] },
    copyFile: { keys: ['srcPath', 'destPath'] },
    rename: { keys: ['oldPath', 'newPath'] },
    unlink: { keys: ['filePath'] },
    mkdir: { keys: ['dirPath', 'recursive'] },
    rmdir: { keys: ['dirPath', 'recursive'] },
    readdir: { keys: ['dirPath'], result: (files) => ({ files }) },
    stat: { keys: ['path', 'recursive'], result: (stats) => ({ stats }) },
    getFileInfo: { keys: ['filePath', 'digestAlgorithm'], result: (info) => info, noSync: true },
  };
  const OBJECT_SYNC = new Set(['open', 'read', 'close']);
  const fileSystemManager: Record<string, (...args: any[]) => unknown> = {};
  for (const [name, op] of Object.entries(fsOps)) {
    const run = (fsApi as Record<string, (api: string, ...args: any[]) => unknown>)[name];
    fileSystemManager[name] = (o: Callbacks<Record<string, unknown>> & Record<string, any>) =>
      finish(o, () => {
        const r = run(name, ...op.keys.map((k) => o[k]));
        return { ...(op.result ? op.result(r) : {}), errMsg: `${name}:ok` };
      });
    if (OBJECT_SYNC.has(name)) {
      // openSync/readSync/closeSync take one options object, like their async forms.
      fileSystemManager[`${name}Sync`] = (o: Record<string, any>) =>
        run(`${name}Sync`, ...op.keys.map((k) => o[k]));
    } else if (!op.noSync) {
      fileSystemManager[`${name}Sync`] = (...args: any[]) => run(`${name}Sync`, ...args);
    }
  }

  const fake: WxFake = {
    wx: wx as unknown as WechatMiniprogram.Wx,
    faults,
    calls,
    queueModal: (a) => modalQueue.push(a),
    queueActionSheet: (a) => sheetQueue.push(a),
    queueMessageFile: (a) => messageFileQueue.push(a),
    queueMedia: (a) => mediaQueue.push(a),
    setPrivacyAuthorized: (v) => {
      privacyAuthorized = v;
    },
    setTheme: (t) => {
      theme = t;
      for (const fn of themeListeners) fn({ theme: t });
    },
    pageStack: () => [...pages()],
    updateReady: () => {
      for (const fn of updateReadyListeners) fn();
    },
    setClipboard: (t) => {
      clipboard = t;
    },
    getClipboard: () => clipboard,
    storageSnapshot: () => {
      const out: Record<string, unknown> = {};
      for (const k of store.keys()) out[k] = storageGet(k).value;
      return out;
    },
    storageBytes: () => totalSize(),
    corruptKey: (key, raw) => {
      const prev = store.get(key);
      const text =
        raw ?? (prev ? prev.raw.slice(0, Math.max(1, Math.floor(prev.raw.length / 2))) : '{"');
      store.set(key, { raw: text, dataType: 'Object' });
    },
    putFile,
    readFileText: (p) => {
      const node = fsNodes.get(normalisePath(p));
      return node && node.kind === 'file' ? Buffer.from(node.data).toString('utf8') : undefined;
    },
    fileExists: (p) => fsNodes.has(normalisePath(p)),
    userFileBytes: () => userBytes(),
    readStats: () => ({ ...stats }),
    corruptFile: (p) => {
      const node = fsNodes.get(normalisePath(p));
      if (node && node.kind === 'file')
        node.data = node.data.slice(0, Math.floor(node.data.byteLength / 2));
    },
    setEnterOptions: (o) => {
      enterOptions = launchDefaults(o);
    },
    uninstall: () => {
      restorers.get(fake)?.();
      restorers.delete(fake);
    },
  };
  return fake;
}

function launchDefaults(
  o: Partial<WechatMiniprogram.LaunchOptionsApp> | undefined,
): WechatMiniprogram.LaunchOptionsApp {
  return {
    apiCategory: 'default',
    forwardMaterials: [],
    path: 'pages/check/index',
    query: {},
    referrerInfo: {} as WechatMiniprogram.ReferrerInfo,
    scene: 1001,
    ...o,
  } as WechatMiniprogram.LaunchOptionsApp;
}

/**
 * Install a fresh fake as the global `wx`. APIs the fake does not model (e.g. the
 * createSelectorQuery that miniprogram-simulate provides for Vant) stay available from the
 * wx that was there before.
 */
export function installWxFake(opts: WxFakeOptions = {}): WxFake {
  const g = globalThis as unknown as { wx?: Record<string, unknown> };
  const previous = g.wx;
  const fake = createWxFake(opts);
  g.wx = Object.assign({}, previous ?? {}, fake.wx as unknown as Record<string, unknown>);
  restorers.set(fake, () => {
    if (previous === undefined) delete g.wx;
    else g.wx = previous;
  });
  return fake;
}
