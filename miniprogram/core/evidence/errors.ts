// Typed errors with the Chinese message the UI shows as-is. `code` lets the UI choose an
// action (e.g. "清理空间" for storage_full) without parsing text.
import { errorType } from '../error-type';

export type EvidenceErrorCode =
  | 'storage_full'
  | 'file_space_full'
  | 'file_missing'
  | 'file_too_large'
  | 'corrupt'
  | 'not_found'
  | 'read_only'
  | 'io'
  | 'not_allowed';

export interface EvidenceError extends Error {
  readonly code: EvidenceErrorCode;
  readonly cause?: unknown;
}
export const EvidenceError = errorType<
  EvidenceError,
  [code: EvidenceErrorCode, message: string, cause?: unknown]
>(
  'EvidenceError',
  (_code, message) => message,
  (e, code, _message, cause) => Object.assign(e, { code, cause }),
);

export const MSG = {
  storageFull:
    '手机存储空间不足（本应用的记录空间已满），这次没有保存，之前的记录都完好。请删除不需要的案件或附件后再试。',
  fileSpaceFull:
    '附件空间不足（本应用最多可存 200 MB 文件），这次没有保存，之前的记录都完好。请删除不需要的附件后再试。',
  fileMissing: '找不到这个文件，可能已被清理。请重新选择文件。',
  attachmentMissing: '附件文件找不到了，可能已被系统或其他方式清理。记录本身仍然保留。',
  corruptItem: '这条记录已损坏，无法读取。其他记录不受影响。',
  corruptCase: '这个案件的基本信息已损坏，无法读取。其中的证据记录仍可查看。',
  notFound: '找不到这条记录，可能已被删除。',
  notAllowed:
    '没有打开：你没有同意隐私保护指引，所以小程序不能读取聊天文件和相册。什么都没有改动。',
  io: '读写本机存储时出错，这次没有保存，之前的记录都完好。请稍后再试。',
  caseMissing: '这个案件的基本信息找不到了，其中的证据记录仍可查看。',
  caseDamagedNoAdd:
    '这个案件里有记录损坏了。为了不弄丢它们，这个案件暂时不能再添加或修改，可以查看和导出。需要继续记录的话，请新建一个案件。',
  readOnlyNewer:
    '手机里的证据是用更新版本的“催款核验”保存的。为了不弄坏它们，现在只能查看，不能添加、修改或删除。请在微信里把小程序更新到最新版本。',
  listRebuilt: '案件列表损坏了，已经根据手机里的各个案件重新整理，证据没有丢失。',
  indexRebuilt: '这个案件的时间线目录损坏或丢失，已根据各条记录重新整理，证据没有丢失。',
  deletedPartly: '案件已删除。还有一些残留数据没来得及清理，下次打开小程序时会自动清理完。',
  notDeleted: '没有删除成功，案件和里面的证据都还在。请稍后再试。',
} as const;

/**
 * Recognise "storage is full" from wx storage or a fake: wx says e.g.
 * "setStorageSync:fail exceed storage max size 10Mb" or, for one key over 1 MB,
 * "setStorageSync:fail:entry size limit reached".
 */
export function isQuotaError(e: unknown): boolean {
  if (e instanceof EvidenceError) return e.code === 'storage_full';
  const o = e as { errMsg?: unknown; message?: unknown; code?: unknown } | null;
  // services/storage.ts throws StorageError with code 'quota' / 'entry_too_large'.
  if (o && (o.code === 'storage_full' || o.code === 'quota' || o.code === 'entry_too_large'))
    return true;
  // wx's errMsg, else an Error's message, else the value itself.
  let said: unknown = null;
  if (o) said = o.errMsg != null ? o.errMsg : o.message;
  const text = String(said != null ? said : e);
  return /exceed|max size|max length|limit reached|size limit|quota|storage (is )?full|空间不足/i.test(
    text,
  );
}
