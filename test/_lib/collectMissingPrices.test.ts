import { describe, expect, it } from 'vitest';
import { collectMissingPrices } from '../../src/_lib/collectMissingPrices.js';
import { TuneOrRagError } from '../../src/errors.js';

type Input = {
  strategies?: { ft?: { prices?: Record<string, unknown> }; rag?: { prices?: Record<string, unknown> } };
};

/** A build that needs `strategies.ft.prices.training` and `strategies.rag.prices.rerank`, in that order. */
function needsTwo(input: unknown): string {
  const s = (input as Input).strategies ?? {};
  if (s.ft?.prices?.training === undefined) {
    throw new TuneOrRagError('missing_price', 'no list price for training; pass it per 1M training tokens', {
      path: 'strategies.ft.prices.training',
    });
  }
  if (s.rag?.prices?.rerank === undefined) {
    throw new TuneOrRagError('missing_price', 'no list price for rerank; pass it per 1K searches', {
      path: 'strategies.rag.prices.rerank',
    });
  }
  return `built with ${String(s.ft.prices.training)} and ${String(s.rag.prices.rerank)}`;
}

function caught(fn: () => unknown): TuneOrRagError {
  try {
    fn();
  } catch (error) {
    if (error instanceof TuneOrRagError) return error;
    throw error;
  }
  throw new Error('expected a throw');
}

describe('collectMissingPrices', () => {
  it('returns what build returns when nothing is missing, calling it once', () => {
    let calls = 0;
    const input = { strategies: { ft: { prices: { training: '4' } }, rag: { prices: { rerank: '2' } } } };
    const out = collectMissingPrices(input, (i) => {
      calls++;
      return needsTwo(i);
    });
    expect(out).toBe('built with 4 and 2');
    expect(calls).toBe(1);
  });

  it('rethrows a single missing price as it is', () => {
    const input = { strategies: { ft: { prices: { training: '4' } } } };
    const error = caught(() => collectMissingPrices(input, needsTwo));
    expect(error.path).toBe('strategies.rag.prices.rerank');
    expect(error.detail).toBe('no list price for rerank; pass it per 1K searches');
  });

  it('reports every missing price in one error, each with its path and message', () => {
    const error = caught(() => collectMissingPrices({}, needsTwo));
    expect(error.code).toBe('missing_price');
    expect(error.path).toBe('strategies.ft.prices.training');
    expect(error.issues).toEqual([
      {
        path: 'strategies.ft.prices.training',
        message: 'no list price for training; pass it per 1M training tokens',
      },
      { path: 'strategies.rag.prices.rerank', message: 'no list price for rerank; pass it per 1K searches' },
    ]);
    expect(error.detail).toBe(
      '2 prices are missing; pass each in the scenario: `strategies.ft.prices.training` (no list price for training; pass it per 1M training tokens); `strategies.rag.prices.rerank` (no list price for rerank; pass it per 1K searches)',
    );
  });

  it('also fills the other `…prices.…` fields a message names in backticks', () => {
    const seen: unknown[] = [];
    const build = (input: unknown) => {
      seen.push(input);
      const p = (input as Input).strategies?.ft?.prices ?? {};
      if (p.input === undefined || p.output === undefined) {
        throw new TuneOrRagError(
          'missing_price',
          'tuned inference is unpriced; pass `strategies.ft.prices.output` too',
          { path: 'strategies.ft.prices.input' },
        );
      }
      return 'ok';
    };
    // One round fills both, the second build succeeds on the stand-ins: still an error (one missing).
    const error = caught(() => collectMissingPrices({ strategies: { ft: {} } }, build));
    expect(error.path).toBe('strategies.ft.prices.input');
    expect(seen[1]).toEqual({ strategies: { ft: { prices: { input: '0', output: '0' } } } });
  });

  it('does not mutate the input while filling stand-ins', () => {
    const input = { strategies: { ft: { prices: {} } } };
    caught(() => collectMissingPrices(input, needsTwo));
    expect(input).toEqual({ strategies: { ft: { prices: {} } } });
  });

  it('throws another error as it is when no price was missing before it', () => {
    const other = new TuneOrRagError('unknown_model', 'no such model', { path: 'strategies.ft.model' });
    expect(() =>
      collectMissingPrices({}, () => {
        throw other;
      }),
    ).toThrow(other);
  });

  it('reports the prices found so far when another error follows them', () => {
    const build = (input: unknown) => {
      if ((input as Input).strategies?.ft?.prices?.training === undefined) {
        throw new TuneOrRagError('missing_price', 'training', { path: 'strategies.ft.prices.training' });
      }
      throw new TuneOrRagError('capacity_exceeded', 'too many', { path: 'workload' });
    };
    const error = caught(() => collectMissingPrices({}, build));
    expect(error).toMatchObject({ code: 'missing_price', path: 'strategies.ft.prices.training' });
  });

  it('stops when filling a field does not help (the same path again) instead of looping', () => {
    let calls = 0;
    const error = caught(() =>
      collectMissingPrices({}, () => {
        calls++;
        throw new TuneOrRagError('missing_price', 'stuck', { path: 'strategies.ft.prices.training' });
      }),
    );
    expect(error.path).toBe('strategies.ft.prices.training');
    expect(calls).toBe(2);
  });

  it('rethrows a missing price whose path is not a `…prices.…` field (nothing to fill)', () => {
    const error = new TuneOrRagError('missing_price', 'no table', { path: 'strategies.ft.vendor' });
    expect(() =>
      collectMissingPrices({}, () => {
        throw error;
      }),
    ).toThrow(error);
  });
});
