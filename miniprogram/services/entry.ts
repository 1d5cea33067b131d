// Files forwarded into the app from a chat ("用小程序打开", scene 1173). WeChat hands them
// over in the enter options' forwardMaterials; the same options come back on every onShow
// until the next entry, so each material is handled once, keyed by path + size + time.
import { currentWx, Wx } from './wx';

export const SCENE_CHAT_MATERIAL = 1173;

export interface ForwardedMaterial {
  /** MIME type, e.g. "image/jpeg", "text/plain". */
  type: string;
  name: string;
  path: string;
  size: number;
}

type EnterOptions = Partial<WechatMiniprogram.LaunchOptionsApp> & {
  forwardMaterials?: WechatMiniprogram.ForwardMaterials[];
};

const seen = new Set<string>();

function keyOf(m: ForwardedMaterial, time: number | null): string {
  return `${m.path}|${m.size}|${time != null ? time : ''}`;
}

function modifiedTime(getWx: () => Wx, path: string): number | null {
  try {
    const st = getWx().getFileSystemManager().statSync(path) as WechatMiniprogram.Stats;
    return typeof st.lastModifiedTime === 'number' ? st.lastModifiedTime : null;
  } catch (_e) {
    return null;
  }
}

/** Forwarded materials in these enter options (scene 1173 only), well-formed entries only. */
export function materialsOf(options: EnterOptions | null | undefined): ForwardedMaterial[] {
  if (!options || Number(options.scene) !== SCENE_CHAT_MATERIAL) return [];
  const list = Array.isArray(options.forwardMaterials) ? options.forwardMaterials : [];
  return list
    .filter((m) => m && typeof m.path === 'string' && m.path)
    .map((m) => ({
      type: String(m.type || ''),
      name: String(m.name || m.path.split('/').pop() || ''),
      path: m.path,
      size: Number(m.size) || 0,
    }));
}

/**
 * Materials of the current entry not handled yet (call on launch and on every show).
 * Pass `options` when the caller already has them (App.onShow's argument).
 */
export function takeForwardedMaterials(
  options?: EnterOptions,
  getWx: () => Wx = currentWx,
): ForwardedMaterial[] {
  let opts = options;
  if (!opts) {
    try {
      opts = getWx().getEnterOptionsSync() as EnterOptions;
    } catch (_e) {
      return [];
    }
  }
  const fresh: ForwardedMaterial[] = [];
  for (let i = 0, list = materialsOf(opts); i < list.length; i++) {
    const m = list[i];
    const key = keyOf(m, modifiedTime(getWx, m.path));
    if (seen.has(key)) continue;
    seen.add(key);
    fresh.push(m);
  }
  return fresh;
}

/** Tests: forget which materials were handled. */
export function resetForwardedMaterials(): void {
  seen.clear();
}
