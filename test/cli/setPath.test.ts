import { describe, expect, it } from 'vitest';
import { deepMerge, REMOVE, setPath } from '../../src/cli/setPath.js';

describe('setPath', () => {
  it('sets a nested value on a copy, creating parents', () => {
    const target = { rag: { topK: 4 } };
    expect(setPath(target, ['rag', 'vectorDb', 'plan'], 'hosted')).toEqual({
      rag: { topK: 4, vectorDb: { plan: 'hosted' } },
    });
    expect(target).toEqual({ rag: { topK: 4 } }); // not mutated
  });

  it('removes a key with REMOVE', () => {
    expect(setPath({ rag: { topK: 4, rerank: {} } }, ['rag', 'rerank'], REMOVE)).toEqual({
      rag: { topK: 4 },
    });
  });

  it('refuses a path through a value that is not an object', () => {
    expect(() => setPath({ rag: 4 }, ['rag', 'topK'], 1)).toThrow(
      'cannot set `rag.topK`: a parent of it is not an object',
    );
  });
});

describe('deepMerge', () => {
  it('merges objects key by key; lists and scalars replace; null removes', () => {
    const base = { a: { b: 1, c: [1, 2] }, d: 'x', e: 1 };
    expect(deepMerge(base, { a: { c: [3] }, d: 'y', e: null })).toEqual({ a: { b: 1, c: [3] }, d: 'y' });
    expect(base).toEqual({ a: { b: 1, c: [1, 2] }, d: 'x', e: 1 });
  });
});
