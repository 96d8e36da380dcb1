import { formatExact } from '../_lib/formatExact.js';
import { isLinear, linear, type Piecewise } from '../_lib/piecewise.js';
import { type Dec, ONE, ZERO } from '../decimal.js';
import { describePrice, unitPrice } from './resolvePrice.js';
import type { LineDef, LineTiming, PriceRef, TokenBuckets } from './types.js';

function timingOf(quantity: Piecewise, oneTime: boolean): LineTiming {
  if (oneTime) return 'one_time';
  return isLinear(quantity) && quantity.slopes[0]!.isZero() ? 'monthly_fixed' : 'per_volume';
}

export interface LineArgs {
  readonly id: string;
  readonly label: string;
  readonly quantity: Piecewise;
  readonly quantityUnit: string;
  readonly basis: string;
  /** One-time cost recurring every N months (null = once). Absent: a monthly line. */
  readonly oneTime?: { readonly recursEveryMonths: number | null };
}

function line(args: LineArgs, unitPriceUsd: Dec, priceLabel: string, ref: PriceRef | null): LineDef {
  return {
    id: args.id,
    label: args.label,
    timing: timingOf(args.quantity, args.oneTime !== undefined),
    recursEveryMonths: args.oneTime?.recursEveryMonths ?? null,
    quantity: args.quantity,
    quantityUnit: args.quantityUnit,
    unitPrice: unitPriceUsd,
    priceLabel,
    price: ref,
    basis: args.basis,
  };
}

/**
 * A line priced from a table (or override), optionally adjusted by a factor (a service tier, a
 * region), named in the price label.
 */
export function pricedLine(
  args: LineArgs,
  ref: PriceRef,
  factor?: Dec,
  perUnit?: Dec,
  modifier?: string,
): LineDef {
  return line(
    args,
    (perUnit ?? unitPrice(ref)).times(factor ?? ONE),
    describePrice(ref, factor, modifier),
    ref,
  );
}

/** A line whose quantity is already in USD (top-ups to a minimum, included credits). */
export function usdLine(args: LineArgs, ref: PriceRef | null): LineDef {
  return line({ ...args, quantityUnit: 'USD' }, ONE, ref ? describePrice(ref) : '$1 per USD', ref);
}

/** Per-token prices for one model, with optional multipliers (service tier, region). */
export interface TokenPriceRefs {
  readonly input: PriceRef;
  readonly cachedInput: PriceRef | null;
  readonly cacheWrite: PriceRef | null;
  readonly output: PriceRef;
  /** Multiplier of input and output prices. */
  readonly factor: Dec | null;
  /** Multiplier of cached-input and cache-write prices. */
  readonly cachedFactor: Dec | null;
  /** What the multipliers are, for the line's price label (`flex × 0.5, regional × 1.1`). */
  readonly modifier: string | null;
}

/** How one request's tokens split, before prices. */
export interface RequestTokens {
  /** The cacheable instruction prefix. */
  readonly prefix: Dec;
  /** Fraction of requests whose prefix is read from cache. */
  readonly prefixHitRate: Dec;
  /** Input that is never cached (user input, retrieved context). */
  readonly uncachedInput: Dec;
  readonly output: Dec;
  /** What `uncachedInput` is made of, for the explanation. */
  readonly uncachedBasis: string;
}

/**
 * Splits a request's tokens into billed buckets. Prompt caching: a fraction h of requests reads the
 * prefix at the cached price; the rest write it at the cache-write price where the vendor charges
 * one (Anthropic), else pay the ordinary input price (OpenAI's automatic caching).
 */
export function tokenBuckets(tokens: RequestTokens, chargesCacheWrite: boolean): TokenBuckets {
  const hits = tokens.prefix.times(tokens.prefixHitRate);
  const misses = tokens.prefix.minus(hits);
  return {
    input: tokens.uncachedInput.plus(chargesCacheWrite ? ZERO : misses),
    cachedInput: hits,
    cacheWrite: chargesCacheWrite ? misses : ZERO,
    output: tokens.output,
  };
}

/**
 * The inference lines of a strategy: input, cache write, cached input and output tokens, each
 * requests/month × tokens per request × price.
 */
export function inferenceLines(
  idPrefix: string,
  labelPrefix: string,
  tokens: RequestTokens,
  prices: TokenPriceRefs,
): { lines: LineDef[]; buckets: TokenBuckets } {
  const buckets = tokenBuckets(tokens, prices.cacheWrite !== null);
  const modifier = prices.modifier ?? undefined;
  const lines: LineDef[] = [];
  const h = tokens.prefixHitRate;
  const perRequest = (
    key: string,
    label: string,
    perReq: Dec,
    ref: PriceRef,
    basis: string,
    cached = false,
  ): LineDef => {
    const factor = (cached ? prices.cachedFactor : prices.factor) ?? undefined;
    return pricedLine(
      {
        id: `${idPrefix}.${key}`,
        label: `${labelPrefix}: ${label}`,
        quantity: linear(ZERO, perReq),
        quantityUnit: 'tokens',
        basis: `requests/month × ${formatExact(perReq)} tokens per request (${basis})`,
      },
      ref,
      factor,
      undefined,
      modifier !== undefined && cached && prices.factor !== null && prices.cachedFactor === null
        ? `${modifier}: not on cached tokens`
        : modifier,
    );
  };
  const missPart = h.isZero()
    ? `${formatExact(tokens.prefix)} instruction`
    : `${formatExact(tokens.prefix)} instruction × ${formatExact(ONE.minus(h))} cache misses`;
  const inputBasis =
    prices.cacheWrite === null && !tokens.prefix.isZero() && !h.eq(1)
      ? `${tokens.uncachedBasis} + ${missPart}`
      : tokens.uncachedBasis;
  lines.push(perRequest('input', 'input tokens', buckets.input, prices.input, inputBasis));
  if (!buckets.cacheWrite.isZero() && prices.cacheWrite) {
    lines.push(
      perRequest('cacheWrite', 'cache-write tokens', buckets.cacheWrite, prices.cacheWrite, missPart, true),
    );
  }
  if (!buckets.cachedInput.isZero()) {
    // resolveTokenPrices guarantees a cached price whenever the hit rate is above zero.
    lines.push(
      perRequest(
        'cachedInput',
        'cached input tokens',
        buckets.cachedInput,
        prices.cachedInput!,
        `${formatExact(tokens.prefix)} instruction × ${formatExact(h)} cache hits`,
        true,
      ),
    );
  }
  lines.push(perRequest('output', 'output tokens', buckets.output, prices.output, 'output'));
  return { lines, buckets };
}
