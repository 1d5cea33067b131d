// Aho-Corasick multi-pattern matcher: finds every occurrence of hundreds of cue phrases in one
// linear pass, so the checker's cost does not grow with the number of rules or blow up on
// hostile input the way chained regular expressions can.

export interface AhoMatch {
  start: number;
  end: number;
  /** Index of the pattern in the list given to the constructor. */
  pattern: number;
}

export class AhoMatcher {
  private readonly next: Map<number, number>[] = [new Map()];
  private fail: Int32Array = new Int32Array(1);
  /** Per node: patterns ending here (including via dictionary suffix links). */
  private out: number[][] = [[]];
  private readonly lengths: number[];
  /** Root transitions as a dense table: most characters of a notice start no cue at all, so
   * the walk sits at the root and this lookup is the hot path. 0 = stay at root. */
  private rootNext: Int32Array = new Int32Array(0);

  constructor(patterns: readonly string[]) {
    this.lengths = patterns.map((p) => p.length);
    patterns.forEach((p, id) => {
      if (!p) return;
      let node = 0;
      for (let i = 0; i < p.length; i++) {
        const c = p.charCodeAt(i);
        let nxt = this.next[node].get(c);
        if (nxt === undefined) {
          nxt = this.next.length;
          this.next.push(new Map());
          this.out.push([]);
          this.next[node].set(c, nxt);
        }
        node = nxt;
      }
      this.out[node].push(id);
    });
    this.buildFailLinks();
  }

  private buildFailLinks(): void {
    const fail = new Int32Array(this.next.length);
    const queue: number[] = [];
    for (const child of this.next[0].values()) {
      fail[child] = 0;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const node = queue[qi];
      for (const [c, child] of this.next[node]) {
        let f = fail[node];
        while (f !== 0 && !this.next[f].has(c)) f = fail[f];
        const target = this.next[f].get(c);
        fail[child] = target !== undefined && target !== child ? target : 0;
        if (this.out[fail[child]].length)
          this.out[child] = this.out[child].concat(this.out[fail[child]]);
        queue.push(child);
      }
    }
    this.fail = fail;
    const root = new Int32Array(0x10000);
    for (const [c, child] of this.next[0]) root[c] = child;
    this.rootNext = root;
  }

  /** Calls `onMatch` for every match, in order of end position, without allocating per match. */
  scan(text: string, onMatch: (start: number, end: number, pattern: number) => void): void {
    const { next, fail, out, lengths, rootNext } = this;
    let node = 0;
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (node === 0) {
        node = rootNext[c];
        if (node === 0) continue;
      } else {
        let nxt = next[node].get(c);
        while (nxt === undefined && node !== 0) {
          node = fail[node];
          nxt = node === 0 ? rootNext[c] || undefined : next[node].get(c);
        }
        node = nxt === undefined ? 0 : nxt;
      }
      const o = out[node];
      for (let k = 0; k < o.length; k++) {
        const id = o[k];
        onMatch(i + 1 - lengths[id], i + 1, id);
      }
    }
  }

  /** Every match, in order of end position. */
  findAll(text: string): AhoMatch[] {
    const res: AhoMatch[] = [];
    this.scan(text, (start, end, pattern) => res.push({ start, end, pattern }));
    return res;
  }

  /** Leftmost-longest, non-overlapping matches (for replacements). */
  findLeftmostLongest(text: string): AhoMatch[] {
    const all = this.findAll(text).sort((a, b) => a.start - b.start || b.end - a.end);
    const res: AhoMatch[] = [];
    let pos = 0;
    for (const m of all) {
      if (m.start >= pos) {
        res.push(m);
        pos = m.end;
      }
    }
    return res;
  }
}
