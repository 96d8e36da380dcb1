import { describe, expect, it } from 'vitest';
import {
  addMonths,
  byId,
  daysBetween,
  modelDates,
  newestFirst,
  newestLifecycle,
  todayUtc,
} from '../../src/pricing/lifecycleDates.js';
import type { ModelEntry, PriceTable } from '../../src/pricing/priceTableSchema.js';
import { createPricingRegistry } from '../../src/pricing/registry.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

/** The test LLM table on `effectiveDate` with `change` applied to its `small` model. */
function llm(
  effectiveDate: string,
  change: (m: ModelEntry) => ModelEntry = (m) => m,
  extra: Partial<PriceTable> = {},
) {
  return {
    ...testLlm,
    effectiveDate,
    models: testLlm.models.map((m) => (m.id === 'small' ? change(m) : m)),
    ...extra,
  } as PriceTable;
}
const withLife = (lifecycle: ModelEntry['lifecycle']) => (m: ModelEntry) => ({ ...m, lifecycle });
const withTuningLife =
  (lifecycle: NonNullable<ModelEntry['fineTuning']>['lifecycle']) => (m: ModelEntry) => ({
    ...m,
    fineTuning: { ...m.fineTuning!, lifecycle },
  });

describe('addMonths', () => {
  it.each([
    // Clamped to the month's length: 31 January + 1 month is 28 February (29 in a leap year).
    ['2026-01-31', 1, '2026-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    // Across a year end.
    ['2026-11-30', 2, '2027-01-30'],
    ['2026-12-15', -12, '2025-12-15'],
    ['2026-03-31', -1, '2026-02-28'],
    ['2026-05-31', 1, '2026-06-30'],
    ['2026-01-15', 0, '2026-01-15'],
    ['2026-01-15', 24, '2028-01-15'],
  ] as const)('%s + %d months = %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });
});

describe('daysBetween', () => {
  it.each([
    // October 7 → 31 is 24 days, then 30 of November: 54.
    ['2026-10-07', '2026-11-30', 54],
    ['2026-11-30', '2026-10-07', -54],
    ['2026-01-01', '2026-01-01', 0],
    // 2024 is a leap year: 366 days; 2026 is not.
    ['2024-01-01', '2025-01-01', 366],
    ['2026-01-01', '2027-01-01', 365],
  ] as const)('from %s to %s: %d days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });
});

describe('todayUtc', () => {
  it('is a YYYY-MM-DD date', () => {
    expect(todayUtc()).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });
});

describe('byId and newestFirst', () => {
  it('finds a model by id or alias, of a kind when asked', () => {
    const table = llm('2026-01-01', (m) => ({ ...m, aliases: ['small-v1'] }));
    expect(byId(table, 'small-v1')?.id).toBe('small');
    expect(byId(table, 'embed', 'embedding')?.id).toBe('embed');
    expect(byId(table, 'embed', 'chat')).toBeUndefined();
  });

  it("lists a vendor's tables newest first, and none for an unknown vendor", () => {
    const registry = createPricingRegistry([llm('2026-01-01'), llm('2026-06-01'), testVectors]);
    expect(newestFirst(registry, 'test-llm').map((t) => t.effectiveDate)).toEqual([
      '2026-06-01',
      '2026-01-01',
    ]);
    expect(newestFirst(registry, 'nobody')).toEqual([]);
  });
});

describe('newestLifecycle', () => {
  it('takes the newest table that states the dates, even when an older one prices the date', () => {
    const registry = createPricingRegistry([
      llm('2026-01-01', withLife({ retiredOn: '2027-01-01', source: 'page' })),
      llm('2026-06-01', withLife({ retiredOn: '2026-12-01', source: 'page' })),
      llm('2026-09-01'),
    ]);
    const found = newestLifecycle(registry, 'test-llm', (t) => byId(t, 'small')?.lifecycle);
    expect(found?.life.retiredOn).toBe('2026-12-01');
    expect(found?.table.effectiveDate).toBe('2026-06-01');
    expect(newestLifecycle(registry, 'test-llm', (t) => byId(t, 'big')?.lifecycle)).toBeNull();
  });
});

describe('modelDates', () => {
  it('a model without any dates has none', () => {
    expect(modelDates(createPricingRegistry([testLlm]), 'test-llm', 'small')).toEqual({
      availableFrom: null,
      retiredOn: null,
      newJobsUntil: null,
      newJobsUntilForAll: null,
      servingUntil: null,
      successor: null,
    });
  });

  it('a retirement without tuning dates ends new jobs and serving on that day', () => {
    const registry = createPricingRegistry([
      llm(
        '2026-01-01',
        withLife({ availableFrom: '2025-06-01', retiredOn: '2027-03-01', successor: 'big', source: 'page' }),
      ),
    ]);
    expect(modelDates(registry, 'test-llm', 'small')).toEqual({
      availableFrom: '2025-06-01',
      retiredOn: '2027-03-01',
      newJobsUntil: '2027-03-01',
      newJobsUntilForAll: '2027-03-01',
      servingUntil: '2027-03-01',
      successor: 'big',
    });
  });

  it('staged closures: the earliest stage for a new customer, the general date for all', () => {
    const registry = createPricingRegistry([
      llm('2026-01-01', (m) =>
        withTuningLife({
          newJobsUntil: '2027-01-06',
          stages: [
            { standing: ['never-tuned'], newJobsUntil: '2026-05-07' },
            { standing: ['inactive'], newJobsUntil: '2026-10-07' },
          ],
          servingUntil: '2028-01-01',
          source: 'page',
        })(withLife({ retiredOn: '2029-01-01', source: 'page' })(m)),
      ),
    ]);
    expect(modelDates(registry, 'test-llm', 'small')).toMatchObject({
      retiredOn: '2029-01-01',
      newJobsUntil: '2026-05-07',
      newJobsUntilForAll: '2027-01-06',
      servingUntil: '2028-01-01',
    });
  });

  it("the vendor's own closure applies to each model, the earlier of the two winning", () => {
    const registry = createPricingRegistry([
      llm('2026-01-01', withTuningLife({ newJobsUntil: '2027-06-01', source: 'page' }), {
        fineTuning: {
          offered: true,
          billsValidationTokens: true,
          lifecycle: { newJobsUntil: '2027-02-01', servingUntil: '2027-08-01', source: 'page' },
        },
      }),
    ]);
    expect(modelDates(registry, 'test-llm', 'small')).toMatchObject({
      newJobsUntil: '2027-02-01',
      newJobsUntilForAll: '2027-02-01',
      servingUntil: '2027-08-01',
    });
  });
});
