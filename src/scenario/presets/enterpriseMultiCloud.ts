import type { ScenarioInput } from '../scenarioSchema.js';

/**
 * An enterprise standardising across teams and clouds: one tuned open-weights model that every team
 * can run where it runs (the weights are downloadable), at high volume. Trained at one vendor and
 * served at another: Llama 3.1 8B tuned with LoRA at Together AI, served with Amazon Bedrock Custom
 * Model Import; compared with Gemini 2.5 Flash tuned on Vertex (weights not downloadable), RAG and
 * prompt-only on Bedrock. Every route can be bought by a new customer on 2026-11-30.
 *
 * Assumptions:
 * - 5,000,000 requests a month, growing 3% a month; 500-token system prompt, 250 tokens of input,
 *   200 of output (classification and extraction with a house format).
 * - Needs the house format (style) and citations of policy documents that change quarterly.
 * - Constraints: tuned weights downloadable; every route open for the 24-month horizon.
 * - Fine-tune: Llama 3.1 8B Instruct, LoRA SFT at Together on 30M tokens × 2 epochs, re-trained
 *   every 3 months; served with Bedrock Custom Model Import (2 CMUs a copy), autoscaled at
 *   1,500,000 requests a copy a month, 1 to 20 copies; tuned prompt 60 tokens. If a route closes,
 *   the horizon continues on RAG.
 * - RAG: 100M tokens of policies, Titan Text Embeddings v2, turbopuffer Scale, top 4 chunks of 512
 *   tokens, 5% churn; Claude Haiku 4.5 on Bedrock, 70% cache hits.
 * - Prompt-only: Claude Haiku 4.5 on Bedrock with a 3,000-token block, 85% cache hits.
 * - Hybrid: the tuned model with the top 2 chunks.
 * - Horizon 24 months; prices as of 2026-11-30.
 */
export function enterpriseMultiCloud(): ScenarioInput {
  return {
    version: 1,
    name: 'Enterprise standardising across teams and clouds (preset)',
    description:
      'High volume, several teams and clouds: portable open weights trained at one vendor and served at another.',
    asOf: '2026-11-30',
    horizonMonths: 24,
    workload: {
      requestsPerMonth: 5_000_000,
      growthPerMonth: '0.03',
      instructionTokens: 500,
      inputTokens: 250,
      outputTokens: 200,
    },
    needs: { styleOrFormat: true, freshFacts: true, citations: true },
    constraints: { weightsDownloadable: true, openForHorizon: true },
    strategies: {
      fineTune: {
        vendor: 'together',
        model: 'llama-3.1-8b-instruct',
        method: 'sft',
        variant: 'lora',
        training: { datasetTokens: 30_000_000, epochs: 2 },
        retrainEveryMonths: 3,
        tunedInstructionTokens: 60,
        serving: {
          mode: 'capacity',
          vendor: 'aws-bedrock',
          model: 'llama-3-1-8b-instruct',
          option: 'custom-model-import',
          autoscale: { requestsPerCopyPerMonth: 1_500_000, minCopies: 1, maxCopies: 20 },
        },
        lifecycle: { fallback: { strategy: 'rag' } },
      },
      rag: {
        embedding: { vendor: 'aws-bedrock', model: 'titan-embed-text-v2' },
        corpusTokens: 100_000_000,
        chunkTokens: 512,
        churnPerMonth: '0.05',
        topK: 4,
        vectorDb: { vendor: 'turbopuffer', plan: 'scale', dimensions: 1024 },
        generation: { vendor: 'aws-bedrock', model: 'claude-haiku-4-5', cachedPrefixHitRate: '0.7' },
      },
      promptOnly: {
        vendor: 'aws-bedrock',
        model: 'claude-haiku-4-5',
        fewShotTokens: 3000,
        cachedPrefixHitRate: '0.85',
      },
      hybrid: { topK: 2 },
    },
  };
}
