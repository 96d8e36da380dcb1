import type { ScenarioInput } from '../scenarioSchema.js';

/**
 * An early startup shipping fast: a small, changing product, little traffic, no time to run a
 * training pipeline. Every route can be bought by a new customer on 2026-11-30, all on Google
 * Vertex AI's Gemini 2.5 models (one bill, one key), with Pinecone's flat Builder plan for vectors.
 *
 * Assumptions:
 * - 20,000 requests a month, growing 15% a month; 800-token system prompt, 200 tokens of question,
 *   300 of answer.
 * - The product changes weekly (fresh facts); no citations required; the voice is set by the prompt.
 * - Fine-tune: Gemini 2.5 Flash-Lite (SFT) on 2M tokens of curated examples × 3 epochs, re-trained
 *   every 3 months with a 200-request evaluation; tuned prompt 100 tokens; served per token.
 * - RAG: 2M tokens of docs, gemini-embedding-001 at 768 dimensions, Pinecone Builder ($20 flat,
 *   capped), top 4 chunks of 512 tokens, 20% of the docs change a month; Gemini 2.5 Flash answers,
 *   half the prompts hit the cache.
 * - Prompt-only: Gemini 2.5 Flash with a 2,500-token few-shot block, 70% cache hits.
 * - Horizon 12 months; prices as of 2026-11-30.
 */
export function earlyStartup(): ScenarioInput {
  return {
    version: 1,
    name: 'Early startup shipping fast (preset)',
    description:
      'Low, fast-growing volume; a product that changes weekly; one cloud vendor; the cheapest route to ship this month.',
    asOf: '2026-11-30',
    horizonMonths: 12,
    workload: {
      requestsPerMonth: 20_000,
      growthPerMonth: '0.15',
      instructionTokens: 800,
      inputTokens: 200,
      outputTokens: 300,
    },
    needs: { styleOrFormat: false, freshFacts: true, citations: false },
    constraints: { openForHorizon: true },
    strategies: {
      fineTune: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash-lite',
        method: 'sft',
        training: { datasetTokens: 2_000_000, epochs: 3 },
        retrainEveryMonths: 3,
        evaluationRequests: 200,
        tunedInstructionTokens: 100,
        serving: { mode: 'per_token' },
      },
      rag: {
        embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
        corpusTokens: 2_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.2',
        topK: 4,
        vectorDb: { vendor: 'pinecone', plan: 'builder', dimensions: 768 },
        generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash', cachedPrefixHitRate: '0.5' },
      },
      promptOnly: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        fewShotTokens: 2500,
        cachedPrefixHitRate: '0.7',
      },
    },
  };
}
