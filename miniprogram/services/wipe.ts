// "Clear all data": every storage key and every file the app keeps under USER_DATA_PATH
// (evidence attachments, exports). Reports what could not be removed instead of throwing.
import * as storage from './storage';
import { currentWx, Wx } from './wx';

export interface WipeResult {
  ok: boolean;
  /** Keys or paths that could not be removed. */
  leftovers: string[];
}

export function removeAllUserFiles(getWx: () => Wx = currentWx): string[] {
  const left: string[] = [];
  let root = '';
  let fs: WechatMiniprogram.FileSystemManager;
  try {
    root = getWx().env.USER_DATA_PATH;
    fs = getWx().getFileSystemManager();
  } catch (_e) {
    return left;
  }
  let names: string[] = [];
  try {
    names = fs.readdirSync(root);
  } catch (_e) {
    return left;
  }
  for (let i = 0; i < names.length; i++) {
    const name = names[i];
    const p = `${root}/${name}`;
    try {
      const st = fs.statSync(p) as WechatMiniprogram.Stats;
      if (st.isDirectory()) fs.rmdirSync(p, true);
      else fs.unlinkSync(p);
    } catch (_e) {
      left.push(p);
    }
  }
  return left;
}

export function removeAllStorage(): string[] {
  const left: string[] = [];
  let keys: string[] = [];
  try {
    keys = storage.keys();
  } catch (_e) {
    return left;
  }
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i];
    try {
      storage.remove(k);
    } catch (_e) {
      left.push(k);
    }
  }
  return left;
}

export function wipeEverything(getWx: () => Wx = currentWx): WipeResult {
  const leftovers = [...removeAllUserFiles(getWx), ...removeAllStorage()];
  return { ok: leftovers.length === 0, leftovers };
}
