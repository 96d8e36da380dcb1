import { formatExact } from '../_lib/formatExact.js';
import { constant } from '../_lib/piecewise.js';
import { TuneOrRagError } from '../errors.js';
import { pricedLine } from '../model/lines.js';
import { findModel, resolvePrice } from '../model/resolvePrice.js';
import { tableFor } from '../model/tableFor.js';
import type { LineDef } from '../model/types.js';
import type { PriceTable } from '../pricing/priceTableSchema.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Rag, Scenario } from '../spec/specs.js';
import type { RetrievalModelTuning, RetrievalTuning } from './retrievalTuning.js';

/** What the retrieval-tuning lines read: the scenario, the tuned RAG, its blocks, ids and labels. */
export interface RetrievalTuningContext {
  readonly scenario: Scenario;
  readonly registry: PricingRegistry;
  /** The candidate's RAG spec with the tuned serving prices already in place ({@link tunedRag}). */
  readonly rag: Rag;
  readonly tuning: RetrievalTuning;
  readonly idPrefix: string;
  readonly labelPrefix: string;
}

// Why the training price is always the user's: checked 2026-11-30 (docs/formulas.md, "Retrieval tuning").
const NO_LIST_PRICE =
  'no vendor table lists a price for tuning it: Vertex AI tunes embeddings as a pipeline on compute you choose, Cohere ended rerank fine-tuning on 2025-09-15, and Voyage AI, Together and Fireworks publish none';

/**
 * The RAG a retrieval-tuning candidate serves with: the tuned embedding model and reranker at the
 * block's `prices.serving` where given (it stands in for the base model's price, in the same unit),
 * else at the base model's table price.
 */
export function tunedRag(rag: Rag, tuning: RetrievalTuning): Rag {
  const embeddingServing = tuning.embedding?.prices.serving;
  const rerankServing = tuning.rerank?.prices.serving;
  return {
    ...rag,
    embedding:
      embeddingServing === undefined
        ? rag.embedding
        : { ...rag.embedding, prices: { ...rag.embedding.prices, input: embeddingServing } },
    rerank:
      rag.rerank === null || rerankServing === undefined
        ? rag.rerank
        : { ...rag.rerank, prices: { ...rag.rerank.prices, price: rerankServing } },
  };
}

/**
 * Retrieval tuning's changes to RAG's lines, and its own: the training run of each tuned model
 * (per token or by the hour, repeated every `retrainEveryMonths`); the retrieval lines relabelled as
 * the tuned model's, with the serving price's origin in their basis; and, when the embedding model is
 * re-trained, the corpus embedding and the vector database's initial upsert repeated at every
 * training (a new embedding model's vectors do not match the old index).
 *
 * @throws `missing_price` for a training price not given; `offering_ended` when the tuned model's
 *   vendor has ended fine-tuning (Cohere, 2025-09-15).
 */
export function retrievalTuningLines(ctx: RetrievalTuningContext, ragLines: readonly LineDef[]): LineDef[] {
  const { tuning, rag, idPrefix } = ctx;
  const embedding = tuning.embedding;
  const rerank = tuning.rerank;
  const training: LineDef[] = [];
  if (embedding !== null) {
    training.push(trainingLine(ctx, embedding, 'embedding', rag.embedding.vendor, rag.embedding.model));
  }
  if (rerank !== null && rag.rerank !== null) {
    training.push(trainingLine(ctx, rerank, 'rerank', rag.rerank.vendor, rag.rerank.model));
  }
  const retrain = embedding?.retrainEveryMonths ?? null;
  const lines = ragLines.map((line) => {
    if (embedding !== null && line.id.startsWith(`${idPrefix}.embedding.`)) {
      const tuned = { ...line, basis: `${line.basis}${servingNote(embedding)}` };
      return line.id === `${idPrefix}.embedding.corpus` ? reindexed(tuned, retrain) : tuned;
    }
    if (embedding !== null && line.id === `${idPrefix}.vectorDb.initialWrites`)
      return reindexed(line, retrain);
    if (rerank !== null && line.id === `${idPrefix}.rerank`) {
      return { ...line, basis: `${line.basis}${servingNote(rerank)}` };
    }
    return line;
  });
  return [...training, ...lines];
}

/** `; the tuned model at the base model's table price` or `; the tuned model at your price`. */
function servingNote(t: RetrievalModelTuning): string {
  return t.prices.serving === undefined
    ? `; the tuned model at the base model's table price (none is published for a tuned one; pass \`${t.path}.prices.serving\` if yours differs)`
    : `; the tuned model at your price (\`${t.path}.prices.serving\`)`;
}

/** A one-time indexing line paid again at every embedding re-training (a new model, a new index). */
function reindexed(line: LineDef, retrain: number | null): LineDef {
  if (retrain === null) return line;
  const again = `, at every embedding training: once, then every ${retrain} month${retrain === 1 ? '' : 's'} (a re-trained embedding model invalidates the index)`;
  return {
    ...line,
    label: `${line.label} (again after each re-training)`,
    recursEveryMonths: retrain,
    basis: line.basis.includes(', once') ? line.basis.replace(', once', again) : `${line.basis}${again}`,
  };
}

/** One tuned model's training run: tokens × epochs at `prices.training`, or hours × `prices.trainingHour`. */
function trainingLine(
  ctx: RetrievalTuningContext,
  t: RetrievalModelTuning,
  what: 'embedding' | 'rerank',
  vendor: string,
  modelId: string,
): LineDef {
  const { scenario, registry, rag, idPrefix, labelPrefix } = ctx;
  const tables: Record<string, string> = {};
  const table = tableFor(registry, vendor, scenario.asOf, `${rag.path}.${what}.vendor`, tables);
  refuseEndedTuning(table, t.path);
  const model = findModel(table, modelId, what, `${rag.path}.${what}.model`);
  const prices = { table, subject: model.id, overridePath: `${t.path}.prices`, overrides: t.prices };
  const item = `${what}Tuning.training`;
  const oneTime = { recursEveryMonths: t.retrainEveryMonths };
  const every =
    t.retrainEveryMonths === null
      ? 'once'
      : `every ${t.retrainEveryMonths} month${t.retrainEveryMonths === 1 ? '' : 's'}`;
  const id = `${idPrefix}.${what}Tuning.training`;
  const label = `${labelPrefix}: tune the ${what === 'embedding' ? 'embedding model' : 'reranker'} (${model.id})`;
  if (t.hours !== null) {
    const ref = resolvePrice(
      prices,
      'trainingHour',
      `${item}Hour`,
      { missing: true, unit: 'hour', per: '1', reason: NO_LIST_PRICE },
      { unit: 'hour', per: '1' },
    );
    const basis = `${formatExact(t.hours)} hours of training, ${every}`;
    return pricedLine({ id, label, quantity: constant(t.hours), quantityUnit: 'hours', basis, oneTime }, ref);
  }
  const ref = resolvePrice(
    prices,
    'training',
    item,
    { missing: true, unit: 'token', per: '1M', reason: NO_LIST_PRICE },
    { unit: 'token', per: '1M' },
  );
  const tokens = t.datasetTokens.times(t.epochs);
  const basis = `${formatExact(t.datasetTokens)} dataset tokens × ${formatExact(t.epochs)} epochs, ${every}`;
  return pricedLine({ id, label, quantity: constant(tokens), quantityUnit: 'tokens', basis, oneTime }, ref);
}

/** A vendor whose tables say its fine-tuning ended (Cohere, rerank included) cannot tune the model. */
function refuseEndedTuning(table: PriceTable, path: string): void {
  const ft = table.fineTuning;
  if (ft.offered || ft.endedOn === undefined) return;
  throw new TuneOrRagError(
    'offering_ended',
    `${table.name} fine-tuning ended on ${ft.endedOn}: ${ft.reason}${ft.successor ? `; the vendor's successor: ${ft.successor}` : ''}`,
    {
      path,
      offering: {
        offering: `${table.name} fine-tuning`,
        vendor: table.vendor,
        date: ft.endedOn,
        successor: ft.successor ?? '',
        sourceUrl: ft.source === undefined ? '' : (table.sources[ft.source]?.url ?? ''),
      },
    },
  );
}
