import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type Decimal from 'decimal.js';
import { describe, expect, it } from 'vitest';
import {
  defaultScenario,
  FOCUS_COLUMNS,
  FOCUS_CUSTOM_COLUMNS,
  focusUnit,
  projectCharges,
  toFocusRows,
} from '../../src/index.js';
import { focusToCsv } from '../../src/report/focusReport.js';
import { renderCsv } from '../../src/report/renderCsv.js';
import { focusViolations, MANDATORY, parseCsv } from '../helpers/focusRules.js';

const capacity = JSON.parse(
  readFileSync(join(import.meta.dirname, '../fixtures/scenarios/capacity.json'), 'utf8'),
);

function csvOf(scenario: unknown, options: Parameters<typeof projectCharges>[1] = {}): string {
  const result = projectCharges(scenario as never, options);
  return renderCsv(focusToCsv([{ profile: null, result }]));
}

describe('toFocusRows', () => {
  it('has every mandatory FOCUS 1.2 column, FOCUS columns before x_ columns', () => {
    for (const column of MANDATORY) expect(FOCUS_COLUMNS).toContain(column);
    expect(FOCUS_CUSTOM_COLUMNS.every((c) => c.startsWith('x_'))).toBe(true);
  });

  it.each([
    ['the default scenario', defaultScenario()],
    ['a capacity-billed scenario', capacity],
  ])('%s meets the spec rules (values, dates, numbers, price × quantity = cost)', (_, scenario) => {
    expect(focusViolations(csvOf(scenario))).toEqual([]);
  });

  it('the default scenario: one row per line item per month, 316 rows over 12 months', () => {
    const { rows } = parseCsv(csvOf(defaultScenario()));
    // Per month: fine-tune 4 (training re-run monthly, input, output, evaluation); RAG 9 recurring
    // + 2 once (corpus embedding, initial upsert); prompt-only 3; hybrid 10 recurring + 2 once.
    // 12 × (4 + 9 + 3 + 10) + 2 + 2 = 312 + 4 = 316.
    expect(rows).toHaveLength(316);
    const months = new Set(rows.map((r) => r.x_HorizonMonth));
    expect(months.size).toBe(12);
  });

  it('the minimum-spend top-up is its own row, worked out by hand', () => {
    const { rows } = parseCsv(csvOf(defaultScenario(), { months: 1 }));
    const topUp = rows.find((r) => r.x_LineId === 'rag.vectorDb.minimumTopUp')!;
    // Pinecone Standard's $50 monthly minimum − usage (storage 0.240003072 GB × $0.33 = 0.07920101376,
    // reads 50,000 RU × $16/1M = 0.8, churn writes 12,000.1536 WU × $4/1M = 0.0480006144):
    // 50 − 0.92720162816 = 49.07279837184.
    expect(topUp).toMatchObject({
      BilledCost: '49.07279837184',
      ChargeCategory: 'Usage',
      ChargeFrequency: 'One-Time',
      PricingQuantity: '49.07279837184',
      PricingUnit: 'USD',
      ListUnitPrice: '1',
      ServiceCategory: 'Databases',
      ProviderName: 'Pinecone (serverless, AWS us-east-1)',
    });
  });

  it('fills the columns as docs/focus.md says (training row, month 1)', () => {
    const { rows } = parseCsv(csvOf(defaultScenario(), { months: 1 }));
    // 10,000,000 dataset tokens × 3 epochs = 30,000,000 training tokens × $5 / 1M = $150.
    expect(rows[0]).toMatchObject({
      BilledCost: '150',
      EffectiveCost: '150',
      ListCost: '150',
      ContractedCost: '150',
      ListUnitPrice: '0.000005',
      PricingQuantity: '30000000',
      PricingUnit: 'Tokens',
      BillingCurrency: 'USD',
      BillingPeriodStart: '2026-11-30T00:00:00Z',
      BillingPeriodEnd: '2026-12-30T00:00:00Z',
      ChargePeriodStart: '2026-11-30T00:00:00Z',
      ChargePeriodEnd: '2026-12-30T00:00:00Z',
      ChargeClass: null,
      ChargeFrequency: 'One-Time',
      ServiceSubcategory: 'Machine Learning',
      SkuId: 'google-vertex/gemini-2.5-flash/fineTuning.methods.sft.price',
      SkuPriceId: 'google-vertex/gemini-2.5-flash/fineTuning.methods.sft.price@2026-10-07',
      x_Projected: 'true',
      x_Strategy: 'fineTune',
      x_PriceTableVersion: '2026-10-07',
      x_PriceConfidence: 'third-party',
    });
  });

  it('capacity billing: hours × the hourly price, every month; one-time rows in month 1 only', () => {
    const { rows } = parseCsv(csvOf(capacity));
    // Fine-tune: training + per-job minimum top-up once, hosting × 3 months; prompt-only 2 × 3: 11 rows.
    expect(rows).toHaveLength(11);
    const hosting = rows.filter((r) => r.ChargeFrequency === 'Recurring');
    // 1 copy × 200 billed hours × $5.49 = $1,098 a month.
    expect(
      hosting.map((r) => [r.x_HorizonMonth, r.PricingQuantity, r.PricingUnit, r.ListUnitPrice, r.BilledCost]),
    ).toEqual([
      ['1', '200', 'Hours', '5.49', '1098'],
      ['2', '200', 'Hours', '5.49', '1098'],
      ['3', '200', 'Hours', '5.49', '1098'],
    ]);
    // Together's $4 per-job minimum − training 2,000,000 tokens × $0.48 / 1M ($0.96) = $3.04.
    const minimum = rows.find((r) => r.x_LineId === 'fineTune.training.minimum')!;
    expect([minimum.BilledCost, minimum.x_HorizonMonth, minimum.ChargeFrequency]).toEqual([
      '3.04',
      '1',
      'One-Time',
    ]);
    // Prompt-only input: 300,000 × (200 + 500 + 1,000 few-shot) = 510,000,000 tokens × $0.3 / 1M = $153.
    expect(rows.find((r) => r.x_LineId === 'promptOnly.input')?.BilledCost).toBe('153');
  });

  it('per strategy and month, the rows add up to the horizon exactly', () => {
    const scenario = {
      ...defaultScenario(),
      workload: { ...defaultScenario().workload, growthPerMonth: '0.1' },
    };
    const report = projectCharges(scenario, { months: 6 });
    for (const month of report.months) {
      for (const [strategy, paid] of Object.entries(month.costs) as [string, Decimal][]) {
        const sum = report.charges
          .filter((c) => c.month === month.month && c.strategy === strategy)
          .reduce((acc, c) => acc.plus(c.costUsd), paid.minus(paid));
        expect(sum.eq(paid), `${strategy} month ${month.month}`).toBe(true);
      }
    }
    expect(focusViolations(csvOf(scenario, { months: 6 }))).toEqual([]);
  });

  it('does not mutate its input', () => {
    const report = projectCharges(defaultScenario(), { months: 1 });
    const before = JSON.stringify(report.charges);
    toFocusRows(report, 'base');
    expect(JSON.stringify(report.charges)).toBe(before);
  });
});

describe('focusUnit', () => {
  it.each([
    ['tokens', 'Tokens'],
    ['training tokens', 'Tokens'],
    ['GB-months', 'GB-Months'],
    ['read units', 'Read Units'],
    ['USD', 'USD'],
    ['1x H100 80GB dedicated endpoint hours', 'Hours'],
    ['model-months', 'Model-Months'],
  ])('%s → %s', (unit, expected) => {
    expect(focusUnit(unit)).toBe(expected);
  });
});
