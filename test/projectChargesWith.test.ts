import { describe, expect, it } from 'vitest';
import { projectChargesWith, safeProjectChargesWith } from '../src/projectChargesWith.js';
import type { ScenarioInput } from '../src/scenario/scenarioSchema.js';
import { testRegistry } from './helpers/testTables.js';

const pricing = testRegistry();

/**
 * Prompt-only on the made-up `big` model, 1,000 requests a month of 500 instruction + 100 input +
 * 200 output tokens, from 2026-03-01: input (500 + 100) × 1,000 = 600,000 tokens × $2/1M = $1.20 and
 * output 200,000 tokens × $10/1M = $2 each month.
 */
function scenario(): ScenarioInput {
  return {
    workload: { requestsPerMonth: 1000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    horizonMonths: 3,
    asOf: '2026-03-01',
    strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
  };
}

const rows = (r: ReturnType<typeof projectChargesWith>) =>
  r.charges.map((c) => [
    c.month,
    c.periodStart,
    c.periodEnd,
    c.lineId,
    c.quantity.toFixed(),
    c.unitPriceUsd.toFixed(),
    c.costUsd.toFixed(),
  ]);

describe('projectChargesWith', () => {
  it('every line of every month over the scenario’s horizon, each quantity × unit price', () => {
    const r = projectChargesWith(scenario(), { pricing });
    // The unit price is per token: $2/1M = 0.000002, $10/1M = 0.00001.
    const month = (n: number, start: string, end: string) => [
      [n, start, end, 'promptOnly.input', '600000', '0.000002', '1.2'],
      [n, start, end, 'promptOnly.output', '200000', '0.00001', '2'],
    ];
    expect(rows(r)).toEqual([
      ...month(1, '2026-03-01', '2026-04-01'),
      ...month(2, '2026-04-01', '2026-05-01'),
      ...month(3, '2026-05-01', '2026-06-01'),
    ]);
    // The months add up: 3.2 a month, 9.6 after three.
    expect(r.months.map((m) => m.cumulative.promptOnly?.toFixed())).toEqual(['3.2', '6.4', '9.6']);
    expect([r.closures, r.currency.code, r.run.tables]).toEqual([[], 'USD', { 'test-llm': '2026-01-01' }]);
  });

  it('options.months overrides the horizon', () => {
    expect(projectChargesWith(scenario(), { pricing, months: 1 }).charges).toHaveLength(2);
  });

  it('keeps the charges in USD and says which currency to show them in', () => {
    const r = projectChargesWith(scenario(), {
      pricing,
      currency: { code: 'EUR', rate: '0.5', date: '2026-03-01' },
    });
    expect(r.charges[0]!.costUsd.toFixed()).toBe('1.2');
    expect([r.currency.code, r.currency.rate.toFixed()]).toEqual(['EUR', '0.5']);
  });

  it.each([0, 1201, 1.5, '3'])('months %j is invalid_input at options.months', (months) => {
    const r = safeProjectChargesWith(scenario(), { pricing, months: months as number });
    expect(r.success === false && [r.error.code, r.error.path, r.error.detail]).toEqual([
      'invalid_input',
      'options.months',
      'expected a whole number of months from 1 to 1200',
    ]);
  });

  it('the safe form returns a success with the same data', () => {
    const r = safeProjectChargesWith(scenario(), { pricing });
    expect(r.success && rows(r.data)).toEqual(rows(projectChargesWith(scenario(), { pricing })));
  });
});
