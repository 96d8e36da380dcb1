import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { ModelEntry, PriceOrMissing, TierEntry, TokenPrices } from '../pricing/priceTableSchema.js';
import type { ServiceTier } from '../spec/fields.js';
import type { TokenPriceRefs } from './lines.js';
import { type PriceContext, resolvePrice } from './resolvePrice.js';

const PER_1M = { unit: 'token', per: '1M' } as const;

function fromTokenPrices(
  ctx: PriceContext,
  prices: TokenPrices,
  itemPrefix: string,
  hitRate: Dec,
  ttl: '5m' | '1h',
  modifier: Modifier | null,
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
    factor: modifier?.factor ?? null,
    cachedFactor: modifier?.cachedFactor ?? null,
    modifier: modifier?.label ?? null,
  };
}

/** A multiplier on per-token prices (a service tier, a region), and what it is called. */
interface Modifier {
  readonly factor: Dec | null;
  /** Cached input and cache writes: the same factor unless the tier says it does not stack. */
  readonly cachedFactor: Dec | null;
  readonly label: string;
}

function times(a: Dec | null, b: Dec | null): Dec | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.times(b);
}

/** Which tier and region a generation buys. */
export interface Purchase {
  readonly tier: ServiceTier;
  readonly region: string | null;
  /** Scenario path of the generation, for errors (`strategies.rag.generation`). */
  readonly path: string;
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
  purchase: Purchase,
): TokenPriceRefs {
  const inference = model.inference;
  if (inference === undefined) {
    throw new TuneOrRagError(
      'missing_price',
      `${ctx.table.name} lists no per-token prices for ${model.id}: pass \`${ctx.overridePath}.input\` and \`${ctx.overridePath}.output\` (USD per 1M tokens)`,
      { path: `${ctx.overridePath}.input` },
    );
  }
  const { tier, region, path } = purchase;
  let factor: Dec | null = null;
  let cachedFactor: Dec | null = null;
  const labels: string[] = [];
  let own: TierEntry | null = null;
  if (tier !== 'standard') {
    const entry = inference.tiers?.[tier];
    const legacyBatch = tier === 'batch' ? inference.batch : undefined;
    if (entry === undefined && legacyBatch === undefined) {
      const offered = Object.keys(inference.tiers ?? {});
      if (inference.batch !== undefined && !offered.includes('batch')) offered.push('batch');
      throw new TuneOrRagError(
        'option_not_offered',
        `${ctx.table.name} lists no ${tier} price for ${model.id}; tiers: standard${offered.length ? `, ${offered.sort().join(', ')}` : ''}`,
        { path: `${path}.${tier === 'batch' ? 'batch' : 'serviceTier'}` },
      );
    }
    if (entry !== undefined && entry.factor === undefined) {
      own = entry;
      labels.push(tier);
    } else {
      const f = new D(entry?.factor ?? legacyBatch!.factor);
      factor = f;
      cachedFactor = entry?.cachedInputStacks === false ? null : f;
      labels.push(`${tier} × ${f.toString()}`);
    }
  }
  if (region !== null) {
    const entry = inference.regions?.[region];
    if (entry === undefined) {
      const known = Object.keys(inference.regions ?? {}).sort();
      throw new TuneOrRagError(
        'option_not_offered',
        `${ctx.table.name} prices no region "${region}" for ${model.id}; ${known.length ? `regions: ${known.join(', ')}` : 'it lists one price for every region'}`,
        { path: `${path}.region` },
      );
    }
    const f = new D(entry.factor);
    factor = times(factor, f);
    cachedFactor = times(cachedFactor, f);
    labels.push(`${region} × ${f.toString()}`);
  }
  const modifier = labels.length === 0 ? null : { factor, cachedFactor, label: labels.join(', ') };
  const long = inference.longContext;
  const base = long !== undefined && inputTokensPerRequest.gt(long.aboveInputTokens) ? long : null;
  const prefix = base === null ? 'inference' : 'inference.longContext';
  const prices: TokenPrices = base ?? inference;
  if (own !== null) {
    // A tier with prices of its own replaces the standard input, cached input and output prices.
    const tierPrices: TokenPrices = {
      ...prices,
      input: own.input!,
      output: own.output!,
      ...(own.cachedInput === undefined ? {} : { cachedInput: own.cachedInput }),
    };
    return fromTokenPrices(ctx, tierPrices, `inference.tiers.${tier}`, hitRate, ttl, modifier);
  }
  return fromTokenPrices(ctx, prices, prefix, hitRate, ttl, modifier);
}

/** Per-token prices of a tuned model. */
export function resolveTunedTokenPrices(
  ctx: PriceContext,
  prices: TokenPrices,
  hitRate: Dec,
): TokenPriceRefs {
  return fromTokenPrices(ctx, prices, 'fineTuning.tunedInference', hitRate, '5m', null);
}
