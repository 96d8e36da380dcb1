import type { RetrievalContext } from '../../../src/model/rag/retrievalContext.js';
import { parseScenario } from '../../../src/scenario/parseScenario.js';
import type { RagInput } from '../../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../../helpers/testTables.js';

/**
 * A retrieval context over the test tables: 10,000 corpus tokens in chunks of 500 overlapping by
 * 100 (stride 400: ⌈10,000 ÷ 400⌉ = 25 vectors), 50 input tokens per request (the default query
 * embedding), 10% churn, the serverless test plan with 4-byte dimensions, no metadata, batches of 100.
 */
export function ragContext(overrides: Partial<RagInput> = {}): RetrievalContext {
  const rag: RagInput = {
    embedding: { vendor: 'test-llm', model: 'embed' },
    corpusTokens: 10_000,
    chunkTokens: 500,
    chunkOverlapTokens: 100,
    churnPerMonth: '0.1',
    topK: 3,
    vectorDb: {
      vendor: 'test-vectors',
      plan: 'serverless',
      bytesPerDimension: 4,
      metadataBytesPerVector: 0,
      upsertBatchSize: 100,
    },
    generation: { vendor: 'test-llm', model: 'big' },
    ...overrides,
  };
  const scenario = parseScenario({
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 1000, instructionTokens: 0, inputTokens: 50, outputTokens: 0 },
    strategies: { rag },
  });
  return { scenario, rag: scenario.rag!, registry: testRegistry(), idPrefix: 'rag', labelPrefix: 'RAG' };
}
