import { describe, expect, it } from 'vitest';
import { deepMerge, isPlainObject } from '../../src/_lib/deepMerge.js';

describe('deepMerge', () => {
  it('merges objects key by key, at every depth', () => {
    expect(deepMerge({ a: 1, b: { c: 2, d: 3 } }, { b: { d: 4, e: 5 }, f: 6 })).toEqual({
      a: 1,
      b: { c: 2, d: 4, e: 5 },
      f: 6,
    });
  });

  it('replaces lists whole instead of merging them by index', () => {
    expect(deepMerge({ volumes: [1, 2, 3] }, { volumes: [9] })).toEqual({ volumes: [9] });
  });

  it('lets a scalar replace an object and an object replace a scalar', () => {
    expect(deepMerge({ a: { b: 1 } }, { a: 2 })).toEqual({ a: 2 });
    expect(deepMerge({ a: 2 }, { a: { b: 1 } })).toEqual({ a: { b: 1 } });
  });

  it('removes a key whose override is null, also nested', () => {
    expect(deepMerge({ a: 1, b: { c: 2, d: 3 } }, { a: null, b: { c: null } })).toEqual({ b: { d: 3 } });
  });

  it('returns the override when either side is not an object', () => {
    expect(deepMerge(undefined, { a: 1 })).toEqual({ a: 1 });
    expect(deepMerge({ a: 1 }, 'x')).toBe('x');
    expect(deepMerge([1], [2])).toEqual([2]);
  });

  it('keeps undefined as a value (only null removes)', () => {
    const out = deepMerge({ a: 1 }, { a: undefined }) as Record<string, unknown>;
    expect(Object.hasOwn(out, 'a')).toBe(true);
    expect(out.a).toBeUndefined();
  });

  it('does not mutate either input', () => {
    const base = { a: { b: 1 }, c: 2 };
    const override = { a: { d: 3 }, c: null };
    deepMerge(base, override);
    expect(base).toEqual({ a: { b: 1 }, c: 2 });
    expect(override).toEqual({ a: { d: 3 }, c: null });
  });

  it('does not share nested objects of the base with the result when they are merged into', () => {
    const base = { a: { b: 1 } };
    const out = deepMerge(base, { a: { c: 2 } }) as { a: object };
    expect(out.a).not.toBe(base.a);
  });
});

describe('isPlainObject', () => {
  it.each([
    [{}, true],
    [{ a: 1 }, true],
    [[], false],
    [null, false],
    ['x', false],
    [1, false],
  ])('%j → %s', (value, expected) => {
    expect(isPlainObject(value)).toBe(expected);
  });
});
