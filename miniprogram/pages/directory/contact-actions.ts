// Actions shared by the directory and lookup pages: dial a directory number (through the
// phone service, which refuses anything else), copy text, and read the display settings.
import { copyText as copyToClipboard } from '../../services/clipboard';
import { dialOfficial } from '../../services/phone';
import { settingsStore } from '../../stores/settings';

/** Dial a number taken from a directory entry view; explain a refusal or failure in a toast. */
export async function callOfficial(number: unknown): Promise<void> {
  if (typeof number !== 'string' || !number) return;
  const r = await dialOfficial(number);
  if (!r.ok && r.reason !== 'cancelled') {
    wx.showToast({ title: r.message, icon: 'none', duration: 3000 });
  }
}

/** Copy text to the clipboard (WeChat shows its own "copied" toast on success). */
export async function copyText(text: unknown): Promise<boolean> {
  if (typeof text !== 'string' || !text) return false;
  const r = await copyToClipboard(text);
  if (!r.ok) wx.showToast({ title: r.message, icon: 'none', duration: 3000 });
  return r.ok;
}

/** Load saved display settings and the system theme before the first render. */
export function syncDisplaySettings(): void {
  try {
    settingsStore.load();
    const info = typeof wx.getAppBaseInfo === 'function' ? wx.getAppBaseInfo() : null;
    settingsStore.setTheme(info ? info.theme : undefined);
  } catch (_e) {
    // Defaults (light, normal font) are fine if settings cannot be read.
  }
}

/** `data-*` of the tapped element (a Vant button passes its host's dataset). */
export function datasetOf(e: unknown): Record<string, unknown> {
  const ev = e as { currentTarget?: { dataset?: Record<string, unknown> } };
  return (ev && ev.currentTarget && ev.currentTarget.dataset) || {};
}
