import { describe, expect, it } from 'vitest';
import { breakevenWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import { breakevenToCsv, breakevenToDoc } from '../../src/report/breakevenReport.js';
import { docsBot } from '../helpers/fineTuneVsPromptOnly.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * Fine-tune (small, full, 50M training tokens every 2 months, tuned prompt 0) against prompt-only
 * (big) with 500 instruction + 100 input + 200 output tokens a request:
 * fine-tune = 202 + 0.0009 R a month (storage $2, training $400 every 2 months = $200, serving
 * (100 × $1 + 200 × $4) / 1M = $0.0009 a request); prompt-only = (600 × $2 + 200 × $10) / 1M = 0.0032 R. Equal at
 * R = 202 / 0.0023 = 87,826.0869…, where both cost 0.0032 × 87,826.0869… = $281.04 (to the cent);
 * 800 tokens a request: 70,260,869.56… tokens.
 */
const report = breakevenWith(docsBot(), { pricing: testRegistry(), between: ['fineTune', 'promptOnly'] });

describe('breakevenToCsv', () => {
  it('one row per crossover with the exact volume and fraction', () => {
    const csv = breakevenToCsv([{ profile: null, result: [report] }]);
    expect(csv.rows).toHaveLength(1);
    const row = Object.fromEntries(csv.header.map((h, i) => [h, csv.rows[0]![i]]));
    expect(row).toMatchObject({
      profile: null,
      strategyA: 'fineTune',
      strategyB: 'promptOnly',
      result: 'crossovers',
      cheaperEverywhere: null,
      crossoverKind: 'continuous',
      cheaperBelow: 'promptOnly',
      cheaperAbove: 'fineTune',
      untilRequestsPerMonth: null,
    });
    expect(new D(row.requestsPerMonth!).toFixed(6)).toBe('87826.086957');
    expect(new D(row.monthlyCostUsd!).toFixed(2)).toBe('281.04');
    // The fraction is exact: numerator ÷ denominator = 202 / 0.0023.
    expect(new D(row.exactNumerator!).div(row.exactDenominator!).eq(new D(202).div('0.0023'))).toBe(true);
  });

  it('a pair that never crosses: one row naming the cheaper side', () => {
    const never = {
      ...report,
      breakeven: { kind: 'never', between: ['a', 'b'], cheaper: 'b', range: report.breakeven.range },
    } as never;
    const csv = breakevenToCsv([{ profile: 'low', result: [never] }]);
    expect(csv.rows).toEqual([['low', 'a', 'b', 'never', 'b', ...Array(9).fill(null)]]);
  });
});

describe('breakevenToDoc', () => {
  it('a heading for the pair, the sentence, and the crossover rounded for reading', () => {
    const doc = breakevenToDoc([{ profile: null, result: [report] }]);
    expect(doc.title).toBe('tune-or-rag breakeven: Docs bot');
    const table = doc.blocks.find((b) => b.kind === 'table');
    if (table?.kind !== 'table') throw new Error('no table');
    const [row] = table.rows;
    expect(row!.slice(0, 3)).toEqual(['continuous', '87,826.09', '70,260,869.57']);
    expect(row![5]).toBe('281.04');
  });
});
