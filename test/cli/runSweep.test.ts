import { describe, expect, it } from 'vitest';
import type { SweepAxis } from '../../src/analysis/sweep.js';
import { CliError } from '../../src/cli/cliError.js';
import { planSweepFlags } from '../../src/cli/runSweep.js';
import { defaultScenario } from '../../src/index.js';

const axis = (field: string, values: string[], volume = false): SweepAxis => ({
  path: field,
  field,
  values,
  volume,
});
const loaded = () => [{ profile: null, scenario: defaultScenario() }];

function refusal(call: () => unknown): CliError {
  try {
    call();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('accepted');
}

describe('planSweepFlags', () => {
  it('an axis named twice is a usage error at --vary', () => {
    const e = refusal(() =>
      planSweepFlags(
        loaded(),
        [axis('strategies.rag.topK', ['3']), axis('strategies.rag.topK', ['5'])],
        undefined,
      ),
    );
    expect([e.code, e.path, e.message]).toEqual([
      'usage',
      '--vary',
      '--vary names strategies.rag.topK twice; give it one list or range',
    ]);
  });

  it('more than 1,000,000 points is refused before anything is priced: 1,001 × 1,000 = 1,001,000', () => {
    const many = (n: number) => Array.from({ length: n }, (_, i) => String(i + 1));
    const e = refusal(() =>
      planSweepFlags(
        loaded(),
        [axis('workload.requestsPerMonth', many(1001), true), axis('strategies.rag.topK', many(1000))],
        undefined,
      ),
    );
    expect(e.message).toBe(
      'the sweep has 1,001,000 points; at most 1,000,000 are allowed: use fewer values per --vary',
    );
    // 1,000 × 1,000 is exactly the limit: planned (4 strategies of the default scenario).
    const plan = planSweepFlags(
      loaded(),
      [axis('workload.requestsPerMonth', many(1000), true), axis('strategies.rag.topK', many(1000))],
      undefined,
    );
    expect(plan.total).toBe(1_000_000);
  });

  it('--vary through a value that is not an object is a usage error (setPath)', () => {
    const e = refusal(() => planSweepFlags(loaded(), [axis('horizonMonths.x', ['1'])], undefined));
    // horizonMonths is 12 in the default scenario: a number has no field x.
    expect([e.code, e.exitCode, e.path, e.message]).toEqual([
      'usage',
      2,
      'horizonMonths.x',
      'cannot set `horizonMonths.x`: a parent of it is not an object',
    ]);
  });

  it('the pair given, else the default', () => {
    expect(planSweepFlags(loaded(), [axis('strategies.rag.topK', ['3'])], undefined).between).toEqual([
      'fineTune',
      'rag',
    ]);
    expect(
      planSweepFlags(loaded(), [axis('strategies.rag.topK', ['3'])], ['rag', 'promptOnly']).between,
    ).toEqual(['rag', 'promptOnly']);
  });
});
