import Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  breakeven,
  compare,
  createPricingRegistry,
  curve,
  type Dec,
  defaultScenario,
  multiple,
  type ScenarioInput,
  safeBreakeven,
  safeCurve,
  type TuneOrRagError,
} from '../../src/index.js';

// Inputs the bad-input campaign found escaping as something other than a TuneOrRagError, each pinned
// to the error it gives now.

function codeAndPath(fn: () => unknown): { name: string; code: string; path: string } {
  try {
    fn();
  } catch (error) {
    const e = error as TuneOrRagError;
    return { name: e.name, code: e.code, path: e.path };
  }
  throw new Error('did not throw');
}

// biome-ignore lint/suspicious/noExplicitAny: the point is to pass what the types forbid.
const loose = (value: unknown) => value as any;

describe('fuzz regressions', () => {
  it('options.between that is not a pair: invalid_input, not "is not iterable"', () => {
    expect(codeAndPath(() => breakeven(defaultScenario(), loose({ between: 5 })))).toEqual({
      name: 'TuneOrRagError',
      code: 'invalid_input',
      path: 'options.between',
    });
    expect(safeBreakeven(defaultScenario(), loose({ between: 'rag' })).error?.cause).toBeUndefined();
  });

  it('a strategy that cannot be turned into a string: invalid_input, not "Cannot convert object"', () => {
    expect(
      codeAndPath(() => multiple(defaultScenario(), loose({ between: [Object.create(null), 'rag'] }))),
    ).toEqual({
      name: 'TuneOrRagError',
      code: 'invalid_input',
      path: 'options.between[0]',
    });
  });

  it('options.volumes that is not an array, options.range that is not an object', () => {
    expect(codeAndPath(() => curve(defaultScenario(), loose({ volumes: '１２３' })))).toMatchObject({
      code: 'invalid_input',
      path: 'options.volumes',
    });
    expect(codeAndPath(() => curve(defaultScenario(), loose({ range: null })))).toMatchObject({
      code: 'invalid_input',
      path: 'options.range',
    });
    expect(safeCurve(defaultScenario(), loose({ volumes: 7 })).error?.cause).toBeUndefined();
  });

  it('price tables that are not an array, and table names that are not strings', () => {
    expect(codeAndPath(() => createPricingRegistry(loose(null)))).toEqual({
      name: 'TuneOrRagError',
      code: 'invalid_price_table',
      path: 'tables',
    });
    expect(() => createPricingRegistry([42], loose({ names: [Symbol('x')] }))).toThrow(/tables\[0\]/);
  });

  it('a Decimal price override beyond the string form’s bounds is refused, not printed (1e999999999 ran out of memory)', () => {
    const withPrice = (input: Dec): ScenarioInput => {
      const s = defaultScenario();
      return {
        ...s,
        strategies: { ...s.strategies, promptOnly: { ...s.strategies.promptOnly!, prices: { input } } },
      };
    };
    for (const huge of ['1e999999999', '1e21', '1e-31']) {
      expect(codeAndPath(() => compare(withPrice(new Decimal(huge))))).toMatchObject({
        code: 'invalid_input',
        path: 'strategies.promptOnly.prices.input',
      });
    }
    expect(compare(withPrice(new Decimal('999999999999999999999.5'))).strategies).toHaveLength(4);
  });
});
