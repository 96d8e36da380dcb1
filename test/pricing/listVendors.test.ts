import { describe, expect, it } from 'vitest';
import { listVendors } from '../../src/pricing/listVendors.js';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import { createPricingRegistry } from '../../src/pricing/registry.js';
import { testLlm, testRegistry, testVectors } from '../helpers/testTables.js';

describe('listVendors', () => {
  const [llm, vectors] = listVendors(testRegistry(), '2026-06-01');

  it('lists every vendor in effect on the date, by id', () => {
    expect([llm!.id, vectors!.id]).toEqual(['test-llm', 'test-vectors']);
    expect(listVendors(testRegistry(), '2025-12-31')).toEqual([]);
  });

  it("a model vendor's models with their training methods and serving modes", () => {
    expect(
      llm!.models.map((m) => [m.id, m.kind, m.fineTuning, m.serving, m.hasMissingPrices, m.tunable]),
    ).toEqual([
      ['big', 'chat', [], [], false, false],
      // Per token (tuned prices), its two capacity options, and the table's hardware (dedicated).
      [
        'small',
        'chat',
        ['sft/lora', 'sft/full', 'rft'],
        ['per_token', 'pt', 'pt-6m', 'gpu', 'cmu'],
        false,
        true,
      ],
      // No tuned prices: hardware only; its input and training prices are not published.
      ['locked', 'chat', ['sft'], ['gpu', 'cmu'], true, true],
      ['embed', 'embedding', [], [], false, false],
      ['embed-chars', 'embedding', [], [], false, false],
      ['rerank', 'rerank', [], [], false, false],
    ]);
    expect([llm!.fineTuning, llm!.hardware, llm!.vectorDbPlans, llm!.bringYourOwnModel]).toEqual([
      { offered: true },
      ['gpu', 'cmu'],
      [],
      false,
    ]);
  });

  it('a vendor that does not fine-tune says why; its plans are listed', () => {
    expect(vectors!.fineTuning).toEqual({ offered: false, reason: 'a vector database', endedOn: null });
    expect(vectors!.vectorDbPlans).toEqual(['serverless', 'hosted']);
  });

  it('uses the table in effect on the date, and lists every version', () => {
    const later: PriceTable = { ...testLlm, effectiveDate: '2026-09-01', name: 'Test LLM (September)' };
    const registry = createPricingRegistry([testLlm, later, testVectors]);
    expect(listVendors(registry, '2026-08-31')[0]!).toMatchObject({
      name: 'Test LLM',
      tableDate: '2026-01-01',
    });
    expect(listVendors(registry, '2026-09-01')[0]!).toMatchObject({
      name: 'Test LLM (September)',
      tableDate: '2026-09-01',
      versions: ['2026-01-01', '2026-09-01'],
    });
  });

  it('a retired model is unavailable (and untunable) from its retirement day', () => {
    const retiring: PriceTable = {
      ...testLlm,
      models: testLlm.models.map((m) =>
        m.id === 'small' ? { ...m, lifecycle: { retiredOn: '2026-09-01', source: 'page' } } : m,
      ),
    };
    const registry = createPricingRegistry([retiring, testVectors]);
    const small = (date: string) => listVendors(registry, date)[0]!.models.find((m) => m.id === 'small')!;
    expect([small('2026-08-31').available, small('2026-08-31').tunable]).toEqual([true, true]);
    expect([small('2026-09-01').available, small('2026-09-01').tunable]).toEqual([false, false]);
    expect(small('2026-09-01').dates.retiredOn).toBe('2026-09-01');
  });
});
