import { formatExact } from '../_lib/formatExact.js';
import { retrievalParts } from '../model/ragCost.js';
import { type BuildContext, generationLines, type StrategyParts } from '../model/strategies.js';
import { ragSchema } from '../spec/fields.js';
import { toRag } from '../spec/specs.js';
import { defineKind } from './kind.js';

/** Retrieval (embeddings, vector database, rerank), then a base model with the chunks in its prompt. */
export function buildRag(ctx: BuildContext): StrategyParts {
  const { scenario, registry } = ctx;
  const w = scenario.workload;
  const rag = ctx.candidate.rag!;
  const tables: Record<string, string> = {};
  const retrieval = retrievalParts(scenario, rag, registry, ctx.idPrefix, ctx.labelPrefix, tables);
  const generation = generationLines(
    ctx,
    rag.generation,
    `${rag.path}.generation`,
    `${ctx.idPrefix}.generation`,
    `${ctx.labelPrefix}: generation`,
    {
      prefix: w.instructionTokens,
      prefixHitRate: rag.generation.cachedPrefixHitRate,
      uncachedInput: w.inputTokens.plus(rag.topK.times(rag.chunkTokens)),
      uncachedBasis: `${formatExact(w.inputTokens)} user input + ${formatExact(rag.topK)} chunks × ${formatExact(rag.chunkTokens)} retrieved`,
      output: w.outputTokens,
    },
    tables,
  );
  return {
    lines: [...retrieval.lines, ...generation.lines],
    buckets: generation.buckets,
    maxRequestsPerMonth: retrieval.maxRequestsPerMonth,
    tables,
    notes: retrieval.notes,
    retrieval: { ...retrieval, idPrefix: ctx.idPrefix, labelPrefix: ctx.labelPrefix },
  };
}

/** RAG: a base model answering with retrieved chunks. */
export const ragKind = defineKind({
  schema: ragSchema,
  parse: (data, candidate, ctx) => ({ ...candidate, rag: toRag(data, candidate.path, ctx) }),
  build: buildRag,
});
