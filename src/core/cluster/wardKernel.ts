/**
 * The hot loop of Ward's nearest-neighbour chain (ward.ts) as a tiny WebAssembly module using
 * 128-bit SIMD (two f64 lanes), assembled here byte by byte so its source is this file:
 *
 *   dists(oa, m, p, sizes, out, twoNa, na):
 *     for q in 0 .. m-1:
 *       acc = (0, 0)
 *       for c = 0, 2, 4, .. while c + 2 <= p:       (f64x2: lanes c and c + 1)
 *         e = a[c .. c+1] - x_q[c .. c+1];  acc = acc + e * e
 *       s = acc.lane0 + acc.lane1;  if p is odd: e = a[p-1] - x_q[p-1]; s = s + e * e
 *       out[q] = ((twoNa * size[q]) / (na + size[q])) * s
 *
 * that is, the squared Ward dissimilarity 2 |A| |B| / (|A| + |B|) ||c_A - c_B||^2 (ward.ts)
 * of cluster A (centroid at byte offset oa) to every active cluster. The centroids (m x p,
 * row-major) start at byte 0 of the memory, the sizes at byte `sizes`, the output at `out`.
 * Every operation is an IEEE-754 double add, subtract, multiply or divide with its own
 * rounding (no fused multiply-add), in the order written, so `wardSqPair()` below, the
 * JavaScript form of the same sums, gives the same bits: results never depend on whether
 * WebAssembly ran.
 *
 * When WebAssembly or its SIMD is missing, or a Content-Security-Policy without
 * 'wasm-unsafe-eval' refuses the compile (the app's policy, scripts/csp.mjs, does), the chain
 * uses the JavaScript loop instead.
 */

import { BOUND_FLOOR, BOUND_MARGIN, float32Bound } from './wardFloat32Bound.ts';
import { INT16_MIN_COLUMNS, int16Bound } from './wardInt16Bound.ts';
import { CTRL, SPLIT_MIN_ROWS, WardSplit, type WardSplitShare } from './wardSplit.ts';

/** The part of the WebAssembly API used here (the core's type-check has no DOM library). */
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: Record<string, unknown> };
  Memory: new (descriptor: { initial: number; maximum?: number; shared?: boolean }) => {
    buffer: ArrayBuffer;
  };
}

/** Squared Ward dissimilarity of the rows at oa and ob of c, in the kernel's summation order. */
export function wardSqPair(
  c: Float64Array,
  oa: number,
  ob: number,
  p: number,
  na: number,
  nb: number,
): number {
  let s0 = 0;
  let s1 = 0;
  let k = 0;
  for (; k + 2 <= p; k += 2) {
    const e0 = c[oa + k] - c[ob + k];
    const e1 = c[oa + k + 1] - c[ob + k + 1];
    s0 += e0 * e0;
    s1 += e1 * e1;
  }
  let s = s0 + s1;
  if (k < p) {
    const e = c[oa + k] - c[ob + k];
    s += e * e;
  }
  return ((2 * na * nb) / (na + nb)) * s;
}

/** Unsigned LEB128. */
function uleb(v: number): number[] {
  const out: number[] = [];
  do {
    let b = v & 0x7f;
    v >>>= 7;
    if (v !== 0) b |= 0x80;
    out.push(b);
  } while (v !== 0);
  return out;
}

/** A section: id, size, contents. */
function section(id: number, body: number[]): number[] {
  return [id, ...uleb(body.length), ...body];
}

const I32 = 0x7f;
const F64 = 0x7c;
const V128 = 0x7b;

/** Body of dists() (or select()) for any p: a loop over the columns, two at a time. */
function loopBody(select: boolean): number[] {
  // Parameters 0..6: oa, m, p, sizes, out (i32), twoNa, na (f64); select() adds 7..10.
  // Locals from L on: see below.
  const [oa, m, p] = [0, 1, 2];
  const L = select ? SELECT_PARAMS : 7;
  const [q, ob, c, pb, pe, nb] = [L, L + 1, L + 2, L + 3, L + 4, L + 5];
  const [acc, e] = [L + 6, L + 7];
  const s = L + 8;
  const sel = selectLocals(L + 9);
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const tee = (i: number) => [0x22, i];
  const i32c = (v: number) => [0x41, v]; // small non-negative constants only (< 64)
  const f64load = [0x2b, 3, 0];
  const simd = (op: number) => [0xfd, ...uleb(op)];
  const v128load = [...simd(0x00), 3, 0];
  const f64x2 = { sub: simd(241), mul: simd(242), add: simd(240) };
  const lane = (l: number) => [...simd(0x21), l];
  const body = [
    // locals: q, ob, c, pb, pe (i32); nb (f64); acc, e (v128); s (f64); select()'s own
    ...(select ? [6] : [4]),
    5,
    I32,
    1,
    F64,
    2,
    V128,
    1,
    F64,
    ...(select ? [5, F64, 1, I32] : []),
    ...(select ? selectInit(sel) : []),
    // pb = p << 3; pe = (p & ~1) << 3; ob = 0; q = 0
    ...get(p),
    ...i32c(3),
    0x74,
    ...set(pb),
    ...get(p),
    0x41,
    0x7e, // i32.const -2
    0x71,
    ...i32c(3),
    0x74,
    ...set(pe),
    0x02,
    0x40, // block $exit
    0x03,
    0x40, // loop $rows
    ...get(q),
    ...get(m),
    0x4f, // i32.ge_u
    0x0d,
    1, // br_if $exit
    // acc = 0
    ...simd(0x0c),
    ...new Array<number>(16).fill(0),
    ...set(acc),
    ...i32c(0),
    ...set(c),
    0x02,
    0x40, // block $cend
    0x03,
    0x40, // loop $cols
    ...get(c),
    ...get(pe),
    0x4f,
    0x0d,
    1, // br_if $cend
    ...get(oa),
    ...get(c),
    0x6a,
    ...v128load,
    ...get(ob),
    ...get(c),
    0x6a,
    ...v128load,
    ...f64x2.sub,
    ...tee(e),
    ...get(e),
    ...f64x2.mul,
    ...get(acc),
    0xfd, // (operands swapped: acc + e*e; addition commutes exactly)
    ...uleb(240),
    ...set(acc),
    ...get(c),
    ...i32c(16),
    0x6a,
    ...set(c),
    0x0c,
    0, // br $cols
    0x0b, // end loop
    0x0b, // end block
    // s = acc.0 + acc.1
    ...get(acc),
    ...lane(0),
    ...get(acc),
    ...lane(1),
    0xa0,
    ...set(s),
    // odd p: s = s + e*e for the last column
    ...get(pe),
    ...get(pb),
    0x47, // i32.ne
    0x04,
    0x40, // if
    ...get(oa),
    ...get(pe),
    0x6a,
    ...f64load,
    ...get(ob),
    ...get(pe),
    0x6a,
    ...f64load,
    0xa1,
    ...tee(nb), // nb as scratch
    ...get(nb),
    0xa2,
    ...get(s),
    0xa0, // (e*e) + s: addition commutes exactly
    ...set(s),
    0x0b, // end if
    // nb = size[q]; out[q] = ((twoNa * nb) / (na + nb)) * s, or select()'s choice
    ...rowTail(select, q, nb, s, sel),
    // ob += pb; q++
    ...get(ob),
    ...get(pb),
    0x6a,
    ...set(ob),
    ...get(q),
    ...i32c(1),
    0x6a,
    ...set(q),
    0x0c,
    0, // br $rows
    0x0b, // end loop
    0x0b, // end block
    ...(select ? [0x20, sel.cnt] : []), // select() returns the count
    0x0b, // end function
  ];
  return body;
}

/** Above this many columns dists() loops over them; up to it, it is unrolled for the given p. */
const UNROLL_MAX_COLUMNS = 64;

/** Signed LEB128 (i32.const operands). */
function sleb(v: number): number[] {
  const out: number[] = [];
  for (;;) {
    const b = v & 0x7f;
    v >>= 7;
    if ((v === 0 && (b & 0x40) === 0) || (v === -1 && (b & 0x40) !== 0)) {
      out.push(b);
      return out;
    }
    out.push(b | 0x80);
  }
}

/**
 * Body of dists() unrolled for p columns: A's centroid is loaded once into p / 2 vector
 * locals, and each row costs p / 2 loads, subtractions, multiplications and additions, in the
 * order of loopBody() (acc starts at the first pair's e * e, which is 0 + e * e exactly).
 */
function unrolledBody(p: number, select: boolean): number[] {
  const h = p >> 1;
  const odd = p % 2 === 1;
  // Parameters as in loopBody(); locals: q, ob (i32); nb, aT, s (f64); acc, e, a_0.. (v128);
  // select()'s own.
  const [oa, m] = [0, 1];
  const L = select ? SELECT_PARAMS : 7;
  const [q, ob, nb, aT, s, acc, e] = [L, L + 1, L + 2, L + 3, L + 4, L + 5, L + 6];
  const aLocal = (i: number) => L + 7 + i;
  const sel = selectLocals(L + 7 + h);
  const b: number[] = select
    ? [5, 2, I32, 3, F64, 2 + h, V128, 5, F64, 1, I32, ...selectInit(sel)]
    : [3, 2, I32, 3, F64, 2 + h, V128];
  const op = (...x: number[]) => b.push(...x);
  const simd = (code: number) => [0xfd, ...uleb(code)];
  const v128load = (offset: number) => [...simd(0x00), 3, ...uleb(offset)];
  const f64load = (offset: number) => [0x2b, 3, ...uleb(offset)];
  const SUB = simd(241);
  const MUL = simd(242);
  const ADD = simd(240);
  for (let i = 0; i < h; i++) op(0x20, oa, ...v128load(16 * i), 0x21, aLocal(i));
  if (odd) op(0x20, oa, ...f64load(8 * (p - 1)), 0x21, aT);
  op(0x02, 0x40, 0x03, 0x40); // block $exit, loop $rows
  op(0x20, q, 0x20, m, 0x4f, 0x0d, 1); // q >= m: exit
  for (let i = 0; i < h; i++) {
    // e = a_i - x_q[2i .. 2i+1]; acc = e * e (+ acc)
    op(0x20, aLocal(i), 0x20, ob, ...v128load(16 * i), ...SUB, 0x22, e, 0x20, e, ...MUL);
    if (i > 0) op(0x20, acc, ...ADD);
    op(0x21, acc);
  }
  if (h > 0) {
    op(0x20, acc, ...simd(0x21), 0, 0x20, acc, ...simd(0x21), 1, 0xa0, 0x21, s);
  }
  if (odd) {
    // s = e * e (+ s) for the last column
    op(0x20, aT, 0x20, ob, ...f64load(8 * (p - 1)), 0xa1, 0x22, nb, 0x20, nb, 0xa2);
    if (h > 0) op(0x20, s, 0xa0);
    op(0x21, s);
  }
  // nb = size[q]; out[q] = ((twoNa * nb) / (na + nb)) * s, or select()'s choice
  op(...rowTail(select, q, nb, s, sel));
  // ob += 8 p; q++
  op(0x20, ob, 0x41, ...sleb(8 * p), 0x6a, 0x21, ob);
  op(0x20, q, 0x41, 1, 0x6a, 0x21, q);
  op(0x0c, 0, 0x0b, 0x0b); // br $rows; end loop, block
  if (select) op(0x20, sel.cnt); // select() returns the count
  op(0x0b); // end function
  return b;
}

/** select()'s parameters: dists()'s seven, then pa, pprev, idx (i32) and prevD (f64). */
const SELECT_PARAMS = 11;

/** Local indices of select()'s own locals from `at`: d, v0..v3 (f64) and cnt (i32). */
function selectLocals(at: number) {
  return { d: at, v0: at + 1, v1: at + 2, v2: at + 3, v3: at + 4, cnt: at + 5 };
}

/** f64.const +Infinity. */
const F64_INF = [0x44, 0, 0, 0, 0, 0, 0, 0xf0, 0x7f];

/** select()'s start: v0 = prevD, v1 = v2 = v3 = Infinity (cnt starts at 0). */
function selectInit(sel: ReturnType<typeof selectLocals>): number[] {
  return [
    ...[0x20, 10, 0x21, sel.v0],
    ...[...F64_INF, 0x21, sel.v1],
    ...[...F64_INF, 0x21, sel.v2],
    ...[...F64_INF, 0x21, sel.v3],
  ];
}

/**
 * The end of a row: nb = size[q] and the dissimilarity ((twoNa * nb) / (na + nb)) * s;
 * dists() stores it at out[q]. select() keeps, in v0 <= v1 <= v2 <= v3, the K = 4 smallest
 * of prevD and the rows' values so far, inserting a value below v3 as ward.ts's scan()
 * inserts into its sorted K nearest (v3 is its K-th distance, Infinity until K are in), and
 * appends q and the value to idx[] and out[] for every row other than pa and pprev whose
 * value is at most v3 before the insertion: every row that scan()'s loop would not skip at
 * once (`d > kth`). So scan()'s loop over those rows alone, in the same order, takes the
 * same steps (ward.ts scanKernel()).
 */
function rowTail(
  select: boolean,
  q: number,
  nb: number,
  s: number,
  sel: ReturnType<typeof selectLocals>,
): number[] {
  const [sizes, out, twoNa, na, pa, pprev, idx] = [3, 4, 5, 6, 7, 8, 9];
  const f64load = [0x2b, 3, 0];
  const f64store = [0x39, 3, 0];
  const code = [0x20, sizes, 0x20, q, 0x41, 3, 0x74, 0x6a, ...f64load, 0x21, nb];
  const value = [0x20, twoNa, 0x20, nb, 0xa2, 0x20, na, 0x20, nb, 0xa0, 0xa3, 0x20, s, 0xa2];
  if (!select) {
    code.push(0x20, out, 0x20, q, 0x41, 3, 0x74, 0x6a, ...value, ...f64store);
    return code;
  }
  const { d, v0, v1, v2, v3, cnt } = sel;
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const lt = (x: number, y: number) => [...get(x), ...get(y), 0x63]; // f64.lt
  const IF = [0x04, 0x40];
  const ELSE = 0x05;
  const END = 0x0b;
  code.push(
    ...value,
    ...set(d),
    // if (q != pa && q != pprev && d <= v3)
    ...get(q),
    ...get(pa),
    0x47,
    ...get(q),
    ...get(pprev),
    0x47,
    0x71,
    ...get(d),
    ...get(v3),
    0x65, // f64.le
    0x71,
    ...IF,
    // idx[cnt] = q; out[cnt] = d; cnt++
    ...[...get(idx), ...get(cnt), 0x41, 2, 0x74, 0x6a, ...get(q), 0x36, 2, 0],
    ...[...get(out), ...get(cnt), 0x41, 3, 0x74, 0x6a, ...get(d), ...f64store],
    ...[...get(cnt), 0x41, 1, 0x6a, ...set(cnt)],
    // if (d < v3): insert into v0..v3
    ...lt(d, v3),
    ...IF,
    ...lt(d, v2),
    ...IF,
    ...get(v2),
    ...set(v3),
    ...lt(d, v1),
    ...IF,
    ...get(v1),
    ...set(v2),
    ...lt(d, v0),
    ...IF,
    ...get(v0),
    ...set(v1),
    ...get(d),
    ...set(v0),
    ELSE,
    ...get(d),
    ...set(v1),
    END,
    ELSE,
    ...get(d),
    ...set(v2),
    END,
    ELSE,
    ...get(d),
    ...set(v3),
    END,
    END,
    END,
  );
  return code;
}

/**
 * filtered()'s parameters: select()'s eleven, then oa32, base32 (i32), scale, offset (f64),
 * start (i32): it looks at positions start .. m-1 only (wardSplit.ts hands the second half of
 * a large search to a helper thread; the chain alone passes 0), and rnbAt (i32): the byte
 * offset of the f32 reciprocal sizes of the block test.
 */
const FILTER_PARAMS = 17;

/**
 * 1 / (2 (1 - 2^-45)): the block test's beta = v3 / (2 (1 - 2^-45) scale). Four rows at a
 * time, a row is ruled out when its sum S (s~ in single precision, or the exact integer sum)
 * is above T(nb) = beta / nb + alpha, alpha = beta / na + offset / scale. Why this is enough:
 * the exact value is at least w r^2 (1 - 2^-45) with w = 2 na nb / (na + nb) and r^2 >=
 * S scale - offset (wardFloat32Bound.ts, wardInt16Bound.ts), so it is above v3 whenever
 * S > (v3 / (w (1 - 2^-45)) + offset) / scale, which is T(nb) since 1 / w = (1 / nb + 1 / na) / 2.
 * Computed: beta and alpha with a relative (1 + 2^-18), alpha with 2^-126 added (single
 * precision's subnormal steps), the reciprocal sizes rounded up by (1 + 2^-22), so that the
 * single-precision T~ = fl(fl(beta~ rnb) + alpha~) is at least T(nb) (1 + 2^-19); an integer
 * S converted to single precision moves by at most 2^-24 of itself, so S~ > T~ implies
 * S > T(nb). Rows the block test does not rule out get the row-by-row test (filteredBody()),
 * so the rule only decides which blocks are looked at one row at a time.
 */
const BLOCK_K1 = 1 / (2 * (1 - 2 ** -45));

/** i8x16.shuffle's 16 byte indices picking the f32 lanes `lanes` (0-3: first operand, 4-7: second). */
function f32Lanes(...lanes: number[]): number[] {
  return lanes.flatMap((l) => [4 * l, 4 * l + 1, 4 * l + 2, 4 * l + 3]);
}

/**
 * Body of filtered() for p <= UNROLL_MAX_COLUMNS: select() with each row first ruled out, if it
 * can be, from the mirrored centroids (rows of 16-byte vectors at byte base32, A's at oa32):
 * single-precision ones (wardFloat32Bound.ts), or with `int16` 16-bit integers
 * (wardInt16Bound.ts), whose squares i32x4.dot_i16x8_s sums exactly in four i32 lanes (three
 * vectors a row for 20 variables instead of five: the chain ~20 % faster at 5,000 x 20 and
 * ~30 % at 20,000 x 20; bench/results/ward.md). s~ = the squared distance from the four
 * lanes, and the row is skipped
 * when twoNa nb (s~ scale - offset) > v3 (na + nb) BOUND_MARGIN + BOUND_FLOOR, which proves its
 * exact value above v3, so select() would skip it too. Rows go four at a time: their four
 * sums gathered into one vector and compared at once with a threshold per row (BLOCK_K1's
 * rule, also proven); a block where any row may pass is redone row by row with the row test
 * above, and a row that passes gets unrolledBody()'s exact
 * value (same operations, same order, A's centroid read from memory) and select()'s
 * rowTail(). So it returns what select() returns, reading a half (f32) or less (i16) of the
 * bytes per row.
 */
function filteredBody(p: number, int16: boolean): number[] {
  const h = p >> 1;
  const odd = p % 2 === 1;
  // 16-byte vectors per mirrored row: four f32 or eight i16 values each.
  const vecs = int16 ? ((p + 7) & ~7) / 8 : ((p + 3) & ~3) / 4;
  const [oa, m, sizes, twoNa, na] = [0, 1, 3, 5, 6];
  const [oa32, base32, scale, offset, start, rnbAt] = [11, 12, 13, 14, 15, 16];
  const L = FILTER_PARAMS;
  // Locals: q, ob, ob32, lim (i32); nb, s (f64); acc, e, acc1..acc3, t1, t2, the block test's
  // alpha and beta, then a32_0.. (v128); select()'s own.
  const [q, ob, ob32, lim, nb, s] = [L, L + 1, L + 2, L + 3, L + 4, L + 5];
  const [acc, e, acc1, acc2, acc3, t1, t2] = [L + 6, L + 7, L + 8, L + 9, L + 10, L + 11, L + 12];
  const [alpha4, beta4] = [L + 13, L + 14];
  const a32 = (i: number) => L + 15 + i;
  const sel = selectLocals(L + 15 + vecs);
  const b: number[] = [5, 4, I32, 2, F64, 9 + vecs, V128, 5, F64, 1, I32, ...selectInit(sel)];
  const op = (...x: number[]) => b.push(...x);
  const simd = (code: number) => [0xfd, ...uleb(code)];
  const v128load = (align: number, offset: number) => [...simd(0x00), align, ...uleb(offset)];
  const f64load = (offset: number) => [0x2b, 3, ...uleb(offset)];
  const f64const = (v: number) => [0x44, ...new Uint8Array(new Float64Array([v]).buffer)];
  const shuffle = (lanes: number[]) => [...simd(0x0d), ...lanes];
  const F32X4 = { sub: simd(229), mul: simd(230), add: simd(228) };
  const F64X2 = { sub: simd(241), mul: simd(242), add: simd(240) };
  // The four lanes' type: f32 sums, or exact i32 sums of i16 squares (wardInt16Bound.ts).
  const ADD4 = int16 ? simd(174) : F32X4.add; // i32x4.add, f32x4.add
  /** into = the four lanes of the squared differences of A and the mirrored row at ob32 + at. */
  const rowSum = (into: number, at: number) => {
    for (let i = 0; i < vecs; i++) {
      // e = a32_i - x32_q[vector i]; into = e * e (+ into): f32 lanes, or i16 lanes whose
      // squares i32x4.dot_i16x8_s adds in pairs
      op(0x20, a32(i), 0x20, ob32, ...v128load(0, at + 16 * i));
      op(...(int16 ? simd(145) : F32X4.sub), 0x22, e, 0x20, e); // i16x8.sub, f32x4.sub
      op(...(int16 ? simd(186) : F32X4.mul)); // i32x4.dot_i16x8_s, f32x4.mul
      if (i > 0) op(0x20, into, ...ADD4);
      op(0x21, into);
    }
  };
  const advance = (rows: number) => {
    op(0x20, ob, 0x41, ...sleb(8 * p * rows), 0x6a, 0x21, ob);
    op(0x20, ob32, 0x41, ...sleb(16 * vecs * rows), 0x6a, 0x21, ob32);
    op(0x20, q, 0x41, rows, 0x6a, 0x21, q);
  };
  /** Rows q .. lim-1 one at a time: the test, and for a row that passes, select()'s exact row. */
  const rowLoop = () => {
    op(0x02, 0x40, 0x03, 0x40); // block $done, loop $row
    op(0x20, q, 0x20, lim, 0x4f, 0x0d, 1); // q >= lim: done
    rowSum(acc, 0);
    // s = f64((l0 + l1) + (l2 + l3)), in f32 or (exactly) in i32
    const lane = (l: number) => [0x20, acc, ...simd(int16 ? 0x1b : 0x1f), l];
    const add = int16 ? 0x6a : 0x92; // i32.add, f32.add
    op(...lane(0), ...lane(1), add, ...lane(2), ...lane(3), add, add);
    op(int16 ? 0xb7 : 0xbb, 0x21, s); // f64.convert_i32_s, f64.promote_f32
    // nb = size[q]
    op(0x20, sizes, 0x20, q, 0x41, 3, 0x74, 0x6a, 0x2b, 3, 0, 0x21, nb);
    // if (twoNa nb (s scale - offset) <= v3 (na + nb) MARGIN + FLOOR): the exact row
    op(0x20, twoNa, 0x20, nb, 0xa2, 0x20, s, 0x20, scale, 0xa2, 0x20, offset, 0xa1, 0xa2);
    op(0x20, sel.v3, 0x20, na, 0x20, nb, 0xa0, 0xa2, ...f64const(BOUND_MARGIN), 0xa2);
    op(...f64const(BOUND_FLOOR), 0xa0, 0x65, 0x04, 0x40);
    for (let i = 0; i < h; i++) {
      // e = a[2i .. 2i+1] - x_q[2i .. 2i+1]; acc = e * e (+ acc), as unrolledBody()
      op(0x20, oa, ...v128load(3, 16 * i), 0x20, ob, ...v128load(3, 16 * i));
      op(...F64X2.sub, 0x22, e, 0x20, e, ...F64X2.mul);
      if (i > 0) op(0x20, acc, ...F64X2.add);
      op(0x21, acc);
    }
    if (h > 0) op(0x20, acc, ...simd(0x21), 0, 0x20, acc, ...simd(0x21), 1, 0xa0, 0x21, s);
    if (odd) {
      op(0x20, oa, ...f64load(8 * (p - 1)), 0x20, ob, ...f64load(8 * (p - 1)), 0xa1);
      op(0x22, sel.d, 0x20, sel.d, 0xa2); // d as scratch
      if (h > 0) op(0x20, s, 0xa0);
      op(0x21, s);
    }
    op(...rowTail(true, q, nb, s, sel));
    op(0x0b); // end if
    advance(1);
    op(0x0c, 0, 0x0b, 0x0b); // br $row; end loop, block
  };
  /**
   * beta4 and alpha4 of the block test from the current v3 (blockTestBody's rule; Infinity
   * while fewer than 4 rows are in): beta = v3 K1 / scale (1 + 2^-18), alpha = beta / na +
   * offset / scale (1 + 2^-18) + 2^-126, in double precision, then rounded to single.
   */
  const recompute = () => {
    op(0x20, sel.v3, ...f64const(BLOCK_K1), 0xa2, 0x20, scale, 0xa3);
    op(...f64const(1 + 2 ** -18), 0xa2, 0x22, s, 0xb6, ...simd(0x13), 0x21, beta4);
    op(0x20, s, 0x20, na, 0xa3, 0x20, offset, 0x20, scale, 0xa3);
    op(...f64const(1 + 2 ** -18), 0xa2, 0xa0, ...f64const(2 ** -126), 0xa0);
    op(0xb6, ...simd(0x13), 0x21, alpha4); // f32.demote_f64, f32x4.splat
  };
  // q = start; ob = start 8 p; ob32 = base32 + start 16 vecs; a32_i = A's mirrored row
  op(0x20, start, 0x22, q, 0x41, ...sleb(8 * p), 0x6c, 0x21, ob);
  op(0x20, base32, 0x20, q, 0x41, ...sleb(16 * vecs), 0x6c, 0x6a, 0x21, ob32);
  for (let i = 0; i < vecs; i++) op(0x20, oa32, ...v128load(0, 16 * i), 0x21, a32(i));
  recompute();
  op(0x02, 0x40, 0x03, 0x40); // block $exit, loop $blocks
  op(0x20, m, 0x20, q, 0x6b, 0x41, 4, 0x49, 0x0d, 1); // m - q < 4: exit
  rowSum(acc, 0);
  rowSum(acc1, 16 * vecs);
  rowSum(acc2, 32 * vecs);
  rowSum(acc3, 48 * vecs);
  // e = the four rows' sums: (lanes 0 + 2, then 1 + 3) of each, then the two halves added
  op(0x20, acc, 0x20, acc1, ...shuffle(f32Lanes(0, 1, 4, 5)));
  op(0x20, acc, 0x20, acc1, ...shuffle(f32Lanes(2, 3, 6, 7)), ...ADD4, 0x21, t1);
  op(0x20, acc2, 0x20, acc3, ...shuffle(f32Lanes(0, 1, 4, 5)));
  op(0x20, acc2, 0x20, acc3, ...shuffle(f32Lanes(2, 3, 6, 7)), ...ADD4, 0x21, t2);
  op(0x20, t1, 0x20, t2, ...shuffle(f32Lanes(0, 2, 4, 6)));
  op(0x20, t1, 0x20, t2, ...shuffle(f32Lanes(1, 3, 5, 7)), ...ADD4, 0x21, e);
  // The block test: some row may pass where sum <= beta rnb[q] + alpha (f32 lanes; the i32
  // sums converted to single precision first).
  op(0x20, e);
  if (int16) op(...simd(0xfa)); // f32x4.convert_i32x4_s
  op(0x20, beta4, 0x20, rnbAt, 0x20, q, 0x41, 2, 0x74, 0x6a, ...v128load(0, 0), ...F32X4.mul);
  op(0x20, alpha4, ...F32X4.add, ...simd(0x45), ...simd(0x53)); // f32x4.le; v128.any_true
  op(0x04, 0x40); // if some row may pass: the block row by row (v3 may change: new splats)
  op(0x20, q, 0x41, 4, 0x6a, 0x21, lim);
  rowLoop();
  recompute();
  op(0x05); // else
  advance(4);
  op(0x0b); // end if
  op(0x0c, 0, 0x0b, 0x0b); // br $blocks; end loop, block
  // The last rows (fewer than four)
  op(0x20, m, 0x21, lim);
  rowLoop();
  op(0x20, sel.cnt, 0x0b); // return the count; end function
  return b;
}

/**
 * Body of w(ctrl, sizesAt, out2At, idx2At, cent32At, scale, offset, rnbAt), the helper's loop
 * (wardSplit.ts, control block CTRL at byte ctrl): wait for a job number other than the last
 * (spinning, then after SPIN_LIMIT looks sleeping in memory.atomic.wait32 for at most 20 ms
 * with the sleep flag up), stop on a negative one, claim the job by compare-and-swap of claim
 * from seq - 1 to seq (else it is the main thread's), run filtered() over the job's positions
 * into the helper's own rows (the arguments filteredRange() passes with second = true), then
 * store the count and publish done = seq.
 */
function serveBody(p: number): number[] {
  const rowBytes = mirrorRowBytes(p);
  const [ctrl, sizesAt, out2At, idx2At, cent32At, scale, offset, rnbAt] = [0, 1, 2, 3, 4, 5, 6, 7];
  const [s, last, spins, pa, na] = [8, 9, 10, 11, 12];
  const get = (i: number) => [0x20, i];
  const set = (i: number) => [0x21, i];
  const i32 = (v: number) => [0x41, ...sleb(v)];
  const atomic = (op: number, at: number) => [0xfe, op, 2, ...uleb(at)];
  const LOAD = 0x10;
  const STORE = 0x17;
  const CMPXCHG = 0x48;
  const WAIT = 0x01;
  const load32 = (at: number) => [0x28, 2, ...uleb(at)];
  const load64 = (at: number) => [0x2b, 3, ...uleb(at)];
  return [
    ...[2, 4, I32, 1, F64], // locals s, last, spins, pa (i32); na (f64)
    ...[0x02, 0x40, 0x03, 0x40], // block $exit, loop $jobs
    ...get(ctrl),
    ...atomic(LOAD, CTRL.seq),
    ...set(s),
    ...[0x02, 0x40, 0x03, 0x40], // block $got, loop $spin
    ...get(s),
    ...get(last),
    0x47,
    ...[0x0d, 1], // s != last: br $got
    ...get(spins),
    ...i32(1),
    0x6a,
    0x22,
    spins,
    ...i32(SPIN_LIMIT),
    0x46,
    ...[0x04, 0x40], // if spins == SPIN_LIMIT: sleep
    ...get(ctrl),
    ...i32(1),
    ...atomic(STORE, CTRL.sleep),
    ...get(ctrl),
    ...get(last),
    ...[0x42, ...sleb(20_000_000)], // i64.const: 20 ms
    ...atomic(WAIT, CTRL.seq),
    0x1a, // drop
    ...get(ctrl),
    ...i32(0),
    ...atomic(STORE, CTRL.sleep),
    ...i32(0),
    ...set(spins),
    0x0b, // end if
    ...get(ctrl),
    ...atomic(LOAD, CTRL.seq),
    ...set(s),
    ...[0x0c, 0], // br $spin
    0x0b,
    0x0b, // end loop, block
    ...get(s),
    ...i32(0),
    0x48,
    ...[0x0d, 1], // s < 0: br $exit
    ...get(s),
    ...set(last),
    // claim: compare-and-swap claim from s - 1 to s; lost: the next job
    ...get(ctrl),
    ...get(s),
    ...i32(1),
    0x6b,
    ...get(s),
    ...atomic(CMPXCHG, CTRL.claim),
    ...get(s),
    ...i32(1),
    0x6b,
    0x47,
    ...[0x0d, 0], // br_if $jobs
    ...get(ctrl),
    ...load32(CTRL.pa),
    ...set(pa),
    ...get(ctrl),
    ...load64(CTRL.na),
    ...set(na),
    ...get(ctrl), // the count's address
    ...get(pa),
    ...i32(8 * p),
    0x6c, // oa
    ...get(ctrl),
    ...load32(CTRL.end), // m
    ...i32(p),
    ...get(sizesAt),
    ...get(out2At),
    ...get(na),
    ...get(na),
    0xa0, // twoNa = na + na (= 2 na exactly)
    ...get(na),
    ...get(pa),
    ...get(ctrl),
    ...load32(CTRL.pprev),
    ...get(idx2At),
    ...get(ctrl),
    ...load64(CTRL.prevD),
    ...get(cent32At),
    ...get(pa),
    ...i32(rowBytes),
    0x6c,
    0x6a, // oa32
    ...get(cent32At),
    ...get(scale),
    ...get(offset),
    ...get(ctrl),
    ...load32(CTRL.start),
    ...get(rnbAt),
    ...[0x10, 2], // call f
    ...[0x36, 2, ...uleb(CTRL.count)], // count
    ...get(ctrl),
    ...get(s),
    ...atomic(STORE, CTRL.done),
    ...[0x0c, 0], // br $jobs
    0x0b,
    0x0b, // end loop, block
    0x0b, // end function
  ];
}

/** Looks at seq before the helper sleeps (~0.1-0.3 ms; a 5,000-row search comes every ~10 us). */
const SPIN_LIMIT = 100_000;

/**
 * The module's bytes for p columns (validated by WebAssembly.Module when compiled); `shared`:
 * it imports a shared memory (limits 0 .. 65,536 pages), which threads can use at once.
 */
function moduleBytes(p: number, shared: boolean): Uint8Array {
  const unrolled = p <= UNROLL_MAX_COLUMNS;
  const bodyOf = (select: boolean) => (unrolled ? unrolledBody(p, select) : loopBody(select));
  // d: dists(), s: select(), and for p <= UNROLL_MAX_COLUMNS f: filtered(), and with a shared
  // memory w: the helper's loop (serveBody()).
  const bodies = [
    bodyOf(false),
    bodyOf(true),
    ...(unrolled ? [filteredBody(p, int16Mirror(p))] : []),
    ...(unrolled && shared ? [serveBody(p)] : []),
  ];
  const params = [I32, I32, I32, I32, I32, F64, F64];
  const selectParams = [...params, I32, I32, I32, F64];
  const type = [
    4,
    ...[0x60, params.length, ...params, 0],
    ...[0x60, selectParams.length, ...selectParams, 1, I32],
    ...[0x60, selectParams.length + 6, ...selectParams, I32, I32, F64, F64, I32, I32, 1, I32],
    ...[0x60, 8, I32, I32, I32, I32, I32, F64, F64, I32, 0],
  ];
  const name = (t: string) => [...uleb(t.length), ...Array.from(t, (ch) => ch.charCodeAt(0))];
  const limits = shared ? [0x03, 0, ...uleb(65536)] : [0x00, 0];
  const imports = [1, ...name('e'), ...name('m'), 0x02, ...limits];
  const exported = ['d', 's', 'f', 'w'].slice(0, bodies.length);
  const bytes = [
    0x00,
    0x61,
    0x73,
    0x6d,
    1,
    0,
    0,
    0,
    ...section(1, type),
    ...section(2, imports),
    ...section(3, [bodies.length, 0, 1, 2, 3].slice(0, bodies.length + 1)),
    ...section(7, [bodies.length, ...exported.flatMap((t, i) => [...name(t), 0x00, i])]),
    ...section(10, [bodies.length, ...bodies.flatMap((b) => [...uleb(b.length), ...b])]),
  ];
  return new Uint8Array(bytes);
}

/** Whether the filter's mirror holds i16 (wardInt16Bound.ts) rather than f32 values. */
function int16Mirror(p: number): boolean {
  return p >= INT16_MIN_COLUMNS && p <= UNROLL_MAX_COLUMNS;
}

/** Values of a mirrored row: p rounded up to a 16-byte vector of f32 or i16 (zeros after p). */
function mirrorStride(p: number): number {
  return int16Mirror(p) ? (p + 7) & ~7 : (p + 3) & ~3;
}

/** Bytes of a mirrored row. */
function mirrorRowBytes(p: number): number {
  return mirrorStride(p) * (int16Mirror(p) ? 2 : 4);
}

/** Compiled modules by p and sharing (null: this environment will not compile them). */
const compiled = new Map<string, object | null>();

/** The compiled module for p columns, or null when this environment will not compile it. */
function wardModule(api: WasmApi, p: number, shared: boolean): object | null {
  const fail = shared ? 'fail-shared' : 'fail';
  const key = `${p <= UNROLL_MAX_COLUMNS ? p : 0}${shared ? '-shared' : ''}`;
  if (compiled.get(fail) === null) return null;
  let mod = compiled.get(key);
  if (mod === undefined) {
    try {
      mod = new api.Module(moduleBytes(p, shared));
    } catch {
      mod = null;
      compiled.set(fail, null);
    }
    compiled.set(key, mod);
  }
  return mod;
}

/** Centroids, sizes and distances in WebAssembly memory, and the kernel over them. */
export interface WardKernel {
  /** n x p centroids, row-major. */
  cent: Float64Array;
  /** n sizes. */
  size: Float64Array;
  /** out[q]: the last dists() result for position q. */
  out: Float64Array;
  /** Fills out[0 .. m-1] with the squared Ward dissimilarity of position pa to each. */
  dists(pa: number, m: number, na: number): void;
  /** select()'s positions: idx[k] is the position whose dissimilarity is out[k]. */
  idx: Int32Array;
  /**
   * The rows a full search of position pa (previous chain element at pprev, distance prevD;
   * -1 and Infinity if none) must look at: each position q other than pa and pprev, in
   * order, whose dissimilarity is at most the 4th smallest of prevD and those before it
   * (rowTail() above), as idx[k] and out[k] for k below the count returned.
   */
  select(pa: number, m: number, na: number, pprev: number, prevD: number): number;
  /**
   * Sets up the single-precision mirror of the centroids (wardFloat32Bound.ts) from cent's
   * first n rows, the data; true if selectFiltered() may be used (p <= UNROLL_MAX_COLUMNS and
   * the data's range allows the bound), after which every change of a centroid's row must be
   * followed by rowChanged() or rowMoved().
   */
  prepareFilter(): boolean;
  /** Mirrors cent's row and size at position pos (after a merge changed them: size first). */
  rowChanged(pos: number): void;
  /** Mirrors cent's row moved from position `from` to `to` (after a swap-remove). */
  rowMoved(from: number, to: number): void;
  /**
   * select()'s rows, each first ruled out, if it can be, in single precision (filteredBody()).
   * With a helper thread (startSplit()) a search of at least SPLIT_MIN_ROWS rows is shared
   * with it (wardSplit.ts); the rows handed back are a superset of select()'s, in order, each
   * with its exact value, which is all ward.ts's scanKernel() needs.
   */
  selectFiltered(pa: number, m: number, na: number, pprev: number, prevD: number): number;
  /**
   * filtered() over positions start .. end-1 only, into out and idx, or (second) into the
   * helper's own rows, which the main thread then appends (wardSplit.ts).
   */
  filteredRange(
    pa: number,
    start: number,
    end: number,
    na: number,
    pprev: number,
    prevD: number,
    second: boolean,
  ): number;
  /** Appends the helper's `count` rows after out and idx's first `at`. */
  appendSecond(at: number, count: number): void;
  /**
   * Opens the split of large searches with a helper thread: what the thread needs to run
   * serveWardSplit() (wardSplit.ts), or null when this kernel's memory is not shared or
   * prepareFilter() was not true. Searches are shared once the helper says it is ready;
   * until then, and if it never is, the main thread does them alone.
   */
  startSplit(): WardSplitShare | null;
  /**
   * Ends the split: the helper's loop returns and the main thread searches alone. Returns how
   * many searches the helper took part in (0 if there was no split).
   */
  stopSplit(): number;
}

/**
 * The kernel for n rows of p values, or null (then ward.ts uses its JavaScript loop).
 * `shared`: its memory is a shared WebAssembly.Memory (where the environment allows one:
 * Node, or a cross-origin-isolated page), so that a helper thread can take part in the
 * searches (startSplit()); otherwise, or when that fails, an ordinary memory.
 */
export function wardKernel(n: number, p: number, shared = false): WardKernel | null {
  const api = (globalThis as unknown as { WebAssembly?: WasmApi }).WebAssembly;
  if (!api) return null;
  if (shared) {
    const kernel = typeof SharedArrayBuffer === 'function' ? makeKernel(api, n, p, true) : null;
    if (kernel) return kernel;
  }
  return makeKernel(api, n, p, false);
}

function makeKernel(api: WasmApi, n: number, p: number, shared: boolean): WardKernel | null {
  const mod = wardModule(api, p, shared);
  if (!mod) return null;
  const int16 = int16Mirror(p);
  const stride = mirrorStride(p);
  const rowBytes = mirrorRowBytes(p);
  const sizesAt = 8 * n * p;
  const outAt = sizesAt + 8 * n;
  const idxAt = outAt + 8 * n;
  // The single-precision rows (filtered()), 16-byte aligned.
  const cent32At = (idxAt + 4 * n + 15) & ~15;
  // The helper thread's rows and the control block (wardSplit.ts), only in a shared memory.
  // The block test's reciprocal sizes (f32), after the mirror (whose rows are 16-byte vectors).
  const rnbAt = cent32At + n * rowBytes;
  const out2At = (rnbAt + 4 * n + 15) & ~15;
  const idx2At = out2At + 8 * n;
  const ctrlAt = (idx2At + 4 * n + 63) & ~63;
  const bytes = shared ? ctrlAt + CTRL.bytes : out2At;
  if (bytes > 2 ** 31) return null;
  try {
    const pages = Math.ceil(bytes / 65536);
    const memory = new api.Memory(
      shared ? { initial: pages, maximum: pages, shared: true } : { initial: pages },
    );
    const exports = new api.Instance(mod, { e: { m: memory } }).exports;
    const run = exports.d as (...args: number[]) => void;
    const choose = exports.s as (...args: number[]) => number;
    const filtered = exports.f as ((...args: number[]) => number) | undefined;
    const cent = new Float64Array(memory.buffer, 0, n * p);
    // The mirror (wardFloat32Bound.ts, wardInt16Bound.ts).
    const mirror = int16
      ? new Int16Array(memory.buffer, cent32At, n * stride)
      : new Float32Array(memory.buffer, cent32At, n * stride);
    // Whole-memory views for appendSecond()'s copies (no views made per search).
    const all64 = new Float64Array(memory.buffer, 0, bytes >> 3);
    const all32 = new Int32Array(memory.buffer, 0, bytes >> 2);
    let mu: Float64Array | null = null;
    const rnb = new Float32Array(memory.buffer, rnbAt, n);
    const size = new Float64Array(memory.buffer, sizesAt, n);
    let inv = 0;
    let scale = 0;
    let offset = 0;
    let split: WardSplit | null = null;
    const kernel: WardKernel = {
      cent,
      size,
      out: new Float64Array(memory.buffer, outAt, n),
      idx: new Int32Array(memory.buffer, idxAt, n),
      dists(pa, m, na) {
        run(8 * pa * p, m, p, sizesAt, outAt, 2 * na, na);
      },
      select(pa, m, na, pprev, prevD) {
        return choose(8 * pa * p, m, p, sizesAt, outAt, 2 * na, na, pa, pprev, idxAt, prevD);
      },
      prepareFilter() {
        if (!filtered) return false;
        const bound = int16 ? int16Bound(cent, n, p) : float32Bound(cent, n, p);
        if (!bound) return false;
        ({ mu, scale, offset } = bound);
        inv = 'inv' in bound ? bound.inv : 0;
        for (let i = 0; i < n; i++) this.rowChanged(i);
        return true;
      },
      rowChanged(pos) {
        if (!mu) return;
        const o = pos * p;
        const o32 = pos * stride;
        if (int16) {
          // round((c - mu) inv), within +-(Q - 1) (wardInt16Bound.ts).
          for (let c = 0; c < p; c++) mirror[o32 + c] = Math.round((cent[o + c] - mu[c]) * inv);
        } else {
          // (c - mu) in double precision, rounded to single by the store (wardFloat32Bound.ts).
          for (let c = 0; c < p; c++) mirror[o32 + c] = cent[o + c] - mu[c];
        }
        // 1 / nb, rounded up (BLOCK_K1's rule).
        rnb[pos] = (1 / size[pos]) * (1 + 2 ** -22);
      },
      rowMoved(from, to) {
        if (!mu) return;
        mirror.copyWithin(to * stride, from * stride, from * stride + stride);
        rnb[to] = rnb[from];
      },
      selectFiltered(pa, m, na, pprev, prevD) {
        if (split !== null && m >= SPLIT_MIN_ROWS && split.ready()) {
          return split.select(kernel, pa, m, na, pprev, prevD);
        }
        return kernel.filteredRange(pa, 0, m, na, pprev, prevD, false);
      },
      filteredRange(pa, start, end, na, pprev, prevD, second) {
        return filtered!(
          8 * pa * p,
          end,
          p,
          sizesAt,
          second ? out2At : outAt,
          2 * na,
          na,
          pa,
          pprev,
          second ? idx2At : idxAt,
          prevD,
          cent32At + pa * rowBytes,
          cent32At,
          scale,
          offset,
          start,
          rnbAt,
        );
      },
      appendSecond(at, count) {
        all64.copyWithin((outAt >> 3) + at, out2At >> 3, (out2At >> 3) + count);
        all32.copyWithin((idxAt >> 2) + at, idx2At >> 2, (idx2At >> 2) + count);
      },
      startSplit() {
        if (!shared || !mu || split !== null || !exports.w) return null;
        split = new WardSplit(memory.buffer, ctrlAt);
        return {
          module: mod,
          memory,
          ctrl: ctrlAt,
          args: [ctrlAt, sizesAt, out2At, idx2At, cent32At, scale, offset, rnbAt],
          ready: CTRL.ready >> 2,
          done: CTRL.done >> 2,
          claim: CTRL.claim >> 2,
        };
      },
      stopSplit() {
        if (split === null) return 0;
        split.stop();
        const helped = split.helped;
        split = null;
        return helped;
      },
    };
    return kernel;
  } catch {
    return null;
  }
}
