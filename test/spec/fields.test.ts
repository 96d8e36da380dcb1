import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { D } from '../../src/decimal.js';
import {
  candidateNameSchema,
  candidateSchema,
  countSchema,
  fineTuneLifecycleSchema,
  generationSchema,
  growthSchema,
  moneySchema,
  positiveCountSchema,
  quantitySchema,
  rateSchema,
  servingSchema,
  VOLUME_FIELDS,
  workloadSchema,
} from '../../src/spec/fields.js';

/**
 * The shared field schemas, checked directly (zod/mini `safeParse`): which values each accepts, at
 * both sides of every limit, and the message a refused value gets (a limit is named as a limit).
 */
type Schema = Parameters<typeof z.safeParse>[0];
const accepts = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;

/** The messages a value is refused with, a union's branch messages flattened (type mismatches left out). */
function messages(schema: Schema, value: unknown): string[] {
  const r = z.safeParse(schema, value);
  if (r.success) return [];
  const flat = (issues: readonly z.core.$ZodIssue[]): string[] =>
    issues.flatMap((i) =>
      i.code === 'invalid_union' ? i.errors.flatMap(flat) : i.code === 'invalid_type' ? [] : [i.message],
    );
  return flat(r.error.issues);
}

const table = (schema: Schema, rows: readonly (readonly [unknown, boolean])[]) =>
  rows.map(([value, ok]) => [value, ok, accepts(schema, value)]).filter(([, ok, got]) => ok !== got);

describe('countSchema (tokens, requests, months)', () => {
  it('accepts whole numbers from 0 to 2^53 − 1, and digit strings of up to 21 digits', () => {
    expect(
      table(countSchema, [
        [0, true],
        [1, true],
        [Number.MAX_SAFE_INTEGER, true],
        [Number.MAX_SAFE_INTEGER + 1, false],
        [-1, false],
        [1.5, false],
        [Number.NaN, false],
        [Number.POSITIVE_INFINITY, false],
        ['0', true],
        ['9007199254740993', true],
        ['999999999999999999999', true],
        ['1000000000000000000000', false],
        ['01', false],
        ['1e6', false],
        ['1.0', false],
        ['-1', false],
        ['', false],
        [true, false],
      ]),
    ).toEqual([]);
  });

  it('names the limit: 22 digits is "more than 21 digits, the limit for a count"', () => {
    expect(messages(countSchema, '1000000000000000000000')).toEqual([
      'more than 21 digits, the limit for a count',
    ]);
    expect(messages(countSchema, '1.5')).toEqual(['expected a non-negative whole number such as "1000000"']);
    expect(messages(countSchema, 2 ** 53)).toEqual([
      'expected a non-negative whole number (up to 2^53 − 1; pass larger counts as a digit string)',
    ]);
  });

  it('positiveCountSchema: 0 is refused, 1 accepted, in both forms', () => {
    expect(
      table(positiveCountSchema, [
        [0, false],
        ['0', false],
        [1, true],
        ['1', true],
        ['999999999999999999999', true],
        ['1000000000000000000000', false],
      ]),
    ).toEqual([]);
    expect(messages(positiveCountSchema, 0)).toEqual(['expected a whole number ≥ 1']);
  });
});

describe('quantitySchema (hours, characters per token)', () => {
  it('accepts finite non-negative decimals with at most 30 decimals', () => {
    expect(
      table(quantitySchema, [
        [0, true],
        [2.5, true],
        [1e-30, true],
        [1e-31, false],
        [-0.5, false],
        [Number.POSITIVE_INFINITY, false],
        [Number.NaN, false],
        ['2.5', true],
        [`0.${'0'.repeat(29)}1`, true],
        [`0.${'0'.repeat(30)}1`, false],
        ['999999999999999999999.5', true],
        ['1000000000000000000000', false],
        ['2.', false],
        ['.5', false],
        ['-2.5', false],
      ]),
    ).toEqual([]);
  });

  it('names each limit as a limit, in the string form and the number form alike', () => {
    expect(messages(quantitySchema, 1e-31)).toEqual(['more than 30 decimals, the limit for a quantity']);
    expect(messages(quantitySchema, `0.${'0'.repeat(30)}1`)).toEqual([
      'more than 30 decimals, the limit for a quantity',
    ]);
    expect(messages(quantitySchema, '1000000000000000000000')).toEqual([
      'more than 21 integer digits, the limit for a quantity',
    ]);
    expect(messages(quantitySchema, 'abc')).toEqual(['expected a non-negative decimal such as "2.5"']);
  });
});

describe('rateSchema (hit rates, churn)', () => {
  it('accepts fractions from 0 to 1 inclusive', () => {
    expect(
      table(rateSchema, [
        [0, true],
        [1, true],
        [0.05, true],
        [1.000001, false],
        [-0.01, false],
        ['0', true],
        ['0.05', true],
        ['1', true],
        ['1.000', true],
        ['1.001', false],
        ['0.5.', false],
        ['.5', false],
        [Number.NaN, false],
      ]),
    ).toEqual([]);
    expect(messages(rateSchema, '1.5')).toEqual(['expected a fraction between 0 and 1 such as "0.05"']);
    expect(messages(rateSchema, 1.5)).toEqual(['expected a fraction between 0 and 1']);
    expect(messages(rateSchema, `0.${'0'.repeat(30)}1`)).toEqual([
      'more than 30 decimals, the limit for a rate',
    ]);
  });
});

describe('moneySchema (price overrides)', () => {
  it('accepts a decimal string or a finite, non-negative Decimal; refuses a JS number', () => {
    expect(
      table(moneySchema, [
        ['0.40', true],
        ['0', true],
        ['999999999999999999999.99', true],
        ['1000000000000000000000', false],
        ['-1', false],
        ['1e3', false],
        [0.4, false],
        [new D('0.40'), true],
        [new D('999999999999999999999.5'), true],
        [new D('1e21'), false],
        [new D(-1), false],
        [new D(Number.NaN), false],
        [new D(Number.POSITIVE_INFINITY), false],
        [new D(`0.${'0'.repeat(30)}1`), false],
        [{ toStringTag: '[object Decimal]' }, false],
      ]),
    ).toEqual([]);
  });

  it('tells a number apart: quote it, it may already have lost digits', () => {
    expect(messages(moneySchema, 0.4)).toEqual([
      'expected money as a quoted decimal such as "0.40", not a YAML or JSON number (a number may already have lost digits)',
    ]);
    expect(messages(moneySchema, '1000000000000000000000')).toContain(
      'more than 21 integer digits, the limit for money',
    );
  });
});

describe('growthSchema (monthly growth for horizons)', () => {
  it('is above −1 and at most 10, as a number or a string', () => {
    expect(
      table(growthSchema, [
        [-1, false],
        [-0.99, true],
        [0, true],
        [10, true],
        [10.01, false],
        ['-1', false],
        ['-0.1', true],
        ['0.05', true],
        ['10', true],
        ['10.0', true],
        ['10.5', false],
        ['11', false],
        [Number.NaN, false],
      ]),
    ).toEqual([]);
    expect(messages(growthSchema, '-1')).toEqual(['a monthly growth rate must be above −1']);
  });
});

describe('structure', () => {
  it('refuses an unknown field of a strict object', () => {
    expect(accepts(generationSchema, { vendor: 'v', model: 'm' })).toBe(true);
    expect(accepts(generationSchema, { vendor: 'v', model: 'm', modle: 'x' })).toBe(false);
    // An override key outside the generation's token prices is refused too.
    expect(accepts(generationSchema, { vendor: 'v', model: 'm', prices: { input: '1' } })).toBe(true);
    expect(accepts(generationSchema, { vendor: 'v', model: 'm', prices: { training: '1' } })).toBe(false);
  });

  it('serving is told apart by `mode`; capacity needs an option', () => {
    expect(accepts(servingSchema, { mode: 'per_token' })).toBe(true);
    expect(accepts(servingSchema, { mode: 'per_token', copies: 1 })).toBe(false);
    expect(accepts(servingSchema, { mode: 'capacity' })).toBe(false);
    expect(accepts(servingSchema, { mode: 'capacity', option: 'pt' })).toBe(true);
  });

  it('a lifecycle holds at most 100 upgrades', () => {
    const upgrades = (n: number) => Array.from({ length: n }, (_, i) => ({ month: i + 2 }));
    expect(accepts(fineTuneLifecycleSchema, { upgrades: upgrades(100) })).toBe(true);
    expect(accepts(fineTuneLifecycleSchema, { upgrades: upgrades(101) })).toBe(false);
  });

  it('the workload has three volume fields (exactly one is checked later, by parseScenario)', () => {
    expect(VOLUME_FIELDS).toEqual(['requestsPerMonth', 'requestsPerDay', 'tokensPerMonth']);
    const tokens = { instructionTokens: 1, inputTokens: 1, outputTokens: 1 };
    expect(accepts(workloadSchema, { ...tokens, requestsPerDay: '12.5' })).toBe(true);
    expect(accepts(workloadSchema, { ...tokens, requestsPerMonth: '12.5' })).toBe(false);
  });
});

describe('candidates', () => {
  it('a name is a letter then up to 63 letters, digits, `-` or `_` (no dots: it prefixes line ids)', () => {
    expect(
      table(candidateNameSchema, [
        ['openai-sft', true],
        ['a', true],
        ['A_1', true],
        [`a${'b'.repeat(63)}`, true],
        [`a${'b'.repeat(64)}`, false],
        ['1abc', false],
        ['-abc', false],
        ['a.b', false],
        ['', false],
      ]),
    ).toEqual([]);
  });

  it('a kind is written by its id or its CLI name; other fields pass through to the kind’s schema', () => {
    expect(accepts(candidateSchema, { kind: 'fineTune' })).toBe(true);
    expect(accepts(candidateSchema, { kind: 'fine-tune' })).toBe(true);
    expect(accepts(candidateSchema, { kind: 'fine_tune' })).toBe(false);
    expect(accepts(candidateSchema, { kind: 'rag', topK: 3 })).toBe(true);
    expect(accepts(candidateSchema, { label: '' })).toBe(false);
    expect(accepts(candidateSchema, { label: 'x'.repeat(100) })).toBe(true);
    expect(accepts(candidateSchema, { label: 'x'.repeat(101) })).toBe(false);
  });
});
