import { describe, expect, it } from 'vitest';
import { describePriceUnit, listPriceRows } from '../../src/pricing/listPriceRows.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

const source = { sourceUrl: 'https://example.com/prices', readOn: '2026-01-01', confidence: 'vendor' };

describe('describePriceUnit', () => {
  it.each([
    [{ usd: '2', per: '1M', unit: 'token' }, 'per 1M token'],
    [{ usd: '2', unit: 'month' }, 'per month'],
    [{ usd: '2', per: '1', unit: 'gb_month' }, 'per gb month'],
    [{ usd: '3.6', unit: 'hour', billingIncrementSeconds: 60 }, 'per hour (billed per 60 s)'],
    [{ missing: true, per: '1K', unit: 'training_token', reason: 'x' }, 'per 1K training token'],
  ])('%j → %s', (price, expected) => {
    expect(describePriceUnit(price as never)).toBe(expected);
  });
});

describe('listPriceRows', () => {
  it('a vector-database table: each plan price in file order, metering and included GB left out', () => {
    const rows = listPriceRows(testVectors).map((r) => [r.subject, r.item, r.usd, r.unit]);
    expect(rows).toEqual([
      ['vectorDb:serverless', 'minimumMonthly', '50', 'per month'],
      ['vectorDb:serverless', 'storage', '1', 'per gb month'],
      ['vectorDb:serverless', 'readUnits', '10', 'per 1M read unit'],
      ['vectorDb:serverless', 'writeUnits', '2', 'per 1M write unit'],
      ['vectorDb:hosted', 'platformFee', '25', 'per month'],
      ['vectorDb:hosted', 'includedCredit', '10', 'per month'],
      ['vectorDb:hosted', 'storage', '0.5', 'per gb month'],
      ['vectorDb:hosted', 'instances.small.price', '0.02', 'per hour (billed per 3600 s)'],
    ]);
  });

  it('every row carries the table, its date and the source', () => {
    expect(listPriceRows(testVectors)[0]).toEqual({
      vendor: 'test-vectors',
      tableDate: '2026-01-01',
      subject: 'vectorDb:serverless',
      item: 'minimumMonthly',
      usd: '50',
      unit: 'per month',
      effective: '2026-01-01',
      ...source,
    });
  });

  it('a model table: 29 prices, methods keyed by method and variant, capacity by id', () => {
    const rows = listPriceRows(testLlm);
    // big 7 (4 input kinds, output, long-context input and output); small 13 (3 inference,
    // sft-lora price and minimum, sft-full, rft, 3 tuned, 2 capacity, storage); locked 3;
    // embed, embed-chars, rerank 1 each; hardware gpu 1 and cmu 2 (price, storage per unit).
    expect(rows).toHaveLength(29);
    const items = (subject: string) => rows.filter((r) => r.subject === subject).map((r) => r.item);
    expect(items('small')).toEqual([
      'inference.input',
      'inference.cachedInput',
      'inference.output',
      'fineTuning.methods.sft-lora.price',
      'fineTuning.methods.sft-lora.minimumCharge',
      'fineTuning.methods.sft-full.price',
      'fineTuning.methods.rft.price',
      'fineTuning.tunedInference.input',
      'fineTuning.tunedInference.cachedInput',
      'fineTuning.tunedInference.output',
      'fineTuning.capacity.pt.price',
      'fineTuning.capacity.pt-6m.price',
      'fineTuning.storage',
    ]);
    expect(items('hardware:cmu')).toEqual(['price', 'storagePerUnit']);
    expect(rows.find((r) => r.subject === 'hardware:cmu' && r.item === 'price')!.unit).toBe(
      'per minute (billed per 300 s)',
    );
  });

  it('a missing price is a row with no amount and the reason', () => {
    const row = listPriceRows(testLlm).find((r) => r.subject === 'locked' && r.item === 'inference.input')!;
    expect(row).toMatchObject({ usd: null, unit: 'per 1M token', reason: 'not published', sourceUrl: '' });
  });
});
