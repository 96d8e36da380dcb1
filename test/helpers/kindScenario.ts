import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';

/**
 * One scenario of every kind on the made-up tables of `testTables.ts`, for the kind and builder
 * tests (test/kinds/). Its figures, each worked out in the test that uses it:
 *
 * - 1,000,000 requests a month of 500 instruction + 100 input + 200 output tokens; a 6-month horizon.
 * - Fine-tune: `small` (LoRA, $4 per 1M training tokens, $10 minimum) on 2,000,000 tokens × 2 epochs,
 *   re-trained every 4 months; its prompt 50 tokens; served at $1 input / $4 output per 1M, $2 a
 *   month of storage.
 * - RAG: a 2,000,000-token corpus in 400-token chunks (5,000 vectors of 1,000 dims) embedded with
 *   `embed` at $0.10 per 1M; the `serverless` plan ($50 minimum); the top 3 chunks to base `small`
 *   at $0.50 input / $2 output per 1M.
 * - Prompt-only: `big` with a 1,000-token few-shot block, half the prefixes read from the cache.
 * - Hybrid: the fine-tune with the RAG's retrieval, 2 chunks a request.
 */
export function kindScenario(): ScenarioInput & { strategies: NonNullable<ScenarioInput['strategies']> } {
  return {
    workload: { requestsPerMonth: 1_000_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    horizonMonths: 6,
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 2_000_000, epochs: 2 },
        retrainEveryMonths: 4,
        tunedInstructionTokens: 50,
      },
      rag: {
        embedding: { vendor: 'test-llm', model: 'embed' },
        corpusTokens: 2_000_000,
        chunkTokens: 400,
        topK: 3,
        vectorDb: { vendor: 'test-vectors', plan: 'serverless' },
        generation: { vendor: 'test-llm', model: 'small' },
      },
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 1000, cachedPrefixHitRate: '0.5' },
      hybrid: { topK: 2 },
    },
  };
}
