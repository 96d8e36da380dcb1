import { describe, expect, it } from 'vitest';
import type { LineItem } from '../../src/analysis/evaluateStrategy.js';
import { compareWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import type { PriceRef } from '../../src/model/types.js';
import {
  closedLabel,
  compareToCsv,
  describeTiming,
  lineFormula,
  lineSource,
} from '../../src/report/compareReport.js';
import { testRegistry } from '../helpers/testTables.js';

const d = (x: string | number) => new D(x);
const item = (over: Partial<LineItem>): LineItem => ({
  id: 'x',
  label: 'x',
  timing: 'per_volume',
  recursEveryMonths: null,
  quantity: d(150_000),
  quantityUnit: 'tokens',
  unitPrice: d('0.000002'),
  priceLabel: '$2 per 1M tokens',
  amount: d('0.3'),
  monthlyAmount: d('0.3'),
  price: null,
  basis: '',
  ...over,
});

describe('describeTiming', () => {
  it.each([
    [{ timing: 'per_volume' }, 'monthly, by volume'],
    [{ timing: 'monthly_fixed' }, 'monthly, fixed'],
    [{ timing: 'one_time', recursEveryMonths: null }, 'one-time, once (spread over 12 months)'],
    [{ timing: 'one_time', recursEveryMonths: 1 }, 'one-time, every 1 month'],
    [{ timing: 'one_time', recursEveryMonths: 3 }, 'one-time, every 3 months'],
  ] as const)('%j → %s', (over, expected) => {
    expect(describeTiming(item(over), 12)).toBe(expected);
  });
});

describe('lineFormula', () => {
  it('a monthly line: quantity × unit price = amount a month', () => {
    // 150,000 tokens × $0.000002 = $0.30.
    expect(lineFormula(item({}), 12)).toBe('150,000 tokens × $0.000002 per token = $0.30/month');
  });

  it('a one-time line: per occurrence, spread over the horizon; per run, over its period', () => {
    const training = item({
      timing: 'one_time',
      quantity: d(1),
      quantityUnit: 'USD',
      amount: d(1200),
      monthlyAmount: d(100),
    });
    expect(lineFormula(training, 12)).toBe('$1 = $1,200.00 per occurrence; ÷ 12 months = $100.00/month');
    const retraining = item({ ...training, recursEveryMonths: 3, amount: d(300), monthlyAmount: d(100) });
    expect(lineFormula(retraining, 12)).toBe('$1 = $300.00 per run; ÷ 3 months = $100.00/month');
  });

  it('an amount under a cent keeps 4 significant digits instead of showing $0.00', () => {
    expect(lineFormula(item({ amount: d('0.00123456') }), 12)).toBe(
      '150,000 tokens × $0.000002 per token = $0.001235/month',
    );
  });
});

describe('lineSource', () => {
  const ref: PriceRef = {
    vendor: 'openai',
    vendorName: 'OpenAI',
    tableDate: '2026-10-01',
    subject: 'gpt-4.1-mini',
    item: 'inference.input',
    usd: d('0.4'),
    per: '1M',
    unit: 'token',
    effective: '2026-09-15',
    sourceUrl: 'https://openai.com/api/pricing',
    readOn: '2026-11-01',
    confidence: 'vendor',
    overridden: false,
  };

  it('a table price: vendor, table, field, effective date, page, when read and how sure', () => {
    expect(lineSource(item({ price: ref }))).toBe(
      'OpenAI (openai) table 2026-10-01, gpt-4.1-mini inference.input, effective 2026-09-15, https://openai.com/api/pricing (read 2026-11-01, vendor)',
    );
  });

  it("the user's figure, and a derived line", () => {
    expect(lineSource(item({ price: { ...ref, overridden: true, sourceUrl: '', readOn: '' } }))).toBe(
      'your figure (gpt-4.1-mini inference.input)',
    );
    expect(lineSource(item({ price: null }))).toBe(
      'derived from the priced lines above (no price of its own)',
    );
  });
});

describe('closedLabel', () => {
  it('not yet on sale, or closed', () => {
    expect(closedLabel('offering_not_yet_available')).toBe('not yet on sale');
    expect(closedLabel('offering_ended')).toBe('route closed');
  });
});

describe('compareToCsv', () => {
  // Prompt-only on the test LLM's big model: 100 input × $2 + 50 output × $10 per 1M = $0.0007 a
  // request; 10,000 requests: input $2, output $5, $7 a month.
  const result = compareWith(
    {
      asOf: '2026-06-01',
      workload: { requestsPerMonth: 10_000, instructionTokens: 0, inputTokens: 100, outputTokens: 50 },
      strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
    },
    { pricing: testRegistry() },
  );

  it('one row per line item, exact amounts and quantities, with the price provenance', () => {
    const csv = compareToCsv([{ profile: null, result }]);
    const pick = (name: string) => csv.rows.map((r) => r[csv.header.indexOf(name)]);
    expect(pick('lineId')).toEqual(['promptOnly.input', 'promptOnly.output']);
    // 10,000 × 100 = 1,000,000 input tokens; 10,000 × 50 = 500,000 output tokens.
    expect(pick('quantity')).toEqual(['1000000', '500000']);
    expect(pick('unitPriceUsd')).toEqual(['0.000002', '0.00001']);
    expect(pick('monthlyAmountUsd')).toEqual(['2', '5']);
    expect(pick('vendor')).toEqual(['test-llm', 'test-llm']);
    expect(pick('overridden')).toEqual(['false', 'false']);
    expect(csv.header).not.toContain('formula');
  });

  it('explained: the filled-in formula last', () => {
    const csv = compareToCsv([{ profile: null, result }], true);
    expect(csv.header.at(-1)).toBe('formula');
    expect(csv.rows.map((r) => r.at(-1))).toEqual([
      '1,000,000 tokens × $0.000002 per token = $2.00/month',
      '500,000 tokens × $0.00001 per token = $5.00/month',
    ]);
  });
});
