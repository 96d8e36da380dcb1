import {
  type CalculationOptions,
  type CompareResult,
  compareWith,
  type HorizonReport,
  horizonWith,
  type RunInfo,
} from '../calculate.js';
import type { Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import type { CandidateId, StrategyId } from '../model/types.js';
import { VENDOR_FACTS } from '../pricing/vendorFacts.js';
import { parseScenario, type Scenario } from '../scenario/parseScenario.js';
import { constraintsDefaults, dataPerimeterDefaults } from '../spec/fields.js';
import { strategyKind } from '../strategyKinds.js';
import type { BreakevenResult } from './findBreakeven.js';
import { type MultipleResult, multipleOf } from './multipleOf.js';
import type { Percentiles } from './percentiles.js';
import { simulateWith } from './simulateWith.js';

/** A need the answers have (`scenario.needs`). */
export type Need = 'styleOrFormat' | 'freshFacts' | 'citations';

/** Which rule of thumb the needs select: tune, retrieve, both, or (no need stated) cost alone. */
export type RecommendRule = 'tune' | 'retrieve' | 'both' | 'cost';

/** The constraint that removed a strategy. */
export type RemovalReason = 'dataPerimeter' | 'weightsDownloadable' | 'openForHorizon' | 'closedOnDate';

/** A strategy taken out before costs are compared, with why and where the fact comes from (once per constraint it fails). */
export interface RemovedStrategy {
  readonly strategy: CandidateId;
  readonly label: string;
  readonly constraint: RemovalReason;
  readonly reason: string;
  /** Source URLs of the facts behind the removal (vendor facts, a lifecycle date). */
  readonly sources: readonly string[];
}

/** A strategy that passed the constraints: its cost and whether it meets the stated needs. */
export interface EligibleStrategy {
  readonly strategy: CandidateId;
  readonly label: string;
  readonly monthlyTotal: Dec;
  readonly meetsNeeds: boolean;
  /** The stated needs this strategy does not meet. */
  readonly unmetNeeds: readonly Need[];
}

/**
 * How sure the verdict is: with the scenario's `uncertainty`, a seeded Monte Carlo's share of
 * samples in which the recommended strategy is the cheapest and its cost's spread; always the
 * deterministic margin: how far the volume may move before it stops being cheaper than its nearest
 * rival.
 */
export interface RecommendSureness {
  /**
   * `true` when the scenario has an `uncertainty` block: a seeded Monte Carlo (`simulate`, 2,000
   * samples, seed 1) gives how often the recommended strategy is the
   * cheapest and the spread of its monthly cost. `false` otherwise: only the nearest crossover.
   */
  readonly assessed: boolean;
  readonly note: string;
  /** The crossover nearest the scenario's volume between the recommended strategy and another eligible one. */
  readonly nearestCrossover: {
    readonly against: CandidateId;
    readonly requestsPerMonth: Dec;
    /** crossover volume ÷ the scenario's volume. */
    readonly volumeRatio: Dec;
  } | null;
  /** Assessed only: the share of samples in which the recommended strategy is the cheapest of all. */
  readonly probabilityCheapest: Dec | null;
  /** Assessed only: P10 / P50 / P90 of its monthly cost over the samples. */
  readonly monthlyCost: Percentiles | null;
}

/** Samples of the Monte Carlo behind `sureness` (seed 1): enough for shares to about ±1 point. */
export const SURENESS_SAMPLES = 2000;

/** The result of {@link recommendWith}. */
export interface RecommendResult {
  readonly run: RunInfo;
  readonly requestsPerMonth: Dec;
  readonly needs: Readonly<Record<Need, boolean>>;
  readonly rule: RecommendRule;
  /** The rule in words, with the needs that chose it. */
  readonly ruleText: string;
  readonly removed: readonly RemovedStrategy[];
  /** Eligible strategies, cheapest first at the scenario's volume. */
  readonly eligible: readonly EligibleStrategy[];
  /** The cheapest eligible strategy at the volume, whatever the needs; null when none is eligible. */
  readonly cheapest: CandidateId | null;
  /** The cheapest eligible strategy that meets every stated need (else the cheapest eligible); null when none is eligible. */
  readonly recommended: CandidateId | null;
  /** Recommended vs cheapest (the premium the needs cost), or vs the next cheapest when they are the same. */
  readonly multiple: MultipleResult | null;
  /** Breakevens between the recommended strategy and every other eligible one. */
  readonly breakevens: readonly BreakevenResult[];
  readonly sureness: RecommendSureness;
  /** The verdict in one paragraph, with its numbers. */
  readonly verdict: string;
  readonly notes: readonly string[];
}

const NEED_WORDS: Readonly<Record<Need, string>> = {
  styleOrFormat: 'a style, format or voice',
  freshFacts: 'facts that change',
  citations: 'citations',
};

const TRAINS: readonly StrategyId[] = ['fineTune', 'hybrid'];

function needsOf(s: Scenario): Record<Need, boolean> {
  return {
    styleOrFormat: s.needs?.styleOrFormat === true,
    freshFacts: s.needs?.freshFacts === true,
    citations: s.needs?.citations === true,
  };
}

function ruleOf(needs: Record<Need, boolean>): { rule: RecommendRule; text: string } {
  const retrieve = needs.freshFacts || needs.citations;
  const stated = (Object.keys(needs) as Need[]).filter((n) => needs[n]).map((n) => NEED_WORDS[n]);
  if (needs.styleOrFormat && retrieve) {
    return {
      rule: 'both',
      text: `Both: tune for ${NEED_WORDS.styleOrFormat}, and retrieve for ${stated.slice(1).join(' and ')} (a tuned model neither updates nor cites): a tuned model with retrieval.`,
    };
  }
  if (needs.styleOrFormat) {
    return {
      rule: 'tune',
      text: 'Tune: the answers need a style, format or voice, which a tuned model holds and a prompt only approximates.',
    };
  }
  if (retrieve) {
    return {
      rule: 'retrieve',
      text: `Retrieve: the answers need ${stated.join(' and ')}, which retrieval (or the knowledge in a cached prompt) supplies and a tuned model does not.`,
    };
  }
  return {
    rule: 'cost',
    text: 'No need stated (`needs`): the cheapest eligible strategy is recommended on cost alone.',
  };
}

/** The vendors a strategy sends data to: every vendor whose table it used. */
function vendorsOf(cost: CompareResult['strategies'][number]): string[] {
  return Object.keys(cost.tables);
}

function constraintRemovals(
  s: Scenario,
  compared: CompareResult,
  horizon: HorizonReport | null,
): RemovedStrategy[] {
  const out: RemovedStrategy[] = [];
  const c = s.constraints;
  for (const u of compared.run.unavailable) {
    out.push({
      strategy: u.strategy,
      label: u.label,
      constraint: 'closedOnDate',
      reason: u.error.detail,
      sources: u.error.offering?.sourceUrl ? [u.error.offering.sourceUrl] : [],
    });
  }
  for (const cost of compared.strategies) {
    const id = cost.strategy;
    const trainer = TRAINS.includes(kindIn(compared, id))
      ? (s.candidates.find((x) => x.name === id)?.fineTune?.vendor ?? null)
      : null;
    const remove = (constraint: RemovalReason, reason: string, sources: readonly string[]) => {
      out.push({ strategy: id, label: cost.label, constraint, reason, sources });
    };
    const perimeter = c?.dataPerimeter;
    if (perimeter !== undefined) {
      const allowed: readonly string[] = perimeter.clouds;
      const scope = perimeter.scope ?? dataPerimeterDefaults.scope;
      const checked = scope === 'all' ? vendorsOf(cost) : trainer === null ? [] : [trainer];
      for (const vendor of checked) {
        const fact = VENDOR_FACTS[vendor]?.perimeter;
        if (fact !== undefined && allowed.includes(fact.value)) continue;
        const where =
          fact === undefined
            ? 'no perimeter fact is recorded'
            : `its data goes to ${fact.value === 'vendor' ? "the vendor's own infrastructure" : fact.value.toUpperCase()}`;
        remove(
          'dataPerimeter',
          `${vendor === trainer ? 'trains at' : 'sends data to'} ${vendor}: ${where}, outside ${allowed.map((x) => x.toUpperCase()).join(' or ')}`,
          fact ? [fact.source.url] : [],
        );
        break;
      }
    }
    if ((c?.weightsDownloadable ?? constraintsDefaults.weightsDownloadable) && trainer !== null) {
      const fact = VENDOR_FACTS[trainer]?.weightsDownloadable;
      if (fact?.value !== true) {
        remove(
          'weightsDownloadable',
          `${trainer}'s tuned weights ${fact?.value === false ? 'cannot be downloaded' : 'are not established as downloadable'}${fact ? ` (${fact.source.note})` : ''}`,
          fact ? [fact.source.url] : [],
        );
      }
    }
    const closure = horizon?.closures.find((x) => x.strategy === id);
    if (closure !== undefined) {
      remove(
        'openForHorizon',
        `closes in month ${closure.month} of the ${s.horizonMonths}-month horizon (from ${closure.monthStarts}): ${closure.error.detail}${closure.continuesOn ? `; the scenario's fallback (${closure.continuesOn}) would continue it` : ''}`,
        closure.error.offering?.sourceUrl ? [closure.error.offering.sourceUrl] : [],
      );
    }
  }
  return out;
}

/** `true` when the input has an `uncertainty` block (read guarded: the input is the user's). */
function hasUncertainty(input: unknown): boolean {
  try {
    return (
      typeof input === 'object' && input !== null && (input as { uncertainty?: unknown }).uncertainty != null
    );
  } catch {
    return false;
  }
}

function surenessOf(
  input: unknown,
  options: CalculationOptions | undefined,
  chosen: CandidateId | null,
  nearest: RecommendSureness['nearestCrossover'],
): RecommendSureness {
  const margin = 'the nearest crossover says how far the volume may move before the cost order changes';
  if (chosen === null || !hasUncertainty(input)) {
    return {
      assessed: false,
      note: `Not assessed: the scenario states no \`uncertainty\` (ranges or distributions of its inputs); ${margin}.`,
      nearestCrossover: nearest,
      probabilityCheapest: null,
      monthlyCost: null,
    };
  }
  const sim = simulateWith(input, { ...options, samples: SURENESS_SAMPLES, seed: 1 });
  const mine = sim.strategies.find((x) => x.strategy === chosen) ?? null;
  const p = mine?.cheapest.probability ?? null;
  return {
    assessed: true,
    note: `Monte Carlo over the scenario's \`uncertainty\` (${SURENESS_SAMPLES} samples, seed 1): the recommended strategy is the cheapest of all strategies in ${p === null ? '0' : p.times(100).toFixed(1)}% of samples (constraints and needs are not applied inside the samples); ${margin}.`,
    nearestCrossover: nearest,
    probabilityCheapest: p,
    monthlyCost: mine?.monthlyCost ?? null,
  };
}

function fmt(x: Dec): string {
  return x.toFixed(2);
}

/** A candidate's strategy kind, from the run's list. */
function kindIn(compared: CompareResult, id: CandidateId): StrategyId {
  return compared.run.candidates.find((c) => c.id === id)!.kind;
}

function describeMultiple(m: MultipleResult, label: (id: CandidateId) => string): string {
  if (m.kind === 'equal') return 'they cost the same';
  if (m.kind === 'zero') return `${label(m.free)} costs nothing at this volume`;
  return `${label(m.cheaper)} is ${fmt(m.times)}× cheaper than ${label(m.dearer)}`;
}

/**
 * The cost verdict with its numbers, the qualitative rule (tune for style, retrieve for facts that
 * change and need citations, both where needed) driven by `scenario.needs`, and the strategies
 * `scenario.constraints` remove, each with its reason and source. A route must stay open for the
 * horizon unless `constraints.openForHorizon` is `false`.
 *
 * @throws a {@link TuneOrRagError} as `compare`.
 */
export function recommendWith(input: unknown, options?: CalculationOptions): RecommendResult {
  const s = parseScenario(input);
  const compared = compareWith(input, options);
  const notes: string[] = [];
  let horizon: HorizonReport | null = null;
  if (s.constraints?.openForHorizon ?? constraintsDefaults.openForHorizon) {
    try {
      horizon = horizonWith(input, options);
    } catch (error) {
      if (!(error instanceof TuneOrRagError) || error.code !== 'capacity_exceeded') throw error;
      notes.push(`The horizon could not be checked for closures: ${error.detail}`);
    }
  }
  const needs = needsOf(s);
  const { rule, text: ruleText } = ruleOf(needs);
  const removed = constraintRemovals(s, compared, horizon);
  const stated = (Object.keys(needs) as Need[]).filter((n) => needs[n]);
  const eligible: EligibleStrategy[] = compared.strategies
    .filter((cost) => !removed.some((r) => r.strategy === cost.strategy))
    .map((cost) => {
      const unmetNeeds = stated.filter(
        (n) => !(strategyKind(kindIn(compared, cost.strategy)).meets as readonly Need[]).includes(n),
      );
      return {
        strategy: cost.strategy,
        label: cost.label,
        monthlyTotal: cost.monthlyTotal,
        meetsNeeds: unmetNeeds.length === 0,
        unmetNeeds,
      };
    })
    .sort((a, b) => a.monthlyTotal.comparedTo(b.monthlyTotal));
  const cheapest = eligible[0] ?? null;
  const fitting = eligible.find((e) => e.meetsNeeds) ?? null;
  const chosen = fitting ?? cheapest;
  const requests = compared.run.requestsPerMonth;
  let multiple: MultipleResult | null = null;
  if (chosen !== null && cheapest !== null) {
    const other = chosen.strategy !== cheapest.strategy ? cheapest : (eligible[1] ?? null);
    if (other !== null)
      multiple = multipleOf(chosen.strategy, chosen.monthlyTotal, other.strategy, other.monthlyTotal);
  }
  const eligibleIds = new Set(eligible.map((e) => e.strategy));
  const breakevens =
    chosen === null
      ? []
      : compared.breakevens.filter(
          (b) => b.between.includes(chosen.strategy) && b.between.every((id) => eligibleIds.has(id)),
        );
  let nearest: RecommendSureness['nearestCrossover'] = null;
  let nearestDistance: Dec | null = null;
  for (const b of breakevens) {
    if (b.kind !== 'crossovers' || requests.isZero()) continue;
    for (const x of b.crossovers) {
      if (x.requestsPerMonth.isZero()) continue;
      const ratio = x.requestsPerMonth.div(requests);
      const distance = ratio.lt(1) ? ratio.pow(-1) : ratio;
      if (nearestDistance === null || distance.lt(nearestDistance)) {
        nearestDistance = distance;
        nearest = {
          against: b.between[0] === chosen!.strategy ? b.between[1] : b.between[0],
          requestsPerMonth: x.requestsPerMonth,
          volumeRatio: ratio,
        };
      }
    }
  }
  const sureness = surenessOf(input, options, chosen?.strategy ?? null, nearest);
  const labelOf = (id: CandidateId) => compared.run.candidates.find((c) => c.id === id)?.label ?? id;
  let verdict: string;
  if (chosen === null) {
    verdict = `No strategy is eligible: the constraints remove all ${removed.length} (see removed).`;
  } else {
    const parts = [
      `Recommended: ${chosen.label} at $${fmt(chosen.monthlyTotal)} a month at ${requests.toFixed(0)} requests/month.`,
      ruleText,
    ];
    if (fitting === null && stated.length > 0) {
      parts.push(
        `No eligible strategy meets every need; ${chosen.label} is the cheapest eligible and does not meet: ${chosen.unmetNeeds.map((n) => NEED_WORDS[n]).join(', ')}.`,
      );
    }
    if (cheapest !== null && cheapest.strategy !== chosen.strategy) {
      parts.push(
        `On cost alone ${cheapest.label} ($${fmt(cheapest.monthlyTotal)}) is cheapest but does not meet: ${cheapest.unmetNeeds.map((n) => NEED_WORDS[n]).join(', ')}; ${multiple ? describeMultiple(multiple, labelOf) : ''}.`,
      );
    } else if (multiple !== null) {
      parts.push(`It is also the cheapest eligible: ${describeMultiple(multiple, labelOf)}.`);
    }
    if (nearest !== null) {
      parts.push(
        `The cost order against ${labelOf(nearest.against)} changes at ${fmt(nearest.requestsPerMonth)} requests/month (${fmt(nearest.volumeRatio)}× this volume).`,
      );
    }
    if (removed.length > 0) {
      parts.push(`Removed by constraints: ${removed.map((r) => `${r.label} (${r.constraint})`).join(', ')}.`);
    }
    verdict = parts.join(' ');
  }
  return {
    run: compared.run,
    requestsPerMonth: requests,
    needs,
    rule,
    ruleText,
    removed,
    eligible,
    cheapest: cheapest?.strategy ?? null,
    recommended: chosen?.strategy ?? null,
    multiple,
    breakevens,
    sureness,
    verdict,
    notes,
  };
}

/** {@link recommendWith} returning `{ success, data | error }`. */
export function safeRecommendWith(input: unknown, options?: CalculationOptions): SafeResult<RecommendResult> {
  return toSafe(() => recommendWith(input, options));
}
