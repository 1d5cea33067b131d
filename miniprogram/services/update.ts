// New versions: WeChat downloads them itself; when one is ready we offer a restart. Old
// clients and tools without getUpdateManager are left alone.
import { currentWx, Wx } from './wx';

export const UPDATE_TITLE = '新版本已准备好';
export const UPDATE_TEXT = '重启小程序就能使用新版本。你保存的证据和记录都在本机，不受影响。';

/**
 * Listen for a downloaded update. `beforeRestart` runs just before WeChat restarts the app
 * (finish pending work). Returns false when this client has no update manager.
 */
export function watchForUpdates(
  beforeRestart: () => void = () => undefined,
  getWx: () => Wx = currentWx,
): boolean {
  const w = getWx() as unknown as { getUpdateManager?: () => WechatMiniprogram.UpdateManager };
  if (!w || typeof w.getUpdateManager !== 'function') return false;
  try {
    const manager = w.getUpdateManager();
    manager.onUpdateReady(() => {
      getWx().showModal({
        title: UPDATE_TITLE,
        content: UPDATE_TEXT,
        confirmText: '重启',
        cancelText: '稍后',
        success: (r) => {
          if (!r.confirm) return;
          try {
            beforeRestart();
          } finally {
            manager.applyUpdate();
          }
        },
      });
    });
    // A failed download changes nothing: the current version keeps working.
    manager.onUpdateFailed(() => undefined);
    return true;
  } catch (_e) {
    return false;
  }
}
