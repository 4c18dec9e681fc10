/**
 * Candidates by position, popped best first: more matched words, then higher score, then the
 * lower position (the order they were found, so ties come out as a stable sort would give them),
 * or the lower tie key when keys are given.
 * A binary heap: taking the first k of n costs O(n + k log n) instead of sorting all n.
 */
export class HitQueue {
  private readonly heap: Int32Array;
  private size: number;

  constructor(
    private readonly counts: ArrayLike<number>,
    private readonly scores: ArrayLike<number>,
    /** Tie keys by position, lower first; default: the position itself. */
    private readonly keys?: ArrayLike<number>,
  ) {
    this.size = counts.length;
    this.heap = new Int32Array(this.size);
    for (let i = 0; i < this.size; i++) this.heap[i] = i;
    for (let i = (this.size >> 1) - 1; i >= 0; i--) this.down(i);
  }

  /** The best remaining position, or -1 when none is left. */
  pop(): number {
    if (this.size === 0) return -1;
    const top = this.heap[0] as number;
    this.size -= 1;
    if (this.size > 0) {
      this.heap[0] = this.heap[this.size] as number;
      this.down(0);
    }
    return top;
  }

  private before(a: number, b: number): boolean {
    const ca = this.counts[a] as number;
    const cb = this.counts[b] as number;
    if (ca !== cb) return ca > cb;
    const sa = this.scores[a] as number;
    const sb = this.scores[b] as number;
    if (sa !== sb) return sa > sb;
    if (this.keys) return (this.keys[a] as number) < (this.keys[b] as number);
    return a < b;
  }

  private down(from: number): void {
    const heap = this.heap;
    let i = from;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= this.size) return;
      const r = l + 1;
      let c = l;
      if (r < this.size && this.before(heap[r] as number, heap[l] as number)) c = r;
      if (!this.before(heap[c] as number, heap[i] as number)) return;
      const tmp = heap[i] as number;
      heap[i] = heap[c] as number;
      heap[c] = tmp;
      i = c;
    }
  }
}
