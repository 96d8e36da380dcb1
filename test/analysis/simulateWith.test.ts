import { describe, expect, it } from 'vitest';
import { type SimulateOptions, simulateWith } from '../../src/analysis/simulateWith.js';
import { D, type Dec } from '../../src/decimal.js';
import { compare, defaultScenario, getBundledPricing, type ScenarioInput } from '../../src/index.js';

/** simulateWith on the bundled prices (what the public `simulate` does). */
const simulate = (scenario: ScenarioInput, options: SimulateOptions = {}) =>
  simulateWith(scenario, { pricing: getBundledPricing(), ...options });

const withUncertainty = (uncertainty: Record<string, unknown>): ScenarioInput =>
  ({ ...defaultScenario(), uncertainty }) as ScenarioInput;

const THREE_INPUTS = withUncertainty({
  'workload.requestsPerMonth': { dist: 'triangular', low: 50_000, mode: 115_000, high: 400_000 },
  'strategies.rag.generation.cachedPrefixHitRate': { dist: 'uniform', low: '0.3', high: '0.9' },
  'fine-tune.training.epochs': { dist: 'discrete', values: [1, 2, 3, 4] },
});

describe('simulate: reproducibility', () => {
  it('gives the same numbers for the same seed, and different ones for another seed', () => {
    const a = JSON.stringify(simulate(THREE_INPUTS, { samples: 2000, seed: 42 }));
    const b = JSON.stringify(simulate(THREE_INPUTS, { samples: 2000, seed: 42 }));
    const c = JSON.stringify(simulate(THREE_INPUTS, { samples: 2000, seed: 43 }));
    expect(a).toBe(b);
    expect(c).not.toBe(a);
  });

  it('samples token counts too: the token breakeven is each sample’s requests × its tokens per request', () => {
    const r = simulate(withUncertainty({ outputTokens: { dist: 'lognormal', low: 150, high: 600 } }), {
      samples: 500,
      seed: 3,
    });
    const pair = r.breakevens[0]!;
    expect(pair.crossover.count).toBe(500);
    // Tokens per request now vary (750 + output), so the token P50 is not the request P50 × 1,000.
    expect(
      pair.crossover.workloadTokensPerMonth!.p50.eq(pair.crossover.requestsPerMonth!.p50.times(1000)),
    ).toBe(false);
  });

  it('does not mutate the input', () => {
    const input = THREE_INPUTS;
    const before = JSON.stringify(input);
    simulate(input, { samples: 10 });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('simulate: closed forms', () => {
  // Volume uniform on [100,000, 300,000]; fine-tune's cost is linear in it below any kink:
  // 150.694 + 0.000694 × R (docs/formulas.md, worked example). Median volume 200,000, cost 289.494.
  const uniformVolume = withUncertainty({
    requestsPerMonth: { dist: 'uniform', low: 100_000, high: 300_000 },
  });
  const n = 10_000;
  const result = simulate(uniformVolume, { samples: n, seed: 2026 });
  const fineTune = result.strategies.find((s) => s.strategy === 'fineTune')!;
  const cost = (r: Dec) => new D('150.694').plus(new D('0.000694').times(r));

  it('a monotone cost commutes with nearest-rank: P(cost) = cost(P(volume)), exactly', () => {
    expect(fineTune.monthlyCost!.p10.eq(cost(result.requestsPerMonth.p10))).toBe(true);
    expect(fineTune.monthlyCost!.p50.eq(cost(result.requestsPerMonth.p50))).toBe(true);
    expect(fineTune.monthlyCost!.p90.eq(cost(result.requestsPerMonth.p90))).toBe(true);
  });

  it('P10/P50/P90 lie within sampling tolerance of the closed form', () => {
    // The sample q-quantile of n draws has standard deviation √(q(1 − q)/n) in probability; at
    // 4 σ (a 1-in-15,000 miss) and width 200,000: P50 ± 4 × 0.005 × 200,000 = ± 4,000 requests,
    // P10/P90 ± 4 × 0.003 × 200,000 = ± 2,400 requests; × 0.000694 USD per request.
    const tolerance = (q: number) => 4 * Math.sqrt((q * (1 - q)) / n) * 200_000 * 0.000694;
    const within = (got: Dec, want: Dec, q: number) =>
      expect(got.minus(want).abs().toNumber()).toBeLessThan(tolerance(q));
    within(fineTune.monthlyCost!.p10, cost(new D(120_000)), 0.1);
    within(fineTune.monthlyCost!.p50, cost(new D(200_000)), 0.5);
    within(fineTune.monthlyCost!.p90, cost(new D(280_000)), 0.9);
    expect(tolerance(0.5)).toBeCloseTo(2.776, 3);
  });

  it('a degenerate input (low = high) gives the single answer of compare', () => {
    const fixed = simulate(
      withUncertainty({ requestsPerMonth: { low: 200_000, base: 200_000, high: 200_000 } }),
      {
        samples: 50,
      },
    );
    const exact = compare(defaultScenario());
    for (const s of exact.strategies) {
      const got = fixed.strategies.find((x) => x.strategy === s.strategy)!.monthlyCost!;
      // Equal to the last of 40 significant digits (compare sums amortised lines one by one).
      expect(got.p50.toFixed(20)).toBe(s.monthlyTotal.toFixed(20));
      expect(got.p10.eq(got.p90)).toBe(true);
    }
    const cheapest = fixed.strategies.find((s) => s.strategy === exact.cheapest)!;
    expect(cheapest.cheapest.count).toBe(50);
    const pair = fixed.breakevens.find((b) => b.between[0] === 'fineTune' && b.between[1] === 'rag')!;
    // 1,202.567987712 ÷ 0.010386 (docs/formulas.md).
    expect(pair.crossover.requestsPerMonth!.p50.toFixed(2)).toBe('115787.40');
    expect(pair.crossover.workloadTokensPerMonth!.p50.toFixed(0)).toBe('115787405');
  });

  it('counts "never breaks even" as an outcome, not a number', () => {
    // A tuned prompt above ~5,000 tokens makes fine-tune dearer per request than RAG
    // ((150 + P) × $0.30/1M + $0.000625 > $0.0015595 when P > 4,965): those samples never cross.
    const r = simulate(
      withUncertainty({ 'fine-tune.tunedInstructionTokens': { dist: 'uniform', low: 0, high: 20_000 } }),
      {
        samples: 400,
      },
    );
    const pair = r.breakevens.find((b) => b.between[0] === 'fineTune' && b.between[1] === 'rag')!;
    const never = pair.never.find((x) => x.cheaper === 'rag')!;
    expect(pair.crossover.count + never.count + pair.equal.count).toBe(400);
    // About three quarters of [0, 20,000] lies above 4,965.
    expect(never.count).toBeGreaterThan(250);
    expect(pair.crossover.count).toBeGreaterThan(50);
    expect(pair.crossover.requestsPerMonth).not.toBeNull();
  });
});
