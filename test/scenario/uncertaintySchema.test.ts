import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { boundSchema, distributionSchema, uncertaintySchema } from '../../src/scenario/uncertaintySchema.js';

type Schema = Parameters<typeof z.safeParse>[0];
const accepts = (schema: Schema, value: unknown) => z.safeParse(schema, value).success;
const mismatches = (schema: Schema, rows: readonly (readonly [unknown, boolean])[]) =>
  rows.filter(([value, ok]) => accepts(schema, value) !== ok).map(([value]) => value);

describe('boundSchema', () => {
  it('a finite number, or a decimal string that may be negative (growth bounds are)', () => {
    expect(
      mismatches(boundSchema, [
        [0, true],
        [-0.1, true],
        [1500, true],
        [Number.POSITIVE_INFINITY, false],
        [Number.NaN, false],
        ['0.35', true],
        ['-0.1', true],
        ['1500', true],
        ['999999999999999999999', true],
        ['1000000000000000000000', false],
        [`0.${'1'.repeat(30)}`, true],
        [`0.${'1'.repeat(31)}`, false],
        ['1e3', false],
        ['01', false],
        ['+1', false],
        ['', false],
      ]),
    ).toEqual([]);
  });
});

describe('distributionSchema', () => {
  it('is a range when `dist` is absent or `range`, with low, base and high all required', () => {
    expect(accepts(distributionSchema, { low: 1, base: 2, high: 3 })).toBe(true);
    expect(accepts(distributionSchema, { dist: 'range', low: 1, base: 2, high: 3 })).toBe(true);
    expect(accepts(distributionSchema, { low: 1, high: 3 })).toBe(false);
  });

  it('each distribution takes its own parameters and no others', () => {
    expect(
      mismatches(distributionSchema, [
        [{ dist: 'uniform', low: 1, high: 3 }, true],
        [{ dist: 'uniform', low: 1, high: 3, base: 2 }, true],
        [{ dist: 'uniform', low: 1, mode: 2, high: 3 }, false],
        [{ dist: 'triangular', low: 1, mode: 2, high: 3 }, true],
        [{ dist: 'triangular', low: 1, high: 3 }, false],
        [{ dist: 'lognormal', low: 1, high: 3 }, true],
        [{ dist: 'normal', low: 1, high: 3 }, false],
        [{ dist: 'discrete', values: [1, '2'] }, true],
        [{ dist: 'discrete', values: [] }, false],
        [{ dist: 'discrete', values: [1, 2], weights: [0, '0.25'] }, true],
        [{ dist: 'discrete', values: [1], weights: [-1] }, false],
        [{ low: 1, base: 2, high: 3, extra: 1 }, false],
      ]),
    ).toEqual([]);
  });

  it('a discrete distribution holds at most 1,000 values and 1,000 weights', () => {
    const values = (n: number) => Array.from({ length: n }, (_, i) => i);
    expect(accepts(distributionSchema, { dist: 'discrete', values: values(1000) })).toBe(true);
    expect(accepts(distributionSchema, { dist: 'discrete', values: values(1001) })).toBe(false);
    expect(accepts(distributionSchema, { dist: 'discrete', values: [1], weights: values(1001) })).toBe(false);
  });
});

describe('uncertaintySchema', () => {
  it('maps field paths of up to 300 characters to distributions', () => {
    const range = { low: 1, base: 2, high: 3 };
    expect(accepts(uncertaintySchema, { 'rag.topK': range, requestsPerMonth: range })).toBe(true);
    expect(accepts(uncertaintySchema, { ['a'.repeat(300)]: range })).toBe(true);
    expect(accepts(uncertaintySchema, { ['a'.repeat(301)]: range })).toBe(false);
    expect(accepts(uncertaintySchema, { 'rag.topK': 3 })).toBe(false);
  });
});
