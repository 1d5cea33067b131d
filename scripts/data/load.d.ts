// Types of load.js (CommonJS, so `npm run data` and the TypeScript scripts share it).
export type Label = 'scam' | 'abusive' | 'reminder' | 'unrelated';
export type Split = 'train' | 'dev' | 'test';
export interface Message {
  id: string;
  text: string;
  label: Label;
  channel: 'sms' | 'wechat' | 'call' | 'visit' | 'letter' | 'other';
  source: string;
  split: Split;
  kind: string;
  template?: string;
  sender?: string;
  /** Signal ids a source says the message carries, where it says so. */
  signals?: string[];
}
export interface Corpus {
  messages: Message[];
  files: Map<string, string>;
  splitOf: Map<string, Split>;
  /** Sources read from data/snapshots (not in git). */
  snapshotOnly: Set<string>;
}
export function corpusDirs(argv?: string[]): string[];
export function loadCorpus(dirs?: string[], opts?: { committedOnly?: boolean }): Corpus;
export function countTable(messages: Message[]): string[];
export const LABELS: Label[];
export const SPLITS: Split[];
export const ROOT: string;
export function sourceTable(messages: Message[]): string[];
