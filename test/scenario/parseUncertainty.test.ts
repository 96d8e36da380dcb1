import { describe, expect, it } from 'vitest';
import { TuneOrRagError } from '../../src/errors.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { parseUncertainty, withoutUncertainty, withValueAt } from '../../src/scenario/parseUncertainty.js';

/** The default scenario (200,000 requests, RAG top 5, churn 0.05) with an `uncertainty` block. */
const withBlock = (uncertainty: Record<string, unknown>) => ({ ...defaultScenario(), uncertainty });
const one = (key: string, distribution: Record<string, unknown>) => {
  const [input] = parseUncertainty(withBlock({ [key]: distribution }));
  return input!;
};
const points = (key: string, distribution: Record<string, unknown>) => {
  const u = one(key, distribution);
  return [u.low.toFixed(), u.base.toFixed(), u.high.toFixed()];
};

/** [path, detail] of the refusal. */
function refusal(uncertainty: Record<string, unknown>): [string, string] {
  try {
    parseUncertainty(withBlock(uncertainty));
  } catch (error) {
    if (error instanceof TuneOrRagError && error.code === 'invalid_input') return [error.path, error.detail];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseUncertainty', () => {
  it('is empty without a block', () => {
    expect(parseUncertainty(defaultScenario())).toEqual([]);
  });

  it('resolves a short path, and reads a range as its three points', () => {
    const u = one('rag.topK', { low: 3, base: 5, high: 8 });
    expect([u.path, u.written, u.kind, u.decimals, u.distribution.dist]).toEqual([
      'strategies.rag.topK',
      'rag.topK',
      'positiveCount',
      0,
      'range',
    ]);
    expect([u.low, u.base, u.high].map((x) => x.toFixed())).toEqual(['3', '5', '8']);
  });

  it('uniform: base is the scenario’s own value when inside, else the midpoint', () => {
    // The default churn 0.05 lies in [0.02, 0.1].
    expect(points('rag.churnPerMonth', { dist: 'uniform', low: '0.02', high: '0.1' })).toEqual([
      '0.02',
      '0.05',
      '0.1',
    ]);
    // 200,000 is outside [300,000, 500,000]: (300,000 + 500,000) ÷ 2 = 400,000.
    expect(points('requestsPerMonth', { dist: 'uniform', low: 300000, high: 500000 })).toEqual([
      '300000',
      '400000',
      '500000',
    ]);
  });

  it('rounds a count’s base half to even: 200,001.5 → 200,002 and 200,002.5 → 200,002', () => {
    expect(one('requestsPerMonth', { dist: 'uniform', low: 200001, high: 200002 }).base.toFixed()).toBe(
      '200002',
    );
    expect(one('requestsPerMonth', { dist: 'uniform', low: 200002, high: 200003 }).base.toFixed()).toBe(
      '200002',
    );
  });

  it('triangular: base is the mode', () => {
    expect(points('rag.topK', { dist: 'triangular', low: 2, mode: 4, high: 10 })).toEqual(['2', '4', '10']);
  });

  it('lognormal: base is the median √(P10 × P90) when the scenario’s value lies outside', () => {
    // √(400,000 × 900,000) = √360,000,000,000 = 600,000.
    expect(points('requestsPerMonth', { dist: 'lognormal', low: 400000, high: 900000 })).toEqual([
      '400000',
      '600000',
      '900000',
    ]);
    // 200,000 lies in [100,000, 900,000]: the scenario's own value.
    expect(one('requestsPerMonth', { dist: 'lognormal', low: 100000, high: 900000 }).base.toFixed()).toBe(
      '200000',
    );
  });

  it('discrete: low and high are the extremes; base the scenario’s value if listed, else the likeliest', () => {
    expect(points('requestsPerMonth', { dist: 'discrete', values: [400000, 200000, 100000] })).toEqual([
      '100000',
      '200000',
      '400000',
    ]);
    const u = one('requestsPerMonth', {
      dist: 'discrete',
      values: [100000, 300000, 500000],
      weights: [1, '3', 1],
    });
    expect(u.base.toFixed()).toBe('300000');
    expect(u.distribution).toMatchObject({ dist: 'discrete' });
    if (u.distribution.dist === 'discrete')
      expect(u.distribution.weights.map((w) => w.toFixed())).toEqual(['1', '3', '1']);
  });

  it('keeps six decimals for a rate, more when a bound has more', () => {
    expect(one('rag.churnPerMonth', { low: '0.01', base: '0.05', high: '0.1' }).decimals).toBe(6);
    expect(one('rag.churnPerMonth', { low: '0.0000001', base: '0.05', high: '0.1' }).decimals).toBe(7);
  });

  it('refuses, at the field to change', () => {
    const cases: [Record<string, unknown>, string, RegExp][] = [
      [
        { 'rag.topk': { low: 1, base: 2, high: 3 } },
        'uncertainty.rag.topk',
        /Did you mean "strategies\.rag\.topK"\?/,
      ],
      [
        { 'rag.topK': { low: 1, base: 2, high: 3 }, 'strategies.rag.topK': { low: 1, base: 2, high: 3 } },
        'uncertainty.strategies.rag.topK',
        /name the same field/,
      ],
      [
        { 'long-context.contextTokens': { low: 1, base: 2, high: 3 } },
        'uncertainty.long-context.contextTokens',
        /does not describe/,
      ],
      [{ 'rag.topK': { low: 8, base: 5, high: 3 } }, 'uncertainty.rag.topK.low', /above `high`/],
      [{ 'rag.topK': { low: 3, base: 9, high: 8 } }, 'uncertainty.rag.topK.base', /must lie from low/],
      [
        { 'rag.churnPerMonth': { low: '0.1', base: '0.5', high: '1.5' } },
        'uncertainty.rag.churnPerMonth.high',
        /not a valid/,
      ],
      [{ 'rag.topK': { low: '2.5', base: 5, high: 8 } }, 'uncertainty.rag.topK.low', /not a valid/],
      [
        { 'rag.churnPerMonth': { dist: 'lognormal', low: '0.01', high: '0.1' } },
        'uncertainty.rag.churnPerMonth.dist',
        /log-normal/,
      ],
      [
        { requestsPerMonth: { dist: 'lognormal', low: 0, high: 10 } },
        'uncertainty.requestsPerMonth.low',
        /above 0/,
      ],
      [
        { requestsPerMonth: { dist: 'discrete', values: [1, 2], weights: [1] } },
        'uncertainty.requestsPerMonth.weights',
        /2 values/,
      ],
      [
        { requestsPerMonth: { dist: 'discrete', values: [1, 2], weights: [0, 0] } },
        'uncertainty.requestsPerMonth.weights',
        /all 0/,
      ],
      [
        { requestsPerMonth: { dist: 'discrete', values: [1, '2.5'] } },
        'uncertainty.requestsPerMonth.values[1]',
        /not a valid/,
      ],
    ];
    for (const [block, path, detail] of cases) {
      const [gotPath, gotDetail] = refusal(block);
      expect(gotPath, path).toBe(path);
      expect(gotDetail, path).toMatch(detail);
    }
  });
});

describe('withValueAt and withoutUncertainty', () => {
  it('sets a value at a path in a copy, creating objects on the way; the input is unchanged', () => {
    const input = { a: { b: 1 }, list: [1] };
    const out = withValueAt(input, ['a', 'c', 'd'], 2);
    expect(out).toEqual({ a: { b: 1, c: { d: 2 } }, list: [1] });
    expect(input).toEqual({ a: { b: 1 }, list: [1] });
    expect((out as typeof input).list).toBe(input.list);
    // An array or a value in the way is replaced by an object, not indexed into.
    expect(withValueAt({ a: [5] }, ['a', '0'], 1)).toEqual({ a: { '0': 1 } });
    expect(withValueAt(3, [], 'x')).toBe('x');
  });

  it('drops the `uncertainty` block and keeps the rest', () => {
    const s = withBlock({ requestsPerMonth: { low: 1, base: 2, high: 3 } });
    const out = withoutUncertainty(s);
    expect('uncertainty' in out).toBe(false);
    expect(out.workload).toBe(s.workload);
    expect('uncertainty' in s).toBe(true);
  });
});
