import { formatExact } from '../../_lib/formatExact.js';
import { constant, linear, type Piecewise } from '../../_lib/piecewise.js';
import { D, type Dec, ZERO } from '../../decimal.js';
import { TuneOrRagError } from '../../errors.js';
import type { ModelEntry, PriceTable } from '../../pricing/priceTableSchema.js';
import type { Rag } from '../../spec/specs.js';
import { pricedLine } from '../lines.js';
import { findModel, resolvePrice, unitPrice } from '../resolvePrice.js';
import { tableFor } from '../tableFor.js';
import type { LineDef, PriceRef } from '../types.js';
import { type BuiltLines, ONCE, type RetrievalContext } from './retrievalContext.js';

/** The embedding lines and the corpus sizes the vector database is priced from. */
export interface EmbeddingLines extends BuiltLines {
  readonly vectors: Dec;
  readonly embeddedTokens: Dec;
  /** The embedding model's dimensions, when its table states them. */
  readonly modelDimensions: Dec | null;
}

/** Embedding the corpus once, its churn every month, and every query, at the embedding model's price. */
export function embeddingLines(ctx: RetrievalContext): EmbeddingLines {
  const { scenario, rag, registry, idPrefix, labelPrefix } = ctx;
  const tables: Record<string, string> = {};
  const table = tableFor(
    registry,
    rag.embedding.vendor,
    scenario.asOf,
    `${ctx.rag.path}.embedding.vendor`,
    tables,
  );
  const model = findModel(table, rag.embedding.model, 'embedding', `${ctx.rag.path}.embedding.model`);
  const { ref, perToken, unitNote } = embeddingPrice(rag, table, model);
  const { vectors, embeddedTokens } = chunkCorpus(rag);
  const embedLine = (id: string, label: string, quantity: Piecewise, basis: string, once?: typeof ONCE) =>
    pricedLine(
      {
        id: `${idPrefix}.embedding.${id}`,
        label: `${labelPrefix}: ${label}`,
        quantity,
        quantityUnit: 'tokens',
        basis: `${basis}${unitNote}`,
        ...(once ? { oneTime: once } : {}),
      },
      ref,
      undefined,
      perToken,
    );
  const lines: LineDef[] = [
    embedLine(
      'corpus',
      'embed the corpus',
      constant(embeddedTokens),
      `${formatExact(rag.corpusTokens)} corpus tokens${rag.chunkOverlapTokens.isZero() ? '' : ` + ${formatExact(vectors.minus(1))} overlaps × ${formatExact(rag.chunkOverlapTokens)}`}, once`,
      ONCE,
    ),
  ];
  if (!rag.churnPerMonth.isZero()) {
    lines.push(
      embedLine(
        'churn',
        're-embed changed documents',
        constant(embeddedTokens.times(rag.churnPerMonth)),
        `${formatExact(embeddedTokens)} embedded tokens × ${formatExact(rag.churnPerMonth)} churn per month`,
      ),
    );
  }
  lines.push(
    embedLine(
      'queries',
      'embed queries',
      linear(ZERO, rag.queryEmbeddingTokens),
      `requests/month × ${formatExact(rag.queryEmbeddingTokens)} query tokens`,
    ),
  );
  const modelDimensions = model.embedding?.dimensions ? new D(model.embedding.dimensions) : null;
  return { lines, tables, vectors, embeddedTokens, modelDimensions };
}

/**
 * Chunks of `chunkTokens` that overlap by `chunkOverlapTokens`: ⌈corpus ÷ stride⌉ vectors, and every
 * overlap is embedded twice.
 */
export function chunkCorpus(rag: Rag): { vectors: Dec; embeddedTokens: Dec } {
  const stride = rag.chunkTokens.minus(rag.chunkOverlapTokens);
  const vectors = rag.corpusTokens.div(stride).ceil();
  const embeddedTokens = rag.corpusTokens.plus(
    vectors.isZero() ? ZERO : vectors.minus(1).times(rag.chunkOverlapTokens),
  );
  return { vectors, embeddedTokens };
}

/** The embedding price per token: a per-character price times the user's characters per token. */
function embeddingPrice(
  rag: Rag,
  table: PriceTable,
  model: ModelEntry,
): { ref: PriceRef; perToken: Dec; unitNote: string } {
  const ref = resolvePrice(
    {
      table,
      subject: model.id,
      overridePath: `${rag.path}.embedding.prices`,
      overrides: rag.embedding.prices,
    },
    'input',
    'embedding.input',
    model.embedding?.input,
    { unit: 'token', per: '1M' },
  );
  if (ref.unit === 'token') return { ref, perToken: unitPrice(ref), unitNote: '' };
  if (ref.unit !== 'character') {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${table.name} ${model.id} embedding is priced per ${ref.unit}`,
      {
        path: `${rag.path}.embedding.model`,
      },
    );
  }
  if (rag.embedding.charactersPerToken === null) {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${table.name} ${model.id} is priced per character: pass \`${rag.path}.embedding.charactersPerToken\` (about 4 for English text)`,
      { path: `${rag.path}.embedding.charactersPerToken` },
    );
  }
  return {
    ref,
    perToken: unitPrice(ref).times(rag.embedding.charactersPerToken),
    unitNote: ` × ${formatExact(rag.embedding.charactersPerToken)} characters per token`,
  };
}
