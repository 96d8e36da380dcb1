import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  compare,
  defaultScenario,
  getBundledPricing,
  listVendors,
  type ScenarioInput,
} from '../../src/index.js';
import { listPriceRows } from '../../src/pricing/listPriceRows.js';
import { parsePriceTable } from '../../src/pricing/parsePriceTable.js';
import { resolvePriceTable } from '../../src/pricing/registry.js';

const root = join(import.meta.dirname, '..', '..', 'pricing');
const files = readdirSync(root, { withFileTypes: true })
  .filter((d) => d.isDirectory())
  .flatMap((d) => readdirSync(join(root, d.name)).map((f) => join('pricing', d.name, f)))
  .filter((f) => f.endsWith('.json'));

describe('bundled price tables', () => {
  it.each(files)('%s parses against the schema, and every price has a source and dates', (file) => {
    const table = parsePriceTable(JSON.parse(readFileSync(join(root, '..', file), 'utf8')), file);
    for (const row of listPriceRows(table)) {
      expect(row.effective).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      if (row.usd !== null) {
        expect(row.sourceUrl).toMatch(/^https:\/\//);
        expect(row.readOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);
        expect(['vendor', 'vendor-copy', 'third-party']).toContain(row.confidence);
      } else {
        expect(row.reason).toBeTruthy();
      }
    }
  });

  it('resolves as-of dates across a version boundary (Pinecone minimum spend from 2025-09-01)', () => {
    const pricing = getBundledPricing();
    expect(resolvePriceTable(pricing, 'pinecone', '2025-08-31').effectiveDate).toBe('2025-01-01');
    expect(resolvePriceTable(pricing, 'pinecone', '2025-09-01').effectiveDate).toBe('2025-09-01');
    const d = defaultScenario();
    const before = compare({
      ...d,
      asOf: '2025-08-31',
      strategies: {
        rag: {
          ...d.strategies.rag!,
          embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
          generation: { vendor: 'openai', model: 'gpt-4.1' },
        },
      },
    } as ScenarioInput);
    const rag = before.strategies.find((s) => s.strategy === 'rag')!;
    // Before: a $25 platform fee with $15 of usage credit, and no minimum top-up.
    expect(rag.lines.find((l) => l.id === 'rag.vectorDb.platformFee')!.amount.toFixed()).toBe('25');
    expect(rag.lines.some((l) => l.id === 'rag.vectorDb.minimumTopUp')).toBe(false);
    expect(before.run.tables.pinecone).toBe('2025-01-01');
  });

  it('lists vendors with their capabilities and price history', () => {
    const vendors = listVendors(getBundledPricing());
    const openrouter = vendors.find((v) => v.id === 'openrouter')!;
    expect(openrouter.fineTuning.offered).toBe(false);
    const openai = vendors.find((v) => v.id === 'openai')!;
    expect(openai.models.find((m) => m.id === 'gpt-4.1-mini')).toMatchObject({
      kind: 'chat',
      fineTuning: ['sft'],
      serving: ['per_token'],
      hasMissingPrices: false,
    });
    expect(vendors.find((v) => v.id === 'pinecone')!.versions).toEqual([
      '2025-01-01',
      '2025-09-01',
      '2026-06-09',
    ]);
    expect(vendors.map((v) => v.id)).toEqual([...vendors.map((v) => v.id)].sort());
  });
});
