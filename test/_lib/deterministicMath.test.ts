import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { detExp, detLog, detSqrt, normalQuantile, Z90 } from '../../src/_lib/deterministicMath.js';

/** |a − b| within `ulps` units in the last place of b. */
const near = (a: number, b: number, ulps = 4) =>
  Math.abs(a - b) <= ulps * Number.EPSILON * Math.max(1, Math.abs(b));

describe('detLog', () => {
  it('is exactly 0 at 1 and a multiple of ln 2 at powers of two', () => {
    // m = 1, e = 0: s = 0, so the series is 0 and e ln 2 = 0.
    expect(detLog(1)).toBe(0);
    // 8 = 1 × 2^3: 3 ln 2; 1/4 = 1 × 2^-2: −2 ln 2 (all exact doublings).
    expect(detLog(8)).toBe(3 * Math.LN2);
    expect(detLog(0.25)).toBe(-2 * Math.LN2);
  });

  it('matches known logarithms: ln 10 = 2.302585092994046, ln e = 1', () => {
    expect(near(detLog(10), Math.LN10)).toBe(true);
    expect(near(detLog(Math.E), 1)).toBe(true);
  });

  it.each([0, -1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (x) => {
    expect(() => detLog(x)).toThrow(RangeError);
  });
});

describe('detExp', () => {
  it('is exactly 1 at 0 and 2^k at k ln 2 for small k', () => {
    expect(detExp(0)).toBe(1);
    expect(near(detExp(Math.LN2), 2)).toBe(true);
    expect(near(detExp(10 * Math.LN2), 1024)).toBe(true);
  });

  it('e^1 = 2.718281828459045', () => {
    expect(near(detExp(1), Math.E)).toBe(true);
  });

  it('accepts |x| = 700 and refuses beyond', () => {
    expect(detExp(700)).toBeGreaterThan(1e304);
    expect(detExp(-700)).toBeLessThan(1e-303);
    expect(() => detExp(700.5)).toThrow(RangeError);
    expect(() => detExp(Number.NaN)).toThrow(RangeError);
  });
});

describe('detSqrt', () => {
  it.each([
    [0, 0],
    [1, 1],
    [4, 2],
    [0.25, 0.5],
    [1e6, 1000],
    [2, Math.SQRT2],
  ])('√%d = %d', (x, root) => {
    expect(near(detSqrt(x), root, 1)).toBe(true);
  });

  it.each([-1, Number.NaN, Number.POSITIVE_INFINITY])('refuses %s', (x) => {
    expect(() => detSqrt(x)).toThrow(RangeError);
  });
});

describe('normalQuantile', () => {
  it('is 0 at the median, and Z90 at 0.9', () => {
    expect(normalQuantile(0.5)).toBe(0);
    // Φ⁻¹(0.9) = 1.2815515655446004; Acklam's approximation is within 1.2e-9 relative.
    expect(Math.abs(normalQuantile(0.9) - Z90)).toBeLessThan(1.2e-9 * Z90);
  });

  it('matches tabulated quantiles in the tails (lower-tail branch below p = 0.02425)', () => {
    // Φ⁻¹(0.975) = 1.959963984540054, Φ⁻¹(0.01) = −2.326347874040841, Φ⁻¹(1e-6) = −4.753424308822899.
    expect(Math.abs(normalQuantile(0.975) - 1.959963984540054)).toBeLessThan(3e-9);
    expect(Math.abs(normalQuantile(0.01) + 2.326347874040841)).toBeLessThan(3e-9);
    expect(Math.abs(normalQuantile(1e-6) + 4.753424308822899)).toBeLessThan(6e-9);
  });

  it.each([0, 1, -0.1, 1.1, Number.NaN])('refuses p = %s', (p) => {
    expect(() => normalQuantile(p)).toThrow(RangeError);
  });
});

describe('properties', () => {
  it('detLog agrees with Math.log to a few ulps', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const expected = Math.log(x);
        expect(Math.abs(detLog(x) - expected)).toBeLessThanOrEqual(
          8 * Number.EPSILON * Math.max(1, Math.abs(expected)),
        );
      }),
    );
  });

  it('detExp agrees with Math.exp to within (4 + |x|) ulps (relative)', () => {
    // The reduction r = x − k ln 2 carries the rounding of k × LN2, about |x| ulps of r, so the
    // relative error grows with |x|: fine for samples rounded to far fewer digits.
    fc.assert(
      fc.property(fc.double({ min: -700, max: 700, noNaN: true }), (x) => {
        const expected = Math.exp(x);
        expect(Math.abs(detExp(x) - expected)).toBeLessThanOrEqual(
          (4 + Math.abs(x)) * Number.EPSILON * expected,
        );
      }),
    );
  });

  it('detSqrt squared gives x back', () => {
    fc.assert(
      fc.property(fc.double({ min: 1e-300, max: 1e300, noNaN: true }), (x) => {
        const y = detSqrt(x);
        expect(Math.abs(y * y - x)).toBeLessThanOrEqual(4 * Number.EPSILON * x);
      }),
    );
  });

  it('normalQuantile is exactly odd, Φ⁻¹(1 − p) = −Φ⁻¹(p), and increasing', () => {
    // p = k / 2^20, so 1 − p and p − 0.5 are exact and the symmetry holds to the bit.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2 ** 19 - 1 }), (k) => {
        const p = k / 2 ** 20;
        expect(normalQuantile(1 - p)).toBe(-normalQuantile(p));
        expect(normalQuantile(p)).toBeLessThan(normalQuantile((k + 1) / 2 ** 20));
      }),
    );
  });
});
