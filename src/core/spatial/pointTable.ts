/**
 * An open-addressing hash table keyed by a pair of doubles (a vertex's exact coordinates, or
 * the integer cell of a grid), giving each distinct pair a dense id 0, 1, 2, ... in order of
 * first insertion. Numbers are hashed by their bits (with -0 read as 0), so no string keys are
 * built: contiguity.ts looks up every polygon vertex here.
 */
const f64 = new Float64Array(1);
const u32 = new Uint32Array(f64.buffer);

function mixBits(x: number): number {
  f64[0] = x + 0; // -0 -> 0
  return Math.imul(u32[0] ^ Math.imul(u32[1], 0x9e3779b1), 0x85ebca6b);
}

export class PointTable {
  private slots: Int32Array;
  private mask: number;
  /** Keys of the ids, in id order. */
  xs: Float64Array;
  ys: Float64Array;
  size = 0;

  constructor(expected = 16) {
    let cap = 16;
    while (cap < expected * 2) cap *= 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    this.xs = new Float64Array(Math.max(8, expected));
    this.ys = new Float64Array(Math.max(8, expected));
  }

  private slotOf(x: number, y: number): number {
    let h = (mixBits(x) ^ Math.imul(mixBits(y) + 0x7f4a7c15, 0xc2b2ae35)) >>> 0;
    h ^= h >>> 15;
    return h & this.mask;
  }

  /** The id of (x, y), or -1. */
  get(x: number, y: number): number {
    const { slots, mask, xs, ys } = this;
    for (let s = this.slotOf(x, y); ; s = (s + 1) & mask) {
      const id = slots[s];
      if (id < 0) return -1;
      if (xs[id] === x && ys[id] === y) return id;
    }
  }

  /** The id of (x, y), inserting it when new. */
  add(x: number, y: number): number {
    x += 0;
    y += 0;
    if ((this.size + 1) * 2 > this.slots.length) this.grow();
    const { slots, mask } = this;
    for (let s = this.slotOf(x, y); ; s = (s + 1) & mask) {
      const id = slots[s];
      if (id < 0) {
        const fresh = this.size++;
        if (fresh >= this.xs.length) {
          const nx = new Float64Array(this.xs.length * 2);
          const ny = new Float64Array(this.xs.length * 2);
          nx.set(this.xs);
          ny.set(this.ys);
          this.xs = nx;
          this.ys = ny;
        }
        this.xs[fresh] = x;
        this.ys[fresh] = y;
        slots[s] = fresh;
        return fresh;
      }
      if (this.xs[id] === x && this.ys[id] === y) return id;
    }
  }

  private grow(): void {
    const cap = this.slots.length * 2;
    this.slots = new Int32Array(cap).fill(-1);
    this.mask = cap - 1;
    for (let id = 0; id < this.size; id++) {
      let s = this.slotOf(this.xs[id], this.ys[id]);
      while (this.slots[s] >= 0) s = (s + 1) & this.mask;
      this.slots[s] = id;
    }
  }
}
