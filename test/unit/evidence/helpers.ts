// Shared test helpers: an in-memory KV that can simulate a crash after N writes or a full
// store, and a tiny deterministic clock/id source.
import type { KV } from '../../../miniprogram/core/evidence';

export class CrashError extends Error {
  constructor() {
    super('simulated crash');
  }
}

export class MemoryKV implements KV {
  data = new Map<string, string>();
  /** Writes (set/remove) allowed before the simulated crash; Infinity = never. */
  crashAfter = Infinity;
  writes = 0;
  crashed = false;
  /** Total bytes (keys + values, UTF-16 units ×1 for simplicity) allowed; like wx's 10 MB. */
  capacity = Infinity;
  /** Per-key limit like wx's 1 MB. */
  perKey = Infinity;

  get(key: string): unknown {
    return this.data.get(key);
  }
  private tick(): void {
    if (this.crashed) throw new CrashError();
    if (this.writes >= this.crashAfter) {
      this.crashed = true;
      throw new CrashError();
    }
    this.writes++;
  }
  set(key: string, value: string): void {
    this.tick();
    // WeChat's own wording (see test/wx-fake.ts).
    if (key.length + value.length > this.perKey)
      throw Object.assign(new Error('setStorageSync:fail:entry size limit reached'), {
        errMsg: 'setStorageSync:fail:entry size limit reached',
      });
    const old = this.data.get(key);
    if (this.capacity !== Infinity) {
      const used = this.used() - (old !== undefined ? key.length + old.length : 0);
      if (used + key.length + value.length > this.capacity)
        throw Object.assign(new Error('setStorageSync:fail exceed storage max size 10Mb'), {
          errMsg: 'setStorageSync:fail exceed storage max size 10Mb',
        });
    }
    this.data.set(key, value);
  }
  remove(key: string): void {
    this.tick();
    this.data.delete(key);
  }
  keys(): string[] {
    return [...this.data.keys()];
  }
  used(): number {
    let n = 0;
    for (const [k, v] of this.data) n += k.length + v.length;
    return n;
  }
  snapshot(): Map<string, string> {
    return new Map(this.data);
  }
  /** A fresh KV over the same data, as after an app restart. */
  restart(): MemoryKV {
    const kv = new MemoryKV();
    kv.data = new Map(this.data);
    kv.capacity = this.capacity;
    kv.perKey = this.perKey;
    return kv;
  }
}

export function clock(start = Date.UTC(2024, 4, 1, 2, 0, 0)) {
  let t = start;
  return () => (t += 60_000);
}

export function ids(prefix = 'id') {
  let n = 0;
  return () => `${prefix}${(n++).toString().padStart(5, '0')}`;
}

export function bytesOf(s: string): Uint8Array {
  return new Uint8Array(Buffer.from(s, 'utf8'));
}
