import { describe, expect, it } from 'vitest';
import { listPriceRows } from '../../src/pricing/listPriceRows.js';
import { listVendors } from '../../src/pricing/listVendors.js';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import { createPricingRegistry } from '../../src/pricing/registry.js';
import { pricesToCsv, pricesToDoc, vendorsToCsv, vendorsToDoc } from '../../src/report/pricesReport.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

describe('pricesToDoc and pricesToCsv', () => {
  const rows = listPriceRows(testVectors);

  it('a row per price, the count, and each table source once', () => {
    const doc = pricesToDoc(rows, '2026-06-01');
    expect(doc.title).toBe('tune-or-rag prices as of 2026-06-01');
    const table = doc.blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows[0]).toEqual([
      'test-vectors',
      '2026-01-01',
      'vectorDb:serverless',
      'minimumMonthly',
      '50',
      'per month',
    ]);
    expect(doc.blocks[1]).toMatchObject({ kind: 'paragraph', text: expect.stringMatching(/^8 prices\. /) });
    expect(doc.blocks[3]).toEqual({
      kind: 'list',
      items: ['test-vectors 2026-01-01: https://example.com/prices'],
    });
  });

  it('lists no empty source for the prices a table leaves to the user', () => {
    const doc = pricesToDoc(listPriceRows(testLlm), null);
    const sources = doc.blocks.find((b) => b.kind === 'list');
    if (sources?.kind !== 'list') throw new Error('no sources');
    // Before: a 'test-llm 2026-01-01: ' item with no address came from the missing-price rows.
    expect(sources.items.every((item) => !item.endsWith(': '))).toBe(true);
    expect(sources.items.length).toBeGreaterThan(0);
  });

  it('names the tables that came from the user, and says today without a date', () => {
    const own = rows.map((r) => ({ ...r, origin: 'mine.json' }));
    const doc = pricesToDoc(own, null);
    expect(doc.title).toBe('tune-or-rag prices (tables in effect today)');
    expect(doc.blocks.slice(-2)).toEqual([
      { kind: 'heading', text: 'Your tables (--prices), used instead of the bundled ones' },
      { kind: 'list', items: ['test-vectors 2026-01-01: mine.json'] },
    ]);
  });

  it('CSV: every field, a missing price with its reason, bundled by default', () => {
    const csv = pricesToCsv(listPriceRows(testLlm));
    const locked = csv.rows.find((r) => r[2] === 'locked' && r[3] === 'inference.input')!;
    const at = (name: string) => csv.header.indexOf(name);
    expect([locked[at('usd')], locked[at('missingReason')], locked[at('origin')]]).toEqual([
      null,
      'not published',
      'bundled',
    ]);
  });
});

describe('vendorsToDoc and vendorsToCsv', () => {
  /** The test LLM with its small model retiring on 2026-09-01 (successor big). */
  const retiring: PriceTable = {
    ...testLlm,
    models: testLlm.models.map((m) =>
      m.id === 'small'
        ? { ...m, lifecycle: { retiredOn: '2026-09-01', successor: 'big', source: 'page' } }
        : m,
    ),
  };
  const vendors = listVendors(createPricingRegistry([retiring, testVectors]), '2026-06-01');

  it('a row per vendor: fine-tuning status and the models usable that day by kind', () => {
    const table = vendorsToDoc(vendors, '2026-06-01', '2026-06-01').blocks[0];
    if (table?.kind !== 'table') throw new Error('no table');
    expect(table.rows).toEqual([
      // big, small, locked are chat; embed and embed-chars embeddings; one reranker.
      ['test-llm', 'Test LLM', '2026-01-01', '1', 'open', '3', '2', '1', ''],
      ['test-vectors', 'Test Vectors', '2026-01-01', '1', 'no', '0', '0', '0', 'serverless, hosted'],
    ]);
  });

  it('lists what closes after the date, soonest first', () => {
    const doc = vendorsToDoc(vendors, null, '2026-06-01');
    expect(doc.title).toBe('tune-or-rag vendors today (2026-06-01)');
    expect(doc.blocks.at(-1)).toEqual({
      kind: 'list',
      // Retiring with no tuning dates of its own: new jobs and serving end with it (one line).
      items: [
        '2026-09-01: test-llm small retires (successor: big)',
        '2026-09-01: test-llm small takes no new fine-tuning jobs',
      ],
    });
    // On the retirement day nothing is ahead.
    const after = listVendors(createPricingRegistry([retiring, testVectors]), '2026-09-01');
    expect(vendorsToDoc(after, null, '2026-09-01').blocks.at(-1)).toEqual({
      kind: 'list',
      items: ['Nothing dated.'],
    });
  });

  it('CSV: one row per model with its dates', () => {
    const csv = vendorsToCsv(vendors);
    const small = csv.rows.find((r) => r[5] === 'small')!;
    const at = (name: string) => csv.header.indexOf(name);
    expect([
      small[at('fineTuningMethods')],
      small[at('retiredOn')],
      small[at('successor')],
      small[at('tunable')],
    ]).toEqual(['sft/lora;sft/full;rft', '2026-09-01', 'big', 'true']);
  });
});
