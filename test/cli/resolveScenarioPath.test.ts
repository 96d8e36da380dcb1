import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { resolveScenarioPath, strategyIdOf } from '../../src/cli/resolveScenarioPath.js';

function refusal(path: string): CliError {
  try {
    resolveScenarioPath(path);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`accepted ${path}`);
}

describe('strategyIdOf', () => {
  it('reads a strategy’s id, CLI name and aliases; anything else is undefined', () => {
    expect(
      ['fineTune', 'fine-tune', 'ft', 'finetune', 'prompt-only', 'promptonly', 'rag', 'distill'].map(
        strategyIdOf,
      ),
    ).toEqual([
      'fineTune',
      'fineTune',
      'fineTune',
      'fineTune',
      'promptOnly',
      'promptOnly',
      'rag',
      'distillation',
    ]);
    expect(strategyIdOf('Fine-Tune')).toBeUndefined();
    expect(strategyIdOf('workload')).toBeUndefined();
  });
});

describe('resolveScenarioPath', () => {
  it.each([
    ['requestsPerMonth', ['workload', 'requestsPerMonth']],
    ['outputTokens', ['workload', 'outputTokens']],
    ['workload.inputTokens', ['workload', 'inputTokens']],
    ['rag.topK', ['strategies', 'rag', 'topK']],
    ['fine-tune.training.epochs', ['strategies', 'fineTune', 'training', 'epochs']],
    ['ft', ['strategies', 'fineTune']],
    ['strategies.prompt-only.model', ['strategies', 'promptOnly', 'model']],
    ['strategies.custom.x', ['strategies', 'custom', 'x']],
    ['strategies', ['strategies']],
    ['horizonMonths', ['horizonMonths']],
    // A workload field only stands for itself: with a tail it is taken as written.
    ['requestsPerMonth.x', ['requestsPerMonth', 'x']],
    ['candidates.mine.topK', ['candidates', 'mine', 'topK']],
  ])('%s → %j', (typed, path) => {
    expect(resolveScenarioPath(typed)).toEqual(path);
  });

  it.each(['', 'rag.', '.topK', 'rag..topK'])(
    '%j has an empty segment: a usage error at that path',
    (typed) => {
      const e = refusal(typed);
      expect([e.code, e.path, e.exitCode]).toEqual(['usage', typed, 2]);
      expect(e.message).toBe(
        `\`${typed}\` is not a field path; write it like workload.requestsPerMonth or rag.topK`,
      );
    },
  );

  it.each(['__proto__', 'rag.constructor', 'strategies.rag.prototype.x'])('%s is forbidden_key', (typed) => {
    const e = refusal(typed);
    expect([e.code, e.path, e.exitCode]).toEqual(['forbidden_key', typed, 1]);
    expect(e.message).toMatch(/^`(__proto__|constructor|prototype)` cannot be part of a field path$/);
  });
});
