// SHA-256 of strings and bytes, by our own Sha256 (sha256.ts). Strings are hashed as the bytes
// js-sha256 (0.12, which the app used for them until December 2026) fed its hash on the phone, so
// every digest already in a case stays the same: UTF-8 per UTF-16 unit, and a surrogate, paired
// or not, taken with the unit after it as one four-byte character (a lone one gives bytes no
// UTF-8 encoder would; Node's crypto, which js-sha256 used under Node, writes U+FFFD for it
// instead). No TextEncoder (absent on older WeChat base libraries).
import { Sha256 } from './sha256';

export type Bytes = ArrayBuffer | Uint8Array;

/** The bytes js-sha256 hashed for string `s` in a mini program (see above). */
export function hashedBytesOf(s: string): Uint8Array {
  const n = s.length;
  // At most 3 bytes a unit; a surrogate takes 4 for two units, or for one if it is the last.
  const out = new Uint8Array(n * 3 + 1);
  let o = 0;
  for (let i = 0; i < n; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) out[o++] = c;
    else if (c < 0x800) {
      out[o++] = 0xc0 | (c >>> 6);
      out[o++] = 0x80 | (c & 0x3f);
    } else if (c < 0xd800 || c >= 0xe000) {
      out[o++] = 0xe0 | (c >>> 12);
      out[o++] = 0x80 | ((c >>> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    } else {
      // Past the end, charCodeAt is NaN, and NaN & 0x3ff is 0, as in js-sha256.
      c = 0x10000 + (((c & 0x3ff) << 10) | (s.charCodeAt(++i) & 0x3ff));
      out[o++] = 0xf0 | (c >>> 18);
      out[o++] = 0x80 | ((c >>> 12) & 0x3f);
      out[o++] = 0x80 | ((c >>> 6) & 0x3f);
      out[o++] = 0x80 | (c & 0x3f);
    }
  }
  return out.subarray(0, o);
}

/** Lower-case hex SHA-256 of a string (as hashedBytesOf encodes it) or raw bytes. */
export function sha256Hex(data: string | Bytes): string {
  const bytes =
    typeof data === 'string'
      ? hashedBytesOf(data)
      : data instanceof Uint8Array
        ? data
        : new Uint8Array(data);
  return new Sha256().update(bytes).hex();
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
