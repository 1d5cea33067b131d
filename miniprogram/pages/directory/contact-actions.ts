// Actions shared by the directory and lookup pages: dial a directory number (through the
// phone service, which refuses anything else), copy text, and read the display settings.
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
export function copyText(text: unknown): Promise<boolean> {
  if (typeof text !== 'string' || !text) return Promise.resolve(false);
  return new Promise((resolve) => {
    wx.setClipboardData({
      data: text,
      success: () => resolve(true),
      fail: () => {
        wx.showToast({ title: '没能复制，请长按文字手动复制', icon: 'none', duration: 3000 });
        resolve(false);
      },
    });
  });
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
  return ev?.currentTarget?.dataset ?? {};
}
