/**
 * A seeded pseudo-random number generator: xoshiro128** seeded through splitmix32. Written with
 * 32-bit integer operations only (`Math.imul`, shifts, `>>> 0`), which every JavaScript engine
 * computes identically, so one seed gives the same stream in Node and in any browser. Never
 * `Math.random`: a Monte Carlo run must be reproducible from its seed.
 */
export interface Prng {
  /** A float in [0, 1) with 53 random bits. */
  readonly next: () => number;
}

/** splitmix32: spreads one 32-bit seed into well-mixed state words. */
function splitmix32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x9e3779b9) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
    z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
    return (z ^ (z >>> 16)) >>> 0;
  };
}

const rotl = (x: number, k: number) => ((x << k) | (x >>> (32 - k))) >>> 0;

/** A generator for `seed` (an integer from 0 to 2^32 − 1): the same seed gives the same stream. */
export function createPrng(seed: number): Prng {
  const mix = splitmix32(seed);
  let s0 = mix();
  let s1 = mix();
  let s2 = mix();
  let s3 = mix();
  // xoshiro's state must not be all zero; splitmix32 never gives four zeros in a row, but be sure.
  if ((s0 | s1 | s2 | s3) === 0) s0 = 1;
  const next32 = (): number => {
    const result = Math.imul(rotl(Math.imul(s1, 5) >>> 0, 7), 9) >>> 0;
    const t = (s1 << 9) >>> 0;
    s2 = (s2 ^ s0) >>> 0;
    s3 = (s3 ^ s1) >>> 0;
    s1 = (s1 ^ s2) >>> 0;
    s0 = (s0 ^ s3) >>> 0;
    s2 = (s2 ^ t) >>> 0;
    s3 = rotl(s3, 11);
    return result;
  };
  return {
    // 27 + 26 bits: every float in [0, 1) on a grid of 2^-53, exactly (no rounding in the sum).
    next: () => ((next32() >>> 5) * 67108864 + (next32() >>> 6)) / 9007199254740992,
  };
}
