import { describe, expect, it } from 'vitest';
import { add, constant, evaluate, linear } from '../../../src/_lib/piecewise.js';
import { D, ONE, ZERO } from '../../../src/decimal.js';
import { pricedLine } from '../../../src/model/lines.js';
import { instanceLines, planFeeLines } from '../../../src/model/rag/vectorDbPlanLines.js';
import type { LineDef } from '../../../src/model/types.js';
import type { VectorDbPlan } from '../../../src/pricing/priceTableSchema.js';
import { ragContext } from './ragContext.js';
import { vdbContext } from './vectorDbContext.js';

const at = (line: LineDef, r: number) => evaluate(line.quantity, new D(r)).times(line.unitPrice).toFixed();
const price = (usd: string, unit: string, extra: object = {}) =>
  ({ usd, unit, source: 'page', ...extra }) as never;
const sizes = { vectors: '25', dimensions: '1000', storageGb: '0.0001', recordKb: '4' };
const hosted = (vectorDb: object = {}) =>
  ragContext({ vectorDb: { vendor: 'test-vectors', plan: 'hosted', instance: 'small', ...vectorDb } });

/** A usage line of $4 a month plus $0.001 a request (a stand-in for storage and reads). */
const usage = [
  pricedLine(
    {
      id: 'u',
      label: 'usage',
      quantity: add(constant(new D(4)), linear(ZERO, new D('0.001'))),
      quantityUnit: 'USD',
      basis: '',
    },
    { usd: ONE, per: '1', unit: 'month' } as never,
  ),
];

describe('instanceLines', () => {
  const plan: VectorDbPlan = {
    id: 'hosted',
    name: 'Hosted',
    instances: [
      { id: 'small', name: 'Small', price: price('0.001', 'minute', { billingIncrementSeconds: 3600 }) },
      { id: 'flat', name: 'Flat', price: price('5', 'month') },
    ],
  };

  it('bills every hour of the month, always on', () => {
    const [line, ...rest] = instanceLines(vdbContext(plan, sizes, hosted()));
    expect(rest).toEqual([]);
    // 730 h × 3,600 s = 2,628,000 s (a whole number of 1-hour increments) = 43,800 minutes × $0.001 = $43.80.
    expect([line!.id, line!.timing, line!.quantityUnit, at(line!, 0)]).toEqual([
      'rag.vectorDb.instance',
      'monthly_fixed',
      'minutes',
      '43.8',
    ]);
    expect(line!.label).toBe('RAG: Test Vectors Hosted: Small instance');
    expect(line!.basis).toBe('730 hours a month, always on');
  });

  it('a plan without instances has no instance line', () => {
    expect(instanceLines(vdbContext({ id: 'p', name: 'P' }, sizes, hosted()))).toEqual([]);
  });

  it('an instance plan without an instance named is refused, listing the instances', () => {
    const retrieval = ragContext({ vectorDb: { vendor: 'test-vectors', plan: 'hosted' } });
    expect(() => instanceLines(vdbContext(plan, sizes, retrieval))).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'strategies.rag.vectorDb.instance',
        detail:
          'Test Vectors Hosted runs on an instance: set `strategies.rag.vectorDb.instance` to one of small, flat',
      }),
    );
  });

  it('an instance priced per month, not by time, is a unit mismatch', () => {
    expect(() => instanceLines(vdbContext(plan, sizes, hosted({ instance: 'flat' })))).toThrow(
      expect.objectContaining({ code: 'unit_mismatch', path: 'strategies.rag.vectorDb.instance' }),
    );
  });
});

describe('planFeeLines', () => {
  const plan: VectorDbPlan = {
    id: 'p',
    name: 'Plan',
    platformFee: price('25', 'month'),
    includedCredit: price('10', 'month'),
    minimumMonthly: price('50', 'month'),
  };
  const fees = planFeeLines(vdbContext(plan, sizes), usage);
  const byId = (id: string) => fees.find((l) => l.id === id)!;

  it('a flat plan fee, the credit and the minimum top-up, in that order', () => {
    expect(fees.map((l) => l.id)).toEqual([
      'rag.vectorDb.platformFee',
      'rag.vectorDb.credit',
      'rag.vectorDb.minimumTopUp',
    ]);
    expect(at(byId('rag.vectorDb.platformFee'), 123_456)).toBe('25');
  });

  it.each([
    // usage(R) = 4 + 0.001 R. Credit −min(10, usage); top-up max(0, 50 − usage).
    [0, '-4', '46'],
    // usage 10: the whole credit.
    [6000, '-10', '40'],
    [10_000, '-10', '36'],
    // usage 50: the minimum is met.
    [46_000, '-10', '0'],
    [100_000, '-10', '0'],
  ])('at %d requests: credit %s, top-up %s', (r, credit, topUp) => {
    expect(at(byId('rag.vectorDb.credit'), r)).toBe(credit);
    expect(at(byId('rag.vectorDb.minimumTopUp'), r)).toBe(topUp);
  });

  it('usage plus the top-up is never below the minimum', () => {
    for (const r of [0, 1, 999, 45_999, 46_000, 46_001, 1e7]) {
      const total = new D(at(usage[0]!, r)).plus(at(byId('rag.vectorDb.minimumTopUp'), r));
      expect(total.gte(50)).toBe(true);
    }
  });

  it('a plan with none of them has no fee lines', () => {
    expect(planFeeLines(vdbContext({ id: 'p', name: 'P' }, sizes), usage)).toEqual([]);
  });
});
