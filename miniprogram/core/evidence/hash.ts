// SHA-256 via js-sha256 (0.12): its package `main` is a single plain-JS file that
// miniprogram-ci packs into miniprogram_npm and that runs without Node (the Node `crypto`
// branch is only taken when `process.versions.node` exists). Strings are hashed as UTF-8
// by the library itself, so we need no TextEncoder (absent on older WeChat base libraries).
import { sha256 } from 'js-sha256';
import { Sha256 } from './sha256';

export type Bytes = ArrayBuffer | Uint8Array;

/** Lower-case hex SHA-256 of a UTF-8 string or raw bytes. */
export function sha256Hex(data: string | Bytes): string {
  if (typeof data === 'string') return sha256(data);
  return new Sha256().update(data instanceof Uint8Array ? data : new Uint8Array(data)).hex();
}

/** Short form shown to people (first 12 hex digits): enough to compare by eye. */
export function shortDigest(hex: string | null | undefined): string {
  return hex ? hex.slice(0, 12) : '—';
}

/** Incremental SHA-256 for files read in pieces (keeps memory flat for large recordings). */
export function createSha256(): { update(data: Bytes): void; hex(): string } {
  const h = new Sha256();
  return {
    update(data: Bytes) {
      h.update(data instanceof Uint8Array ? data : new Uint8Array(data));
    },
    hex: () => h.hex(),
  };
}
