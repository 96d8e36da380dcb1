import type { Dec } from '../decimal.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Rag, Scenario } from '../spec/specs.js';
import { embeddingLines } from './rag/embeddingLines.js';
import { rerankLines } from './rag/rerankLines.js';
import type { RetrievalContext } from './rag/retrievalContext.js';
import { vectorDbLines } from './rag/vectorDbLines.js';
import type { LineDef } from './types.js';

/** Retrieval's derived sizes, shared by RAG and hybrid and shown in explanations. */
export interface RetrievalSizes {
  readonly vectors: Dec;
  readonly embeddedTokens: Dec;
  readonly storageGb: Dec;
  readonly recordKb: Dec;
}

/**
 * The retrieval lines of RAG (and hybrid): corpus embedding (one-time), re-embedding churn, query
 * embedding (`rag/embeddingLines.ts`), the vector database: storage, read/write units or instance
 * hours, fees, credits and minimums (`rag/vectorDbLines.ts`), and the optional rerank
 * (`rag/rerankLines.ts`). Each builder returns the tables it read; they are recorded in `tables`
 * (vendor → table date) in the order they were read.
 */
export function retrievalParts(
  scenario: Scenario,
  rag: Rag,
  registry: PricingRegistry,
  idPrefix: string,
  labelPrefix: string,
  tables: Record<string, string>,
): { lines: LineDef[]; sizes: RetrievalSizes; notes: string[]; maxRequestsPerMonth: Dec | null } {
  const ctx: RetrievalContext = { scenario, rag, registry, idPrefix, labelPrefix };
  const embedding = embeddingLines(ctx);
  const vectorDb = vectorDbLines(ctx, embedding);
  const rerank = rerankLines(ctx);
  Object.assign(tables, embedding.tables, vectorDb.tables, rerank.tables);
  return {
    lines: [...embedding.lines, ...vectorDb.lines, ...rerank.lines],
    sizes: {
      vectors: embedding.vectors,
      embeddedTokens: embedding.embeddedTokens,
      storageGb: vectorDb.storageGb,
      recordKb: vectorDb.recordKb,
    },
    notes: vectorDb.notes,
    maxRequestsPerMonth: vectorDb.maxRequestsPerMonth,
  };
}
