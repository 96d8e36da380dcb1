import { describe, expect, it } from 'vitest';
import type { CurvePoint } from '../../src/analysis/computeCurve.js';
import { curveWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import { cheapestOf, curveToCsv, curveToDoc, strategiesOf } from '../../src/report/curveReport.js';
import { testRegistry } from '../helpers/testTables.js';

const d = (x: string | number) => new D(x);

describe('cheapestOf', () => {
  it('the lowest cost, the first in order on a tie, ignoring over capacity and absent', () => {
    expect(cheapestOf({ a: d(5), b: d(3), c: d(3) })).toBe('b');
    expect(cheapestOf({ a: d(5), b: null, c: undefined })).toBe('a');
    expect(cheapestOf({ a: null })).toBeNull();
    expect(cheapestOf({})).toBeNull();
  });
});

describe('strategiesOf', () => {
  it('the candidates the points price (over capacity counts), in the given order', () => {
    const points = [{ monthly: { b: d(1), a: null } }, { monthly: { b: d(2) } }] as unknown as CurvePoint[];
    expect(strategiesOf(points, ['a', 'b', 'c'])).toEqual(['a', 'b']);
  });
});

describe('curve reports', () => {
  // Prompt-only on the big model: 100 input × $2 + 50 output × $10 per 1M = $0.0007 a request.
  const result = curveWith(
    {
      asOf: '2026-06-01',
      workload: { requestsPerMonth: 1000, instructionTokens: 0, inputTokens: 100, outputTokens: 50 },
      strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
    },
    { pricing: testRegistry(), volumes: [1000, 1_000_000] },
  );

  it('CSV: one row per volume, exact amounts, the cheapest', () => {
    expect(curveToCsv([{ profile: null, result }])).toEqual({
      header: ['profile', 'requestsPerMonth', 'workloadTokensPerMonth', 'promptOnlyMonthlyUsd', 'cheapest'],
      rows: [
        // 1,000 × $0.0007 = $0.70; 150 tokens a request.
        [null, '1000', '150000', '0.7', 'promptOnly'],
        [null, '1000000', '150000000', '700', 'promptOnly'],
      ],
    });
  });

  it('the document: amounts rounded for reading, volumes grouped', () => {
    const doc = curveToDoc([{ profile: null, result }]);
    const table = doc.blocks.find((b) => b.kind === 'table');
    expect(table && table.kind === 'table' ? table.rows : null).toEqual([
      ['1,000', '150,000', '0.70', expect.any(String)],
      ['1,000,000', '150,000,000', '700.00', expect.any(String)],
    ]);
  });
});
