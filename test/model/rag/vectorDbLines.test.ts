import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/_lib/piecewise.js';
import { D } from '../../../src/decimal.js';
import { vectorDbLines } from '../../../src/model/rag/vectorDbLines.js';
import type { LineDef } from '../../../src/model/types.js';
import { ragContext } from './ragContext.js';

const at = (line: LineDef, r: number) => evaluate(line.quantity, new D(r)).times(line.unitPrice).toFixed();
// 25 vectors of 1,000 dimensions × 4 bytes = 4,000 B each (4 KB): 100,000 B = 0.0001 GB.
const embedded = { vectors: new D(25), modelDimensions: new D(1000) };

describe('vectorDbLines', () => {
  it('serverless: storage, read and write units, topped up to the $50 monthly minimum', () => {
    const built = vectorDbLines(ragContext(), embedded);
    expect(built.storageGb.toFixed()).toBe('0.0001');
    expect(built.recordKb.toFixed()).toBe('4');
    expect(built.lines.map((l) => [l.id, l.timing, at(l, 1000)])).toEqual([
      // max(5 WU minimum, 100 records × 4 KB × 1 WU/KB) = 400 WU per request of 100: 4 WU a vector;
      // 25 × 4 = 100 WU × $2 / 1M = $0.0002, once.
      ['rag.vectorDb.initialWrites', 'one_time', '0.0002'],
      // 0.0001 GB × $1 per GB-month.
      ['rag.vectorDb.storage', 'monthly_fixed', '0.0001'],
      // max(0.25, 0.0001 GB × 1 RU/GB) = 0.25 RU a query; 1,000 × 0.25 = 250 RU × $10 / 1M = $0.0025.
      ['rag.vectorDb.readUnits', 'per_volume', '0.0025'],
      // 25 × 10% × 4 WU = 10 WU × $2 / 1M = $0.00002 a month.
      ['rag.vectorDb.churnWrites', 'monthly_fixed', '0.00002'],
      // $50 − (0.0001 + 0.0025 + 0.00002) = $49.99738.
      ['rag.vectorDb.minimumTopUp', 'per_volume', '49.99738'],
    ]);
    // Past the minimum the top-up is 0: reads alone pass $50 at 50 ÷ (0.25 × $10 / 1M) = 20M requests.
    const topUp = built.lines.find((l) => l.id === 'rag.vectorDb.minimumTopUp')!;
    expect(at(topUp, 30_000_000)).toBe('0');
    expect(built.tables).toEqual({ 'test-vectors': '2026-01-01' });
    expect(built.maxRequestsPerMonth).toBeNull();
  });

  it('hosted: an always-on instance, the plan fee and the included credit', () => {
    const built = vectorDbLines(
      ragContext({ vectorDb: { vendor: 'test-vectors', plan: 'hosted', instance: 'small' } }),
      embedded,
    );
    expect(built.lines.map((l) => [l.id, at(l, 1000)])).toEqual([
      // 0.0001 GB − 8 GB included: nothing billed.
      ['rag.vectorDb.storage', '0'],
      // 730 hours × $0.02.
      ['rag.vectorDb.instance', '14.6'],
      ['rag.vectorDb.platformFee', '25'],
      // −min($10 credit, $14.60 usage).
      ['rag.vectorDb.credit', '-10'],
    ]);
  });

  it('an instance plan without an instance is refused, listing the instances', () => {
    const ctx = ragContext({ vectorDb: { vendor: 'test-vectors', plan: 'hosted' } });
    expect(() => vectorDbLines(ctx, embedded)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'strategies.rag.vectorDb.instance' }),
    );
  });

  it('an unknown plan is refused, listing the plans', () => {
    const ctx = ragContext({ vectorDb: { vendor: 'test-vectors', plan: 'gold' } });
    expect(() => vectorDbLines(ctx, embedded)).toThrow('plans: serverless, hosted');
  });
});
