import type { StrategiesScenarioInput } from './scenarioSchema.js';

/**
 * The built-in scenario: a customer-support assistant answering 200,000 questions a month, priced on
 * routes a new customer can buy on 2026-11-30, like with like: every strategy generates with the same
 * model, Gemini 2.5 Flash on Google Vertex AI (OpenAI's self-serve fine-tuning no longer takes new
 * customers, and Azure's tunable models closed to new customers at their base models' retirement).
 * Every assumption is written here, in the scenario, where `tune-or-rag compare` shows it:
 *
 * - Requests carry a 600-token system prompt, 150 tokens of question and 250 tokens of answer.
 * - Fine-tune: Gemini 2.5 Flash tuned (SFT) on 10M tokens of resolved tickets for 3 epochs, re-trained
 *   every month on fresh tickets with a 1,000-request evaluation run; its prompt shrinks to 80 tokens;
 *   served per token at the base model's price (Vertex charges no hosting fee for it).
 * - RAG: Gemini 2.5 Flash answers with the top 5 of a 20M-token help centre, chunked at 512 tokens
 *   and embedded with gemini-embedding-001 at 1,536 dimensions (its `output_dimensionality` option);
 *   5% of it changes each month; Pinecone Standard stores the vectors; half the requests hit the
 *   prompt cache for the system prompt.
 * - Prompt-only: Gemini 2.5 Flash with a 3,000-token few-shot block, 80% prompt-cache hits.
 * - Hybrid: the tuned Gemini 2.5 Flash with the top 3 chunks.
 * - Prices as of 2026-11-30, so the output does not change when newer tables are added.
 */
export function defaultScenario(): StrategiesScenarioInput {
  return {
    version: 1,
    name: 'Support assistant (built-in default)',
    asOf: '2026-11-30',
    horizonMonths: 12,
    workload: { requestsPerMonth: 200_000, instructionTokens: 600, inputTokens: 150, outputTokens: 250 },
    strategies: {
      fineTune: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        method: 'sft',
        training: { datasetTokens: 10_000_000, epochs: 3 },
        retrainEveryMonths: 1,
        evaluationRequests: 1000,
        tunedInstructionTokens: 80,
        serving: { mode: 'per_token' },
      },
      rag: {
        embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
        corpusTokens: 20_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.05',
        topK: 5,
        vectorDb: { vendor: 'pinecone', plan: 'standard', dimensions: 1536 },
        generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash', cachedPrefixHitRate: '0.5' },
      },
      promptOnly: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        fewShotTokens: 3000,
        cachedPrefixHitRate: '0.8',
      },
      hybrid: { topK: 3 },
    },
  };
}
