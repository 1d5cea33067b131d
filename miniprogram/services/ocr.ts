// Text from a screenshot, on the phone. WeChat's VisionKit OCR (base library 2.27.0+,
// wx.createVKSession({ track: { OCR: { mode: 2 } } }) then session.runOCR with the image's
// RGBA pixels; the text arrives in 'updateAnchors' as VKOCRAnchor { text }). Nothing is
// uploaded. Where VisionKit is missing, available() is false and the page offers paste.
import { currentWx, Wx } from './wx';

export type OcrResult =
  | { ok: true; text: string }
  | { ok: false; reason: 'unsupported' | 'no_text' | 'failed'; message: string };

export interface Ocr {
  available(): boolean;
  recognize(imagePath: string): Promise<OcrResult>;
}

export const OCR_MESSAGES = {
  unsupported:
    '这台手机的微信暂不支持识别截图里的文字。请在聊天里长按消息选“复制”，再回来点“粘贴”。',
  noText: '没有在这张图片里找到文字。请换一张更清楚的截图，或复制消息文字后粘贴。',
  failed: '识别截图失败。请复制消息文字后粘贴。',
} as const;

/** Longest side the image is scaled to before OCR: enough for chat text, small in memory. */
const MAX_SIDE = 1600;
const OCR_TIMEOUT_MS = 10000;

interface VkAnchor {
  text?: string;
}
interface VkSession {
  start(cb: (errno: number | null) => void): void;
  on(event: 'updateAnchors', fn: (anchors: VkAnchor[]) => void): void;
  runOCR(o: { frameBuffer: ArrayBuffer; width: number; height: number }): void;
  destroy(): void;
}
interface Img {
  width: number;
  height: number;
  src: string;
  onload: (() => void) | null;
  onerror: ((e: unknown) => void) | null;
}
interface Ctx2d {
  drawImage(img: Img, x: number, y: number, w: number, h: number): void;
  getImageData(x: number, y: number, w: number, h: number): { data: Uint8ClampedArray };
}
interface OffCanvas {
  width: number;
  height: number;
  createImage(): Img;
  getContext(type: '2d'): Ctx2d;
}
interface VkWx {
  canIUse?(s: string): boolean;
  isVKSupport?(v: 'v1' | 'v2'): boolean;
  createVKSession?(o: { track: { OCR: { mode: 2 } }; version?: 'v1' | 'v2' }): VkSession;
  createOffscreenCanvas?(o: { type: '2d'; width: number; height: number }): OffCanvas;
}

function vk(getWx: () => Wx): VkWx {
  return getWx() as unknown as VkWx;
}

/** RGBA pixels of an image file, scaled so the longest side is at most MAX_SIDE. */
function loadPixels(
  w: VkWx,
  path: string,
): Promise<{ buffer: ArrayBuffer; width: number; height: number }> {
  return new Promise((resolve, reject) => {
    const canvas = w.createOffscreenCanvas!({ type: '2d', width: 1, height: 1 });
    const img = canvas.createImage();
    img.onerror = (e) => reject(e);
    img.onload = () => {
      try {
        const scale = Math.min(1, MAX_SIDE / Math.max(img.width, img.height, 1));
        const width = Math.max(1, Math.round(img.width * scale));
        const height = Math.max(1, Math.round(img.height * scale));
        canvas.width = width;
        canvas.height = height;
        const ctx = canvas.getContext('2d');
        ctx.drawImage(img, 0, 0, width, height);
        const data = ctx.getImageData(0, 0, width, height).data;
        resolve({ buffer: data.buffer.slice(0) as ArrayBuffer, width, height });
      } catch (e) {
        reject(e);
      }
    };
    img.src = path;
  });
}

export function createVisionKitOcr(getWx: () => Wx = currentWx): Ocr {
  const ocr: Ocr = {
    available() {
      const w = vk(getWx);
      if (!w || typeof w.createVKSession !== 'function') return false;
      if (typeof w.createOffscreenCanvas !== 'function') return false;
      if (w.canIUse && !w.canIUse('createVKSession')) return false;
      if (w.isVKSupport && !w.isVKSupport('v1')) return false;
      return true;
    },
    async recognize(imagePath) {
      if (!ocr.available())
        return { ok: false, reason: 'unsupported', message: OCR_MESSAGES.unsupported };
      const w = vk(getWx);
      let pixels: { buffer: ArrayBuffer; width: number; height: number };
      try {
        pixels = await loadPixels(w, imagePath);
      } catch (_e) {
        return { ok: false, reason: 'failed', message: OCR_MESSAGES.failed };
      }
      return new Promise<OcrResult>((resolve) => {
        let session: VkSession | null = null;
        let done = false;
        const finish = (r: OcrResult) => {
          if (done) return;
          done = true;
          clearTimeout(timer);
          try {
            if (session) session.destroy();
          } catch (_e) {
            /* already gone */
          }
          resolve(r);
        };
        const timer = setTimeout(
          () => finish({ ok: false, reason: 'no_text', message: OCR_MESSAGES.noText }),
          OCR_TIMEOUT_MS,
        );
        try {
          session = w.createVKSession!({ track: { OCR: { mode: 2 } }, version: 'v1' });
          session.on('updateAnchors', (anchors) => {
            const text = (anchors || [])
              .map((a) => (a && typeof a.text === 'string' ? a.text : ''))
              .filter((t) => t.trim())
              .join('\n');
            finish(
              text
                ? { ok: true, text }
                : { ok: false, reason: 'no_text', message: OCR_MESSAGES.noText },
            );
          });
          session.start((errno) => {
            if (errno) {
              finish({ ok: false, reason: 'unsupported', message: OCR_MESSAGES.unsupported });
              return;
            }
            session!.runOCR({
              frameBuffer: pixels.buffer,
              width: pixels.width,
              height: pixels.height,
            });
          });
        } catch (_e) {
          finish({ ok: false, reason: 'failed', message: OCR_MESSAGES.failed });
        }
      });
    },
  };
  return ocr;
}

let current: Ocr | null = null;

/** The OCR the app uses (VisionKit by default; tests and other builds may replace it). */
export function getOcr(): Ocr {
  if (!current) current = createVisionKitOcr();
  return current;
}

export function setOcr(ocr: Ocr | null): void {
  current = ocr;
}
