/**
 * Seeded pseudo-random numbers for the pure core (Monte Carlo, tests, benchmarks).
 * mulberry32 (Tommy Ettinger, public domain): 32-bit state, period 2^32, good enough for
 * weight sampling and far faster than a cryptographic generator. Same seed, same stream,
 * in Node, the browser and a worker.
 */
export type Rng = () => number;

/** Returns a generator of uniform numbers in [0, 1) from an integer seed. */
export function mulberry32(seed: number): Rng {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Standard normal deviate by Box-Muller from a uniform generator. */
export function normal(rng: Rng): number {
  let u = 0;
  while (u === 0) u = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}
