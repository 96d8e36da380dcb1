import { describe, expect, it } from 'vitest';
import { horizonWith } from '../../src/calculate.js';
import { horizonToCsv, horizonToDoc } from '../../src/report/horizonReport.js';
import type { ReportTable } from '../../src/report/reportDoc.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * 1,000,000 requests growing 10% a month (1,000,000; 1,100,000; 1,210,000) on the test tables:
 * prompt-only $0.0032 a request: 3,200, 3,520, 3,872 (cumulative 3,200, 6,720, 10,592);
 * fine-tune $0.0009 a request + $2 storage + $400 training in months 1 and 3:
 * 1,302, 992, 1,491 (cumulative 1,302, 2,294, 3,785).
 */
const result = horizonWith(
  {
    name: 'Docs bot',
    asOf: '2026-06-01',
    workload: {
      requestsPerMonth: 1_000_000,
      instructionTokens: 500,
      inputTokens: 100,
      outputTokens: 200,
      growthPerMonth: '0.1',
    },
    strategies: {
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'full',
        training: { datasetTokens: 50_000_000 },
        retrainEveryMonths: 2,
        tunedInstructionTokens: 0,
      },
    },
  },
  { pricing: testRegistry(), months: 3 },
);
const tables = horizonToDoc([{ profile: null, result }]).blocks.filter(
  (b): b is ReportTable => b.kind === 'table',
);

describe('horizonToDoc', () => {
  it('paid in each month, with the grown volume', () => {
    // Columns: month, requests, then the candidates in the registry's order (fine-tune first).
    expect(tables[0]!.rows).toEqual([
      ['1', '1,000,000', '1,302.00', '3,200.00'],
      ['2', '1,100,000', '992.00', '3,520.00'],
      ['3', '1,210,000', '1,491.00', '3,872.00'],
    ]);
  });

  it('cumulative, with the leader each month', () => {
    expect(tables[1]!.rows.map((r) => r.slice(0, 3))).toEqual([
      ['1', '1,302.00', '3,200.00'],
      ['2', '2,294.00', '6,720.00'],
      ['3', '3,785.00', '10,592.00'],
    ]);
    const leaders = new Set(tables[1]!.rows.map((r) => r[3]));
    expect(leaders.size).toBe(1);
  });

  it('states the growth and that no pair changes order', () => {
    const doc = horizonToDoc([{ profile: null, result }]);
    expect(doc.title).toBe('tune-or-rag horizon: Docs bot');
    expect(doc.blocks).toContainEqual({
      kind: 'paragraph',
      text: 'Volume grows 10.00% a month, compounded: month m runs requests × (1 + growth)^(m − 1).',
    });
    expect(doc.blocks).toContainEqual({
      kind: 'list',
      items: ['None within the horizon: each pair keeps its order every month.'],
    });
  });
});

describe('horizonToCsv', () => {
  it('paid and cumulative per candidate per month, exact', () => {
    const csv = horizonToCsv([{ profile: null, result }]);
    expect(csv.header).toEqual([
      'profile',
      'month',
      'requestsPerMonth',
      'fineTunePaidUsd',
      'fineTuneCumulativeUsd',
      'promptOnlyPaidUsd',
      'promptOnlyCumulativeUsd',
      'leader',
    ]);
    expect(csv.rows).toEqual([
      [null, '1', '1000000', '1302', '1302', '3200', '3200', 'fineTune'],
      [null, '2', '1100000', '992', '2294', '3520', '6720', 'fineTune'],
      [null, '3', '1210000', '1491', '3785', '3872', '10592', 'fineTune'],
    ]);
  });
});
