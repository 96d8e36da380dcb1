import type { Dec } from '../decimal.js';

/** The 10th, 50th and 90th percentiles of a set of sampled values. */
export interface Percentiles {
  readonly p10: Dec;
  readonly p50: Dec;
  readonly p90: Dec;
}

/** The 1-based nearest rank of the q-th percentile of n values: ⌈q × n ÷ 100⌉ (at least 1). */
export function nearestRank(q: number, n: number): number {
  return Math.max(1, Math.ceil((q * n) / 100));
}

/**
 * A Decimal's value as a float, within a few units in the last place, read from its first three
 * base-10⁷ words. It only orders samples roughly: every percentile is settled exactly (see below).
 */
export function approximate(x: Dec): number {
  const d = x.d;
  const w0 = d[0]!;
  if (w0 === 0) return 0;
  const digits0 =
    w0 >= 1e6 ? 7 : w0 >= 1e5 ? 6 : w0 >= 1e4 ? 5 : w0 >= 1e3 ? 4 : w0 >= 100 ? 3 : w0 >= 10 ? 2 : 1;
  const mantissa = w0 + (d[1] ?? 0) / 1e7 + (d[2] ?? 0) / 1e14;
  return x.s * mantissa * 10 ** (x.e - digits0 + 1);
}

// Relative error of a key against its exact value: a few ulps each from approximate(), a division
// and a product (≈ 1e-15); the window is a thousand times wider.
const WINDOW = 1e-12;

/**
 * P10, P50 and P90 of samples given as exact fractions `nums[i] ÷ dens[i]` (`null`: ÷ 1), by the
 * nearest-rank definition: the value at rank ⌈q·n/100⌉ of the n values in ascending order, so each
 * percentile is one of the sampled values, exactly (40 significant digits where a division is made).
 *
 * Fast and exact together: the samples are ordered by float keys, which can misorder only values
 * within 1e-12 of each other (relative); every sample in that window around the rank is then
 * divided and ordered exactly, so only a handful of divisions are made. Samples that share their
 * numerator and denominator objects (memoised results) are divided once.
 *
 * @returns `null` for no samples.
 */
export function fractionPercentiles(nums: readonly Dec[], dens: readonly (Dec | null)[]): Percentiles | null {
  const n = nums.length;
  if (n === 0) return null;
  const keys = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const den = dens[i];
    keys[i] = den == null ? approximate(nums[i]!) : approximate(nums[i]!) / approximate(den);
  }
  const sorted = keys.slice().sort();
  const exactCache = new Map<Dec, Map<Dec | null, Dec>>();
  const exact = (i: number): Dec => {
    const num = nums[i]!;
    const den = dens[i] ?? null;
    let inner = exactCache.get(num);
    if (inner === undefined) {
      inner = new Map();
      exactCache.set(num, inner);
    }
    let value = inner.get(den);
    if (value === undefined) {
      value = den === null ? num : num.div(den);
      inner.set(den, value);
    }
    return value;
  };
  const at = (q: number): Dec => {
    const rank = nearestRank(q, n) - 1;
    const t = sorted[rank]!;
    const lo = t - WINDOW * Math.abs(t);
    const hi = t + WINDOW * Math.abs(t);
    let below = 0;
    const group = new Map<Dec, number>();
    for (let i = 0; i < n; i++) {
      const k = keys[i]!;
      if (k < lo) below++;
      else if (k <= hi) {
        const v = exact(i);
        group.set(v, (group.get(v) ?? 0) + 1);
      }
    }
    // Distinct exact values in order, with their multiplicities: the rank falls in one of them.
    const ordered = [...group.entries()].sort(([a], [b]) => a.cmp(b));
    let seen = below;
    for (const [value, count] of ordered) {
      seen += count;
      if (seen > rank) return value;
    }
    return ordered[ordered.length - 1]![0];
  };
  return { p10: at(10), p50: at(50), p90: at(90) };
}

/** {@link fractionPercentiles} of plain values. */
export function percentilesOf(values: readonly Dec[]): Percentiles | null {
  return fractionPercentiles(values, new Array<null>(values.length).fill(null));
}
