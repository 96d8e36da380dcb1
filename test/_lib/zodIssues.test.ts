import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { errorFromZod, formatPath } from '../../src/_lib/zodIssues.js';

/** The error our code builds from a failed parse of `input` (parsed with reportInput, as the library does). */
function errorOf(schema: z.ZodMiniType, input: unknown, what = 'invalid thing', prefix = '') {
  const parsed = z.safeParse(schema, input, { reportInput: true });
  if (parsed.success) throw new Error('expected the parse to fail');
  return errorFromZod('invalid_input', parsed.error.issues, what, prefix);
}

describe('formatPath', () => {
  it.each([
    [[], '', ''],
    [['strategies', 'rag', 'topK'], '', 'strategies.rag.topK'],
    [['models', 2, 'id'], '', 'models[2].id'],
    [[0, 'a'], '', '[0].a'],
    [['topK'], 'candidates.mine', 'candidates.mine.topK'],
    [[3], 'volumes', 'volumes[3]'],
  ] as const)('%j with prefix %j → %j', (path, prefix, expected) => {
    expect(formatPath(path, prefix)).toBe(expected);
  });
});

describe('errorFromZod', () => {
  const price = z.strictObject({ usd: z.string(), source: z.string() });

  it('tells a missing field (required) from a wrong type, naming what came instead', () => {
    const error = errorOf(z.object({ a: z.number(), b: z.number(), c: z.number() }), {
      b: 'x',
      c: Number.POSITIVE_INFINITY,
    });
    expect(error.code).toBe('invalid_input');
    expect(error.path).toBe('a');
    expect(error.issues).toEqual([
      { path: 'a', message: 'required: expected number' },
      { path: 'b', message: 'expected number, got a string' },
      { path: 'c', message: 'expected number, got Infinity' },
    ]);
    expect(error.detail).toBe(
      'invalid thing: required: expected number; also `b`: expected number, got a string; `c`: expected number, got Infinity',
    );
  });

  it('names at most ten unknown keys, then how many more', () => {
    const input = Object.fromEntries(
      Array.from({ length: 13 }, (_, i) => [`k${i}`, 1]).concat([
        ['usd', '1'],
        ['source', 's'],
      ]),
    );
    const [issue] = errorOf(price, input).issues;
    // 13 stray keys: k0..k9 are named, 13 − 10 = 3 more.
    expect(issue!.message).toBe(
      'unknown field(s) `k0`, `k1`, `k2`, `k3`, `k4`, `k5`, `k6`, `k7`, `k8`, `k9` and 3 more: remove them or check the spelling',
    );
  });

  it('lists the allowed values of an enum', () => {
    const error = errorOf(z.object({ mode: z.enum(['per_token', 'capacity']) }), { mode: 'gold' });
    expect(error.issues).toEqual([{ path: 'mode', message: 'expected one of "per_token", "capacity"' }]);
  });

  it('replaces a failed union by the issues of its nearest branch, with the full path', () => {
    const missing = z.strictObject({ missing: z.literal(true), reason: z.string() });
    const schema = z.object({ prices: z.object({ input: z.union([price, missing]) }) });
    // `{ usd }` is one field short of a price, and has the wrong shape for a missing price
    // (no `missing: true`, an unknown `usd`): the price branch is nearer.
    const error = errorOf(schema, { prices: { input: { usd: '1' } } }, 'invalid table', 'tables[0]');
    expect(error.issues).toEqual([
      { path: 'tables[0].prices.input.source', message: 'required: expected string' },
    ]);
    expect(error.path).toBe('tables[0].prices.input.source');
  });

  it('names five further issues, then counts the rest', () => {
    const schema = z.object(Object.fromEntries(Array.from({ length: 8 }, (_, i) => [`f${i}`, z.number()])));
    const error = errorOf(schema, {});
    // 8 issues: the first, then f1..f5 listed, then 8 − 1 − 5 = 2 more.
    expect(error.issues).toHaveLength(8);
    expect(error.detail).toBe(
      'invalid thing: required: expected number; also `f1`: required: expected number; `f2`: required: expected number; `f3`: required: expected number; `f4`: required: expected number; `f5`: required: expected number; 2 more',
    );
  });

  it('falls back to the prefix when there are no issues', () => {
    const error = errorFromZod('invalid_price_table', [], 'table.json', 'models');
    expect(error).toMatchObject({
      code: 'invalid_price_table',
      path: 'models',
      detail: 'table.json: invalid',
    });
  });
});
