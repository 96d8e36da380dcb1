import * as z from 'zod/mini';
import type { Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import {
  countSchema,
  type FieldDefaults,
  overrides,
  positiveCountSchema,
  quantitySchema,
  ragSchema,
} from '../spec/fields.js';
import {
  type Candidate,
  money,
  num,
  type ParseContext,
  type PriceOverrides,
  smallInt,
  toRag,
} from '../spec/specs.js';
import { defineKind } from './kind.js';
import { buildRag } from './rag.js';
import { retrievalTuningLines, tunedRag } from './retrievalTuningLines.js';

/**
 * Fine-tuning one retrieval model (the embedding model or the reranker) of a RAG: its training run,
 * how often it is repeated, and what the tuned model costs to serve. No vendor table lists a price
 * for these (Cohere's rerank fine-tuning ended on 2025-09-15; Vertex AI runs embedding tuning as a
 * pipeline on compute you choose), so the training price is yours: `prices.training` per 1M training
 * tokens, or `hours` × `prices.trainingHour`.
 */
export const retrievalModelTuningSchema = z.strictObject({
  /** Tokens in the training set (one epoch): queries with their relevant and hard-negative passages. */
  datasetTokens: countSchema,
  /** Passes over the training set. */
  epochs: z.optional(positiveCountSchema),
  /** Time-priced training: wall-clock hours of one job, at `prices.trainingHour`. Absent: priced per token. */
  hours: z.optional(quantitySchema),
  /** Re-train every N months; 0 or absent: never (training is then amortised over the horizon). */
  retrainEveryMonths: z.optional(countSchema),
  /**
   * USD as quoted decimals: `training` per 1M training tokens, `trainingHour` per hour of a job,
   * `serving` the tuned model's price in the unit of the base model's table price (per 1M tokens
   * for an embedding model; per 1K searches or per 1M tokens for a reranker). Absent `serving`: the
   * base model's table price.
   */
  prices: overrides(['training', 'trainingHour', 'serving'] as const),
});
export type RetrievalModelTuningInput = z.infer<typeof retrievalModelTuningSchema>;
export const retrievalModelTuningDefaults = {
  epochs: 1,
  retrainEveryMonths: 0,
} as const satisfies FieldDefaults<typeof retrievalModelTuningSchema>;

/**
 * RAG with a fine-tuned embedding model and/or reranker instead of a tuned generator: every field of
 * `rag`, plus `embeddingTuning`, `rerankTuning` or both. A re-trained embedding model invalidates the
 * index, so the corpus is embedded and written to the vector database again after every re-training.
 */
export const retrievalTuningSchema = z.strictObject({
  ...ragSchema.shape,
  /** Fine-tune the embedding model (`embedding`); the corpus is re-embedded after each re-training. */
  embeddingTuning: z.optional(retrievalModelTuningSchema),
  /** Fine-tune the reranker (`rerank`, which must be given). */
  rerankTuning: z.optional(retrievalModelTuningSchema),
});
export type RetrievalTuningInput = z.infer<typeof retrievalTuningSchema>;

/** One tuned retrieval model (the embedding model or the reranker): its training run and prices. */
export interface RetrievalModelTuning {
  /** Where it is written (`candidates.rt.embeddingTuning`), for errors and price requests. */
  readonly path: string;
  readonly datasetTokens: Dec;
  readonly epochs: Dec;
  /** Time-priced training: hours of one job, or null for per-token training. */
  readonly hours: Dec | null;
  /** null: never re-trained. */
  readonly retrainEveryMonths: number | null;
  /** `training`, `trainingHour`, `serving`: the user's figures. */
  readonly prices: PriceOverrides;
}

/** The tuning blocks of a retrieval-tuning candidate (its RAG part is the candidate's `rag`). */
export interface RetrievalTuning {
  readonly embedding: RetrievalModelTuning | null;
  readonly rerank: RetrievalModelTuning | null;
}

function toRetrievalModelTuning(t: RetrievalModelTuningInput, path: string): RetrievalModelTuning {
  const retrain = smallInt(
    t.retrainEveryMonths ?? retrievalModelTuningDefaults.retrainEveryMonths,
    `${path}.retrainEveryMonths`,
    1200,
  );
  return {
    path,
    datasetTokens: num(t.datasetTokens),
    epochs: num(t.epochs ?? retrievalModelTuningDefaults.epochs),
    hours: t.hours === undefined ? null : num(t.hours),
    retrainEveryMonths: retrain === 0 ? null : retrain,
    prices: money(t.prices),
  };
}

/** A RAG whose embedding model and/or reranker is tuned: the RAG spec plus the tuning blocks. */
function toRetrievalTuning(
  r: RetrievalTuningInput,
  base: Candidate,
  ctx: ParseContext,
): Candidate & { readonly spec: RetrievalTuning } {
  const { embeddingTuning, rerankTuning, ...ragFields } = r;
  const path = base.path;
  if (embeddingTuning === undefined && rerankTuning === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      'say what is tuned: `embeddingTuning`, `rerankTuning` or both (without either it is a `rag` candidate)',
      { path: `${path}.embeddingTuning` },
    );
  }
  if (rerankTuning !== undefined && ragFields.rerank === undefined) {
    throw new TuneOrRagError('invalid_input', 'tuning the reranker needs one: describe `rerank` too', {
      path: `${path}.rerankTuning`,
    });
  }
  return {
    ...base,
    rag: toRag(ragFields, path, ctx),
    spec: {
      embedding:
        embeddingTuning === undefined
          ? null
          : toRetrievalModelTuning(embeddingTuning, `${path}.embeddingTuning`),
      rerank:
        rerankTuning === undefined ? null : toRetrievalModelTuning(rerankTuning, `${path}.rerankTuning`),
    },
  };
}

/** RAG with a tuned embedding model and/or reranker: RAG's lines at the tuned prices, plus training. */
export const retrievalTuningKind = defineKind({
  schema: retrievalTuningSchema,
  parse: toRetrievalTuning,
  build: (ctx, tuning) => {
    const rag = tunedRag(ctx.candidate.rag!, tuning);
    const parts = buildRag({ ...ctx, candidate: { ...ctx.candidate, rag } });
    const { retrieval: _notShared, ...own } = parts;
    const lines = retrievalTuningLines({ ...ctx, rag, tuning }, parts.lines);
    return { ...own, lines };
  },
});
