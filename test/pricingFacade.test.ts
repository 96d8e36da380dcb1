import { describe, expect, it } from 'vitest';
import type { PriceTable } from '../src/pricing/priceTableSchema.js';
import {
  createPricingRegistry,
  extendPricingRegistry,
  listPriceRows,
  listVendors,
  parsePriceTable,
  resolvePriceTable,
  safeCreatePricingRegistry,
  safeParsePriceTable,
} from '../src/pricingFacade.js';
import { testLlm, testVectors } from './helpers/testTables.js';

// Each public pricing function checks its arguments at the edge and gives our error naming the
// argument, never a TypeError from deeper down.

const registry = createPricingRegistry([testLlm, testVectors]);
/** test-llm a month later, with `big`'s output at $12 instead of $10. */
const march: PriceTable = {
  ...testLlm,
  effectiveDate: '2026-02-01',
  models: testLlm.models.map((m) =>
    m.id === 'big' && m.inference
      ? {
          ...m,
          inference: { ...m.inference, output: { usd: '12', per: '1M', unit: 'token', source: 'page' } },
        }
      : m,
  ),
};

function failure(call: () => unknown): [string, string] {
  try {
    call();
  } catch (error) {
    const e = error as { name: string; code: string; path: string };
    expect(e.name).toBe('TuneOrRagError');
    return [e.code, e.path];
  }
  throw new Error('did not throw');
}

describe('createPricingRegistry', () => {
  it('builds a custom registry of the tables given, by vendor', () => {
    expect([...registry.vendors.keys()]).toEqual(['test-llm', 'test-vectors']);
    expect([registry.dataVersion, registry.contentHash]).toEqual(['custom', '']);
  });

  it('refuses a table that is not one, or options that are not an object (invalid_price_table)', () => {
    expect(failure(() => createPricingRegistry([{ vendor: 'x' }])).at(0)).toBe('invalid_price_table');
    expect(failure(() => createPricingRegistry([], 42 as never))).toEqual(['invalid_price_table', 'options']);
    const r = safeCreatePricingRegistry([testLlm, testLlm]);
    expect(r.success).toBe(false);
  });
});

describe('extendPricingRegistry', () => {
  it('adds a newer table without touching the registry it extends', () => {
    const extended = extendPricingRegistry(registry, [march]);
    expect(extended.vendors.get('test-llm')!.map((t) => t.effectiveDate)).toEqual([
      '2026-01-01',
      '2026-02-01',
    ]);
    expect(registry.vendors.get('test-llm')!.map((t) => t.effectiveDate)).toEqual(['2026-01-01']);
  });

  it('a registry that is not one is invalid_input at registry', () => {
    expect(failure(() => extendPricingRegistry({} as never, [march]))).toEqual(['invalid_input', 'registry']);
  });
});

describe('resolvePriceTable', () => {
  const both = extendPricingRegistry(registry, [march]);

  it('the newest table on or before the date', () => {
    expect(resolvePriceTable(both, 'test-llm', '2026-01-31').effectiveDate).toBe('2026-01-01');
    expect(resolvePriceTable(both, 'test-llm', '2026-02-01').effectiveDate).toBe('2026-02-01');
  });

  it.each([
    [
      'a registry that is not one',
      () => resolvePriceTable({} as never, 'test-llm', '2026-02-01'),
      ['invalid_input', 'registry'],
    ],
    [
      'a vendor that is not a string',
      () => resolvePriceTable(both, 42 as never, '2026-02-01'),
      ['invalid_input', 'vendor'],
    ],
    [
      'a date not written YYYY-MM-DD',
      () => resolvePriceTable(both, 'test-llm', '1 Feb 2026'),
      ['invalid_input', 'asOf'],
    ],
    ['an unknown vendor', () => resolvePriceTable(both, 'nope', '2026-02-01'), ['unknown_vendor', 'vendor']],
    [
      'a date before the first table',
      () => resolvePriceTable(both, 'test-llm', '2025-12-31'),
      ['no_price_at_date', 'asOf'],
    ],
  ])('%s', (_name, call, expected) => {
    expect(failure(call)).toEqual(expected);
  });
});

describe('listVendors', () => {
  it('each vendor with its table dates; the date is checked', () => {
    const both = extendPricingRegistry(registry, [march]);
    expect(listVendors(both).map((v) => [v.id, v.tableDate, v.versions])).toEqual([
      ['test-llm', '2026-02-01', ['2026-01-01', '2026-02-01']],
      ['test-vectors', '2026-01-01', ['2026-01-01']],
    ]);
    expect(listVendors(both, '2026-01-15').map((v) => v.tableDate)).toEqual(['2026-01-01', '2026-01-01']);
    expect(failure(() => listVendors(both, 'June'))).toEqual(['invalid_input', 'asOf']);
    expect(failure(() => listVendors(null as never))).toEqual(['invalid_input', 'registry']);
  });
});

describe('listPriceRows and parsePriceTable', () => {
  it('one row per price, with its unit and source', () => {
    const rows = listPriceRows(testLlm);
    const bigOutput = rows.find((r) => r.subject === 'big' && r.item === 'inference.output')!;
    expect([bigOutput.usd, bigOutput.unit, bigOutput.sourceUrl, bigOutput.vendor]).toEqual([
      '10',
      'per 1M token',
      'https://example.com/prices',
      'test-llm',
    ]);
  });

  it('a table of the wrong shape is invalid_price_table, not a TypeError', () => {
    expect(failure(() => listPriceRows({} as never)).at(0)).toBe('invalid_price_table');
    expect(failure(() => parsePriceTable([])).at(0)).toBe('invalid_price_table');
    expect(safeParsePriceTable('x').success).toBe(false);
  });

  it('a valid table parses to the same data', () => {
    expect(parsePriceTable(testVectors)).toEqual(testVectors);
  });
});
