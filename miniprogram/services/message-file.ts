// A notice that arrives as a file: picked from a chat (wx.chooseMessageFile) or forwarded
// into the app. Text files are read here (UTF-8, or UTF-16 with a BOM) with a size cap and a
// binary check; images go to OCR (services/ocr.ts). Every failure is a plain sentence.
import { currentWx, errMsgOf, isCancel, Wx } from './wx';

/** Largest text file we read. The checker looks at the first 20,000 characters anyway. */
export const MAX_TEXT_FILE_BYTES = 5 * 1024 * 1024;

export type PickedKind = 'text' | 'image' | 'other';

export interface PickedFile {
  path: string;
  name: string;
  size: number;
  kind: PickedKind;
}

export type PickResult =
  | { ok: true; file: PickedFile }
  | { ok: false; reason: 'cancelled' | 'denied' | 'failed'; message: string };

export type TextRead =
  | { ok: true; text: string }
  | {
      ok: false;
      reason: 'too_large' | 'binary' | 'encoding' | 'missing' | 'failed' | 'unsupported';
      message: string;
    };

export const FILE_MESSAGES = {
  denied: '没能打开聊天文件：需要先同意隐私保护指引。也可以在聊天里复制文字后回来粘贴。',
  pickFailed: '没能打开聊天文件，请稍后再试，或复制文字后粘贴。',
  tooLarge: '这个文件太大（超过 5MB），不像是一条消息。请打开文件，复制那条消息的文字后粘贴。',
  binary: '这个文件不是文字（可能是图片、压缩包或其他文件），无法核验。请复制消息的文字后粘贴。',
  encoding: '这个文件的文字编码无法识别。请用其他应用打开它，复制文字后粘贴。',
  missing: '找不到这个文件，可能已被微信清理。请重新选择或转发一次。',
  readFailed: '读取文件失败，请重新选择，或复制文字后粘贴。',
  unsupported: '只支持文字文件（.txt）和截图图片。其他文件请打开后复制文字粘贴。',
  empty: '这个文件里没有文字。',
  imageDenied: '没能打开相册：需要先同意隐私保护指引。也可以复制消息文字后粘贴。',
  imageFailed: '没能打开相册，请复制消息文字后粘贴。',
} as const;

const IMAGE_EXT = /\.(jpe?g|png|gif|webp|bmp|heic)$/i;
const TEXT_EXT = /\.(txt|text|log|csv|md)$/i;

/** What a file is, from its MIME type (forwarded files) or name (chat files). */
export function kindOf(name: string, mime?: string, pickerType?: string): PickedKind {
  if (pickerType === 'image' || (mime && /^image\//i.test(mime)) || IMAGE_EXT.test(name))
    return 'image';
  if ((mime && /^text\//i.test(mime)) || TEXT_EXT.test(name)) return 'text';
  return 'other';
}

/** Let the user pick one file or image from a chat. */
export function pickMessageFile(getWx: () => Wx = currentWx): Promise<PickResult> {
  return new Promise((resolve) => {
    try {
      getWx().chooseMessageFile({
        count: 1,
        type: 'all',
        success: (res) => {
          const f = res.tempFiles[0];
          if (!f) {
            resolve({ ok: false, reason: 'cancelled', message: '' });
            return;
          }
          const name = f.name || f.path.split('/').pop() || '';
          resolve({
            ok: true,
            file: { path: f.path, name, size: f.size, kind: kindOf(name, undefined, f.type) },
          });
        },
        fail: (e) => {
          if (isCancel(e)) resolve({ ok: false, reason: 'cancelled', message: '' });
          else if (/privacy|auth/i.test(errMsgOf(e)))
            resolve({ ok: false, reason: 'denied', message: FILE_MESSAGES.denied });
          else resolve({ ok: false, reason: 'failed', message: FILE_MESSAGES.pickFailed });
        },
      });
    } catch (_e) {
      resolve({ ok: false, reason: 'failed', message: FILE_MESSAGES.pickFailed });
    }
  });
}

/** Let the user pick one screenshot (album or camera) for OCR. */
export function pickImage(getWx: () => Wx = currentWx): Promise<PickResult> {
  return new Promise((resolve) => {
    try {
      getWx().chooseMedia({
        count: 1,
        mediaType: ['image'],
        sourceType: ['album', 'camera'],
        success: (res) => {
          const f = res.tempFiles[0];
          if (!f) {
            resolve({ ok: false, reason: 'cancelled', message: '' });
            return;
          }
          const name = f.tempFilePath.split('/').pop() || 'image';
          resolve({ ok: true, file: { path: f.tempFilePath, name, size: f.size, kind: 'image' } });
        },
        fail: (e) => {
          if (isCancel(e)) resolve({ ok: false, reason: 'cancelled', message: '' });
          else if (/privacy|auth/i.test(errMsgOf(e)))
            resolve({ ok: false, reason: 'denied', message: FILE_MESSAGES.imageDenied });
          else resolve({ ok: false, reason: 'failed', message: FILE_MESSAGES.imageFailed });
        },
      });
    } catch (_e) {
      resolve({ ok: false, reason: 'failed', message: FILE_MESSAGES.imageFailed });
    }
  });
}

/**
 * Is this the start of a binary file? NUL bytes, or many control bytes that text never has.
 * (UTF-16 text is recognised by its BOM before this runs.)
 */
export function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  if (n === 0) return false;
  let control = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i];
    if (b === 0) return true;
    if (b < 32 && b !== 9 && b !== 10 && b !== 13 && b !== 12 && b !== 27) control++;
  }
  return control > 4 && control / n > 0.02;
}

/** Strict UTF-8 decoding; null if the bytes are not UTF-8 (e.g. a GBK file). */
export function decodeUtf8(bytes: Uint8Array): string | null {
  let i = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
  const parts: string[] = [];
  let chunk: number[] = [];
  const flush = () => {
    parts.push(String.fromCharCode.apply(null, chunk));
    chunk = [];
  };
  while (i < bytes.length) {
    const b = bytes[i];
    let cp: number;
    let need: number;
    if (b < 0x80) {
      cp = b;
      need = 0;
    } else if (b >= 0xc2 && b <= 0xdf) {
      cp = b & 0x1f;
      need = 1;
    } else if (b >= 0xe0 && b <= 0xef) {
      cp = b & 0x0f;
      need = 2;
    } else if (b >= 0xf0 && b <= 0xf4) {
      cp = b & 0x07;
      need = 3;
    } else return null;
    for (let k = 1; k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (
      (need === 2 && (cp < 0x800 || (cp >= 0xd800 && cp <= 0xdfff))) ||
      (need === 3 && (cp < 0x10000 || cp > 0x10ffff))
    )
      return null;
    i += need + 1;
    if (cp >= 0x10000) {
      cp -= 0x10000;
      chunk.push(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff));
    } else chunk.push(cp);
    if (chunk.length >= 8192) flush();
  }
  flush();
  return parts.join('');
}

function decodeUtf16(bytes: Uint8Array, littleEndian: boolean): string {
  const parts: string[] = [];
  let chunk: number[] = [];
  for (let i = 2; i + 1 < bytes.length; i += 2) {
    chunk.push(littleEndian ? bytes[i] | (bytes[i + 1] << 8) : (bytes[i] << 8) | bytes[i + 1]);
    if (chunk.length >= 8192) {
      parts.push(String.fromCharCode.apply(null, chunk));
      chunk = [];
    }
  }
  parts.push(String.fromCharCode.apply(null, chunk));
  return parts.join('');
}

/** Turn a text file's bytes into text, or say plainly why not. */
export function textFromBytes(bytes: Uint8Array): TextRead {
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe)
    return { ok: true, text: decodeUtf16(bytes, true) };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff)
    return { ok: true, text: decodeUtf16(bytes, false) };
  if (looksBinary(bytes)) return { ok: false, reason: 'binary', message: FILE_MESSAGES.binary };
  const text = decodeUtf8(bytes);
  if (text === null) return { ok: false, reason: 'encoding', message: FILE_MESSAGES.encoding };
  return { ok: true, text };
}

/** Read a text file from a temp path (chat file or forwarded material). */
export function readTextFile(path: string, size?: number, getWx: () => Wx = currentWx): TextRead {
  try {
    const fs = getWx().getFileSystemManager();
    const known =
      typeof size === 'number' && size >= 0
        ? size
        : (fs.statSync(path) as WechatMiniprogram.Stats).size;
    if (known > MAX_TEXT_FILE_BYTES)
      return { ok: false, reason: 'too_large', message: FILE_MESSAGES.tooLarge };
    const data = fs.readFileSync(path) as ArrayBuffer;
    if (data.byteLength > MAX_TEXT_FILE_BYTES)
      return { ok: false, reason: 'too_large', message: FILE_MESSAGES.tooLarge };
    return textFromBytes(new Uint8Array(data));
  } catch (e) {
    if (/no such file|not found|not exist/i.test(errMsgOf(e)))
      return { ok: false, reason: 'missing', message: FILE_MESSAGES.missing };
    return { ok: false, reason: 'failed', message: FILE_MESSAGES.readFailed };
  }
}
