import type { ScenarioInput } from '../scenarioSchema.js';

/**
 * A scale-up with product-market fit and rising volume: a support assistant whose answers must
 * sound like the brand and cite the help centre, at a million requests a month and growing. Routes
 * a new customer can buy on 2026-11-30: Gemini 2.5 Flash on Google Vertex AI for every generation,
 * Pinecone Standard for vectors, Voyage rerank-2.5.
 *
 * Assumptions:
 * - 1,000,000 requests a month, growing 8% a month; 600-token system prompt, 200 tokens of
 *   question, 250 of answer.
 * - Needs the brand's voice (style), facts that change (the help centre), and citations.
 * - Fine-tune: Gemini 2.5 Flash (SFT) on 20M tokens × 2 epochs, re-trained every 2 months with a
 *   2,000-request evaluation; 1,000 drift-monitoring requests and $500 of human review a month;
 *   tuned prompt 80 tokens; served per token. If the route closes inside the horizon (Vertex has
 *   announced no date for Gemini 2.5), the horizon continues on RAG.
 * - RAG: 50M tokens of help centre, gemini-embedding-001 at 1,536 dimensions, Pinecone Standard,
 *   20 candidates reranked by Voyage rerank-2.5 to the top 4 chunks of 512 tokens, 10% churn a
 *   month; half the prompts hit the cache.
 * - Prompt-only: a 3,000-token few-shot block, 80% cache hits. Hybrid: the tuned model with the top 2.
 * - Horizon 24 months; prices as of 2026-11-30.
 */
export function scaleUp(): ScenarioInput {
  return {
    version: 1,
    name: 'Scale-up with rising volume (preset)',
    description:
      'Product-market fit: a million requests a month growing 8% monthly, brand voice plus cited, changing facts.',
    asOf: '2026-11-30',
    horizonMonths: 24,
    workload: {
      requestsPerMonth: 1_000_000,
      growthPerMonth: '0.08',
      instructionTokens: 600,
      inputTokens: 200,
      outputTokens: 250,
    },
    needs: { styleOrFormat: true, freshFacts: true, citations: true },
    constraints: { openForHorizon: true },
    strategies: {
      fineTune: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        method: 'sft',
        training: { datasetTokens: 20_000_000, epochs: 2 },
        retrainEveryMonths: 2,
        evaluationRequests: 2000,
        tunedInstructionTokens: 80,
        serving: { mode: 'per_token' },
        lifecycle: {
          monitoring: { evaluationRequestsPerMonth: 1000, usdPerMonth: '500' },
          fallback: { strategy: 'rag' },
        },
      },
      rag: {
        embedding: { vendor: 'google-vertex', model: 'gemini-embedding-001' },
        corpusTokens: 50_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.1',
        topK: 4,
        vectorDb: { vendor: 'pinecone', plan: 'standard', dimensions: 1536 },
        rerank: { vendor: 'voyage', model: 'rerank-2.5', candidates: 20 },
        generation: { vendor: 'google-vertex', model: 'gemini-2.5-flash', cachedPrefixHitRate: '0.5' },
      },
      promptOnly: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        fewShotTokens: 3000,
        cachedPrefixHitRate: '0.8',
      },
      hybrid: { topK: 2 },
    },
  };
}
