import { formatExact } from '../../_lib/formatExact.js';
import { linear } from '../../_lib/piecewise.js';
import { ONE, ZERO } from '../../decimal.js';
import { TuneOrRagError } from '../../errors.js';
import { pricedLine } from '../lines.js';
import { findModel, resolvePrice } from '../resolvePrice.js';
import { tableFor } from '../tableFor.js';
import type { BuiltLines, RetrievalContext } from './retrievalContext.js';

/**
 * Rerank, for every request: per search (a query with up to N documents, each document cut into
 * pieces of the model's tokens per document) or per token. No rerank: no lines and no table.
 */
export function rerankLines(ctx: RetrievalContext): BuiltLines {
  const { scenario, rag, registry, idPrefix, labelPrefix } = ctx;
  const tables: Record<string, string> = {};
  const rr = rag.rerank;
  if (rr === null) return { lines: [], tables };
  const table = tableFor(registry, rr.vendor, scenario.asOf, `${ctx.rag.path}.rerank.vendor`, tables);
  const model = findModel(table, rr.model, 'rerank', `${ctx.rag.path}.rerank.model`);
  const ref = resolvePrice(
    { table, subject: model.id, overridePath: `${ctx.rag.path}.rerank.prices`, overrides: rr.prices },
    'price',
    'rerank.price',
    model.rerank?.price,
    { unit: 'search', per: '1K' },
  );
  const id = `${idPrefix}.rerank`;
  const label = `${labelPrefix}: rerank (${model.id})`;
  const docTokens = rag.chunkTokens.plus(rag.queryEmbeddingTokens);
  const chunkPlusQuery = `${formatExact(rag.chunkTokens)} chunk + ${formatExact(rag.queryEmbeddingTokens)} query`;
  if (ref.unit === 'search') {
    const perDoc = model.rerank?.tokensPerDocument;
    const perSearch = model.rerank?.documentsPerSearch;
    const piecesPerDoc = perDoc === undefined ? ONE : docTokens.div(perDoc).ceil();
    const documents = rr.candidates.times(piecesPerDoc);
    const searches = perSearch === undefined ? ONE : documents.div(perSearch).ceil();
    const basis = `requests/month × ⌈${formatExact(rr.candidates)} candidates${perDoc === undefined ? '' : ` × ⌈(${chunkPlusQuery}) ÷ ${perDoc} tokens⌉`}${perSearch === undefined ? '' : ` ÷ ${perSearch} documents per search`}⌉ searches`;
    const line = { id, label, quantity: linear(ZERO, searches), quantityUnit: 'searches', basis };
    return { lines: [pricedLine(line, ref)], tables };
  }
  if (ref.unit === 'token') {
    const basis = `requests/month × ${formatExact(rr.candidates)} candidates × (${chunkPlusQuery}) tokens`;
    const quantity = linear(ZERO, rr.candidates.times(docTokens));
    return { lines: [pricedLine({ id, label, quantity, quantityUnit: 'tokens', basis }, ref)], tables };
  }
  throw new TuneOrRagError(
    'unit_mismatch',
    `${table.name} ${model.id} rerank must be priced per search or per token`,
    { path: `${ctx.rag.path}.rerank.model` },
  );
}
