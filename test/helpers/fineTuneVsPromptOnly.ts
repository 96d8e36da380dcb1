import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';

/**
 * A fine-tune against prompt-only on the made-up tables (test/helpers/testTables.ts), per request of
 * 500 instruction + 100 input + 200 output tokens, 1,000 requests a month:
 *
 * - fine-tune (`small`, LoRA): 2,000,000 tokens × 1 epoch × $4/1M = $8, topped up to the $10 minimum,
 *   re-trained every 4 months: $2.50 a month, + $2 storage = $4.50 fixed; per request
 *   (100 input + 50 tuned instruction) × $1/1M + 200 × $4/1M = $0.00015 + $0.0008 = $0.00095.
 * - prompt-only on `big`: (500 + 100) × $2/1M + 200 × $10/1M = $0.0012 + $0.002 = $0.0032 a request;
 *   on `small`: 600 × $0.50/1M + 200 × $2/1M = $0.0003 + $0.0004 = $0.0007.
 *
 * At 1,000 requests: 4.5 + 0.95 = $5.45 against $3.20. Against `big` they cross at
 * 4.5 + 0.00095 V = 0.0032 V → V = 4.5 ÷ 0.00225 = 2,000 requests a month; against `small`
 * prompt-only is always cheaper (0.0007 < 0.00095 and no fixed cost).
 *
 * @param asOf - The evaluation date, when the test needs one (table ages, warnings).
 */
export function fineTuneVsPromptOnly(asOf?: string): ScenarioInput {
  return {
    workload: { requestsPerMonth: 1000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    horizonMonths: 6,
    ...(asOf === undefined ? {} : { asOf }),
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 2_000_000, epochs: 1 },
        retrainEveryMonths: 4,
        tunedInstructionTokens: 50,
      },
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
    },
  };
}

/**
 * "Docs bot": 1,000,000 requests of 500 instruction + 100 input + 200 output tokens, priced on
 * 2026-06-01 with the made-up tables:
 * - prompt-only (`big`): (600 × $2 + 200 × $10) / 1M = $0.0032 a request → $3,200 a month;
 * - fine-tune (`small`, full, tuned prompt 0): (100 × $1 + 200 × $4) / 1M = $0.0009 a request → $900,
 *   + $2 storage = $902 recurring; training 50M × $8 / 1M = $400 every 2 months → $200 a month;
 *   $1,102 in all: fine-tune = 202 + 0.0009 R.
 * - They cross where 202 + 0.0009 R = 0.0032 R: R = 202 / 0.0023 = 87,826.0869…, where both cost
 *   $281.04 (to the cent); × 800 tokens = 70,260,869.56… tokens.
 */
export function docsBot(): ScenarioInput {
  return {
    name: 'Docs bot',
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 1_000_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    strategies: {
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'full',
        training: { datasetTokens: 50_000_000 },
        retrainEveryMonths: 2,
        tunedInstructionTokens: 0,
      },
    },
  };
}
