import * as z from 'zod/mini';
import { formatExact } from '../_lib/formatExact.js';
import type { Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import { fineTuneParts } from '../model/fineTuneCost.js';
import { minCeiling } from '../model/strategies.js';
import { positiveCountSchema } from '../spec/fields.js';
import { num } from '../spec/specs.js';
import { defineKind } from './kind.js';

/**
 * The fields of a hybrid beside the candidates it combines (the `strategies` form combines
 * `strategies.fineTune` and `strategies.rag`; a candidate names them in `fineTune` and `rag`).
 */
export const hybridSchema = z.strictObject({
  /** Retrieved chunks per request for the tuned model (default: the RAG strategy's topK). */
  topK: z.optional(positiveCountSchema),
});
export type HybridInput = z.infer<typeof hybridSchema>;

/** A hybrid's own field: chunks per request, or null for the RAG candidate's topK. */
export interface HybridSpec {
  readonly topK: Dec | null;
}

/**
 * The tuned model of a fine-tune with the retrieval of a RAG: the retrieved chunks go into every
 * tuned prompt. The RAG's retrieval lines are reused under this candidate's ids (not priced again),
 * then come the fine-tune's lines.
 */
export const hybridKind = defineKind({
  schema: hybridSchema,
  // The fine-tune and RAG it combines are linked after every candidate is parsed (`uses`).
  parse: (data, candidate) => ({
    ...candidate,
    spec: { topK: data.topK === undefined ? null : num(data.topK) } as HybridSpec,
  }),
  checkLinked: (candidate, spec) => {
    const rerank = candidate.rag?.rerank;
    if (spec.topK !== null && rerank?.candidates.lt(spec.topK)) {
      throw new TuneOrRagError(
        'invalid_input',
        `rerank needs at least topK candidates: the reused reranker scores ${rerank.candidates.toFixed()}, fewer than this topK of ${spec.topK.toFixed()}`,
        { path: `${candidate.path}.topK` },
      );
    }
  },
  build: (ctx, spec) => {
    const w = ctx.scenario.workload;
    const c = ctx.candidate;
    const rag = c.rag!;
    const topK = spec.topK ?? rag.topK;
    const ragParts = ctx.built.get(c.uses.rag!)!;
    const shared = ragParts.retrieval!;
    const tables: Record<string, string> = { ...ragParts.tables };
    // The RAG candidate's retrieval lines under this candidate's ids and labels.
    const retrievalLines = shared.lines.map((line) => ({
      ...line,
      id: `${ctx.idPrefix}${line.id.slice(shared.idPrefix.length)}`,
      label: `${ctx.labelPrefix}${line.label.slice(shared.labelPrefix.length)}`,
    }));
    const parts = fineTuneParts(
      ctx.scenario,
      c.fineTune!,
      ctx.registry,
      ctx.idPrefix,
      ctx.labelPrefix,
      {
        uncachedInput: w.inputTokens.plus(topK.times(rag.chunkTokens)),
        uncachedBasis: `${formatExact(w.inputTokens)} user input + ${formatExact(topK)} chunks × ${formatExact(rag.chunkTokens)} retrieved`,
      },
      tables,
    );
    return {
      lines: [...retrievalLines, ...parts.lines],
      buckets: parts.buckets,
      maxRequestsPerMonth: minCeiling(parts.maxRequestsPerMonth, shared.maxRequestsPerMonth),
      tables,
      notes: [...shared.notes, ...parts.notes],
    };
  },
});
