import { describe, expect, it } from 'vitest';
import { D } from '../../../src/decimal.js';
import { ONCE, overPlanLimit } from '../../../src/model/rag/retrievalContext.js';
import { ragContext } from './ragContext.js';
import { vdbContext } from './vectorDbContext.js';

const sizes = { vectors: '25', dimensions: '1000', storageGb: '0.0001', recordKb: '4' };

describe('ONCE', () => {
  it('is a one-time line that does not recur', () => {
    expect(ONCE).toEqual({ recursEveryMonths: null });
  });
});

describe('overPlanLimit', () => {
  it('throws capacity_exceeded at the plan, with the limit and the need in grouped exact figures', () => {
    const vdb = vdbContext({ id: 'starter', name: 'Starter' }, sizes);
    expect(() => overPlanLimit(vdb, 'GB of storage', new D('12.5'), '10')).toThrow(
      expect.objectContaining({
        code: 'capacity_exceeded',
        path: 'strategies.rag.vectorDb.plan',
        detail:
          'Test Vectors Starter allows at most 10 GB of storage; this corpus needs 12.5: choose a plan without that limit',
      }),
    );
  });

  it("names the candidate's own path", () => {
    const retrieval = { ...ragContext(), rag: { ...ragContext().rag, path: 'candidates.rag-b' } };
    const vdb = vdbContext({ id: 'starter', name: 'Starter' }, sizes, retrieval);
    expect(() => overPlanLimit(vdb, 'write units a month', new D(5_000_001), '5000000')).toThrow(
      expect.objectContaining({
        path: 'candidates.rag-b.vectorDb.plan',
        detail:
          'Test Vectors Starter allows at most 5,000,000 write units a month; this corpus needs 5,000,001: choose a plan without that limit',
      }),
    );
  });
});
