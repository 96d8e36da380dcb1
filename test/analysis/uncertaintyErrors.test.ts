import { describe, expect, it } from 'vitest';
import { defaultScenario, type ScenarioInput, safeSimulate, simulate } from '../../src/index.js';

const run = (uncertainty: unknown) =>
  safeSimulate({ ...defaultScenario(), uncertainty } as ScenarioInput, { samples: 10 });

function errorOf(uncertainty: unknown) {
  const r = run(uncertainty);
  expect(r.success).toBe(false);
  return r.error!;
}

describe('invalid uncertainty gives typed errors naming the path', () => {
  it('low above high', () => {
    const e = errorOf({ requestsPerMonth: { dist: 'uniform', low: 5, high: 1 } });
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('uncertainty.requestsPerMonth.low');
    expect(e.detail).toMatchInlineSnapshot(`"\`low\` (5) is above \`high\` (1)"`);
  });

  it('an unknown path, with did-you-mean', () => {
    const e = errorOf({ 'rag.topk': { low: 3, base: 5, high: 8 } });
    expect(e.path).toBe('uncertainty.rag.topk');
    expect(e.detail).toContain('Did you mean "strategies.rag.topK"?');
  });

  it('a field that is not numeric', () => {
    const e = errorOf({ 'rag.generation.model': { low: 1, base: 2, high: 3 } });
    expect(e.path).toBe('uncertainty.rag.generation.model');
    expect(e.code).toBe('invalid_input');
  });

  it('a negative count, and a rate above 1, by the field’s own rules', () => {
    const negative = errorOf({ inputTokens: { low: -10, base: 150, high: 300 } });
    expect(negative.path).toBe('uncertainty.inputTokens.low');
    expect(negative.detail).toContain('not a valid `workload.inputTokens`');
    const rate = errorOf({
      'rag.generation.cachedPrefixHitRate': { dist: 'uniform', low: '0.5', high: '1.5' },
    });
    expect(rate.path).toBe('uncertainty.rag.generation.cachedPrefixHitRate.high');
  });

  it('a log-normal on a rate, a non-positive P10, a base outside the range', () => {
    expect(errorOf({ 'rag.churnPerMonth': { dist: 'lognormal', low: '0.01', high: '0.1' } }).path).toBe(
      'uncertainty.rag.churnPerMonth.dist',
    );
    expect(errorOf({ inputTokens: { dist: 'lognormal', low: 0, high: 100 } }).path).toBe(
      'uncertainty.inputTokens.low',
    );
    expect(errorOf({ inputTokens: { low: 100, base: 400, high: 300 } }).path).toBe(
      'uncertainty.inputTokens.base',
    );
  });

  it('weights that do not match the values, or are all zero', () => {
    expect(errorOf({ 'rag.topK': { dist: 'discrete', values: [3, 5], weights: [1] } }).path).toBe(
      'uncertainty.rag.topK.weights',
    );
    expect(errorOf({ 'rag.topK': { dist: 'discrete', values: [3, 5], weights: [0, 0] } }).path).toBe(
      'uncertainty.rag.topK.weights',
    );
  });

  it('an unknown distribution, a strategy the scenario does not describe, the same field twice', () => {
    const e = errorOf({ inputTokens: { dist: 'gamma', low: 1, high: 2 } });
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('uncertainty.inputTokens.dist');
    expect(errorOf({ 'long-context.contextTokens': { low: 1, base: 2, high: 3 } }).path).toBe(
      'uncertainty.long-context.contextTokens',
    );
    expect(
      errorOf({
        'rag.topK': { low: 3, base: 5, high: 8 },
        'strategies.rag.topK': { low: 3, base: 5, high: 8 },
      }).path,
    ).toBe('uncertainty.strategies.rag.topK');
  });

  it('no uncertainty at all, and bad options', () => {
    expect(errorOf(undefined).path).toBe('uncertainty');
    const s = {
      ...defaultScenario(),
      uncertainty: { inputTokens: { low: 100, base: 150, high: 300 } },
    } as ScenarioInput;
    expect(() => simulate(s, { samples: 0 })).toThrow(expect.objectContaining({ path: 'options.samples' }));
    expect(() => simulate(s, { seed: -1 })).toThrow(expect.objectContaining({ path: 'options.seed' }));
    expect(() => simulate(s, { seed: 1.5 })).toThrow(expect.objectContaining({ code: 'invalid_input' }));
  });
});
