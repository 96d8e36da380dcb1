import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { ModelEntry, PriceOrMissing, TokenPrices } from '../pricing/priceTableSchema.js';
import type { TokenPriceRefs } from './lines.js';
import { type PriceContext, resolvePrice } from './resolvePrice.js';

const PER_1M = { unit: 'token', per: '1M' } as const;

function fromTokenPrices(
  ctx: PriceContext,
  prices: TokenPrices,
  itemPrefix: string,
  hitRate: Dec,
  ttl: '5m' | '1h',
  factor: Dec | null,
): TokenPriceRefs {
  const get = (key: string, field: string, entry: PriceOrMissing | undefined) =>
    resolvePrice(ctx, key, `${itemPrefix}.${field}`, entry, PER_1M);
  const writeEntry = ttl === '1h' ? prices.cacheWrite1h : prices.cacheWrite5m;
  const writeField = ttl === '1h' ? 'cacheWrite1h' : 'cacheWrite5m';
  const caching = hitRate.gt(0);
  return {
    input: get('input', 'input', prices.input),
    // A cached price is needed only when some prefix is read from cache; then a missing one is an error.
    cachedInput: caching ? get('cachedInput', 'cachedInput', prices.cachedInput) : null,
    cacheWrite:
      caching && (writeEntry !== undefined || ctx.overrides.cacheWrite !== undefined)
        ? get('cacheWrite', writeField, writeEntry)
        : null,
    output: get('output', 'output', prices.output),
    factor,
  };
}

/**
 * Base-model per-token prices for one request shape: the long-context tier applies when a request's
 * input exceeds its threshold (a cliff: all tokens at the tier price), and the batch multiplier when
 * asked for.
 */
export function resolveBaseTokenPrices(
  ctx: PriceContext,
  model: ModelEntry,
  inputTokensPerRequest: Dec,
  hitRate: Dec,
  ttl: '5m' | '1h',
  batch: boolean,
  batchPath: string,
): TokenPriceRefs {
  const inference = model.inference;
  if (inference === undefined) {
    throw new TuneOrRagError(
      'missing_price',
      `${ctx.table.name} lists no per-token prices for ${model.id}: pass \`${ctx.overridePath}.input\` and \`${ctx.overridePath}.output\` (USD per 1M tokens)`,
      { path: `${ctx.overridePath}.input` },
    );
  }
  let factor: Dec | null = null;
  if (batch) {
    if (inference.batch === undefined) {
      throw new TuneOrRagError(
        'option_not_offered',
        `${ctx.table.name} lists no batch price for ${model.id}`,
        {
          path: batchPath,
        },
      );
    }
    factor = new D(inference.batch.factor);
  }
  const long = inference.longContext;
  if (long !== undefined && inputTokensPerRequest.gt(long.aboveInputTokens)) {
    return fromTokenPrices(ctx, long, 'inference.longContext', hitRate, ttl, factor);
  }
  return fromTokenPrices(ctx, inference, 'inference', hitRate, ttl, factor);
}

/** Per-token prices of a tuned model. */
export function resolveTunedTokenPrices(
  ctx: PriceContext,
  prices: TokenPrices,
  hitRate: Dec,
): TokenPriceRefs {
  return fromTokenPrices(ctx, prices, 'fineTuning.tunedInference', hitRate, '5m', null);
}
