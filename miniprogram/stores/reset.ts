// Clear all data (设置 → 清除全部数据): files and storage through the services, then every
// store back to its empty state, so no page shows what was deleted.
import { wipeEverything } from '../services/wipe';
import { checkStore } from './check';
import { recordsStore } from './records';
import { settingsStore } from './settings';

export const RESET_MESSAGES = {
  done: '已清除本机上的全部数据。',
  partial: '大部分数据已清除，但有少量内容没能删除。请稍后再试一次。',
} as const;

export function clearAllData(): { ok: boolean; message: string } {
  recordsStore.closeCase();
  const r = wipeEverything();
  checkStore.resetAll();
  // Back to the defaults in memory; the settings write this causes is removed again.
  settingsStore.setLargeFont(false);
  settingsStore.setKeepHistory(true);
  wipeEverything();
  recordsStore.init();
  return { ok: r.ok, message: r.ok ? RESET_MESSAGES.done : RESET_MESSAGES.partial };
}
