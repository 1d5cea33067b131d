// Thin adapters the evidence pages use to show, copy and send things: previewing images,
// opening documents, copying text, writing an export file under USER_DATA_PATH and sending
// it to a chat. Everything resolves to { ok, message } with a plain Chinese message; nothing
// throws at a page. No network APIs: files go to a chat only through wx.shareFileMessage.
import { navigateBack, open } from './nav';

type Wx = WechatMiniprogram.Wx;

const w = (): Wx => (globalThis as unknown as { wx: Wx }).wx;

export type Outcome = { ok: true } | { ok: false; cancelled: boolean; message: string };

function errMsgOf(e: unknown): string {
  const o = e as { errMsg?: unknown; message?: unknown } | null;
  let said: unknown = null;
  if (o) said = o.errMsg != null ? o.errMsg : o.message;
  return String(said != null ? said : e);
}

function isCancel(e: unknown): boolean {
  return /cancel/i.test(errMsgOf(e));
}

function isPrivacy(e: unknown): boolean {
  return /privacy|auth deny|auth denied/i.test(errMsgOf(e));
}

function call(
  run: (cb: { success: () => void; fail: (e: unknown) => void }) => void,
  failMessage: (e: unknown) => string,
): Promise<Outcome> {
  return new Promise((resolve) => {
    try {
      run({
        success: () => resolve({ ok: true }),
        fail: (e) =>
          resolve({
            ok: false,
            cancelled: isCancel(e),
            message: isCancel(e) ? '' : failMessage(e),
          }),
      });
    } catch (e) {
      resolve({ ok: false, cancelled: false, message: failMessage(e) });
    }
  });
}

/** Does a stored file still exist? (Attachments can be cleaned by the system.) */
export function fileExists(path: string): boolean {
  try {
    w().getFileSystemManager().accessSync(path);
    return true;
  } catch (_e) {
    return false;
  }
}

/** The start of a stored text file (chat exports, .txt notes), or null when it cannot be read. */
export function readTextStart(path: string, maxChars = 20000): string | null {
  try {
    const data = w().getFileSystemManager().readFileSync(path, 'utf8');
    if (typeof data !== 'string') return null;
    return data.length > maxChars ? data.slice(0, maxChars) + '\n……（只显示开头）' : data;
  } catch (_e) {
    return null;
  }
}

export function copyText(text: string): Promise<Outcome> {
  return call(
    (cb) => w().setClipboardData({ data: text, ...cb }),
    (e) =>
      isPrivacy(e)
        ? '没有复制：你没有同意隐私保护指引，剪贴板没有改动。可以长按文字手动复制。'
        : '没有复制成功，请长按文字手动复制。',
  );
}

export function previewImages(paths: string[], current: string): Promise<Outcome> {
  return call(
    (cb) => w().previewImage({ urls: paths, current, ...cb }),
    () => '图片打不开，文件可能已被清理。',
  );
}

const DOC_TYPES = ['pdf', 'doc', 'docx', 'xls', 'xlsx', 'ppt', 'pptx'] as const;
type DocType = (typeof DOC_TYPES)[number];

export function docTypeOf(name: string): DocType | null {
  const m = /\.([A-Za-z0-9]+)$/.exec(name);
  const ext = m ? m[1].toLowerCase() : '';
  return (DOC_TYPES as readonly string[]).includes(ext) ? (ext as DocType) : null;
}

export function openDocument(path: string, name: string): Promise<Outcome> {
  const fileType = docTypeOf(name) || undefined;
  return call(
    (cb) => w().openDocument({ filePath: path, fileType, showMenu: true, ...cb }),
    () => '文件打不开：可能已被清理，或手机上没有能打开它的程序。',
  );
}

/** Where export files are written (inside the app's own user-data folder). */
export function exportDir(): string {
  return `${w().env.USER_DATA_PATH}/exports`;
}

/**
 * Write `content` to USER_DATA_PATH/exports/<fileName>, removing earlier exports first.
 * Returns the path, or a Chinese message when there is no room or writing fails.
 */
export function writeExportFile(
  fileName: string,
  content: string,
): { ok: true; path: string } | { ok: false; message: string } {
  const fs = w().getFileSystemManager();
  const dir = exportDir();
  const path = `${dir}/${fileName}`;
  try {
    try {
      fs.accessSync(dir);
      // Earlier exports were only copies for sharing: drop them so they do not eat the 200 MB.
      for (let i = 0, list = fs.readdirSync(dir); i < list.length; i++) {
        const f = list[i];
        try {
          fs.unlinkSync(`${dir}/${f}`);
        } catch (_e) {
          /* best effort */
        }
      }
    } catch (_e) {
      fs.mkdirSync(dir, true);
    }
    fs.writeFileSync(path, content, 'utf8');
    return { ok: true, path };
  } catch (e) {
    try {
      fs.unlinkSync(path);
    } catch (_e) {
      /* nothing was written */
    }
    const full = /maximum size|storage limit|no space|exceed/i.test(errMsgOf(e));
    return {
      ok: false,
      message: full
        ? '手机里给本应用的文件空间已满，没能生成文件。可以先用“复制文本”，或删除不需要的附件后再试。'
        : '没能生成文件，请稍后再试，或先用“复制文本”。',
    };
  }
}

/** Send a file to a WeChat chat (the user picks the chat). */
export function shareFile(path: string, fileName: string): Promise<Outcome> {
  return call(
    (cb) =>
      (
        w() as unknown as {
          shareFileMessage(o: { filePath: string; fileName?: string } & typeof cb): void;
        }
      ).shareFileMessage({ filePath: path, fileName, ...cb }),
    (e) =>
      /not support|not a function|undefined/i.test(errMsgOf(e))
        ? '当前微信版本不能直接发送文件，请升级微信，或先用“复制文本”。'
        : '没有发送成功，请再试一次，或先用“复制文本”。',
  );
}

/** Open a page (switchTab for a tab page); a refusal is told to the user (services/nav). */
export function navigate(url: string): void {
  void open(url);
}

/** Back to the previous page; when there is none (opened from a share), the evidence tab. */
export function back(fallbackTab = '/pages/records/index'): void {
  void navigateBack(fallbackTab);
}

export function toast(title: string, icon: 'success' | 'none' = 'none'): void {
  try {
    w().showToast({ title, icon });
  } catch (_e) {
    /* cosmetic */
  }
}

/** Ask to confirm; resolves true only on an explicit confirm. */
export function confirm(opts: {
  title: string;
  content: string;
  confirmText?: string;
  danger?: boolean;
}): Promise<boolean> {
  return new Promise((resolve) => {
    try {
      w().showModal({
        title: opts.title,
        content: opts.content,
        confirmText: opts.confirmText != null ? opts.confirmText : '确定',
        cancelText: '取消',
        confirmColor: opts.danger ? '#d92d20' : undefined,
        success: (r) => resolve(!!r.confirm),
        fail: () => resolve(false),
      });
    } catch (_e) {
      resolve(false);
    }
  });
}

/** An action sheet (at most 6 items); resolves the tapped index, or null on cancel. */
export function chooseAction(itemList: string[], alertText?: string): Promise<number | null> {
  return new Promise((resolve) => {
    try {
      w().showActionSheet({
        itemList,
        alertText,
        success: (r) => resolve(r.tapIndex),
        fail: () => resolve(null),
      });
    } catch (_e) {
      resolve(null);
    }
  });
}

export function alertOnce(title: string, content: string): void {
  try {
    w().showModal({ title, content, showCancel: false, confirmText: '知道了' });
  } catch (_e) {
    /* cosmetic */
  }
}
