// A small incremental SHA-256 (FIPS 180-4) over bytes, for hashing attachments in pieces, and
// strings as the bytes hash.ts gives for them (js-sha256 hashed strings before). This tight loop
// over 32-bit integers runs about twice as fast as js-sha256 on the same engine (no per-block
// array copies), which is what verify spends its time on. Pure TypeScript: runs in the mini
// program and in Node alike.

const K = new Int32Array([
  0x428a2f98, 0x71374491, 0xb5c0fbcf, 0xe9b5dba5, 0x3956c25b, 0x59f111f1, 0x923f82a4, 0xab1c5ed5,
  0xd807aa98, 0x12835b01, 0x243185be, 0x550c7dc3, 0x72be5d74, 0x80deb1fe, 0x9bdc06a7, 0xc19bf174,
  0xe49b69c1, 0xefbe4786, 0x0fc19dc6, 0x240ca1cc, 0x2de92c6f, 0x4a7484aa, 0x5cb0a9dc, 0x76f988da,
  0x983e5152, 0xa831c66d, 0xb00327c8, 0xbf597fc7, 0xc6e00bf3, 0xd5a79147, 0x06ca6351, 0x14292967,
  0x27b70a85, 0x2e1b2138, 0x4d2c6dfc, 0x53380d13, 0x650a7354, 0x766a0abb, 0x81c2c92e, 0x92722c85,
  0xa2bfe8a1, 0xa81a664b, 0xc24b8b70, 0xc76c51a3, 0xd192e819, 0xd6990624, 0xf40e3585, 0x106aa070,
  0x19a4c116, 0x1e376c08, 0x2748774c, 0x34b0bcb5, 0x391c0cb3, 0x4ed8aa4a, 0x5b9cca4f, 0x682e6ff3,
  0x748f82ee, 0x78a5636f, 0x84c87814, 0x8cc70208, 0x90befffa, 0xa4506ceb, 0xbef9a3f7, 0xc67178f2,
]);

export class Sha256 {
  private readonly h: Int32Array;
  private readonly w: Int32Array;
  private readonly buf: Uint8Array;
  private bufLen: number;
  private bytes: number;

  constructor() {
    this.h = new Int32Array([
      0x6a09e667, 0xbb67ae85, 0x3c6ef372, 0xa54ff53a, 0x510e527f, 0x9b05688c, 0x1f83d9ab,
      0x5be0cd19,
    ]);
    this.w = new Int32Array(16);
    this.buf = new Uint8Array(64);
    this.bufLen = 0;
    this.bytes = 0;
  }

  update(data: Uint8Array): this {
    let i = 0;
    const n = data.length;
    this.bytes += n;
    if (this.bufLen > 0) {
      while (i < n && this.bufLen < 64) this.buf[this.bufLen++] = data[i++];
      if (this.bufLen < 64) return this;
      this.block(this.buf, 0);
      this.bufLen = 0;
    }
    for (; i + 64 <= n; i += 64) this.block(data, i);
    while (i < n) this.buf[this.bufLen++] = data[i++];
    return this;
  }

  hex(): string {
    const bits = this.bytes * 8;
    const tail = new Uint8Array(this.bufLen < 56 ? 64 : 128);
    tail.set(this.buf.subarray(0, this.bufLen));
    tail[this.bufLen] = 0x80;
    const hi = Math.floor(bits / 0x100000000);
    const lo = bits >>> 0;
    const end = tail.length;
    tail[end - 8] = hi >>> 24;
    tail[end - 7] = hi >>> 16;
    tail[end - 6] = hi >>> 8;
    tail[end - 5] = hi;
    tail[end - 4] = lo >>> 24;
    tail[end - 3] = lo >>> 16;
    tail[end - 2] = lo >>> 8;
    tail[end - 1] = lo;
    for (let o = 0; o < end; o += 64) this.block(tail, o);
    let out = '';
    for (let j = 0; j < 8; j++) out += (this.h[j] >>> 0).toString(16).padStart(8, '0');
    return out;
  }

  private block(b: Uint8Array, o: number): void {
    // The message schedule is computed as the rounds need it, in a 16-word ring.
    const w = this.w;
    const h = this.h;
    let a = h[0];
    let bb = h[1];
    let c = h[2];
    let d = h[3];
    let e = h[4];
    let f = h[5];
    let g = h[6];
    let hh = h[7];
    for (let t = 0; t < 64; t++) {
      let wt: number;
      if (t < 16) {
        const p = o + (t << 2);
        wt = (b[p] << 24) | (b[p + 1] << 16) | (b[p + 2] << 8) | b[p + 3];
      } else {
        const x = w[(t - 15) & 15];
        const y = w[(t - 2) & 15];
        const s0 = ((x >>> 7) | (x << 25)) ^ ((x >>> 18) | (x << 14)) ^ (x >>> 3);
        const s1 = ((y >>> 17) | (y << 15)) ^ ((y >>> 19) | (y << 13)) ^ (y >>> 10);
        wt = (w[t & 15] + s0 + w[(t - 7) & 15] + s1) | 0;
      }
      w[t & 15] = wt;
      const S1 = ((e >>> 6) | (e << 26)) ^ ((e >>> 11) | (e << 21)) ^ ((e >>> 25) | (e << 7));
      const ch = (e & f) ^ (~e & g);
      const t1 = (hh + S1 + ch + K[t] + wt) | 0;
      const S0 = ((a >>> 2) | (a << 30)) ^ ((a >>> 13) | (a << 19)) ^ ((a >>> 22) | (a << 10));
      const maj = (a & bb) ^ (a & c) ^ (bb & c);
      hh = g;
      g = f;
      f = e;
      e = (d + t1) | 0;
      d = c;
      c = bb;
      bb = a;
      a = (t1 + S0 + maj) | 0;
    }
    h[0] = (h[0] + a) | 0;
    h[1] = (h[1] + bb) | 0;
    h[2] = (h[2] + c) | 0;
    h[3] = (h[3] + d) | 0;
    h[4] = (h[4] + e) | 0;
    h[5] = (h[5] + f) | 0;
    h[6] = (h[6] + g) | 0;
    h[7] = (h[7] + hh) | 0;
  }
}
