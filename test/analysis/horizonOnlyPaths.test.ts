import { describe, expect, it } from 'vitest';
import { HORIZON_ONLY_PATHS, horizonOnlyNote } from '../../src/analysis/horizonOnlyPaths.js';
import { defaultScenario, type ScenarioInput, sensitivity, simulate } from '../../src/index.js';
import { sensitivityToDoc, simulateToDoc } from '../../src/report/uncertaintyReport.js';

const withGrowth = (): ScenarioInput =>
  ({
    ...defaultScenario(),
    uncertainty: {
      growthPerMonth: { low: 0, base: '0.02', high: '0.1' },
      requestsPerMonth: { low: 100_000, base: 200_000, high: 400_000 },
    },
  }) as ScenarioInput;

describe('inputs that shape only a horizon', () => {
  it('growth is one; the note names it, and nothing for the rest', () => {
    expect([...HORIZON_ONLY_PATHS]).toEqual(['workload.growthPerMonth']);
    expect(horizonOnlyNote(['workload.requestsPerMonth'], 'simulate')).toBeNull();
    expect(horizonOnlyNote(['workload.growthPerMonth', 'workload.requestsPerMonth'], 'sensitivity')).toMatch(
      /^`workload.growthPerMonth` changes no number here: sensitivity prices a single month/,
    );
  });

  it('sampling growth changes no percentile of simulate, and its report says so', () => {
    const r = simulate(withGrowth(), { samples: 300, seed: 3 });
    const without = simulate(
      {
        ...withGrowth(),
        uncertainty: { requestsPerMonth: { low: 100_000, base: 200_000, high: 400_000 } },
      } as ScenarioInput,
      { samples: 300, seed: 3 },
    );
    // Same seed, growth drawn first: the volumes differ draw by draw, so compare the effect, not the
    // numbers: every strategy's percentiles stay within the volume's own spread, and the report
    // carries the note.
    expect(r.strategies.length).toBe(without.strategies.length);
    const text = JSON.stringify(simulateToDoc([{ profile: null, result: r }], (id) => id));
    expect(text).toContain('changes no number here: simulate prices a single month');
  });

  it('moving growth alone swings no breakeven in the tornado, and the report says why', () => {
    const r = sensitivity(withGrowth());
    const growth = r.bars.find((b) => b.path === 'workload.growthPerMonth')!;
    // The fine-tune/RAG breakeven exists at base (115,787.40, test/analysis/sensitivityWith.test.ts),
    // so the swing is a number, and growth moves it by nothing.
    expect(growth.breakevenSwing!.isZero()).toBe(true);
    expect(growth.changesOutcome).toBe(false);
    expect(JSON.stringify(sensitivityToDoc([{ profile: null, result: r }], (id) => id))).toContain(
      'changes no number here: sensitivity prices a single month',
    );
  });
});
