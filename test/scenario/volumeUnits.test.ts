import { describe, expect, it } from 'vitest';
import { loadScenarios } from '../../src/cli/loadScenarios.js';
import { compare, defaultScenario, type ScenarioInput } from '../../src/index.js';

const base = defaultScenario();
const withVolume = (volume: Record<string, unknown>): ScenarioInput => {
  const { requestsPerMonth: _, ...rest } = base.workload;
  return { ...base, workload: { ...rest, ...volume } as ScenarioInput['workload'] };
};

describe('the volume in the unit the user thinks in', () => {
  it('tokens per month: 200,000,000 ÷ 1,000 tokens per request = the default 200,000 requests', () => {
    const r = compare(withVolume({ tokensPerMonth: 200_000_000 }));
    expect(r.run.requestsPerMonth.toFixed()).toBe('200000');
    expect(r.run.volume.unit).toBe('tokensPerMonth');
    // The same totals as the built-in scenario, worked by hand in docs/formulas.md.
    expect(r.strategies.map((s) => s.monthlyTotal.toFixed())).toEqual(
      compare(base).strategies.map((s) => s.monthlyTotal.toFixed()),
    );
  });

  it('requests per day: 6,000 × (730 ÷ 24) days = 182,500 requests a month', () => {
    const r = compare(withVolume({ requestsPerDay: 6000 }));
    // 6,000 × 730 = 4,380,000; ÷ 24 = 182,500 exactly.
    expect(r.run.requestsPerMonth.toFixed()).toBe('182500');
    // Prompt-only is linear with no fixed part: $194.48 × 182,500 / 200,000 = $177.463.
    expect(r.strategies.find((s) => s.strategy === 'promptOnly')!.monthlyTotal.toFixed()).toBe('177.463');
  });

  it('one volume only, and at least one', () => {
    expect(() => compare(withVolume({ requestsPerDay: 10, tokensPerMonth: 5 }))).toThrow(
      /`requestsPerDay` and `tokensPerMonth` are both set/,
    );
    expect(() => compare(withVolume({}))).toThrow(/give the monthly volume/);
  });

  it('--set in another unit replaces the file’s volume', () => {
    const [run] = loadScenarios(undefined, { set: ['requestsPerDay=6000'] }, defaultScenario);
    expect(run!.scenario.workload).toMatchObject({ requestsPerDay: '6000' });
    expect(run!.scenario.workload).not.toHaveProperty('requestsPerMonth');
    expect(compare(run!.scenario).run.requestsPerMonth.toFixed()).toBe('182500');
  });
});
