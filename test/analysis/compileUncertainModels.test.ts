import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import { createPrng } from '../../src/_lib/prng.js';
import { compileUncertainModels } from '../../src/analysis/compileUncertainModels.js';
import { createSampler, type Draw } from '../../src/analysis/createSampler.js';
import { prepareUncertain } from '../../src/analysis/prepareUncertain.js';
import { readOptions } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import {
  compare,
  compareWith,
  defaultScenario,
  getBundledPricing,
  type ScenarioInput,
} from '../../src/index.js';
import { testRegistry } from '../helpers/testTables.js';

const withUncertainty = (uncertainty: Record<string, unknown>): ScenarioInput =>
  ({ ...defaultScenario(), uncertainty }) as ScenarioInput;

const THREE_INPUTS = withUncertainty({
  'workload.requestsPerMonth': { dist: 'triangular', low: 50_000, mode: 115_000, high: 400_000 },
  'strategies.rag.generation.cachedPrefixHitRate': { dist: 'uniform', low: '0.3', high: '0.9' },
  'fine-tune.training.epochs': { dist: 'discrete', values: [1, 2, 3, 4] },
});

/** A draw of an exact value (its key only has to tell values apart). */
const draw = (value: string | number, key = Number(value)): Draw => ({ value: new D(value), key });

describe('compileUncertainModels: compiled models are the models', () => {
  it('interpolated (affine) and cached builds equal a fresh build at the sampled values', () => {
    const { inputs, template, prepared } = prepareUncertain(
      THREE_INPUTS,
      readOptions({ pricing: getBundledPricing() }),
    );
    const compiled = compileUncertainModels(template, prepared.models, inputs, prepared.registry);
    expect(compiled.plans.find((p) => p.id === 'rag')!.method).toBe('affine');
    const samplers = inputs.map(createSampler);
    const prng = createPrng(5);
    for (let k = 0; k < 12; k++) {
      const draws = samplers.map((s) => s.draw(prng));
      const models = compiled.modelsAt(draws);
      const scenario = structuredClone(defaultScenario()) as ScenarioInput & Record<string, never>;
      const s = scenario as unknown as {
        workload: Record<string, unknown>;
        strategies: {
          rag: { generation: Record<string, unknown> };
          fineTune: { training: Record<string, unknown> };
        };
      };
      s.workload.requestsPerMonth = draws[0]!.value.toFixed();
      s.strategies.rag.generation.cachedPrefixHitRate = draws[1]!.value.toFixed();
      s.strategies.fineTune.training.epochs = draws[2]!.value.toNumber();
      const fresh = compare(scenario);
      for (const m of models) {
        const total = evaluate(m.monthlyScaled, draws[0]!.value).div(m.monthlyScale);
        const want = fresh.strategies.find((x) => x.strategy === m.id)!.monthlyTotal;
        expect(total.toFixed(25), `${m.id} sample ${k}`).toBe(want.toFixed(25));
      }
    }
    // Four epoch values × (fine-tune, and hybrid's four checks) plus RAG's interpolation: far fewer than 12 samples × 4.
    expect(compiled.builds()).toBeLessThan(40);
  });
});

describe('compileUncertainModels: plans on the test tables', () => {
  // Prompt-only on the test LLM's big model ($2 input, $0.2 cached, $10 output per 1M), no caching:
  // 1,000 instruction + 100 input + 200 output tokens a request.
  const scenario = (uncertainty: Record<string, unknown>) => ({
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 10_000, instructionTokens: 1000, inputTokens: 100, outputTokens: 200 },
    strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
    uncertainty,
  });
  const compile = (uncertainty: Record<string, unknown>) => {
    const { inputs, template, prepared } = prepareUncertain(
      scenario(uncertainty),
      readOptions({ pricing: testRegistry() }),
    );
    return compileUncertainModels(template, prepared.models, inputs, prepared.registry);
  };
  const monthlyAt = (compiled: ReturnType<typeof compile>, draws: Draw[], requests: number) => {
    const [m] = compiled.modelsAt(draws);
    return evaluate(m!.monthlyScaled, new D(requests)).div(m!.monthlyScale);
  };

  it('the volume alone changes no model: fixed, never re-built', () => {
    const compiled = compile({ requestsPerMonth: { low: 5000, base: 10_000, high: 20_000 } });
    expect(compiled.volumeInput).toBe(0);
    expect(compiled.plans.map((p) => [p.id, p.method])).toEqual([['promptOnly', 'fixed']]);
    // (1,100 × $2 + 200 × $10) / 1M = $0.0042 a request; 20,000 requests: $84.
    expect(monthlyAt(compiled, [draw(20_000)], 20_000).toFixed()).toBe('84');
    expect(compiled.builds()).toBe(0);
    expect(compiled.tokensVary).toBe(false);
    // 1,000 + 100 + 200 tokens a request.
    expect(compiled.tokensPerRequestAt([]).toFixed()).toBe('1300');
  });

  it('a cache hit rate is interpolated exactly between two builds', () => {
    const compiled = compile({
      'strategies.promptOnly.cachedPrefixHitRate': { dist: 'uniform', low: 0, high: 1 },
    });
    expect(compiled.plans[0]).toMatchObject({
      method: 'affine',
      interpolated: 'strategies.promptOnly.cachedPrefixHitRate',
    });
    // Hit rate h: 1,000 h cached at $0.2; the big model charges cache writes ($2.5, 5-minute TTL), so
    // the 1,000 (1 − h) misses are writes; 100 input at $2, 200 output at $10 per 1M.
    // h = 0.25: (250 × 0.2 + 750 × 2.5 + 100 × 2 + 200 × 10) / 1M = (50 + 1,875 + 200 + 2,000) / 1M
    // = $0.004125 a request; 10,000 requests: $41.25.
    expect(monthlyAt(compiled, [draw('0.25', 250_000)], 10_000).toFixed()).toBe('41.25');
    // The same as a fresh build at that hit rate.
    const fresh = compareWith(
      {
        ...scenario({}),
        uncertainty: undefined,
        strategies: {
          promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0, cachedPrefixHitRate: '0.25' },
        },
      },
      { pricing: testRegistry() },
    );
    expect(fresh.strategies[0]!.monthlyTotal.toFixed()).toBe('41.25');
  });

  it('a token count is re-built once per value (cached), and makes tokens per request vary', () => {
    const compiled = compile({ outputTokens: { dist: 'discrete', values: [100, 200, 300] } });
    expect(compiled.plans[0]!.method).toBe('cached');
    expect(compiled.tokensVary).toBe(true);
    // 300 output: (1,100 × 2 + 300 × 10) / 1M = $0.0052 × 10,000 = $52.
    expect(monthlyAt(compiled, [draw(300, 2)], 10_000).toFixed()).toBe('52');
    expect(compiled.tokensPerRequestAt([draw(300, 2)]).toFixed()).toBe('1400');
    const before = compiled.builds();
    monthlyAt(compiled, [draw(300, 2)], 10_000);
    expect(compiled.builds()).toBe(before);
  });
});
