import { formatExact } from '../_lib/formatExact.js';
import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Candidate, Generation, Scenario } from '../scenario/parseScenario.js';
import type { StrategyId } from '../strategyKinds.js';
import { fineTuneParts } from './fineTuneCost.js';
import { inferenceLines, type RequestTokens } from './lines.js';
import { retrievalParts } from './ragCost.js';
import { findModel, type PriceContext } from './resolvePrice.js';
import { retrievalTuningLines, tunedRag } from './retrievalTuningLines.js';
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

/** Builds one strategy kind, given that the scenario describes it. */
export type StrategyBuilder = (ctx: BuildContext) => StrategyParts;

/**
 * Each strategy kind's builder. Keyed by every id of `STRATEGY_KINDS`, so a new kind does not
 * compile until its builder is here.
 */
export const STRATEGY_BUILDERS: Readonly<Record<StrategyId, StrategyBuilder>> = {
  fineTune: buildFineTune,
  rag: buildRag,
  promptOnly: buildPromptOnly,
  hybrid: buildHybrid,
  longContext: buildLongContext,
  retrievalTuning: buildRetrievalTuning,
};

function generationLines(
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

/** A tuned model on the user's input alone. */
function buildFineTune(ctx: BuildContext): StrategyParts {
  const { scenario, registry } = ctx;
  const w = scenario.workload;
  const tables: Record<string, string> = {};
  const parts = fineTuneParts(
    scenario,
    ctx.candidate.fineTune!,
    registry,
    ctx.idPrefix,
    ctx.labelPrefix,
    { uncachedInput: w.inputTokens, uncachedBasis: `${formatExact(w.inputTokens)} user input` },
    tables,
  );
  return { ...parts, tables };
}

/** Retrieval, then a base model with the retrieved chunks in its prompt. */
function buildRag(ctx: BuildContext): StrategyParts {
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

/** A base model with a long, cacheable instruction and few-shot block. */
function buildPromptOnly(ctx: BuildContext): StrategyParts {
  const { scenario } = ctx;
  const w = scenario.workload;
  const p = ctx.candidate.promptOnly!;
  const tables: Record<string, string> = {};
  const generation = generationLines(
    ctx,
    p,
    ctx.candidate.path,
    ctx.idPrefix,
    ctx.labelPrefix,
    {
      prefix: w.instructionTokens.plus(p.fewShotTokens),
      prefixHitRate: p.cachedPrefixHitRate,
      uncachedInput: w.inputTokens,
      uncachedBasis: `${formatExact(w.inputTokens)} user input`,
      output: w.outputTokens,
    },
    tables,
  );
  return { ...generation, maxRequestsPerMonth: null, tables, notes: [] };
}

/** The lower of two capacity ceilings (null: none). */
function minCeiling(a: Dec | null, b: Dec | null): Dec | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.lt(b) ? a : b;
}

/** The tuned model with RAG's retrieval, reused under hybrid ids rather than priced again. */
function buildHybrid(ctx: BuildContext): StrategyParts {
  const { scenario, registry } = ctx;
  const w = scenario.workload;
  const c = ctx.candidate;
  const rag = c.rag!;
  const topK = c.hybrid!.topK ?? rag.topK;
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
    scenario,
    c.fineTune!,
    registry,
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
}

/** A base model with the knowledge base in every prompt: instruction + context as a cached prefix. */
function buildLongContext(ctx: BuildContext): StrategyParts {
  const w = ctx.scenario.workload;
  const l = ctx.candidate.longContext!;
  const tables: Record<string, string> = {};
  const generation = generationLines(
    ctx,
    l,
    ctx.candidate.path,
    ctx.idPrefix,
    ctx.labelPrefix,
    {
      prefix: w.instructionTokens.plus(l.contextTokens),
      prefixHitRate: l.cachedPrefixHitRate,
      uncachedInput: w.inputTokens,
      uncachedBasis: `${formatExact(w.inputTokens)} user input`,
      output: w.outputTokens,
    },
    tables,
  );
  return { ...generation, maxRequestsPerMonth: null, tables, notes: contextWindowNotes(ctx, l) };
}

/**
 * A request must fit the model's context window: instruction + knowledge + input + output tokens.
 * @throws `context_window_exceeded` naming both numbers when the table states the window and the
 *   request does not fit; the note says when the table does not state it (nothing is checked).
 */
function contextWindowNotes(ctx: BuildContext, l: Generation & { readonly contextTokens: Dec }): string[] {
  const w = ctx.scenario.workload;
  const table = tableFor(ctx.registry, l.vendor, ctx.scenario.asOf, `${ctx.candidate.path}.vendor`, {});
  const model = findModel(table, l.model, 'chat', `${ctx.candidate.path}.model`);
  const needed = w.instructionTokens.plus(l.contextTokens).plus(w.inputTokens).plus(w.outputTokens);
  const window = model.contextWindow;
  if (window === undefined) {
    return [
      `${table.name} ${model.id}: its context window is not in the table, so the ${formatExact(needed)} tokens a request holds are not checked against it.`,
    ];
  }
  if (needed.gt(window.tokens)) {
    throw new TuneOrRagError(
      'context_window_exceeded',
      `a request holds ${formatExact(needed)} tokens (instruction ${formatExact(w.instructionTokens)} + context ${formatExact(l.contextTokens)} + input ${formatExact(w.inputTokens)} + output ${formatExact(w.outputTokens)}), more than ${table.name} ${model.id}'s context window of ${formatExact(new D(window.tokens))} tokens: put a share of the knowledge in the prompt (a smaller \`contextTokens\`), retrieve it instead, or choose a model with a larger window`,
      { path: `${ctx.candidate.path}.contextTokens` },
    );
  }
  return [];
}

/** RAG with a tuned embedding model and/or reranker: RAG's lines at the tuned prices, plus training. */
function buildRetrievalTuning(ctx: BuildContext): StrategyParts {
  const tuning = ctx.candidate.retrievalTuning!;
  const rag = tunedRag(ctx.candidate.rag!, tuning);
  const parts = buildRag({ ...ctx, candidate: { ...ctx.candidate, rag } });
  const { retrieval: _notShared, ...own } = parts;
  const lines = retrievalTuningLines({ ...ctx, rag, tuning }, parts.lines);
  return { ...own, lines };
}
