import { afterEach, describe, expect, it } from 'vitest';
import * as engine from '../../src/cli/engine.js';
import { defaultScenario, compare as libCompare } from '../../src/index.js';

afterEach(() => {
  engine.configureEngine({});
});

describe('the CLI engine: options read once per command, then every call uses them', () => {
  it('passes --stale-after to every calculation, and refuses what is not 1–120 months', () => {
    engine.configureEngine({ staleAfter: '6' });
    expect(engine.engineOptions()).toMatchObject({ staleAfterMonths: 6 });
    for (const bad of ['0', '121', 'six']) {
      expect(() => engine.configureEngine({ staleAfter: bad })).toThrow(
        expect.objectContaining({ path: '--stale-after' }),
      );
    }
  });

  it('compares as the library does with the same tables', () => {
    engine.configureEngine({});
    const viaEngine = engine.compare(defaultScenario());
    const direct = libCompare(defaultScenario());
    // The default scenario's totals (docs/formulas.md): fine-tune 289.494, RAG 362.380001024.
    expect(viaEngine.strategies.map((s) => s.monthlyTotal.toFixed())).toEqual(
      direct.strategies.map((s) => s.monthlyTotal.toFixed()),
    );
    expect(viaEngine.strategies[0]!.monthlyTotal.toFixed()).toBe('289.494');
  });

  it('shows amounts in --currency over the scenario’s, else the scenario’s, else USD', () => {
    engine.configureEngine({});
    expect(engine.currencyFor(defaultScenario()).code).toBe('USD');
    const withEur = { ...defaultScenario(), currency: { code: 'EUR', rate: '0.92', date: '2026-11-30' } };
    expect(engine.currencyFor(withEur).code).toBe('EUR');
    engine.configureEngine({ currency: 'GBP', fxRate: '0.79', fxDate: '2026-11-30' });
    expect(engine.currencyFor(withEur).code).toBe('GBP');
  });
});
