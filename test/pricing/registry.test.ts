import { describe, expect, it } from 'vitest';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import {
  createPricingRegistry,
  extendPricingRegistry,
  resolvePriceTable,
  safeCreatePricingRegistry,
} from '../../src/pricing/registry.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

/** The test LLM table at another date, with its big model's input at `usd` per 1M. */
function llmOn(effectiveDate: string, usd: string): PriceTable {
  return {
    ...testLlm,
    effectiveDate,
    models: testLlm.models.map((m) =>
      m.id === 'big'
        ? { ...m, inference: { ...m.inference!, input: { usd, per: '1M', unit: 'token', source: 'page' } } }
        : m,
    ),
  };
}
const inputOf = (t: PriceTable) =>
  (t.models.find((m) => m.id === 'big')!.inference!.input as { usd: string }).usd;

describe('createPricingRegistry', () => {
  it("groups tables by vendor, each vendor's oldest first, whatever the order given", () => {
    const registry = createPricingRegistry([
      llmOn('2026-09-01', '3'),
      testVectors,
      testLlm,
      llmOn('2026-03-01', '2.5'),
    ]);
    expect([...registry.vendors.keys()]).toEqual(['test-llm', 'test-vectors']);
    expect(registry.vendors.get('test-llm')!.map((t) => t.effectiveDate)).toEqual([
      '2026-01-01',
      '2026-03-01',
      '2026-09-01',
    ]);
    expect([registry.dataVersion, registry.contentHash]).toEqual(['custom', '']);
  });

  it('refuses two tables of one vendor on one date, naming them', () => {
    expect(() => createPricingRegistry([testLlm, testLlm], { names: ['a.json', 'b.json'] })).toThrow(
      'b.json: vendor "test-llm" has two tables effective on 2026-01-01',
    );
  });

  it('validates each table unless trusted, naming it by index', () => {
    const broken = { ...testLlm, currency: 'EUR' };
    expect(() => createPricingRegistry([testVectors, broken])).toThrow(
      expect.objectContaining({ code: 'invalid_price_table' }),
    );
    expect(() => createPricingRegistry([testVectors, broken])).toThrow(/tables\[1\]/);
    expect(() => createPricingRegistry([broken as never], { trusted: true })).not.toThrow();
  });

  it('refuses something that is not an array', () => {
    expect(() => createPricingRegistry({} as never)).toThrow(
      expect.objectContaining({ code: 'invalid_price_table', path: 'tables' }),
    );
  });

  it('the safe form returns the error instead of throwing', () => {
    const result = safeCreatePricingRegistry([testLlm, testLlm]);
    expect(result.success).toBe(false);
    expect(result.error?.code).toBe('invalid_price_table');
    expect(safeCreatePricingRegistry([testLlm]).success).toBe(true);
  });
});

describe('resolvePriceTable', () => {
  const registry = createPricingRegistry([testLlm, llmOn('2026-03-01', '2.5'), llmOn('2026-09-01', '3')]);

  it.each([
    // On its effective date a table applies; the day before, the previous one does.
    ['2026-01-01', '2'],
    ['2026-02-28', '2'],
    ['2026-03-01', '2.5'],
    ['2026-08-31', '2.5'],
    ['2026-09-01', '3'],
    ['2030-01-01', '3'],
  ])('on %s the big model costs $%s per 1M input tokens', (asOf, usd) => {
    expect(inputOf(resolvePriceTable(registry, 'test-llm', asOf))).toBe(usd);
  });

  it('before the first table: no_price_at_date, naming the first date', () => {
    expect(() => resolvePriceTable(registry, 'test-llm', '2025-12-31')).toThrow(
      expect.objectContaining({
        code: 'no_price_at_date',
        path: 'asOf',
        detail:
          'vendor "test-llm" has no prices in effect on 2025-12-31; its first table takes effect on 2026-01-01: pass a later `asOf`',
      }),
    );
  });

  it('an unknown vendor: unknown_vendor at the path, listing the known ones', () => {
    expect(() =>
      resolvePriceTable(registry, 'nobody', '2026-06-01', 'strategies.rag.vectorDb.vendor'),
    ).toThrow(expect.objectContaining({ code: 'unknown_vendor', path: 'strategies.rag.vectorDb.vendor' }));
    expect(() => resolvePriceTable(registry, 'nobody', '2026-06-01')).toThrow(/Known vendors: test-llm$/);
  });
});

describe('extendPricingRegistry', () => {
  const base = createPricingRegistry([testLlm, llmOn('2026-09-01', '3')], { dataVersion: '2026.11' });

  it('adds a table between the others and replaces one of the same date', () => {
    const extended = extendPricingRegistry(base, [llmOn('2026-01-01', '1.5'), llmOn('2026-05-01', '2.2')]);
    expect(extended.vendors.get('test-llm')!.map((t) => [t.effectiveDate, inputOf(t)])).toEqual([
      ['2026-01-01', '1.5'],
      ['2026-05-01', '2.2'],
      ['2026-09-01', '3'],
    ]);
    expect(extended.dataVersion).toBe('2026.11+custom');
  });

  it('adds a new vendor and does not change the registry it extends', () => {
    const extended = extendPricingRegistry(base, [testVectors]);
    expect([...extended.vendors.keys()]).toEqual(['test-llm', 'test-vectors']);
    expect([...base.vendors.keys()]).toEqual(['test-llm']);
    expect(base.vendors.get('test-llm')!.map((t) => inputOf(t))).toEqual(['2', '3']);
  });
});
