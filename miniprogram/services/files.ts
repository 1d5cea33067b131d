// Evidence files on the phone: copy a chosen temp file into USER_DATA_PATH/evidence (temp
// paths are cleaned by WeChat at any time), hash the copy's bytes, and read/delete later.
// Thin and typed over wx.getFileSystemManager; `wx` is read lazily (no side effects at
// import), and errors come out as EvidenceError with a plain Chinese message.
import { Attachment, Bytes, createSha256, EvidenceError, MSG } from '../core/evidence/index';
import type { FileDigest } from '../core/evidence/chain';

/** WeChat's cap on a mini program's user files (USER_DATA_PATH + saved files). */
export const FILE_SPACE_LIMIT = 200 * 1024 * 1024;
/** Files are hashed in 1 MB pieces so a long call recording does not need one huge buffer. */
const READ_CHUNK = 1024 * 1024;

export interface ImportSource {
  /** Temp path from chooseMedia / chooseMessageFile (or any readable path). */
  tempPath: string;
  /** Name shown to the user; defaults to the path's last segment. */
  name?: string;
  mime?: string;
  /** Size if the picker reported it (saves a stat). */
  size?: number;
}

/** What the store needs from the file system (tests pass a fake). */
export interface EvidenceFiles {
  /** Copy into app storage, hash, return the Attachment. Throws file_space_full / file_missing / io. */
  importFile(src: ImportSource): Attachment;
  /** The stored file's bytes; throws file_missing. */
  readBytes(path: string): ArrayBuffer;
  /** Delete a stored file; a file that is already gone is fine. */
  remove(path: string): void;
  /** Bytes used by all user files (what counts against the 200 MB limit). */
  usedBytes(): number;
  /**
   * SHA-256 and length of a stored file, read in 1 MB pieces (a 150 MB recording never
   * becomes one buffer). `onBytes` hears each piece's length. Throws file_missing.
   */
  digest(path: string, onBytes?: (n: number) => void): FileDigest;
  /** Paths of every stored evidence file (for the orphan sweep at start-up). */
  list(): string[];
}

type Wx = WechatMiniprogram.Wx;
type Fs = WechatMiniprogram.FileSystemManager;

const MIME_BY_EXT: Record<string, string> = {
  pdf: 'application/pdf',
  txt: 'text/plain',
  m4a: 'audio/mp4',
  mp3: 'audio/mpeg',
  amr: 'audio/amr',
  aac: 'audio/aac',
  wav: 'audio/wav',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  png: 'image/png',
  gif: 'image/gif',
  webp: 'image/webp',
  heic: 'image/heic',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  doc: 'application/msword',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};

export function extOf(name: string): string {
  const m = /\.([A-Za-z0-9]{1,8})$/.exec(name);
  return m ? m[1].toLowerCase() : '';
}

export function mimeOf(name: string): string {
  return MIME_BY_EXT[extOf(name)] || 'application/octet-stream';
}

function errMsgOf(e: unknown): string {
  const o = e as { errMsg?: unknown; message?: unknown } | null;
  let said: unknown = null;
  if (o) said = o.errMsg != null ? o.errMsg : o.message;
  return String(said != null ? said : e);
}

/** Map a wx file-system failure to our typed error. */
export function fileError(e: unknown): EvidenceError {
  const msg = errMsgOf(e);
  // The user said no to the privacy guide (or to the system prompt): not a storage problem.
  if (/privacy|auth deny|auth denied/i.test(msg))
    return new EvidenceError('not_allowed', MSG.notAllowed, e);
  if (/maximum size of the file storage|storage limit is exceeded|no space|exceed/i.test(msg))
    return new EvidenceError('file_space_full', MSG.fileSpaceFull, e);
  if (/no such file or directory|not exist|not found/i.test(msg))
    return new EvidenceError('file_missing', MSG.fileMissing, e);
  return new EvidenceError('io', MSG.io, e);
}

/** A failed read of a stored attachment: a missing file says the attachment is gone. */
function attachmentError(e: unknown): EvidenceError {
  if (e instanceof EvidenceError) return e;
  const err = fileError(e);
  return err.code === 'file_missing'
    ? new EvidenceError('file_missing', MSG.attachmentMissing, e)
    : err;
}

function sumStats(stats: unknown): number {
  // statSync(dir, true) returns {relPath: Stats} on most clients and [{path, stats}] on newer ones.
  let total = 0;
  const add = (s: unknown) => {
    const st = s as { size?: number; isFile?: () => boolean } | null;
    if (st && typeof st.size === 'number' && (!st.isFile || st.isFile())) total += st.size;
  };
  if (Array.isArray(stats))
    for (let i = 0; i < stats.length; i++) {
      const x = stats[i];
      add((x as { stats?: unknown }).stats);
    }
  else if (
    stats &&
    typeof stats === 'object' &&
    typeof (stats as { size?: unknown }).size !== 'number'
  )
    for (let i = 0, list = Object.values(stats as Record<string, unknown>); i < list.length; i++) {
      const v = list[i];
      add(v);
    }
  else add(stats);
  return total;
}

let seq = 0;
let readBuffer: ArrayBuffer | undefined;

export function createEvidenceFiles(
  getWx: () => Wx = () => (globalThis as unknown as { wx: Wx }).wx,
): EvidenceFiles {
  const fs = (): Fs => getWx().getFileSystemManager();
  const root = () => getWx().env.USER_DATA_PATH;
  const dir = () => `${root()}/evidence`;

  function ensureDir(): void {
    try {
      fs().accessSync(dir());
    } catch (_e) {
      try {
        fs().mkdirSync(dir(), true);
      } catch (e) {
        if (!/already exists/i.test(errMsgOf(e))) throw fileError(e);
      }
    }
  }

  function usedBytes(): number {
    try {
      return sumStats(fs().statSync(root(), true));
    } catch (_e) {
      return 0;
    }
  }

  function hashFile(path: string, size: number): { sha256: string; size: number } {
    const h = createSha256();
    let read = 0;
    // Piecewise read (base library ≥ 2.10). A client that ignores position/length returns the
    // whole file on the first call; then that buffer is the file.
    while (read < size || size === 0) {
      const want = Math.min(READ_CHUNK, size - read);
      const buf = (
        fs().readFileSync as (
          p: string,
          enc?: string,
          pos?: number,
          len?: number,
        ) => string | ArrayBuffer
      )(path, undefined, read, want);
      if (typeof buf === 'string') throw new EvidenceError('io', MSG.io);
      if (read === 0 && buf.byteLength !== want) {
        const whole = createSha256();
        whole.update(buf);
        return { sha256: whole.hex(), size: buf.byteLength };
      }
      if (buf.byteLength === 0) break;
      h.update(buf);
      read += buf.byteLength;
      if (size === 0) break;
    }
    return { sha256: h.hex(), size: read };
  }

  /** Piecewise SHA-256: readSync on an fd (base library ≥ 2.16.1), else readFileSync(position, length). */
  function streamDigest(path: string, onBytes?: (n: number) => void): FileDigest {
    const f = fs() as Fs & {
      openSync?: (o: { filePath: string; flag?: string }) => string;
      readSync?: (o: {
        fd: string;
        arrayBuffer: ArrayBuffer;
        offset?: number;
        length?: number;
        position?: number;
      }) => { bytesRead: number; arrayBuffer: ArrayBuffer };
      closeSync?: (o: { fd: string }) => void;
    };
    const h = createSha256();
    let size = 0;
    if (f.openSync && f.readSync && f.closeSync) {
      const fd = f.openSync({ filePath: path, flag: 'r' });
      try {
        // One 1 MB buffer for every file: allocating (and zeroing) one per file cost more
        // than hashing a small photo.
        if (readBuffer === undefined) readBuffer = new ArrayBuffer(READ_CHUNK);
        const buf = readBuffer;
        for (;;) {
          const r = f.readSync({
            fd,
            arrayBuffer: buf,
            offset: 0,
            length: READ_CHUNK,
            position: size,
          });
          if (!r.bytesRead) break;
          h.update(new Uint8Array(buf, 0, r.bytesRead));
          size += r.bytesRead;
          if (onBytes) onBytes(r.bytesRead);
          if (r.bytesRead < READ_CHUNK) break;
        }
      } finally {
        f.closeSync({ fd });
      }
      return { sha256: h.hex(), size };
    }
    const total = (f.statSync(path) as WechatMiniprogram.Stats).size;
    const r = hashFile(path, total);
    if (onBytes) onBytes(r.size);
    return r;
  }

  return {
    digest(path: string, onBytes?: (n: number) => void): FileDigest {
      try {
        return streamDigest(path, onBytes);
      } catch (e) {
        throw attachmentError(e);
      }
    },

    list(): string[] {
      try {
        return fs()
          .readdirSync(dir())
          .map((name) => `${dir()}/${name}`);
      } catch (_e) {
        return [];
      }
    },

    importFile(src: ImportSource): Attachment {
      const name = (src.name || src.tempPath.split('/').pop() || 'file').slice(0, 120);
      let size = src.size;
      if (size === undefined) {
        try {
          size = (fs().statSync(src.tempPath) as WechatMiniprogram.Stats).size;
        } catch (e) {
          throw fileError(e);
        }
      }
      // Check the 200 MB cap first: a copy that fails half-way can leave a partial file.
      if (usedBytes() + size > FILE_SPACE_LIMIT)
        throw new EvidenceError('file_space_full', MSG.fileSpaceFull);
      ensureDir();
      const ext = extOf(name);
      const dest = `${dir()}/${Date.now().toString(36)}${(seq++ % 1296).toString(36)}${Math.random().toString(36).slice(2, 8)}${ext ? '.' + ext : ''}`;
      try {
        fs().copyFileSync(src.tempPath, dest);
      } catch (e) {
        try {
          fs().unlinkSync(dest);
        } catch (_e) {
          /* nothing was written */
        }
        throw fileError(e);
      }
      try {
        // Hash the copy we keep (not the temp file), so the digest is of the evidence itself.
        const { sha256, size: actual } = hashFile(dest, size);
        return { name, mime: src.mime || mimeOf(name), size: actual, path: dest, sha256 };
      } catch (e) {
        try {
          fs().unlinkSync(dest);
        } catch (_e) {
          /* best effort */
        }
        throw e instanceof EvidenceError ? e : fileError(e);
      }
    },

    readBytes(path: string): ArrayBuffer {
      try {
        const data = fs().readFileSync(path);
        if (typeof data === 'string') throw new EvidenceError('io', MSG.io);
        return data;
      } catch (e) {
        throw attachmentError(e);
      }
    },

    remove(path: string): void {
      try {
        fs().unlinkSync(path);
      } catch (e) {
        const err = fileError(e);
        if (err.code !== 'file_missing') throw err;
      }
    },

    usedBytes,
  };
}

/**
 * Adapter for verifyChain: the attachment's digest measured in pieces (or, for a files
 * object without `digest`, its bytes), or null when it is gone.
 */
export function attachmentReader(
  files: Pick<EvidenceFiles, 'readBytes'> & Partial<Pick<EvidenceFiles, 'digest'>>,
  onBytes?: (n: number) => void,
): (a: Attachment) => Bytes | FileDigest | null {
  return (a) => {
    try {
      return files.digest ? files.digest(a.path, onBytes) : files.readBytes(a.path);
    } catch (_e) {
      return null;
    }
  };
}

// ---- pickers: what the user chooses, as ImportSource[] (cancel → empty list)

function isCancel(e: unknown): boolean {
  return /cancel/i.test(errMsgOf(e));
}

/** Photos / screenshots / short videos from the album or camera. */
export function pickMedia(
  getWx: () => Wx = () => (globalThis as unknown as { wx: Wx }).wx,
  count = 9,
): Promise<ImportSource[]> {
  return new Promise((resolve, reject) => {
    getWx().chooseMedia({
      count,
      mediaType: ['image', 'video'],
      sourceType: ['album', 'camera'],
      success: (r) =>
        resolve(
          r.tempFiles.map((f) => {
            const name = f.tempFilePath.split('/').pop() || 'image';
            return { tempPath: f.tempFilePath, name, size: f.size, mime: mimeOf(name) };
          }),
        ),
      fail: (e) => (isCancel(e) ? resolve([]) : reject(fileError(e))),
    });
  });
}

/** Files from a chat: PDF contracts, recordings (m4a/mp3/amr/aac), images, text. */
export function pickMessageFiles(
  getWx: () => Wx = () => (globalThis as unknown as { wx: Wx }).wx,
  count = 10,
): Promise<ImportSource[]> {
  return new Promise((resolve, reject) => {
    getWx().chooseMessageFile({
      count,
      type: 'all',
      success: (r) =>
        resolve(
          r.tempFiles.map((f) => ({
            tempPath: f.path,
            name: f.name,
            size: f.size,
            mime: mimeOf(f.name),
          })),
        ),
      fail: (e) => (isCancel(e) ? resolve([]) : reject(fileError(e))),
    });
  });
}
