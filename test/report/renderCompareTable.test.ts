import { describe, expect, it } from 'vitest';
import { compareWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import {
  describeBreakeven,
  describeMultiple,
  formatAmount,
  formatVolume,
  renderCompareTable,
  wrap,
} from '../../src/report/renderCompareTable.js';
import { docsBot } from '../helpers/fineTuneVsPromptOnly.js';
import { testRegistry } from '../helpers/testTables.js';

const d = (x: string | number) => new D(x);

/**
 * 1,000,000 requests of 500 instruction + 100 input + 200 output tokens on the test tables:
 * - prompt-only (big): (600 × $2 + 200 × $10) / 1M = $0.0032 a request → $3,200 a month;
 * - fine-tune (small, full, tuned prompt 0): (100 × $1 + 200 × $4) / 1M = $0.0009 a request → $900,
 *   + $2 storage = $902 recurring; training 50M × $8 / 1M = $400 every 2 months → $200 a month;
 *   $1,102 in all. Prompt-only is 3,200 / 1,102 = 2.9038…× dearer.
 * - They cross where 202 + 0.0009 R = 0.0032 R: R = 202 / 0.0023 = 87,826.0869…, × 800 tokens =
 *   70,260,869.56….
 */
const result = compareWith(docsBot(), { pricing: testRegistry() });
const label = (id: string) => result.strategies.find((s) => s.strategy === id)!.label;

describe('formatAmount and formatVolume', () => {
  it.each([
    ['1234567.891', 2, 'halfEven', '1,234,567.89'],
    // Half to even by default; half up when asked.
    ['0.125', 2, 'halfEven', '0.12'],
    ['0.125', 2, 'halfUp', '0.13'],
    ['0.121', 2, 'up', '0.13'],
    ['-1234.5', 0, 'halfEven', '-1,234'],
    ['999.995', 2, 'halfEven', '1,000.00'],
  ] as const)('%s to %d decimals (%s) → %s', (value, decimals, rounding, expected) => {
    expect(formatAmount(d(value), decimals, rounding)).toBe(expected);
  });

  it('a whole volume has no decimals, a fraction two', () => {
    expect(formatVolume(d(1_000_000))).toBe('1,000,000');
    expect(formatVolume(d('87826.0869565'))).toBe('87,826.09');
  });
});

describe('wrap', () => {
  it('breaks at word boundaries within the width, indenting the following lines', () => {
    expect(wrap('aaa bbb ccc ddd', 7, '  ')).toEqual(['aaa bbb', '  ccc', '  ddd']);
  });

  it("keeps the first line's leading spaces and never splits a long word", () => {
    expect(wrap('  one https://example.com/a/very/long/url two', 12, '    ')).toEqual([
      '  one',
      '    https://example.com/a/very/long/url',
      '    two',
    ]);
    expect(wrap('', 10)).toEqual([]);
  });
});

describe('describeBreakeven and describeMultiple', () => {
  it('a crossover: where, in requests and workload tokens, and which side is cheaper', () => {
    expect(describeBreakeven(result.breakevens[0]!)).toEqual([
      `${label('fineTune')} vs ${label('promptOnly')}: at 87,826.09 requests/month = 70,260,869.57 workload tokens/month; ${label('promptOnly')} cheaper below, ${label('fineTune')} above.`,
    ]);
  });

  it('the multiple: the cheaper one is 2.90× cheaper', () => {
    const multiple = result.multiples.find(
      (m) => m.between.includes('promptOnly') && m.between.includes('fineTune'),
    )!;
    expect(describeMultiple(multiple)).toBe(
      `${label('fineTune')} is 2.90× cheaper than ${label('promptOnly')}.`,
    );
  });

  it('never and equal', () => {
    const range = { fromRequestsPerMonth: d(0), toRequestsPerMonth: null };
    expect(describeBreakeven({ kind: 'never', between: ['a', 'b'], cheaper: 'b', range } as never)).toEqual([
      'a vs b: never breaks even; b is cheaper at any volume.',
    ]);
    expect(
      describeBreakeven({
        kind: 'equal',
        between: ['a', 'b'],
        range: { ...range, toRequestsPerMonth: d(5000) },
      } as never),
    ).toEqual(['a vs b: equal cost up to 5,000 requests/month (capacity).']);
  });
});

describe('renderCompareTable', () => {
  const text = renderCompareTable(result);
  const lines = text.split('\n');

  it('one row per strategy in the scenario order, amounts to 2 decimals, the multiple against the cheapest', () => {
    const row = (id: string) => lines.find((l) => l.startsWith(label(id)))!;
    expect(
      row('fineTune')
        .slice(22)
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['1,102.00', '902.00', '200.00', '400.00', 'cheapest']);
    expect(
      row('promptOnly')
        .slice(22)
        .trim()
        .split(/\s{2,}/),
    ).toEqual(['3,200.00', '3,200.00', '0.00', '0.00', '2.90× dearer']);
  });

  it('says what was priced and lists the cheapest by volume', () => {
    expect(lines[0]).toBe('tune-or-rag: Docs bot');
    expect(lines[1]).toBe(
      '1,000,000 requests/month × 800 workload tokens/request = 800,000,000 tokens/month',
    );
    expect(text).toContain(
      `  0 – 87,826.09 requests/month (0 – 70,260,869.57 tokens/month): ${label('promptOnly')}`,
    );
    expect(text).toContain(
      `  from 87,826.09 requests/month (from 70,260,869.57 tokens/month): ${label('fineTune')}`,
    );
  });

  it('keeps to 100 columns, and leaves out the assumptions when asked', () => {
    expect(lines.every((l) => l.length <= 100)).toBe(true);
    expect(text).toContain('Assumptions:');
    expect(renderCompareTable(result, { assumptions: false })).not.toContain('Assumptions:');
  });

  it('more decimals and a profile when asked', () => {
    const out = renderCompareTable(result, { decimals: 4, profile: 'growth' });
    expect(out.split('\n')[0]).toBe('tune-or-rag: Docs bot [profile growth]');
    expect(out).toContain('1,102.0000');
  });
});
