import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import {
  decimalStringSchema,
  getTableSchemas,
  idSchema,
  isoDateSchema,
  priceTableSchema,
} from '../../src/pricing/priceTableSchema.js';
import { testLlm, testVectors } from '../helpers/testTables.js';

const ok = (schema: z.ZodMiniType, value: unknown) => z.safeParse(schema, value).success;
const messages = (schema: z.ZodMiniType, value: unknown) => {
  const parsed = z.safeParse(schema, value);
  return parsed.success ? [] : parsed.error.issues.map((i) => i.message);
};

describe('isoDateSchema', () => {
  it.each([
    ['2026-01-01', true],
    // 2024 is a leap year, 2025 is not; there is no 30 February or 31 April.
    ['2024-02-29', true],
    ['2025-02-29', false],
    ['2025-02-30', false],
    ['2026-04-31', false],
    ['2026-13-01', false],
    ['2026-1-01', false],
    ['2026-01-01T00:00:00Z', false],
  ])('%s → %s', (value, expected) => {
    expect(ok(isoDateSchema, value)).toBe(expected);
  });

  it('says why a well-formed date is refused', () => {
    expect(messages(isoDateSchema, '2025-02-30')).toEqual(['not a real calendar date']);
  });
});

describe('decimalStringSchema', () => {
  it.each([
    ['0', true],
    ['0.40', true],
    ['0.000222', true],
    // 15 integer digits and 18 decimals at most.
    ['999999999999999', true],
    ['1.123456789012345678', true],
    ['1000000000000000', false],
    ['1.1234567890123456789', false],
    ['01', false],
    ['-1', false],
    ['1e3', false],
    ['.5', false],
    ['1.', false],
    [' 1', false],
  ])('%j → %s', (value, expected) => {
    expect(ok(decimalStringSchema, value)).toBe(expected);
  });

  it('refuses a number (prices are strings, never floats)', () => {
    expect(ok(decimalStringSchema, 0.4)).toBe(false);
  });
});

describe('idSchema', () => {
  it.each([
    ['gpt-4.1-mini', true],
    ['hardware:gpu', true],
    ['a/b_c', true],
    ['-leading', false],
    ['', false],
    ['a'.repeat(100), true],
    ['a'.repeat(101), false],
  ])('%j → %s', (value, expected) => {
    expect(ok(idSchema, value)).toBe(expected);
  });

  it('suggests the lower-case spelling of an id written in capitals', () => {
    expect(messages(idSchema, 'OpenAI')).toEqual(['expected a lower-case id: did you mean "openai"?']);
  });
});

describe('priceTableSchema', () => {
  it('accepts the test tables', () => {
    expect(ok(priceTableSchema, testLlm)).toBe(true);
    expect(ok(priceTableSchema, testVectors)).toBe(true);
  });

  it('refuses an unknown field (strict objects catch misspellings)', () => {
    expect(ok(priceTableSchema, { ...testVectors, vectorDB: [] })).toBe(false);
  });

  it('a price is either a verified amount with a source or a missing one with a reason', () => {
    const { priceOrMissingSchema } = getTableSchemas();
    expect(ok(priceOrMissingSchema, { usd: '2', per: '1M', unit: 'token', source: 'page' })).toBe(true);
    expect(
      ok(priceOrMissingSchema, { missing: true, per: '1M', unit: 'token', reason: 'not published' }),
    ).toBe(true);
    // An amount without its source, and a missing price without its reason, are neither.
    expect(ok(priceOrMissingSchema, { usd: '2', unit: 'token' })).toBe(false);
    expect(ok(priceOrMissingSchema, { missing: true, unit: 'token' })).toBe(false);
    expect(ok(priceOrMissingSchema, { usd: '2', unit: 'litre', source: 'page' })).toBe(false);
  });

  it('builds the schemas once', () => {
    expect(getTableSchemas()).toBe(getTableSchemas());
  });
});
