// Undo-window timers the tests advance by hand (the records store takes its timers injected).
import type { Timers } from '../../miniprogram/stores/records';

export class FakeTimers implements Timers {
  queue: { fn: () => void; at: number; id: number }[] = [];
  t = 0;
  n = 0;
  setTimeout(fn: () => void, ms: number) {
    const id = ++this.n;
    this.queue.push({ fn, at: this.t + ms, id });
    return id;
  }
  clearTimeout(h: unknown) {
    this.queue = this.queue.filter((q) => q.id !== h);
  }
  advance(ms: number) {
    this.t += ms;
    const due = this.queue.filter((q) => q.at <= this.t);
    this.queue = this.queue.filter((q) => q.at > this.t);
    due.forEach((q) => q.fn());
  }
}
