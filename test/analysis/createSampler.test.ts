import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPrng, type Prng } from '../../src/_lib/prng.js';
import { createSampler } from '../../src/analysis/createSampler.js';
import { D } from '../../src/decimal.js';
import type { NumericFieldKind } from '../../src/scenario/numericPaths.js';
import type { Distribution, UncertainInput } from '../../src/scenario/parseUncertainty.js';

const d = (x: string | number) => new D(x);
/** A generator that returns the given uniforms in turn. */
const fixed = (...us: number[]): Prng => ({ next: () => us.shift()! });

function input(
  distribution: Distribution,
  options: { kind?: NumericFieldKind; decimals?: number; low?: string; high?: string } = {},
): UncertainInput {
  const bounds =
    distribution.dist === 'discrete'
      ? { low: distribution.values[0]!, high: distribution.values.at(-1)! }
      : { low: distribution.low, high: distribution.high };
  return {
    path: 'workload.requestsPerMonth',
    written: 'requestsPerMonth',
    kind: options.kind ?? 'count',
    distribution,
    low: options.low === undefined ? bounds.low : d(options.low),
    base: bounds.low,
    high: options.high === undefined ? bounds.high : d(options.high),
    decimals: options.decimals ?? 0,
  };
}
const draws = (u: UncertainInput, ...us: number[]) => {
  const sampler = createSampler(u);
  const prng = fixed(...us);
  return us.map(() => sampler.draw(prng));
};
const values = (u: UncertainInput, ...us: number[]) => draws(u, ...us).map((x) => x.value.toFixed());

describe('createSampler', () => {
  it('uniform: low + u × width, on the whole-number grid of a count', () => {
    const u = input({ dist: 'uniform', low: d(100), high: d(300) });
    // 100 + 0.25 × 200 = 150; 100 + 0 = 100; 100 + 0.9999 × 200 = 299.98 → 300.
    expect(values(u, 0.25, 0, 0.9999)).toEqual(['150', '100', '300']);
    expect(draws(u, 0.25)[0]!.key).toBe(150);
    expect(createSampler(u).discrete).toBe(false);
  });

  it('uniform rate: six decimals, the key the value × 10^6', () => {
    const u = input({ dist: 'uniform', low: d('0.3'), high: d('0.9') }, { kind: 'rate', decimals: 6 });
    // 0.3 + 0.5 × 0.6 = 0.6; 0.3 + 0.123456789 × 0.6 = 0.3740740734 → 0.374074.
    expect(values(u, 0.5, 0.123456789)).toEqual(['0.6', '0.374074']);
    expect(draws(u, 0.5)[0]!.key).toBe(600_000);
  });

  it('triangular: the inverse of its cumulative function on each side of the mode', () => {
    // low 0, mode 25, high 100: the mode splits at u = 25/100 = 0.25.
    const u = input({ dist: 'triangular', low: d(0), mode: d(25), high: d(100) });
    // u < 0.25: √(u × 100 × 25): u = 0.16 → √400 = 20; u = 0.01 → √25 = 5.
    // u ≥ 0.25: 100 − √((1 − u) × 100 × 75): u = 0.25 → 100 − 75 = 25; u = 0.97 → 100 − √225 = 85.
    expect(values(u, 0.16, 0.01, 0.25, 0.97)).toEqual(['20', '5', '25', '85']);
  });

  it('range: a triangle on low, base and high', () => {
    const u = input({ dist: 'range', low: d(0), base: d(25), high: d(100) });
    expect(values(u, 0.16, 0.97)).toEqual(['20', '85']);
  });

  it('log-normal: low and high are its P10 and P90, the median their geometric mean', () => {
    const u = input({ dist: 'lognormal', low: d(100), high: d(400) }, { kind: 'positiveCount' });
    // μ = (ln 100 + ln 400) / 2 = ln 200; σ = (ln 400 − ln 100) / (2 × 1.2816) = ln 2 / 1.2816.
    // u = 0.5: e^μ = 200; u = 0.9: e^(μ + σ Φ⁻¹(0.9)) = e^(ln 200 + ln 2) = 400; u = 0.1: 100.
    expect(values(u, 0.5, 0.9, 0.1)).toEqual(['200', '400', '100']);
  });

  it('log-normal: a draw of u = 0 is taken as 2^-53, and clamped to the field (1 for a positive count)', () => {
    const u = input({ dist: 'lognormal', low: d(1), high: d(2) }, { kind: 'positiveCount' });
    // Φ⁻¹(2^-53) ≈ −8.1: e^(ln √2 − 8.1 × ln √2 / 1.2816) ≈ 0.16 → rounds to 0, clamped to 1.
    expect(values(u, 0)).toEqual(['1']);
    const count = input({ dist: 'lognormal', low: d(1), high: d(2) }, { kind: 'count' });
    expect(values(count, 0)).toEqual(['0']);
  });

  it('discrete: picks by cumulative weight', () => {
    const u = input({ dist: 'discrete', values: [1, 2, 3, 4].map(d), weights: [1, 1, 1, 1].map(d) });
    // Cumulative 0.25, 0.5, 0.75, 1: u below 0.25 is the first value, 0.25 itself the second.
    expect(draws(u, 0, 0.2499, 0.25, 0.7499, 0.75, 0.9999).map((x) => [x.value.toFixed(), x.key])).toEqual([
      ['1', 0],
      ['1', 0],
      ['2', 1],
      ['3', 2],
      ['4', 3],
      ['4', 3],
    ]);
    expect(createSampler(u).discrete).toBe(true);
  });

  it('discrete with unequal weights: 3 to 1 splits at 0.75', () => {
    const u = input({ dist: 'discrete', values: [d('0.5'), d('0.9')], weights: [d(3), d(1)] });
    expect(values(u, 0.7499, 0.75)).toEqual(['0.5', '0.9']);
  });

  describe('properties', () => {
    it('a uniform draw lies in [low, high], on the grid of `decimals`', () => {
      const u = input(
        { dist: 'uniform', low: d('0.1234567'), high: d('2.5') },
        { kind: 'quantity', decimals: 7 },
      );
      fc.assert(
        fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
          const sampler = createSampler(u);
          const prng = createPrng(seed);
          for (let i = 0; i < 20; i++) {
            const { value, key } = sampler.draw(prng);
            expect(value.gte('0.1234567') && value.lte('2.5')).toBe(true);
            expect(value.decimalPlaces()).toBeLessThanOrEqual(7);
            expect(value.times(1e7).toNumber()).toBe(key);
          }
        }),
      );
    });

    it('a triangular draw lies in [low, high]', () => {
      const u = input({ dist: 'triangular', low: d(50_000), mode: d(115_000), high: d(400_000) });
      fc.assert(
        fc.property(fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (x) => {
          const [draw] = draws(u, x);
          expect(draw!.value.gte(50_000) && draw!.value.lte(400_000)).toBe(true);
        }),
      );
    });
  });
});
