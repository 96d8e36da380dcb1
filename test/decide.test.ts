import { describe, expect, it } from 'vitest';
import * as decide from '../src/decide.js';
import { kindScenario } from './helpers/kindScenario.js';
import { testRegistry } from './helpers/testTables.js';

describe('tune-or-rag/decide exports', () => {
  it('the decision tools, the presets and the vendor facts, by name', () => {
    expect(Object.keys(decide).sort()).toEqual([
      'PRESETS',
      'VENDOR_FACTS',
      'findPreset',
      'recommendWith',
      'safeRecommendWith',
      'safeSensitivityWith',
      'safeSimulateWith',
      'sensitivityWith',
      'simulateWith',
    ]);
  });

  it('the four buyer presets, each found by name', () => {
    expect(decide.PRESETS).toHaveLength(4);
    for (const p of decide.PRESETS) expect(decide.findPreset(p.name)).toBe(p);
  });
});

/** The kind scenario with one uncertain input, which simulate and sensitivity need. */
function uncertain() {
  return {
    ...kindScenario(),
    uncertainty: {
      'workload.requestsPerMonth': {
        dist: 'triangular' as const,
        low: 500_000,
        mode: 1_000_000,
        high: 2_000_000,
      },
    },
  };
}

describe('like the core, every calculation takes options.pricing', () => {
  it.each([
    ['recommendWith', () => decide.recommendWith(kindScenario())],
    ['simulateWith', () => decide.simulateWith(uncertain())],
    ['sensitivityWith', () => decide.sensitivityWith(uncertain())],
  ])('%s without a registry: invalid_input at options.pricing', (_name, call) => {
    expect(call).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'options.pricing' }));
  });

  it('with one, recommends the cheapest by hand (test/kinds: fine-tune 956, RAG 1,360.04, prompt-only 4,225)', () => {
    const s = kindScenario();
    const { hybrid: _h, ...three } = s.strategies;
    const r = decide.recommendWith({ ...s, strategies: three }, { pricing: testRegistry() });
    expect([r.cheapest, r.recommended]).toEqual(['fineTune', 'fineTune']);
    expect(r.eligible.map((e) => e.strategy)).toEqual(['fineTune', 'rag', 'promptOnly']);
    // 1,360.04 ÷ 956 = 1.4226359…: RAG costs 1.42× the fine-tune.
    expect(r.multiple?.kind === 'ratio' && r.multiple.times.toFixed(4)).toBe('1.4226');
  });
});
