import { describe, expect, it } from 'vitest';
import { constant, linear } from '../../src/_lib/piecewise.js';
import type { CompiledModels, SampledModel } from '../../src/analysis/compileUncertainModels.js';
import type { Draw, Sampler } from '../../src/analysis/createSampler.js';
import { runMonteCarlo } from '../../src/analysis/runMonteCarlo.js';
import { D, type Dec } from '../../src/decimal.js';

const d = (x: string | number) => new D(x);
/** A sampler that cycles through `values` whatever the generator says (so every count is known). */
const cycling = (...values: number[]): Sampler => {
  let i = 0;
  return {
    discrete: false,
    draw: (): Draw => {
      const value = values[i % values.length]!;
      i++;
      return { value: d(value), key: value };
    },
  };
};
const sampled = (
  id: string,
  monthlyScaled = constant(d(100)),
  monthlyScale = 1,
  max: Dec | null = null,
): SampledModel => ({
  id,
  monthlyScaled,
  monthlyScale,
  maxRequestsPerMonth: max,
  shared: true,
});
/** Compiled models that do not depend on the draws; the volume is input 0; 10 tokens a request. */
const compiledOf = (models: SampledModel[], volumeInput = 0): CompiledModels => ({
  ids: models.map((m) => m.id),
  volumeInput,
  plans: [],
  modelsAt: () => models,
  tokensVary: false,
  tokensPerRequestAt: () => d(10),
  builds: () => 0,
});
const p = (x: { p10: Dec; p50: Dec; p90: Dec } | null) =>
  x === null ? null : [x.p10, x.p50, x.p90].map((v) => v.toFixed());

describe('runMonteCarlo', () => {
  // a: $100 a month flat, kept as 200 ÷ 2 (a scaled model). b: $1 a request. They cross at 100.
  // Volumes cycle 50, 100, 150, 200.
  const a = sampled('a', constant(d(200)), 2);
  const b = sampled('b', linear(d(0), d(1)));
  const result = runMonteCarlo(compiledOf([a, b]), [cycling(50, 100, 150, 200)], ['A', 'B'], d(999), 4, 7);

  it('volume percentiles by nearest rank: ranks ⌈0.4⌉ = 1, ⌈2⌉ = 2, ⌈3.6⌉ = 4 of 4', () => {
    expect([result.samples, result.seed]).toEqual([4, 7]);
    expect(p(result.requestsPerMonth)).toEqual(['50', '100', '200']);
  });

  it("each strategy's monthly cost, the scale divided out", () => {
    expect(result.strategies.map((s) => [s.strategy, s.label, p(s.monthlyCost)])).toEqual([
      ['a', 'A', ['100', '100', '100']],
      ['b', 'B', ['50', '100', '200']],
    ]);
  });

  it('counts the cheapest: the first in order on a tie', () => {
    // 50: b ($50 < $100); 100: tie, a; 150 and 200: a.
    expect(result.strategies.map((s) => [s.cheapest.count, s.cheapest.probability.toFixed()])).toEqual([
      [3, '0.75'],
      [1, '0.25'],
    ]);
    expect(result.strategies.map((s) => s.overCapacity.count)).toEqual([0, 0]);
  });

  it('the breakeven in every sample, and in workload tokens at 10 a request', () => {
    const [pair] = result.breakevens;
    expect(pair!.between).toEqual(['a', 'b']);
    expect([pair!.crossover.count, pair!.crossover.probability.toFixed()]).toEqual([4, '1']);
    expect(p(pair!.crossover.requestsPerMonth)).toEqual(['100', '100', '100']);
    expect(p(pair!.crossover.workloadTokensPerMonth)).toEqual(['1000', '1000', '1000']);
    expect([pair!.never, pair!.equal.count]).toEqual([[], 0]);
  });

  it('the multiple a ÷ b: 2, 1, 2/3, 1/2 → P10 1/2, P50 2/3, P90 2', () => {
    const [m] = result.multiples;
    const ratio = m!.ratio!;
    expect([ratio.p10.toFixed(), ratio.p50.toFixed(6), ratio.p90.toFixed()]).toEqual([
      '0.5',
      '0.666667',
      '2',
    ]);
    // a strictly cheaper at 150 and 200.
    expect([m!.priced.count, m!.firstCheaper.count]).toEqual([4, 2]);
  });

  it('a volume above a ceiling: no cost for that strategy, no ratio, counted over capacity', () => {
    const capped = sampled('b', linear(d(0), d(1)), 1, d(175));
    const r = runMonteCarlo(compiledOf([a, capped]), [cycling(50, 100, 150, 200)], ['A', 'B'], d(0), 4, 1);
    const [sa, sb] = r.strategies;
    // b serves 50, 100, 150: ranks ⌈0.3⌉ = 1, ⌈1.5⌉ = 2, ⌈2.7⌉ = 3.
    expect(p(sb!.monthlyCost)).toEqual(['50', '100', '150']);
    expect([sb!.overCapacity.count, sb!.overCapacity.probability.toFixed()]).toEqual([1, '0.25']);
    expect([sa!.cheapest.count, sb!.cheapest.count]).toEqual([3, 1]);
    expect(r.multiples[0]!.priced.count).toBe(3);
  });

  it('no volume input: every sample at the base volume', () => {
    const r = runMonteCarlo(compiledOf([a, b], -1), [cycling(1, 2)], ['A', 'B'], d(120), 3, 1);
    expect(p(r.requestsPerMonth)).toEqual(['120', '120', '120']);
    expect(r.strategies[0]!.cheapest.count).toBe(3);
  });

  it('never and equal are outcomes, by the side that is cheaper', () => {
    const cheap = sampled('c', constant(d(10)));
    const same = sampled('d', constant(d(100)));
    const r = runMonteCarlo(compiledOf([a, cheap, same]), [cycling(10)], ['A', 'C', 'D'], d(0), 2, 1);
    const byPair = Object.fromEntries(
      r.breakevens.map((x) => [
        x.between.join('-'),
        [x.crossover.count, x.never.map((n) => [n.cheaper, n.count]), x.equal.count],
      ]),
    );
    expect(byPair).toEqual({
      'a-c': [0, [['c', 2]], 0],
      // a is 200 ÷ 2 = 100, d is 100: equal everywhere.
      'a-d': [0, [], 2],
      'c-d': [0, [['c', 2]], 0],
    });
    expect(p(r.breakevens[0]!.crossover.requestsPerMonth)).toBeNull();
  });
});
