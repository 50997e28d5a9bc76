/**
 * A binary min-heap of (key, a, b) triples for the agglomerative methods: ties on the key go
 * to the smaller a, then the smaller b (Python's heapq on tuples, which scikit-learn's
 * `ward_tree` uses, breaks ties the same way).
 */
export class MinHeap {
  private keys: number[] = [];
  private as: number[] = [];
  private bs: number[] = [];

  get size(): number {
    return this.keys.length;
  }

  private less(i: number, j: number): boolean {
    const k = this.keys;
    if (k[i] !== k[j]) return k[i] < k[j];
    if (this.as[i] !== this.as[j]) return this.as[i] < this.as[j];
    return this.bs[i] < this.bs[j];
  }

  private swap(i: number, j: number): void {
    [this.keys[i], this.keys[j]] = [this.keys[j], this.keys[i]];
    [this.as[i], this.as[j]] = [this.as[j], this.as[i]];
    [this.bs[i], this.bs[j]] = [this.bs[j], this.bs[i]];
  }

  push(key: number, a: number, b: number): void {
    this.keys.push(key);
    this.as.push(a);
    this.bs.push(b);
    let i = this.keys.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(i, p)) break;
      this.swap(i, p);
      i = p;
    }
  }

  /** Removes and returns the smallest triple, or null when empty. */
  pop(): [number, number, number] | null {
    const n = this.keys.length;
    if (n === 0) return null;
    const top: [number, number, number] = [this.keys[0], this.as[0], this.bs[0]];
    const lastK = this.keys.pop() as number;
    const lastA = this.as.pop() as number;
    const lastB = this.bs.pop() as number;
    if (n > 1) {
      this.keys[0] = lastK;
      this.as[0] = lastA;
      this.bs[0] = lastB;
      let i = 0;
      const m = n - 1;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let s = i;
        if (l < m && this.less(l, s)) s = l;
        if (r < m && this.less(r, s)) s = r;
        if (s === i) break;
        this.swap(i, s);
        i = s;
      }
    }
    return top;
  }
}
