import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  clampAtZero,
  constant,
  evaluate,
  linear,
  type Piecewise,
  staircase,
} from '../../src/_lib/piecewise.js';
import { findBreakeven } from '../../src/analysis/findBreakeven.js';
import { D, type Dec } from '../../src/decimal.js';
import type { StrategyId } from '../../src/model/types.js';
import { modelOf } from '../helpers/strategyModel.js';

const d = (x: string | number) => new D(x);

const model = modelOf;

/**
 * Three families of cost functions that between them produce every crossover kind: capacity
 * staircases against a line (step and continuous crossovers), a kinked line against a plateau
 * (an interval of equal cost), two lines (continuous, never) and one cost written two ways (equal).
 */
const pairArb = fc.oneof(
  fc
    .record({
      width: fc.integer({ min: 10, max: 1000 }),
      height: fc.integer({ min: 1, max: 500 }),
      steps: fc.integer({ min: 2, max: 8 }),
      slope: fc.integer({ min: 1, max: 2000 }),
    })
    .map(({ width, height, steps, slope }) => ({
      family: 'staircase',
      a: staircase(d(width), d(height), 1, steps),
      b: linear(d(0), d(slope).div(1000)),
      max: d(width * steps),
    })),
  fc
    .record({ start: fc.integer({ min: 1, max: 500 }), length: fc.integer({ min: 1, max: 500 }) })
    .map(({ start, length }) => ({
      // a = R + max(0, R − (start + length)); b = max(start, R): a < b below start, equal on
      // [start, start + length], a > b above.
      family: 'plateau',
      a: add(linear(d(0), d(1)), clampAtZero(linear(d(-(start + length)), d(1)))),
      b: add(constant(d(start)), clampAtZero(linear(d(-start), d(1)))),
      max: null,
    })),
  fc
    .record({
      a0: fc.integer({ min: 0, max: 1000 }),
      a1: fc.integer({ min: 0, max: 100 }),
      b0: fc.integer({ min: 0, max: 1000 }),
      b1: fc.integer({ min: 0, max: 100 }),
    })
    .map(({ a0, a1, b0, b1 }) => ({
      family: 'lines',
      a: linear(d(a0), d(a1).div(10)),
      b: linear(d(b0), d(b1).div(10)),
      max: null,
    })),
  fc
    .record({ a0: fc.integer({ min: 0, max: 1000 }), a1: fc.integer({ min: 0, max: 100 }) })
    .map(({ a0, a1 }) => ({
      // The same costs written twice: equal everywhere.
      family: 'same',
      a: linear(d(a0), d(a1).div(10)),
      b: add(constant(d(a0)), linear(d(0), d(a1).div(10))),
      max: null,
    })),
);

/** Which side is cheaper at r, by direct evaluation: the independent check. */
function cheaperAt(a: Piecewise, b: Piecewise, r: Dec): StrategyId | 'tie' {
  const x = evaluate(a, r);
  const y = evaluate(b, r);
  return x.lt(y) ? 'fineTune' : y.lt(x) ? 'rag' : 'tie';
}

describe('findBreakeven over generated cost functions', () => {
  it('reaches every crossover kind, and each agrees with direct evaluation on both sides', () => {
    const seen: Record<string, number> = { continuous: 0, step: 0, interval: 0, never: 0, equal: 0 };
    const families: Record<string, number> = { staircase: 0, plateau: 0, lines: 0, same: 0 };
    let cases = 0;
    fc.assert(
      fc.property(pairArb, ({ family, a, b, max }) => {
        cases += 1;
        families[family]! += 1;
        const result = findBreakeven(model('fineTune', a, max), model('rag', b, max), d(1));
        if (result.kind !== 'crossovers') {
          seen[result.kind]! += 1;
          // No crossover: the same side (or a tie) at sampled volumes across the range.
          const top = max ?? d(100_000);
          const sides = new Set(
            [d(0), top.div(7), top.div(3), top.div(2), top]
              .map((r) => cheaperAt(a, b, r))
              .filter((s) => s !== 'tie'),
          );
          expect(sides.size).toBeLessThanOrEqual(1);
          if (result.kind === 'never' && sides.size === 1) expect([...sides][0]).toBe(result.cheaper);
          return;
        }
        for (const c of result.crossovers) {
          seen[c.kind]! += 1;
          const r = c.requestsPerMonth;
          if (c.kind === 'continuous') {
            // Equal at the exact fraction; opposite sides just around it.
            expect(
              evaluate(a, c.exact!.numerator.div(c.exact!.denominator))
                .sub(evaluate(b, c.exact!.numerator.div(c.exact!.denominator)))
                .abs()
                .lt('1e-20'),
            ).toBe(true);
            expect(cheaperAt(a, b, r.minus('0.001'))).toBe(c.cheaperBelow);
            expect(cheaperAt(a, b, r.plus('0.001'))).toBe(c.cheaperAbove);
          } else if (c.kind === 'step') {
            // The first whole volume on the new side: cheaper side flips between r − 1 and r.
            expect(cheaperAt(a, b, r.minus(1))).toBe(c.cheaperBelow);
            expect(cheaperAt(a, b, r)).toBe(c.cheaperAbove);
          } else {
            // Equal over [r, until]; the sides differ just outside it.
            const until = c.untilRequestsPerMonth!;
            expect(cheaperAt(a, b, r)).toBe('tie');
            expect(cheaperAt(a, b, r.plus(until).div(2))).toBe('tie');
            expect(cheaperAt(a, b, until)).toBe('tie');
            expect(cheaperAt(a, b, r.minus('0.5'))).toBe(c.cheaperBelow);
            expect(cheaperAt(a, b, until.plus('0.5'))).toBe(c.cheaperAbove);
          }
        }
      }),
      { numRuns: 300, seed: 20261130 },
    );
    // The property must have run every case and family, and exercised every kind it claims to check.
    expect(cases).toBe(300);
    for (const name of Object.keys(families))
      expect(families[name], `${name} pairs generated`).toBeGreaterThan(0);
    for (const kind of ['continuous', 'step', 'interval', 'never', 'equal']) {
      expect(seen[kind], `${kind} crossovers generated`).toBeGreaterThan(0);
    }
  });
});
