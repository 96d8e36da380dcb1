import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  clampAtZero,
  constant,
  evaluate,
  linear,
  minWithConstant,
  negate,
  type Piecewise,
  scale,
  segmentIndex,
  staircase,
  weightedSum,
} from '../../src/_lib/piecewise.js';
import { D } from '../../src/decimal.js';

const d = (x: string | number) => new D(x);
const at = (fn: Piecewise, r: string | number) => evaluate(fn, d(r)).toFixed();
const shape = (fn: Piecewise) => ({
  starts: fn.starts.map((x) => x.toFixed()),
  intercepts: fn.intercepts.map((x) => x.toFixed()),
  slopes: fn.slopes.map((x) => x.toFixed()),
});

describe('piecewise', () => {
  it('linear and constant', () => {
    // 12.5 + 0.002 × 1,000 = 14.5
    expect(at(linear(d('12.5'), d('0.002')), 1000)).toBe('14.5');
    expect(at(constant(d(7)), 1e9)).toBe('7');
  });

  it('staircase: a copy of height 100 per 1,000 requests, the next step at the first volume that needs it', () => {
    const copies = staircase(d(1000), d(100), 1, 3);
    expect(shape(copies)).toEqual({
      starts: ['0', '1001', '2001'],
      intercepts: ['100', '200', '300'],
      slopes: ['0', '0', '0'],
    });
    expect([at(copies, 0), at(copies, 1000), at(copies, 1001), at(copies, 2000), at(copies, 2001)]).toEqual([
      '100',
      '100',
      '200',
      '200',
      '300',
    ]);
    expect(segmentIndex(copies, d(1000))).toBe(0);
    expect(segmentIndex(copies, d('1000.5'))).toBe(0);
    expect(segmentIndex(copies, d(1001))).toBe(1);
    expect(segmentIndex(copies, d(5000))).toBe(2);
  });

  it('add merges breakpoints: a staircase plus a line', () => {
    const sum = add(staircase(d(10), d(5), 1, 2), linear(d(1), d(2)));
    // Below 11: 5 + 1 + 2R; from 11: 10 + 1 + 2R.
    expect(shape(sum)).toEqual({ starts: ['0', '11'], intercepts: ['6', '11'], slopes: ['2', '2'] });
    expect(at(sum, 10)).toBe('26');
    expect(at(sum, 11)).toBe('33');
  });

  it('clampAtZero splits a segment at its root: max(0, R − 40)', () => {
    const clamped = clampAtZero(linear(d(-40), d(1)));
    expect(shape(clamped)).toEqual({ starts: ['0', '40'], intercepts: ['0', '-40'], slopes: ['0', '1'] });
    expect([at(clamped, 0), at(clamped, 40), at(clamped, 55)]).toEqual(['0', '0', '15']);
  });

  it('minWithConstant: min(R × 0.5, 10), a credit used up to its amount', () => {
    const capped = minWithConstant(linear(d(0), d('0.5')), d(10));
    // 0.5 × 8 = 4; the cap is reached at 10 ÷ 0.5 = 20.
    expect([at(capped, 8), at(capped, 20), at(capped, 1000)]).toEqual(['4', '10', '10']);
  });

  it('scale, negate and weightedSum', () => {
    const f = linear(d(2), d(3));
    expect(at(scale(f, d('1.5')), 10)).toBe('48'); // (2 + 30) × 1.5
    expect(at(negate(f), 10)).toBe('-32');
    // 2 × (2 + 3R) + 0.5 × staircase: at R = 10 (first step, 5): 2 × 32 + 0.5 × 5 = 66.5.
    const mixed = weightedSum([f, staircase(d(10), d(5), 1, 2)], [d(2), d('0.5')]);
    expect(at(mixed, 10)).toBe('66.5');
    // At R = 11 the second step (10) has started: 2 × (2 + 33) + 0.5 × 10 = 70 + 5 = 75.
    expect(at(mixed, 11)).toBe('75');
  });

  describe('properties', () => {
    const small = fc.integer({ min: -1000, max: 1000 });
    const line = fc.tuple(small, small).map(([a, b]) => linear(d(a), d(b)));
    const vol = fc.integer({ min: 0, max: 100_000 }).map((n) => d(n));

    it('add is pointwise: (f + g)(R) = f(R) + g(R)', () => {
      fc.assert(
        fc.property(line, line, fc.integer({ min: 1, max: 50 }), vol, (f, g, w, r) => {
          const stairs = add(g, staircase(d(w), d(3), 1, 5));
          expect(evaluate(add(f, stairs), r).eq(evaluate(f, r).plus(evaluate(stairs, r)))).toBe(true);
        }),
      );
    });

    it('clampAtZero is max(0, f) at every volume', () => {
      fc.assert(
        fc.property(line, vol, (f, r) => {
          expect(evaluate(clampAtZero(f), r).eq(D.max(0, evaluate(f, r)))).toBe(true);
        }),
      );
    });

    it('does not mutate its inputs', () => {
      const f = staircase(d(10), d(5), 1, 3);
      const before = JSON.stringify(shape(f));
      add(f, linear(d(1), d(1)));
      clampAtZero(negate(f));
      weightedSum([f, f], [d(2), d(3)]);
      expect(JSON.stringify(shape(f))).toBe(before);
    });
  });
});
