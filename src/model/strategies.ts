import { formatExact } from '../_lib/formatExact.js';
import type { Dec } from '../decimal.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Candidate, Generation, Scenario } from '../spec/specs.js';
import { inferenceLines, type RequestTokens } from './lines.js';
import type { retrievalParts } from './ragCost.js';
import { findModel, type PriceContext } from './resolvePrice.js';
import { tableFor } from './tableFor.js';
import { resolveBaseTokenPrices } from './tokenPrices.js';
import type { LineDef, TokenBuckets } from './types.js';

/** What a strategy's builder returns: its lines and what `assemble` needs beside them. */
export interface StrategyParts {
  readonly lines: readonly LineDef[];
  readonly buckets: TokenBuckets;
  /** The highest monthly volume it can serve, or null for no ceiling. */
  readonly maxRequestsPerMonth: Dec | null;
  /** Vendor → table date of every table it read. */
  readonly tables: Readonly<Record<string, string>>;
  readonly notes: readonly string[];
  /** RAG only: its retrieval, which hybrid reuses instead of pricing it again, and its line prefixes. */
  readonly retrieval?: ReturnType<typeof retrievalParts> & {
    readonly idPrefix: string;
    readonly labelPrefix: string;
  };
}

/** What a builder reads: the scenario, the candidate, the tables, and the candidates built before it. */
export interface BuildContext {
  readonly scenario: Scenario;
  readonly candidate: Candidate;
  readonly registry: PricingRegistry;
  /** Line ids start with this: the candidate's name (`rag.vectorDb.readUnits`). */
  readonly idPrefix: string;
  /** Line labels start with this: the kind's prefix in the `strategies` form, else the candidate's label. */
  readonly labelPrefix: string;
  /** Parts of the candidates already built, by name, for kinds that build on others (`needs`). */
  readonly built: ReadonlyMap<string, StrategyParts>;
}

/**
 * A base model's inference lines for one request shape (prefix, uncached input, output), at the
 * table's prices with the candidate's overrides, tier and region: prompt-only, long context and RAG's
 * generation share it.
 */
export function generationLines(
  ctx: BuildContext,
  g: Generation,
  path: string,
  idPrefix: string,
  labelPrefix: string,
  tokens: RequestTokens,
  tables: Record<string, string>,
): { lines: LineDef[]; buckets: TokenBuckets } {
  const { scenario, registry } = ctx;
  const table = tableFor(registry, g.vendor, scenario.asOf, `${path}.vendor`, tables);
  const model = findModel(table, g.model, 'chat', `${path}.model`);
  const prices: PriceContext = {
    table,
    subject: model.id,
    overridePath: `${path}.prices`,
    overrides: g.prices,
  };
  const refs = resolveBaseTokenPrices(
    prices,
    model,
    tokens.prefix.plus(tokens.uncachedInput),
    g.cachedPrefixHitRate,
    g.cacheTtl,
    { tier: g.serviceTier, region: g.region, path },
  );
  return inferenceLines(idPrefix, labelPrefix, tokens, refs);
}

/** The lower of two capacity ceilings (null: none). */
export function minCeiling(a: Dec | null, b: Dec | null): Dec | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.lt(b) ? a : b;
}

/**
 * A base model called directly with the candidate's own prompt: the instruction plus `extraPrefix`
 * tokens (few-shot examples, a knowledge base) as the cacheable prefix, the user's input uncached,
 * then the output. Prompt-only and long context differ only in what `extraPrefix` holds.
 */
export function promptedBaseModel(
  ctx: BuildContext,
  extraPrefix: Dec,
): { lines: LineDef[]; buckets: TokenBuckets; tables: Record<string, string> } {
  const w = ctx.scenario.workload;
  const g = ctx.candidate.generation!;
  const tables: Record<string, string> = {};
  const generation = generationLines(
    ctx,
    g,
    ctx.candidate.path,
    ctx.idPrefix,
    ctx.labelPrefix,
    {
      prefix: w.instructionTokens.plus(extraPrefix),
      prefixHitRate: g.cachedPrefixHitRate,
      uncachedInput: w.inputTokens,
      uncachedBasis: `${formatExact(w.inputTokens)} user input`,
      output: w.outputTokens,
    },
    tables,
  );
  return { ...generation, tables };
}
