import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import {
  describePrice,
  findModel,
  type PriceContext,
  requireUnit,
  resolvePrice,
  unitPrice,
} from '../../src/model/resolvePrice.js';
import type { PriceOrMissing, PriceTable } from '../../src/pricing/priceTableSchema.js';
import { testLlm } from '../helpers/testTables.js';

const ctx = (overrides: Record<string, string> = {}, subject = 'small'): PriceContext => ({
  table: testLlm,
  subject,
  overridePath: 'strategies.fineTune.prices',
  overrides: Object.fromEntries(Object.entries(overrides).map(([k, v]) => [k, new D(v)])),
});
const perMillionTokens = { unit: 'token', per: '1M' } as const;
const tunedInput: PriceOrMissing = { usd: '1', per: '1M', unit: 'token', source: 'page' };

function thrown(fn: () => unknown): { code: string; path: string; detail: string } {
  try {
    fn();
  } catch (error) {
    return error as never;
  }
  throw new Error('expected a throw');
}

describe('unitPrice', () => {
  it.each([
    // $2 per 1M tokens = 2 ÷ 1,000,000 = $0.000002 a token.
    ['2', '1M', '0.000002'],
    // $2 per 1K searches = $0.002 a search.
    ['2', '1K', '0.002'],
    // Per 1: as quoted.
    ['3.6', '1', '3.6'],
    // $0.125 per 1M: 1.25e-7, kept exact.
    ['0.125', '1M', '0.000000125'],
  ] as const)('$%s per %s → $%s per unit', (usd, per, expected) => {
    expect(unitPrice({ usd: new D(usd), per } as never).toFixed()).toBe(expected);
  });
});

describe('describePrice', () => {
  const ref = (usd: string, per: string, unit: string, billingIncrementSeconds?: number) =>
    ({
      usd: new D(usd),
      per,
      unit,
      ...(billingIncrementSeconds ? { billingIncrementSeconds } : {}),
    }) as never;

  it.each([
    [ref('2', '1M', 'token'), '$2 per 1M tokens'],
    [ref('0.40', '1M', 'token'), '$0.4 per 1M tokens'],
    [ref('3.6', '1', 'hour', 60), '$3.6 per hour (billed per 60 s)'],
    [ref('1', '1', 'gb_month'), '$1 per GB-month'],
    [ref('2', '1K', 'search'), '$2 per 1K searches'],
  ])('%# → %s', (r, expected) => {
    expect(describePrice(r)).toBe(expected);
  });

  it('names a factor and what it is', () => {
    expect(describePrice(ref('0.3', '1M', 'token'), new D('0.5'), 'flex × 0.5')).toBe(
      '$0.3 × 0.5 per 1M tokens (flex × 0.5)',
    );
  });

  it('a price per search reads "per search", not "per searche"', () => {
    expect(describePrice(ref('5', '1', 'search'))).toBe('$5 per search');
  });
});

describe('resolvePrice', () => {
  it('reads the table entry with its provenance', () => {
    const price = resolvePrice(
      ctx(),
      'input',
      'fineTuning.tunedInference.input',
      tunedInput,
      perMillionTokens,
    );
    expect(price).toEqual({
      vendor: 'test-llm',
      vendorName: 'Test LLM',
      tableDate: '2026-01-01',
      subject: 'small',
      item: 'fineTuning.tunedInference.input',
      usd: new D(1),
      per: '1M',
      unit: 'token',
      effective: '2026-01-01',
      sourceUrl: 'https://example.com/prices',
      readOn: '2026-01-01',
      confidence: 'vendor',
      overridden: false,
    });
  });

  it("puts the user's override in the entry's unit, marked as the user's", () => {
    const price = resolvePrice(ctx({ input: '3' }), 'input', 'x', tunedInput, perMillionTokens);
    expect(price).toMatchObject({
      usd: new D(3),
      per: '1M',
      unit: 'token',
      confidence: 'user',
      overridden: true,
    });
    expect(price.sourceUrl).toBe('');
    // $3 per 1M = $0.000003 a token.
    expect(unitPrice(price).toFixed()).toBe('0.000003');
  });

  it('an override stands in for a missing price', () => {
    const missing: PriceOrMissing = {
      missing: true,
      per: '1K',
      unit: 'training_token',
      reason: 'no list price',
    };
    const price = resolvePrice(ctx({ training: '0.008' }), 'training', 'x', missing, perMillionTokens);
    // The unit and `per` are the missing entry's, not the fallback's.
    expect(price).toMatchObject({ per: '1K', unit: 'training_token', overridden: true });
    expect(unitPrice(price).toFixed()).toBe('0.000008');
  });

  it('keeps the billing increment, the effective date, the end date and the promotion flag', () => {
    const promo = {
      usd: '0.5',
      unit: 'hour',
      source: 'page',
      billingIncrementSeconds: 60,
      effective: '2026-02-01',
      until: '2026-06-01',
      promotion: true,
    } as PriceOrMissing;
    expect(resolvePrice(ctx(), 'capacity', 'x', promo, { unit: 'hour', per: '1' })).toMatchObject({
      per: '1',
      billingIncrementSeconds: 60,
      effective: '2026-02-01',
      until: '2026-06-01',
      promotion: true,
    });
  });

  it('a missing entry asks for the price by path, in its unit, with the reason', () => {
    const missing: PriceOrMissing = { missing: true, per: '1M', unit: 'token', reason: 'not published' };
    const error = thrown(() =>
      resolvePrice(ctx({}, 'locked'), 'input', 'inference.input', missing, perMillionTokens),
    );
    expect(error).toMatchObject({ code: 'missing_price', path: 'strategies.fineTune.prices.input' });
    expect(error.detail).toBe(
      'no verified list price for Test LLM locked inference.input (not published): pass it as `strategies.fineTune.prices.input`, in USD per 1M tokens',
    );
  });

  it('no entry at all asks in the fallback unit', () => {
    const error = thrown(() =>
      resolvePrice(ctx(), 'storage', 'fineTuning.storage', undefined, { unit: 'month', per: '1' }),
    );
    expect(error.detail).toBe(
      'no verified list price for Test LLM small fineTuning.storage (the table has no such price): pass it as `strategies.fineTune.prices.storage`, in USD per month',
    );
  });

  it.each([
    ['month', 'in USD per month'],
    ['search', 'in USD per search'],
    ['gb_month', 'in USD per GB-month'],
  ] as const)('a missing price per %s is asked for "%s"', (unit, wording) => {
    const table = { name: 'Acme', vendor: 'acme', effectiveDate: '2026-01-01', sources: {} } as never;
    const context = { table, subject: 'plan', overridePath: 'strategies.rag.vectorDb.prices', overrides: {} };
    const run = () =>
      resolvePrice(context, 'fee', 'plan.fee', { missing: true, unit, reason: 'not published' } as never, {
        unit,
        per: '1',
      });
    expect(run).toThrow(wording);
    expect(run).not.toThrow(/per (months|searche)\b/);
  });
});

describe('requireUnit', () => {
  const hourly = resolvePrice(
    ctx(),
    'capacity',
    'fineTuning.capacity.pt.price',
    { usd: '20', unit: 'hour', source: 'page' },
    {
      unit: 'hour',
      per: '1',
    },
  );

  it('passes a price in one of the units', () => {
    expect(() => requireUnit(hourly, ['second', 'hour'], 'p', 'hint')).not.toThrow();
  });

  it('refuses another unit with unit_mismatch, naming the price and the reason', () => {
    const error = thrown(() =>
      requireUnit(hourly, ['token'], 'strategies.fineTune.serving', 'serving must be per token'),
    );
    expect(error).toMatchObject({ code: 'unit_mismatch', path: 'strategies.fineTune.serving' });
    expect(error.detail).toMatch(
      /^Test LLM small fineTuning\.capacity\.pt\.price is priced per hour, but serving must be per token$/,
    );
  });
});

describe('findModel', () => {
  const aliased: PriceTable = {
    ...testLlm,
    models: testLlm.models.map((m) => (m.id === 'small' ? { ...m, aliases: ['small-latest'] } : m)),
  };

  it('finds a model by id or by alias', () => {
    expect(findModel(testLlm, 'big', 'chat', 'p').id).toBe('big');
    expect(findModel(aliased, 'small-latest', 'chat', 'p').id).toBe('small');
  });

  it('an unknown id names the nearest and lists the models of that kind', () => {
    const error = thrown(() => findModel(testLlm, 'smal', 'chat', 'strategies.rag.generation.model'));
    expect(error).toMatchObject({ code: 'unknown_model', path: 'strategies.rag.generation.model' });
    expect(error.detail).toContain('unknown model "smal" at Test LLM.');
    expect(error.detail).toContain('"small"');
    expect(error.detail).toMatch(/Chat models at Test LLM: big, small, locked$/);
  });

  it('a model of another kind is named as such, with the models of the kind asked for', () => {
    const error = thrown(() => findModel(testLlm, 'big', 'embedding', 'p'));
    expect(error.detail).toBe(
      '"big" is a chat model, not an embedding model; embedding models at Test LLM: embed, embed-chars',
    );
  });

  it('a table with no model of the kind says so', () => {
    const error = thrown(() => findModel({ ...testLlm, models: [] }, 'x', 'rerank', 'p'));
    expect(error.detail).toMatch(/Test LLM has no rerank models$/);
  });
});
