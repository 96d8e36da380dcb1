import { scale, weightedSum } from '../_lib/piecewise.js';
import { D, ONE } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import { strategyEvents } from '../model/routeLifecycle.js';
import type { StrategyParts } from '../model/strategies.js';
import type { LineDef, StrategyModel } from '../model/types.js';
import type { PricingRegistry } from '../pricing/registry.js';
import type { Candidate, Scenario } from '../spec/specs.js';
import { strategyKind } from '../strategyKinds.js';
import { kindModule } from './registry.js';

/** Months over which a one-time line is spread in the monthly view. */
export function amortisationMonths(line: LineDef, scenario: Scenario): number {
  return line.recursEveryMonths ?? scenario.horizonMonths;
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

function assemble(
  candidate: Candidate,
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
    id: candidate.name,
    kind: candidate.kind,
    label: candidate.label,
    path: candidate.path,
    fineTunePath: candidate.fineTune?.path ?? null,
    lines,
    recurring,
    monthly: lcm === 1 ? monthlyScaled : scale(monthlyScaled, ONE.div(lcm)),
    monthlyScaled,
    monthlyScale: lcm,
    maxRequestsPerMonth: parts.maxRequestsPerMonth,
    tables: parts.tables,
    tokensPerRequest: parts.buckets,
    notes: parts.notes,
    events: strategyEvents(candidate, registry, lines),
    trains: strategyKind(candidate.kind).trains,
    retrainEveryMonths: candidate.fineTune?.retrainEveryMonths ?? null,
  };
}

/** A candidate whose route cannot be bought on the date asked for. */
export interface ClosedStrategy {
  readonly id: string;
  readonly label: string;
  readonly error: TuneOrRagError;
}

function isLifecycleError(error: unknown): error is TuneOrRagError {
  return (
    error instanceof TuneOrRagError &&
    (error.code === 'offering_ended' || error.code === 'offering_not_yet_available')
  );
}

/** The candidates in an order where each comes after those it builds on (`uses`). */
function buildOrder(candidates: readonly Candidate[]): Candidate[] {
  const standalone = candidates.filter((c) => Object.keys(c.uses).length === 0);
  return [...standalone, ...candidates.filter((c) => Object.keys(c.uses).length > 0)];
}

/**
 * Builds the cost model of every candidate the scenario describes. Each model holds its line items
 * as functions of the monthly request volume, so every later question (a volume, a curve, a
 * breakeven, a horizon) is answered from these without re-reading prices. Models come back in the
 * scenario's candidate order.
 *
 * @param closed - When given, a candidate whose route has ended (`offering_ended`,
 *   `offering_not_yet_available`) is left out and reported here instead of thrown.
 */
export function buildStrategyModels(
  scenario: Scenario,
  registry: PricingRegistry,
  closed?: ClosedStrategy[],
): StrategyModel[] {
  const models = new Map<string, StrategyModel>();
  const built = new Map<string, StrategyParts>();
  for (const candidate of buildOrder(scenario.candidates)) {
    // A candidate that builds on a closed one is closed for the same reason.
    const blocker = closed?.find((c) => Object.values(candidate.uses).includes(c.id));
    if (blocker !== undefined) {
      closed!.push({ id: candidate.name, label: candidate.label, error: blocker.error });
      continue;
    }
    const legacy = candidate.path === `strategies.${candidate.kind}`;
    const ctx = {
      scenario,
      candidate,
      registry,
      built,
      idPrefix: candidate.name,
      labelPrefix: legacy ? strategyKind(candidate.kind).linePrefix : candidate.label,
    };
    try {
      const parts = kindModule(candidate.kind).build(ctx, candidate.spec);
      built.set(candidate.name, parts);
      models.set(candidate.name, assemble(candidate, scenario, registry, parts));
    } catch (error) {
      if (closed === undefined || !isLifecycleError(error)) throw error;
      closed.push({ id: candidate.name, label: candidate.label, error });
    }
  }
  const order = scenario.candidates.map((c) => c.name);
  closed?.sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
  return order.flatMap((name) => models.get(name) ?? []);
}
