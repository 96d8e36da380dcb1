import type { ScenarioInput } from './scenarioSchema.js';

/**
 * The built-in scenario: a customer-support assistant answering 200,000 questions a month.
 * Every assumption is written here, in the scenario, where `tune-or-rag compare` shows it:
 *
 * - Requests carry a 600-token system prompt, 150 tokens of question and 250 tokens of answer.
 * - Fine-tune: gpt-4.1-mini tuned (SFT) on 10M tokens of resolved tickets for 3 epochs, re-trained
 *   every month on fresh tickets with a 1,000-request evaluation run; its prompt shrinks to 80 tokens;
 *   served per token (OpenAI charges no hosting fee).
 * - RAG: gpt-4.1 answers with the top 5 of a 20M-token help centre, chunked at 512 tokens and
 *   embedded with text-embedding-3-small; 5% of it changes each month; Pinecone Standard stores the
 *   vectors; half the requests hit the prompt cache for the system prompt.
 * - Prompt-only: gpt-4.1 with a 3,000-token few-shot block, 80% prompt-cache hits.
 * - Hybrid: the tuned gpt-4.1-mini with the top 3 chunks.
 * - Prices as of 2026-11-01, so the output does not change when newer tables are added.
 */
export function defaultScenario(): ScenarioInput {
  return {
    version: 1,
    name: 'Support assistant (built-in default)',
    asOf: '2026-11-01',
    horizonMonths: 12,
    workload: { requestsPerMonth: 200_000, instructionTokens: 600, inputTokens: 150, outputTokens: 250 },
    strategies: {
      fineTune: {
        vendor: 'openai',
        model: 'gpt-4.1-mini',
        method: 'sft',
        training: { datasetTokens: 10_000_000, epochs: 3 },
        retrainEveryMonths: 1,
        evaluationRequests: 1000,
        tunedInstructionTokens: 80,
        serving: { mode: 'per_token' },
      },
      rag: {
        embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
        corpusTokens: 20_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.05',
        topK: 5,
        vectorDb: { vendor: 'pinecone', plan: 'standard' },
        generation: { vendor: 'openai', model: 'gpt-4.1', cachedPrefixHitRate: '0.5' },
      },
      promptOnly: {
        vendor: 'openai',
        model: 'gpt-4.1',
        fewShotTokens: 3000,
        cachedPrefixHitRate: '0.8',
      },
      hybrid: { topK: 3 },
    },
  };
}
