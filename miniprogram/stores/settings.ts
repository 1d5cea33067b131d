// App-wide preferences: large-font mode, recent-check history. Persisted through the storage
// service; a failed write keeps the in-memory choice and reports it, never throws at a page.
import { makeAutoObservable } from 'mobx-miniprogram';
import * as storage from '../services/storage';

const KEY = 'settings.v1';

export interface SettingsData {
  largeFont: boolean;
  keepHistory: boolean;
}

const DEFAULTS: SettingsData = { largeFont: false, keepHistory: true };

export class SettingsStore {
  largeFont: boolean;
  keepHistory: boolean;
  /** Plain Chinese message of the last failed save, or ''. */
  error: string;
  /** System theme; pages put `theme-{{theme}}` on their root view for dark-mode styles. */
  theme: 'light' | 'dark';

  constructor() {
    this.largeFont = DEFAULTS.largeFont;
    this.keepHistory = DEFAULTS.keepHistory;
    this.error = '';
    this.theme = 'light';

    makeAutoObservable(this);
  }

  /** Root font size for `page-meta`: 16px normally, 20px in large-font mode. */
  get rootFontSize(): string {
    return this.largeFont ? '20px' : '16px';
  }

  load(): void {
    const saved = storage.get<Partial<SettingsData>>(KEY);
    if (saved && typeof saved === 'object') {
      if (typeof saved.largeFont === 'boolean') this.largeFont = saved.largeFont;
      if (typeof saved.keepHistory === 'boolean') this.keepHistory = saved.keepHistory;
    }
  }

  /** Class for a page's root view: theme plus large-font mode. */
  get rootClass(): string {
    return `theme-${this.theme}${this.largeFont ? ' large-font' : ''}`;
  }

  setTheme(theme: string | undefined): void {
    this.theme = theme === 'dark' ? 'dark' : 'light';
  }

  setLargeFont(on: boolean): void {
    this.largeFont = on;
    this.save();
  }

  setKeepHistory(on: boolean): void {
    this.keepHistory = on;
    this.save();
  }

  private save(): void {
    const r = storage.trySet(KEY, { largeFont: this.largeFont, keepHistory: this.keepHistory });
    this.error = r.ok ? '' : r.error.userMessage;
  }
}

export const settingsStore = new SettingsStore();

/** The binding pages share for dark mode (root view class) and large-font mode (page-meta). */
export const appearanceBinding = {
  store: settingsStore,
  fields: {
    rootClass: () => settingsStore.rootClass,
    rootFontSize: () => settingsStore.rootFontSize,
  },
  actions: {},
};
