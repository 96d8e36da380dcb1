import type { ScenarioInput } from '../scenarioSchema.js';

/**
 * A mid-market company whose data must stay in its own AWS or GCP perimeter (a regulated industry,
 * a contract with its customers): internal knowledge answers in a fixed report format. Routes a new
 * customer can buy on 2026-11-30 inside those two clouds: tuning on Google Vertex AI (Bedrock's
 * fine-tuning prices for Nova are not published, so Vertex is the priced in-perimeter tuning route),
 * retrieval entirely in AWS (Titan embeddings on Bedrock, pgvector on Amazon RDS, Claude Haiku 4.5 on
 * Bedrock).
 *
 * Assumptions:
 * - 300,000 requests a month, flat; 1,000-token system prompt (the report format), 300 tokens of
 *   question, 400 of answer.
 * - Needs a fixed format (style) and citations of internal documents; the documents change slowly.
 * - Constraint: every vendor that receives data is inside AWS or GCP (`dataPerimeter`, scope all).
 * - Fine-tune: Gemini 2.5 Flash (SFT) on 5M tokens × 3 epochs, re-trained every 6 months with a
 *   1,000-request evaluation; tuned prompt 100 tokens.
 * - RAG: 30M tokens, Titan Text Embeddings v2 (1,024 dimensions), pgvector on one db.t4g.medium
 *   RDS instance with gp3 storage, top 5 chunks of 512 tokens, 2% churn; Claude Haiku 4.5 on Bedrock
 *   answers with 60% of prompts hitting the cache.
 * - Prompt-only: Claude Haiku 4.5 on Bedrock with a 4,000-token format guide, 80% cache hits.
 * - Hybrid: the tuned model (GCP) with the top 3 chunks retrieved in AWS.
 * - Horizon 12 months; prices as of 2026-11-30.
 */
export function midMarketPerimeter(): ScenarioInput {
  return {
    version: 1,
    name: 'Mid-market, data inside its AWS/GCP perimeter (preset)',
    description:
      'Regulated data: training and retrieval only with vendors inside AWS or Google Cloud; a fixed report format with citations.',
    asOf: '2026-11-30',
    horizonMonths: 12,
    workload: { requestsPerMonth: 300_000, instructionTokens: 1000, inputTokens: 300, outputTokens: 400 },
    needs: { styleOrFormat: true, freshFacts: false, citations: true },
    constraints: { dataPerimeter: { clouds: ['aws', 'gcp'], scope: 'all' }, openForHorizon: true },
    strategies: {
      fineTune: {
        vendor: 'google-vertex',
        model: 'gemini-2.5-flash',
        method: 'sft',
        training: { datasetTokens: 5_000_000, epochs: 3 },
        retrainEveryMonths: 6,
        evaluationRequests: 1000,
        tunedInstructionTokens: 100,
        serving: { mode: 'per_token' },
      },
      rag: {
        embedding: { vendor: 'aws-bedrock', model: 'titan-embed-text-v2' },
        corpusTokens: 30_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.02',
        topK: 5,
        vectorDb: { vendor: 'aws-rds', plan: 'single-az-gp3', instance: 'db.t4g.medium', dimensions: 1024 },
        generation: { vendor: 'aws-bedrock', model: 'claude-haiku-4-5', cachedPrefixHitRate: '0.6' },
      },
      promptOnly: {
        vendor: 'aws-bedrock',
        model: 'claude-haiku-4-5',
        fewShotTokens: 4000,
        cachedPrefixHitRate: '0.8',
      },
      hybrid: { topK: 3 },
    },
  };
}
