import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fractionPercentiles, nearestRank, percentilesOf } from '../../src/analysis/percentiles.js';
import { D, type Dec } from '../../src/decimal.js';

const d = (x: string | number) => new D(x);

describe('nearest-rank percentiles', () => {
  it('takes the value at rank ⌈q·n/100⌉', () => {
    // 1..10: P10 rank 1, P50 rank 5, P90 rank 9.
    const p = percentilesOf([10, 3, 7, 1, 9, 2, 8, 4, 6, 5].map(d))!;
    expect([p.p10, p.p50, p.p90].map((x) => x.toFixed())).toEqual(['1', '5', '9']);
    expect(nearestRank(10, 10_000)).toBe(1000);
    expect(nearestRank(50, 1)).toBe(1);
    expect(percentilesOf([])).toBeNull();
  });

  it('is exact for fractions that floats cannot tell apart (1/3 vs 1/3 + 1e-30)', () => {
    const third = d(1).div(3);
    const nums = [d(1), third.plus('1e-30').times(3), d(2)];
    const dens = [d(3), d(3), d(6)];
    // Values: 1/3, 1/3 + 1e-30, 1/3: ascending 1/3, 1/3, 1/3 + 1e-30.
    const p = fractionPercentiles(nums, dens)!;
    expect(p.p90.eq(third.plus('1e-30'))).toBe(true);
    expect(p.p50.eq(third)).toBe(true);
  });

  it('equals sorting every value exactly (generated sets with ties and near-ties)', () => {
    let nearTies = 0;
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            num: fc.integer({ min: -1000, max: 1_000_000 }),
            den: fc.integer({ min: 1, max: 97 }),
            tiny: fc.integer({ min: 0, max: 3 }),
          }),
          { minLength: 1, maxLength: 60 },
        ),
        (items) => {
          // A tiny nudge below float resolution makes values that only exact arithmetic orders.
          const nums: Dec[] = items.map((x) => d(x.num).plus(d(x.tiny).times('1e-25')));
          const dens: Dec[] = items.map((x) => d(x.den));
          if (items.some((x) => x.tiny > 0)) nearTies++;
          const exact = nums.map((n, i) => n.div(dens[i]!)).sort((a, b) => a.cmp(b));
          const p = fractionPercentiles(nums, dens)!;
          const n = exact.length;
          expect(p.p10.eq(exact[nearestRank(10, n) - 1]!)).toBe(true);
          expect(p.p50.eq(exact[nearestRank(50, n) - 1]!)).toBe(true);
          expect(p.p90.eq(exact[nearestRank(90, n) - 1]!)).toBe(true);
        },
      ),
      { numRuns: 300, seed: 7 },
    );
    expect(nearTies).toBeGreaterThan(0);
  });
});
