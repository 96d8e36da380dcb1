import { describe, expect, it } from 'vitest';
import { canonicalScenarioPath, numericScenarioPaths } from '../../src/scenario/numericPaths.js';
import { STRATEGY_IDS } from '../../src/strategyKinds.js';

describe('numericScenarioPaths', () => {
  const paths = numericScenarioPaths();

  it('lists each numeric field with the kind that decides how a sample becomes its value', () => {
    const pick = (keys: string[]) => keys.map((k) => [k, paths.get(k)]);
    expect(
      pick([
        'hoursPerMonth',
        'horizonMonths',
        'workload.requestsPerMonth',
        'workload.requestsPerDay',
        'workload.growthPerMonth',
        'strategies.rag.topK',
        'strategies.rag.churnPerMonth',
        'strategies.rag.generation.prices.input',
        'strategies.fineTune.training.epochs',
        'strategies.fineTune.prices.training',
        'strategies.fineTune.serving.peakFactor',
        'strategies.promptOnly.fewShotTokens',
        'strategies.hybrid.topK',
      ]),
    ).toEqual([
      ['hoursPerMonth', 'quantity'],
      ['horizonMonths', 'positiveCount'],
      ['workload.requestsPerMonth', 'count'],
      ['workload.requestsPerDay', 'quantity'],
      ['workload.growthPerMonth', 'growth'],
      ['strategies.rag.topK', 'positiveCount'],
      ['strategies.rag.churnPerMonth', 'rate'],
      ['strategies.rag.generation.prices.input', 'money'],
      ['strategies.fineTune.training.epochs', 'positiveCount'],
      ['strategies.fineTune.prices.training', 'money'],
      ['strategies.fineTune.serving.peakFactor', 'quantity'],
      ['strategies.promptOnly.fewShotTokens', 'count'],
      ['strategies.hybrid.topK', 'positiveCount'],
    ]);
  });

  it('leaves out text fields, the currency rate, and anything not in the schema', () => {
    for (const key of [
      'strategies.rag.embedding.vendor',
      'asOf',
      'currency.rate',
      'strategies.fineTune.lifecycle.upgrades',
      'candidates',
      'strategies.rag.generation.prices.training',
    ]) {
      expect(paths.has(key), key).toBe(false);
    }
    expect([...paths.keys()].filter((k) => k.startsWith('currency.'))).toEqual([]);
  });

  it('covers every strategy kind with a numeric field', () => {
    const kinds = new Set(
      [...paths.keys()].filter((k) => k.startsWith('strategies.')).map((k) => k.split('.')[1]),
    );
    expect([...kinds].sort()).toEqual([...STRATEGY_IDS].sort());
  });

  it('is read once: the same map every call', () => {
    expect(numericScenarioPaths()).toBe(paths);
  });
});

describe('canonicalScenarioPath', () => {
  it('writes the short forms of --set and --vary in the scenario’s own spelling', () => {
    const cases: [string, string][] = [
      ['requestsPerMonth', 'workload.requestsPerMonth'],
      ['instructionTokens', 'workload.instructionTokens'],
      ['rag.topK', 'strategies.rag.topK'],
      ['fine-tune.training.epochs', 'strategies.fineTune.training.epochs'],
      ['ft.training.epochs', 'strategies.fineTune.training.epochs'],
      ['prompt-only.fewShotTokens', 'strategies.promptOnly.fewShotTokens'],
      ['strategies.long-context.contextTokens', 'strategies.longContext.contextTokens'],
      ['strategies.rag.topK', 'strategies.rag.topK'],
      ['workload.inputTokens', 'workload.inputTokens'],
    ];
    expect(cases.map(([input]) => [input, canonicalScenarioPath(input)])).toEqual(cases);
  });

  it('leaves alone what it does not recognise', () => {
    // A strategy name with no field after it, a workload field with a tail, an unknown strategy.
    for (const path of ['rag', 'requestsPerMonth.x', 'strategies.nope.topK', 'hoursPerMonth', '']) {
      expect(canonicalScenarioPath(path)).toBe(path);
    }
  });

  it('every short form it makes is in the catalogue', () => {
    const paths = numericScenarioPaths();
    for (const short of [
      'requestsPerMonth',
      'outputTokens',
      'rag.topK',
      'hybrid.topK',
      'distill.teacher.examples',
    ]) {
      expect(paths.has(canonicalScenarioPath(short)), short).toBe(true);
    }
  });
});
