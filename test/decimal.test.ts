import Decimal from 'decimal.js';
import fc from 'fast-check';
import { afterEach, describe, expect, it } from 'vitest';
import * as core from '../src/core.js';
import * as main from '../src/index.js';
import * as pricing from '../src/pricing.js';

// Issue 9: "Never change a number behind the user's back". The library computes with its own
// constructor; nothing a user can reach configures it.

const run = () => JSON.stringify(main.compare(main.defaultScenario()));
const BASELINE = run();

afterEach(() => {
  Decimal.set({ defaults: true });
});

/** Every exported value that looks like a decimal.js constructor (has `set` and `precision`). */
function exportedConstructors(): [string, unknown][] {
  const all = [
    ...Object.entries(main).map(([k, v]) => [`tune-or-rag.${k}`, v] as [string, unknown]),
    ...Object.entries(core).map(([k, v]) => [`tune-or-rag/core.${k}`, v] as [string, unknown]),
    ...Object.entries(pricing).map(([k, v]) => [`tune-or-rag/pricing.${k}`, v] as [string, unknown]),
  ];
  return all.filter(
    ([, v]) => typeof v === 'function' && 'precision' in (v as object) && 'set' in (v as object),
  );
}

describe('a user cannot change our arithmetic', () => {
  it('the engine constructor is not exported (regression: `Decimal.set({ precision: 3 })` gave "3.46e+2")', () => {
    expect(exportedConstructors()).toEqual([]);
    expect(Object.keys(main)).not.toContain('Decimal');
    expect(Object.keys(core)).not.toContain('Decimal');
  });

  it("the user's own global Decimal.set() leaves every result unchanged", () => {
    Decimal.set({ precision: 3, rounding: Decimal.ROUND_DOWN, toExpPos: 1, toExpNeg: -1 });
    expect(run()).toBe(BASELINE);
  });

  it("a result's constructor refuses set() and config()", () => {
    const total = main.compare(main.defaultScenario()).strategies[0]!.monthlyTotal;
    const ctor = total.constructor as typeof Decimal;
    expect(() => ctor.set({ precision: 3 })).toThrow(/private and cannot be configured/);
    expect(() => ctor.config({ precision: 3 })).toThrow(/private and cannot be configured/);
    expect(run()).toBe(BASELINE);
  });

  it('property: whatever the user configures, results and Decimal money inputs are read the same', () => {
    const configs = new Set<string>();
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: -9, max: 0 }),
        fc.integer({ min: 0, max: 9 }),
        fc.stringMatching(/^(0|[1-9]\d{0,5})\.\d{1,6}$/),
        (precision, rounding, toExpNeg, toExpPos, price) => {
          configs.add(`${precision}/${rounding}`);
          Decimal.set({ precision, rounding: rounding as Decimal.Rounding, toExpNeg, toExpPos });
          expect(run()).toBe(BASELINE);
          const withPrice = (p: unknown) => {
            const s = main.defaultScenario() as { strategies: { promptOnly: { prices?: unknown } } };
            s.strategies.promptOnly.prices = { input: p };
            return JSON.stringify(main.compare(s as main.ScenarioInput).strategies);
          };
          // A user's Decimal (their precision, their exponent notation) prices like the string.
          expect(withPrice(new Decimal(price))).toBe(withPrice(price));
        },
      ),
      { numRuns: 25, seed: 42 },
    );
    expect(configs.size).toBeGreaterThan(20);
  });
});
