import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  add,
  clampAtZero,
  constant,
  linear,
  type Piecewise,
  scale,
  staircase,
} from '../../src/_lib/piecewise.js';
import { findBreakeven } from '../../src/analysis/findBreakeven.js';
import { crossoverRequests, firstCrossover } from '../../src/analysis/firstCrossover.js';
import { D, type Dec } from '../../src/decimal.js';
import { modelOf } from '../helpers/strategyModel.js';

const d = (x: string | number) => new D(x);

/** The families of findBreakevenKinds.property.test.ts, plus amortisation scales (1 or 12) on each side. */
const pairArb = fc
  .tuple(
    fc.oneof(
      fc
        .record({
          width: fc.integer({ min: 10, max: 1000 }),
          height: fc.integer({ min: 1, max: 500 }),
          steps: fc.integer({ min: 2, max: 8 }),
          slope: fc.integer({ min: 1, max: 2000 }),
        })
        .map(({ width, height, steps, slope }) => ({
          a: staircase(d(width), d(height), 1, steps),
          b: linear(d(0), d(slope).div(1000)),
          max: d(width * steps) as Dec | null,
        })),
      fc
        .record({ start: fc.integer({ min: 1, max: 500 }), length: fc.integer({ min: 1, max: 500 }) })
        .map(({ start, length }) => ({
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
          // A root exactly at the capacity ceiling, or none.
          max: fc.option(fc.integer({ min: 1, max: 2000 }), { nil: null }),
        })
        .map(({ a0, a1, b0, b1, max }) => ({
          a: linear(d(a0), d(a1).div(10)),
          b: linear(d(b0), d(b1).div(10)),
          max: max === null ? null : d(max),
        })),
      fc
        .record({ a0: fc.integer({ min: 0, max: 1000 }), a1: fc.integer({ min: 0, max: 100 }) })
        .map(({ a0, a1 }) => ({
          a: linear(d(a0), d(a1).div(10)),
          b: add(constant(d(a0)), linear(d(0), d(a1).div(10))),
          max: null,
        })),
    ),
    fc.constantFrom(1, 12),
    fc.constantFrom(1, 12),
    fc.boolean(),
  )
  .map(([pair, ka, kb, swap]) => ({ ...pair, ka, kb, swap }));

function scaled(id: 'fineTune' | 'rag', fn: Piecewise, k: number, max: Dec | null) {
  // monthlyScaled = monthly × k, as assemble() makes it.
  return { ...modelOf(id, fn, max), monthlyScaled: scale(fn, d(k)), monthlyScale: k };
}

describe('firstCrossover', () => {
  it('agrees with findBreakeven on every outcome (first crossover, never, equal)', () => {
    const seen = { crossover: 0, never: 0, equal: 0, root: 0, breakpoint: 0 };
    fc.assert(
      fc.property(pairArb, ({ a, b, max, ka, kb, swap }) => {
        const [fa, fb] = swap ? [b, a] : [a, b];
        const ma = scaled('fineTune', fa, ka, max);
        const mb = scaled('rag', fb, kb, max);
        const full = findBreakeven(ma, mb, d(1));
        const first = firstCrossover(ma, mb);
        seen[first.kind]++;
        if (full.kind === 'crossovers') {
          expect(first.kind).toBe('crossover');
          if (first.kind !== 'crossover') return;
          seen[first.denominator === null ? 'breakpoint' : 'root']++;
          expect(crossoverRequests(first).eq(full.crossovers[0]!.requestsPerMonth)).toBe(true);
        } else if (full.kind === 'never') {
          expect(first).toEqual({ kind: 'never', cheaper: full.cheaper });
        } else expect(first).toEqual({ kind: 'equal' });
      }),
      { numRuns: 600, seed: 20261201 },
    );
    // Each outcome, and both ways a crossover is found (a root inside a segment, a breakpoint), was reached.
    for (const [kind, count] of Object.entries(seen)) expect(count, kind).toBeGreaterThan(0);
  });
});
