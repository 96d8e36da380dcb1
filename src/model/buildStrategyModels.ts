import { scale, weightedSum } from '../_lib/piecewise.js';
import { D, ONE } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Scenario } from '../scenario/parseScenario.js';
import { STRATEGY_KINDS, strategyKind } from '../strategyKinds.js';
import { strategyEvents } from './routeLifecycle.js';
import { STRATEGY_BUILDERS, type StrategyParts } from './strategies.js';
import { type LineDef, STRATEGY_LABELS, type StrategyId, type StrategyModel } from './types.js';

/** Months over which a one-time line is spread in the monthly view. */
export function amortisationMonths(line: LineDef, scenario: Scenario): number {
  return line.recursEveryMonths ?? scenario.horizonMonths;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function assemble(
  id: StrategyId,
  scenario: Scenario,
  registry: PricingRegistry,
  parts: StrategyParts,
): StrategyModel {
  const lines = [...parts.lines];
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
    maxRequestsPerMonth: parts.maxRequestsPerMonth,
    tables: parts.tables,
    tokensPerRequest: parts.buckets,
    notes: parts.notes,
    events: strategyEvents(id, scenario, registry, lines),
    trains: strategyKind(id).trains,
  };
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
  const models: StrategyModel[] = [];
  const built = new Map<StrategyId, StrategyParts>();
  for (const kind of STRATEGY_KINDS) {
    if (scenario[kind.id] === null) continue;
    // A kind that builds on a closed one is closed for the same reason.
    const blocker = closed?.find((c) => (kind.needs as readonly StrategyId[]).includes(c.id));
    if (blocker !== undefined) {
      closed!.push({ id: kind.id, error: blocker.error });
      continue;
    }
    try {
      const parts = STRATEGY_BUILDERS[kind.id]({ scenario, registry, built });
      built.set(kind.id, parts);
      models.push(assemble(kind.id, scenario, registry, parts));
    } catch (error) {
      if (closed === undefined || !isLifecycleError(error)) throw error;
      closed.push({ id: kind.id, error });
    }
  }
  return models;
}
