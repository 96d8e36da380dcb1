import { describe, expect, it } from 'vitest';
import { add, clampAtZero, constant, linear, staircase } from '../../src/_lib/piecewise.js';
import { findBreakeven } from '../../src/analysis/findBreakeven.js';
import { D } from '../../src/decimal.js';
import { modelOf } from '../helpers/strategyModel.js';

const d = (x: string | number) => new D(x);

const model = modelOf;

describe('findBreakeven', () => {
  it('solves two lines in closed form', () => {
    // Fine-tune 100 + 0.001 R; RAG 10 + 0.01 R: equal at R = 90 / 0.009 = 10,000.
    const result = findBreakeven(
      model('fineTune', linear(d(100), d('0.001'))),
      model('rag', linear(d(10), d('0.01'))),
      d(1000),
    );
    expect(result.kind).toBe('crossovers');
    if (result.kind !== 'crossovers') return;
    expect(result.crossovers).toHaveLength(1);
    const [c] = result.crossovers;
    expect(c).toMatchObject({ kind: 'continuous', cheaperBelow: 'rag', cheaperAbove: 'fineTune' });
    expect(c!.requestsPerMonth.toFixed()).toBe('10000');
    // 10,000 requests × 1,000 tokens per request.
    expect(c!.workloadTokensPerMonth.toFixed()).toBe('10000000');
    // Both cost 100 + 0.001 × 10,000 = 110 there.
    expect(c!.monthlyCost.toFixed()).toBe('110');
    expect(c!.exact!.numerator.div(c!.exact!.denominator).toFixed()).toBe('10000');
  });

  it('keeps a non-terminating crossover exact as a fraction', () => {
    // 1 + 0 R vs 0 + 3 R: R = 1/3.
    const result = findBreakeven(model('fineTune', constant(d(1))), model('rag', linear(d(0), d(3))), d(1));
    if (result.kind !== 'crossovers') throw new Error(result.kind);
    expect(result.crossovers[0]!.exact).toEqual({ numerator: d(1), denominator: d(3) });
    expect(result.crossovers[0]!.requestsPerMonth.toFixed(5)).toBe('0.33333');
  });

  it('says never, and which side, when the lines do not cross for R ≥ 0', () => {
    // 5 + 2R vs 1 + R: the second is cheaper everywhere (they would meet at R = −4).
    const result = findBreakeven(
      model('fineTune', linear(d(5), d(2))),
      model('rag', linear(d(1), d(1))),
      d(1),
    );
    expect(result).toMatchObject({ kind: 'never', cheaper: 'rag' });
  });

  it('says equal when the costs coincide everywhere', () => {
    const f = linear(d(3), d('0.5'));
    expect(findBreakeven(model('fineTune', f), model('rag', f), d(1)).kind).toBe('equal');
  });

  it('finds several crossovers when a plan minimum bends one cost', () => {
    // RAG = max(50, 0.02 R) + 0.001 R (a $50 minimum); fine-tune = 40 + 0.011 R.
    // Below R = 2,500 the minimum holds: 50 + 0.001 R = 40 + 0.011 R at R = 1,000 (fine-tune cheaper below).
    // Above 2,500: 0.021 R = 40 + 0.011 R at R = 4,000 (RAG dearer again above).
    const rag = add(clampAtZero(add(constant(d(50)), linear(d(0), d('-0.02')))), linear(d(0), d('0.021')));
    const result = findBreakeven(model('fineTune', linear(d(40), d('0.011'))), model('rag', rag), d(1));
    if (result.kind !== 'crossovers') throw new Error(result.kind);
    expect(
      result.crossovers.map((c) => [c.requestsPerMonth.toFixed(), c.cheaperBelow, c.cheaperAbove]),
    ).toEqual([
      ['1000', 'fineTune', 'rag'],
      ['4000', 'rag', 'fineTune'],
    ]);
  });

  it('reports a capacity step as a step crossover at the first volume on the new side', () => {
    // Fine-tune: $100 per copy, one copy per 1,000 requests (steps at 1,001, 2,001, …), at most 5.
    // RAG: 0.15 R. From R = 0 RAG is cheaper until 0.15 R = 100 at R = 666.67 (continuous); at
    // R = 1,001 fine-tune jumps to 200 > 150.15 (a step: RAG cheaper again); 0.15 R = 200 at
    // R = 1,333.33 (continuous: fine-tune cheaper again).
    const ft = staircase(d(1000), d(100), 1, 5);
    const result = findBreakeven(model('fineTune', ft, '5000'), model('rag', linear(d(0), d('0.15'))), d(1));
    if (result.kind !== 'crossovers') throw new Error(result.kind);
    const summary = result.crossovers.map((c) => [c.kind, c.requestsPerMonth.toFixed(2), c.cheaperBelow]);
    expect(summary.slice(0, 3)).toEqual([
      ['continuous', '666.67', 'rag'],
      ['step', '1001.00', 'fineTune'],
      ['continuous', '1333.33', 'rag'],
    ]);
    expect(result.range.toRequestsPerMonth!.toFixed()).toBe('5000');
  });

  it('reports an interval of equal cost', () => {
    // a = max(10, R) ; b = 10 + max(0, R − 20): equal on [0, 10], then a cheaper? a = R, b = 10 on (10, 20]:
    // b cheaper; after 20: a = R, b = R − 10: b cheaper. No flip → never (b cheaper or equal).
    const a = add(constant(d(10)), clampAtZero(linear(d(-10), d(1))));
    const b = add(constant(d(10)), clampAtZero(linear(d(-20), d(1))));
    expect(findBreakeven(model('fineTune', a), model('rag', b), d(1))).toMatchObject({
      kind: 'never',
      cheaper: 'rag',
    });
    // c = 15 − max(0, 5 − R)... a flip through a flat tie: c below a on [0,10), equal on [10, 12], above after.
    const c = add(linear(d(0), d(1)), clampAtZero(linear(d(-12), d(1))));
    const e = add(constant(d(10)), clampAtZero(linear(d(-10), d(1))));
    // c = R + max(0, R − 12); e = max(10, R): c < e below 10, c = e on [10, 12], c > e above 12.
    const result = findBreakeven(model('fineTune', c), model('rag', e), d(1));
    if (result.kind !== 'crossovers') throw new Error(result.kind);
    expect(result.crossovers).toHaveLength(1);
    expect(result.crossovers[0]).toMatchObject({
      kind: 'interval',
      cheaperBelow: 'fineTune',
      cheaperAbove: 'rag',
    });
    expect(result.crossovers[0]!.requestsPerMonth.toFixed()).toBe('10');
    expect(result.crossovers[0]!.untilRequestsPerMonth!.toFixed()).toBe('12');
  });
});
