import { formatExact } from '../_lib/formatExact.js';
import { scale, weightedSum } from '../_lib/piecewise.js';
import { D, type Dec, ONE } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Generation, Scenario } from '../scenario/parseScenario.js';
import { fineTuneParts } from './fineTuneCost.js';
import { inferenceLines, type RequestTokens } from './lines.js';
import { retrievalParts } from './ragCost.js';
import { findModel, type PriceContext } from './resolvePrice.js';
import { strategyEvents } from './routeLifecycle.js';
import { tableFor } from './tableFor.js';
import { resolveBaseTokenPrices } from './tokenPrices.js';
import {
  type LineDef,
  STRATEGY_LABELS,
  type StrategyId,
  type StrategyModel,
  type TokenBuckets,
} from './types.js';

/** Months over which a one-time line is spread in the monthly view. */
export function amortisationMonths(line: LineDef, scenario: Scenario): number {
  return line.recursEveryMonths ?? scenario.horizonMonths;
}

/** The lower of two capacity ceilings (null: none). */
function minCeiling(a: Dec | null, b: Dec | null): Dec | null {
  if (a === null) return b;
  if (b === null) return a;
  return a.lt(b) ? a : b;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function assemble(
  id: StrategyId,
  scenario: Scenario,
  registry: PricingRegistry,
  lines: LineDef[],
  buckets: TokenBuckets,
  maxRequestsPerMonth: Dec | null,
  tables: Record<string, string>,
  notes: string[],
): StrategyModel {
  const monthlyLines = lines.filter((l) => l.timing !== 'one_time');
  const recurring = weightedSum(
    monthlyLines.map((l) => l.quantity),
    monthlyLines.map((l) => l.unitPrice),
  );
  const oneTime = lines.filter((l) => l.timing === 'one_time');
  // Amortising divides by whole months; scaling by their least common multiple keeps the breakeven
  // coefficients exact (a division only at the very end).
  let lcm = 1;
  for (const line of oneTime) {
    const months = amortisationMonths(line, scenario);
    lcm = (lcm / gcd(lcm, months)) * months;
  }
  const monthlyScaled = weightedSum(
    [recurring, ...oneTime.map((l) => l.quantity)],
    [new D(lcm), ...oneTime.map((l) => l.unitPrice.times(lcm / amortisationMonths(l, scenario)))],
  );
  return {
    id,
    label: STRATEGY_LABELS[id],
    lines,
    recurring,
    monthly: lcm === 1 ? monthlyScaled : scale(monthlyScaled, ONE.div(lcm)),
    monthlyScaled,
    monthlyScale: lcm,
    maxRequestsPerMonth,
    tables,
    tokensPerRequest: buckets,
    notes,
    events: strategyEvents(id, scenario, registry, lines),
    trains: id === 'fineTune' || id === 'hybrid',
  };
}

function generationLines(
  scenario: Scenario,
  g: Generation,
  registry: PricingRegistry,
  path: string,
  idPrefix: string,
  labelPrefix: string,
  tokens: RequestTokens,
  tables: Record<string, string>,
): { lines: LineDef[]; buckets: TokenBuckets } {
  const table = tableFor(registry, g.vendor, scenario.asOf, `${path}.vendor`, tables);
  const model = findModel(table, g.model, 'chat', `${path}.model`);
  const ctx: PriceContext = { table, subject: model.id, overridePath: `${path}.prices`, overrides: g.prices };
  const prices = resolveBaseTokenPrices(
    ctx,
    model,
    tokens.prefix.plus(tokens.uncachedInput),
    g.cachedPrefixHitRate,
    g.cacheTtl,
    { tier: g.serviceTier, region: g.region, path },
  );
  return inferenceLines(idPrefix, labelPrefix, tokens, prices);
}

/** A strategy whose route cannot be bought on the date asked for. */
export interface ClosedStrategy {
  readonly id: StrategyId;
  readonly error: TuneOrRagError;
}

function isLifecycleError(error: unknown): error is TuneOrRagError {
  return (
    error instanceof TuneOrRagError &&
    (error.code === 'offering_ended' || error.code === 'offering_not_yet_available')
  );
}

/**
 * Builds the cost model of every strategy the scenario describes. Each model holds its line items
 * as functions of the monthly request volume, so every later question (a volume, a curve, a
 * breakeven, a horizon) is answered from these without re-reading prices.
 *
 * @param closed - When given, a strategy whose route has ended (`offering_ended`,
 *   `offering_not_yet_available`) is left out and reported here instead of thrown.
 */
export function buildStrategyModels(
  scenario: Scenario,
  registry: PricingRegistry,
  closed?: ClosedStrategy[],
): StrategyModel[] {
  const w = scenario.workload;
  const models: StrategyModel[] = [];
  const attempt = (id: StrategyId, build: () => void): void => {
    try {
      build();
    } catch (error) {
      if (closed === undefined || !isLifecycleError(error)) throw error;
      closed.push({ id, error });
    }
  };

  const { fineTune, rag: ragInput, promptOnly, hybrid } = scenario;
  if (fineTune)
    attempt('fineTune', () => {
      const tables: Record<string, string> = {};
      const parts = fineTuneParts(
        scenario,
        fineTune,
        registry,
        'fineTune',
        'Fine-tune',
        { uncachedInput: w.inputTokens, uncachedBasis: `${formatExact(w.inputTokens)} user input` },
        tables,
      );
      models.push(
        assemble(
          'fineTune',
          scenario,
          registry,
          parts.lines,
          parts.buckets,
          parts.maxRequestsPerMonth,
          tables,
          parts.notes,
        ),
      );
    });

  let retrieval: ReturnType<typeof retrievalParts> | null = null;
  if (ragInput)
    attempt('rag', () => {
      const rag = ragInput;
      const tables: Record<string, string> = {};
      retrieval = retrievalParts(scenario, rag, registry, 'rag', 'RAG', tables);
      const context = rag.topK.times(rag.chunkTokens);
      const generation = generationLines(
        scenario,
        rag.generation,
        registry,
        'strategies.rag.generation',
        'rag.generation',
        'RAG: generation',
        {
          prefix: w.instructionTokens,
          prefixHitRate: rag.generation.cachedPrefixHitRate,
          uncachedInput: w.inputTokens.plus(context),
          uncachedBasis: `${formatExact(w.inputTokens)} user input + ${formatExact(rag.topK)} chunks × ${formatExact(rag.chunkTokens)} retrieved`,
          output: w.outputTokens,
        },
        tables,
      );
      models.push(
        assemble(
          'rag',
          scenario,
          registry,
          [...retrieval.lines, ...generation.lines],
          generation.buckets,
          retrieval.maxRequestsPerMonth,
          tables,
          retrieval!.notes,
        ),
      );
    });

  if (promptOnly)
    attempt('promptOnly', () => {
      const p = promptOnly;
      const tables: Record<string, string> = {};
      const generation = generationLines(
        scenario,
        p,
        registry,
        'strategies.promptOnly',
        'promptOnly',
        'Prompt-only',
        {
          prefix: w.instructionTokens.plus(p.fewShotTokens),
          prefixHitRate: p.cachedPrefixHitRate,
          uncachedInput: w.inputTokens,
          uncachedBasis: `${formatExact(w.inputTokens)} user input`,
          output: w.outputTokens,
        },
        tables,
      );
      models.push(
        assemble('promptOnly', scenario, registry, generation.lines, generation.buckets, null, tables, []),
      );
    });

  const ragModel = models.find((m) => m.id === 'rag');
  const hybridBlocked = closed?.find((c) => c.id === 'rag' || c.id === 'fineTune');
  if (hybridBlocked !== undefined && hybrid) closed?.push({ id: 'hybrid', error: hybridBlocked.error });
  else if (hybrid && ragInput && fineTune && ragModel && retrieval)
    attempt('hybrid', () => {
      const rag = ragInput;
      const topK = hybrid.topK ?? rag.topK;
      const tables: Record<string, string> = {};
      // Hybrid retrieves exactly as RAG does: reuse its lines under hybrid ids instead of re-pricing.
      Object.assign(tables, ragModel.tables);
      const shared = retrieval!;
      const hybridRetrieval = {
        lines: shared.lines.map((line) => ({
          ...line,
          id: `hybrid${line.id.slice(3)}`,
          label: `Hybrid${line.label.slice(3)}`,
        })),
        notes: shared.notes,
      };
      const parts = fineTuneParts(
        scenario,
        fineTune,
        registry,
        'hybrid',
        'Hybrid',
        {
          uncachedInput: w.inputTokens.plus(topK.times(rag.chunkTokens)),
          uncachedBasis: `${formatExact(w.inputTokens)} user input + ${formatExact(topK)} chunks × ${formatExact(rag.chunkTokens)} retrieved`,
        },
        tables,
      );
      models.push(
        assemble(
          'hybrid',
          scenario,
          registry,
          [...hybridRetrieval.lines, ...parts.lines],
          parts.buckets,
          minCeiling(parts.maxRequestsPerMonth, shared.maxRequestsPerMonth),
          tables,
          [...hybridRetrieval.notes, ...parts.notes],
        ),
      );
    });
  return models;
}
