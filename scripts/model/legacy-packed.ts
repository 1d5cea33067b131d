// The int8 weights of a weights file written before December 2026, whose `packed` string used a
// square layout: one character per pair of zigzagged weights (za, zb), one ASCII byte from '('
// (the backslash skipped) for both < 9, U+0100 + za * 22 + zb for both < 22, else the same CJK
// codes and `outliers` as today's `pairs` (miniprogram/core/model/scorer.ts). `npm run accept`
// reads a committed file of that age through this.

const zigzag = (v: number): number => (v < 0 ? -2 * v - 1 : 2 * v);
const unzigzag = (z: number): number => (z & 1 ? -((z + 1) >> 1) : z >> 1);

/** The weights of an old `packed` string (and its outliers) as int8 bytes. */
export function legacyPackedBytes(packed: string, buckets: number, outliers = ''): Uint8Array {
  const out = new Uint8Array(buckets);
  const o = outliers ? outliers.split(',').map(Number) : [];
  for (let g = 0; g < packed.length; g++) {
    const c = packed.charCodeAt(g);
    let za = -1;
    let zb = 0;
    if (c >= 0x4e00) {
      const k = c - 0x4e00;
      if (k < 44 * 256) {
        za = k >> 8;
        zb = k & 255;
      } else if (k < 44 * 256 + 44 * 212) {
        zb = ((k - 44 * 256) / 212) | 0;
        za = k - 44 * 256 - zb * 212 + 44;
      }
    } else if (c >= 0x100) {
      const k = c - 0x100;
      if (k < 22 * 22) {
        za = (k / 22) | 0;
        zb = k - za * 22;
      }
    } else if (c === 0x7e) {
      for (let i = 0; i < o.length; i += 3)
        if (o[i] === g) {
          za = zigzag(o[i + 1]);
          zb = zigzag(o[i + 2]);
          break;
        }
    } else if (c >= 0x28 && c !== 0x5c && c < 0x28 + 82) {
      const k = c < 0x5c ? c - 0x28 : c - 0x29;
      za = (k / 9) | 0;
      zb = k - za * 9;
    }
    if (za < 0 || za > 255 || zb > 255) throw new Error('bad packed model weights');
    out[g * 2] = unzigzag(za) & 0xff;
    if (g * 2 + 1 < buckets) out[g * 2 + 1] = unzigzag(zb) & 0xff;
  }
  return out;
}
