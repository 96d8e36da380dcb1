/**
 * Type tests: `tsc --noEmit` (part of `npm test`) checks every `@ts-expect-error` below is an error.
 * Nothing here runs.
 */
import { compare, defaultScenario, type ScenarioInput, type StrategiesInput } from '../src/index.js';

const base = defaultScenario();

export function typeTests(): void {
  // Money is never a JS number: an override must be a decimal string or a Decimal.
  const promptOnly: StrategiesInput['promptOnly'] = {
    vendor: 'openai',
    model: 'gpt-4.1',
    fewShotTokens: 0,
    // @ts-expect-error a price override as a number
    prices: { input: 2 },
  };
  compare({ ...base, strategies: { ...base.strategies, promptOnly } });

  // Unknown strategies and misspelt fields are compile-time errors too.
  // @ts-expect-error unknown strategy
  const unknown: ScenarioInput = { workload: base.workload, strategies: { finetune: {} } };

  // Serving modes are a closed union.
  const bad: ScenarioInput = {
    workload: base.workload,
    strategies: {
      fineTune: {
        vendor: 'openai',
        model: 'gpt-4.1-mini',
        training: { datasetTokens: 1 },
        // @ts-expect-error unknown serving mode
        serving: { mode: 'lambda' },
      },
    },
  };

  // A candidate's kind is a closed union too.
  const badKind: ScenarioInput = {
    workload: base.workload,
    // @ts-expect-error not a strategy kind
    candidates: { serverless: { kind: 'serverless' } },
  };
  void [unknown, bad, badKind];
}
