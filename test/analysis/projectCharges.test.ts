import { describe, expect, it } from 'vitest';
import { clampAtZero, linear } from '../../src/_lib/piecewise.js';
import { projectCharges } from '../../src/analysis/projectCharges.js';
import { D, ZERO } from '../../src/decimal.js';
import type { PriceRef } from '../../src/model/types.js';
import type { Scenario } from '../../src/scenario/parseScenario.js';
import { lineOf, modelWithLines } from '../helpers/linesModel.js';

const d = (x: string | number) => new D(x);
const scenario = (growth: string) =>
  ({ horizonMonths: 12, workload: { growthPerMonth: d(growth) }, candidates: [] }) as unknown as Scenario;
const acme = { vendor: 'acme', vendorName: 'Acme AI' } as PriceRef;

/**
 * Fine-tune: $400 of training every 2 months, $2 storage a month, 100 tokens a request at $9 per 1M
 * ($0.0009 a request), and a top-up max(0, 1,000 − 0.001 R) that is zero from 1,000,000 requests.
 * Prompt-only: 320 tokens a request at $10 per 1M ($0.0032 a request), its price unnamed.
 */
const fineTune = modelWithLines('ft', [
  lineOf('ft.training', 1, 400, { oneTime: 2, price: acme }),
  lineOf('ft.storage', 1, 2),
  lineOf('ft.input', [0, 100], '0.000009', { price: acme }),
  lineOf('ft.topUp', clampAtZero(linear(d(1000), d('-0.001'))), 1),
]);
const promptOnly = modelWithLines('po', [lineOf('po.tokens', [0, 320], '0.00001')]);

describe('projectCharges', () => {
  const { horizon, charges } = projectCharges(
    [fineTune, promptOnly],
    scenario('0.1'),
    d(1_000_000),
    3,
    '2026-01-31',
  );
  const rows = (id: string) =>
    charges
      .filter((c) => c.strategy === id)
      .map((c) => [c.month, c.lineId, c.quantity.toFixed(), c.costUsd.toFixed()]);

  it('each line in each month: one-time ones in the months they are paid, volumes grown 10% a month', () => {
    // Volumes 1,000,000; 1,100,000; 1,210,000. Input: 100 tokens × volume × $0.000009.
    // The top-up is 0 at all three volumes, so it is left out.
    expect(rows('ft')).toEqual([
      [1, 'ft.training', '1', '400'],
      [1, 'ft.storage', '1', '2'],
      [1, 'ft.input', '100000000', '900'],
      [2, 'ft.storage', '1', '2'],
      [2, 'ft.input', '110000000', '990'],
      [3, 'ft.training', '1', '400'],
      [3, 'ft.storage', '1', '2'],
      [3, 'ft.input', '121000000', '1089'],
    ]);
    // 320 tokens × volume × $0.00001: 3,200, 3,520, 3,872.
    expect(rows('po').map((r) => r[3])).toEqual(['3200', '3520', '3872']);
  });

  it("adds up to the horizon's cost for every strategy and month, exactly", () => {
    // Fine-tune 400 + 2 + 900 = 1,302; 2 + 990 = 992; 400 + 2 + 1,089 = 1,491.
    expect(horizon.months.map((m) => m.costs.ft!.toFixed())).toEqual(['1302', '992', '1491']);
    for (const m of horizon.months) {
      for (const id of ['ft', 'po']) {
        const sum = charges
          .filter((c) => c.strategy === id && c.month === m.month)
          .reduce((acc, c) => acc.plus(c.costUsd), ZERO);
        expect(sum.toFixed()).toBe(m.costs[id]!.toFixed());
      }
    }
  });

  it('dates each month from the start, clamping to the month length', () => {
    const periods = [...new Set(charges.map((c) => `${c.month} ${c.periodStart} ${c.periodEnd}`))];
    expect(periods).toEqual([
      '1 2026-01-31 2026-02-28',
      '2 2026-02-28 2026-03-31',
      '3 2026-03-31 2026-04-30',
    ]);
  });

  it('names who bills each line: its price, else the line before it, else unknown', () => {
    const vendors = charges.filter((c) => c.month === 1).map((c) => [c.lineId, c.vendor, c.vendorName]);
    expect(vendors).toEqual([
      ['ft.training', 'acme', 'Acme AI'],
      // Storage has no price of its own here: it is billed by the vendor of the line before it.
      ['ft.storage', 'acme', 'Acme AI'],
      ['ft.input', 'acme', 'Acme AI'],
      ['po.tokens', 'unknown', 'unknown'],
    ]);
  });

  it('prices one-time lines at the first month volume even when the volume grows', () => {
    // Training that scales with the first month's volume: 0.0001 × 1,000,000 = $100, paid again in
    // month 3 at $100, not at month 3's 1,210,000.
    const scaled = modelWithLines('s', [lineOf('s.once', [0, '0.0001'], 1, { oneTime: 2 })]);
    const out = projectCharges([scaled], scenario('0.1'), d(1_000_000), 3, '2026-01-01');
    expect(out.charges.map((c) => [c.month, c.costUsd.toFixed()])).toEqual([
      [1, '100'],
      [3, '100'],
    ]);
  });
});
