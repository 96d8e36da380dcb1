import { evaluate } from '../_lib/piecewise.js';
import { type Dec, ONE, ZERO } from '../decimal.js';
import type { TuneOrRagError } from '../errors.js';
import { closedError, closingEvent } from '../model/routeLifecycle.js';
import type { CandidateId, StrategyModel } from '../model/types.js';
import { addMonths } from '../pricing/lifecycleDates.js';
import type { Scenario } from '../scenario/parseScenario.js';
import { checkCapacity } from './evaluateStrategy.js';

/** One month of the horizon. */
export interface HorizonMonth {
  readonly month: number;
  /** The month's volume: requests × (1 + growth)^(month − 1). */
  readonly requestsPerMonth: Dec;
  /** Cost paid in this month: recurring plus any one-time cost falling in it. */
  readonly costs: Readonly<Partial<Record<CandidateId, Dec>>>;
  readonly cumulative: Readonly<Partial<Record<CandidateId, Dec>>>;
  /** The strategy with the lowest cumulative cost so far (the first in scenario order on a tie). */
  readonly leader: CandidateId;
}

/** A month in which the cumulative leader changes between two strategies. */
export interface HorizonCrossing {
  readonly between: readonly [CandidateId, CandidateId];
  /** The first month at whose end the cheaper side (by cumulative cost) differs from the month before. */
  readonly month: number;
  readonly cheaperBefore: CandidateId;
  readonly cheaperFrom: CandidateId;
}

/** A strategy whose route closes inside the horizon: nothing is priced from `month` on, unless a fallback continues it. */
export interface HorizonClosure {
  readonly strategy: CandidateId;
  /** The first month that cannot be bought (it would start on or after the closure, or re-train after new jobs end). */
  readonly month: number;
  /** The date that month starts. */
  readonly monthStarts: string;
  /** `offering_ended`, naming the offering, its date and successor. */
  readonly error: TuneOrRagError;
  /** The route the strategy continues on from `month` (the scenario's fallback), or null: it stops. */
  readonly continuesOn: string | null;
  /** The fallback was stated but cannot be bought that month either: why. */
  readonly fallbackError?: TuneOrRagError;
}

/** A stretch of months one route serves a strategy: the first, a base-model upgrade, or a fallback. */
export interface HorizonPhase {
  readonly strategy: CandidateId;
  readonly kind: 'initial' | 'upgrade' | 'fallback';
  readonly fromMonth: number;
  /** The last month it is priced (inclusive). */
  readonly toMonth: number;
  /** What serves, in words: `Fine-tune google-vertex gemini-2.5-flash`, `RAG`. */
  readonly route: string;
  /** Price tables used, vendor → effective date: those in effect on `pricedOn`. */
  readonly tables: Readonly<Record<string, string>>;
  /** The day whose tables price it: the horizon's start, or the first day of its first month. */
  readonly pricedOn: string;
}

export interface HorizonResult {
  readonly months: readonly HorizonMonth[];
  /** Routes that close inside the horizon, the month each stops, and the fallback if any. */
  readonly closures: readonly HorizonClosure[];
  /** For each strategy, the routes that serve it month by month (one phase without a lifecycle). */
  readonly phases: readonly HorizonPhase[];
  /** For each pair, every month the cumulative cheaper side changes (the breakeven months). */
  readonly crossings: readonly HorizonCrossing[];
  /** The first month's volume. */
  readonly requestsPerMonth: Dec;
  readonly growthPerMonth: Dec;
}

/** One route serving a strategy from a month on, with what prices it. */
export interface PhaseModel {
  readonly model: StrategyModel;
  /** The scenario it was built from (its fine-tune, its price date). */
  readonly scenario: Scenario;
  /** Re-training period of its tuned model, or null (never re-trained, or no tuned model). */
  readonly retrainEveryMonths: number | null;
  readonly route: string;
  readonly pricedOn: string;
}

/**
 * Builds the routes of a tuned model's life (`strategies.fineTune.lifecycle`): its base-model
 * upgrades and its fallback. Given to {@link computeHorizon} by `horizon`; without it a strategy is
 * one route for the whole horizon.
 */
export interface LifecycleRoutes {
  /** Upgrades of a strategy, in month order; `build` prices one on the date its month starts. */
  upgrades(id: CandidateId): readonly { readonly month: number; build(startsOn: string): PhaseModel }[];
  /**
   * The route a strategy continues on when it closes in a month starting `startsOn`, or null when
   * the scenario states none. Throws the lifecycle error when the fallback cannot be bought then.
   */
  fallback(id: CandidateId, startsOn: string): PhaseModel | null;
}

interface Segment extends PhaseModel {
  readonly kind: HorizonPhase['kind'];
  readonly from: number;
  readonly to: number;
  /** One-time amounts per occurrence, and their period (null: once, in `from`). */
  readonly oneTime: readonly { readonly amount: Dec; readonly every: number | null }[];
}

function oneTimeOf(model: StrategyModel, requests: Dec): Segment['oneTime'] {
  return model.lines
    .filter((line) => line.timing === 'one_time')
    .map((line) => ({
      amount: evaluate(line.quantity, requests).times(line.unitPrice),
      every: line.recursEveryMonths,
    }));
}

/** The first month in [from, to] the route cannot serve, with the error; null when it serves them all. */
function firstClosure(
  phase: PhaseModel,
  from: number,
  to: number,
  startsOn: string,
): { month: number; start: string; error: TuneOrRagError } | null {
  const retrain = phase.retrainEveryMonths;
  for (let month = from; month <= to; month++) {
    const start = addMonths(startsOn, month - 1);
    const next = addMonths(startsOn, month);
    // Training falls at the start of the route's first month and of every re-training month.
    const trains =
      phase.model.trains && (month === from || (retrain !== null && (month - from) % retrain === 0));
    // A route that ends during a month cannot serve that whole month: stop at it.
    const jobs = trains ? closingEvent(phase.model.events, start, true) : null;
    const closing = jobs ?? closingEvent(phase.model.events, prevDay(next), false);
    if (closing !== null && closing.kind !== 'opens') {
      return { month, start, error: closedError(closing, jobs === null ? closing.date : start) };
    }
  }
  return null;
}

/** The routes serving one strategy over the horizon: upgrades in their months, a fallback at closure. */
function segmentsOf(
  first: PhaseModel,
  id: CandidateId,
  months: number,
  startsOn: string,
  requests: Dec,
  routes: LifecycleRoutes | undefined,
  closures: HorizonClosure[],
): Segment[] {
  const out: Segment[] = [];
  const upgrades = routes?.upgrades(id).filter((u) => u.month <= months) ?? [];
  let phase: PhaseModel = first;
  let kind: HorizonPhase['kind'] = 'initial';
  let from = 1;
  let next = 0;
  for (;;) {
    const upgrade = kind === 'fallback' ? undefined : upgrades[next];
    const to = upgrade === undefined ? months : upgrade.month - 1;
    const closed = firstClosure(phase, from, to, startsOn);
    const push = (last: number) => {
      if (last >= from)
        out.push({ ...phase, kind, from, to: last, oneTime: oneTimeOf(phase.model, requests) });
    };
    if (closed === null) {
      push(to);
      if (upgrade === undefined) return out;
      phase = upgrade.build(addMonths(startsOn, upgrade.month - 1));
      kind = 'upgrade';
      from = upgrade.month;
      next += 1;
      continue;
    }
    push(closed.month - 1);
    let fallback: PhaseModel | null = null;
    let fallbackError: TuneOrRagError | undefined;
    if (kind !== 'fallback') {
      try {
        fallback = routes?.fallback(id, closed.start) ?? null;
      } catch (error) {
        if (!(error instanceof Error && 'code' in error)) throw error;
        fallbackError = error as TuneOrRagError;
      }
    }
    closures.push({
      strategy: id,
      month: closed.month,
      monthStarts: closed.start,
      error: closed.error,
      continuesOn: fallback?.route ?? null,
      ...(fallbackError === undefined ? {} : { fallbackError }),
    });
    if (fallback === null) return out;
    phase = fallback;
    kind = 'fallback';
    from = closed.month;
  }
}

/**
 * Cumulative cost by month at a constant monthly volume. One-time costs fall in the first month of
 * the route that pays them, and those that recur (re-training every N months) again every N months
 * after — the cash view, where the monthly view spreads them evenly. With `routes`, a tuned model is
 * re-trained on a new base in its upgrade months and continues on its fallback when its route
 * closes, each priced from its own first month.
 */
export function computeHorizon(
  models: readonly StrategyModel[],
  scenario: Scenario,
  requests: Dec,
  months: number,
  startsOn: string,
  routes?: LifecycleRoutes,
): HorizonResult {
  const closures: HorizonClosure[] = [];
  const segments = models.map((model) =>
    segmentsOf(
      {
        model,
        scenario,
        retrainEveryMonths: model.retrainEveryMonths,
        route: routeName(model, scenario),
        pricedOn: startsOn,
      },
      model.id,
      months,
      startsOn,
      requests,
      routes,
      closures,
    ),
  );
  const growth = ONE.plus(scenario.workload.growthPerMonth);
  const running = new Map<CandidateId, Dec>(models.map((m) => [m.id, ZERO]));
  const out: HorizonMonth[] = [];
  let volume = requests;
  for (let month = 1; month <= months; month++) {
    const paid: Partial<Record<CandidateId, Dec>> = {};
    const cumulative: Partial<Record<CandidateId, Dec>> = {};
    let leader: CandidateId | null = null;
    models.forEach((model, i) => {
      const seg = segments[i]!.find((s) => s.from <= month && month <= s.to);
      if (seg === undefined) return;
      checkCapacity(seg.model, volume, month);
      let amount = evaluate(seg.model.recurring, volume);
      for (const line of seg.oneTime) {
        const due = line.every === null ? month === seg.from : (month - seg.from) % line.every === 0;
        if (due) amount = amount.plus(line.amount);
      }
      const total = running.get(model.id)!.plus(amount);
      running.set(model.id, total);
      paid[model.id] = amount;
      cumulative[model.id] = total;
      const best = leader === null ? undefined : cumulative[leader];
      if (best === undefined || total.lt(best)) leader = model.id;
    });
    // Every route has closed: the horizon ends here, and `closures` says why.
    if (leader === null) break;
    out.push({ month, requestsPerMonth: volume, costs: paid, cumulative, leader });
    volume = volume.times(growth);
  }
  const crossings: HorizonCrossing[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i]!.id;
      const b = models[j]!.id;
      let previous: CandidateId | null = null;
      for (const m of out) {
        const ca = m.cumulative[a];
        const cb = m.cumulative[b];
        if (ca === undefined || cb === undefined) break;
        const cheaper: CandidateId | null = ca.lt(cb) ? a : cb.lt(ca) ? b : previous;
        if (previous !== null && cheaper !== null && cheaper !== previous) {
          crossings.push({ between: [a, b], month: m.month, cheaperBefore: previous, cheaperFrom: cheaper });
        }
        if (cheaper !== null) previous = cheaper;
      }
    }
  }
  const phases: HorizonPhase[] = models.flatMap((model, i) =>
    segments[i]!.map((s) => ({
      strategy: model.id,
      kind: s.kind,
      fromMonth: s.from,
      toMonth: s.to,
      route: s.route,
      tables: s.model.tables,
      pricedOn: s.pricedOn,
    })),
  );
  return {
    months: out,
    closures,
    phases,
    crossings,
    requestsPerMonth: requests,
    growthPerMonth: scenario.workload.growthPerMonth,
  };
}

/** A route in words: the strategy's label and the vendor and model that serve it. */
export function routeName(model: StrategyModel, scenario: Scenario): string {
  const c = scenario.candidates.find((x) => x.name === model.id);
  const ref = c?.fineTune ?? c?.rag?.generation ?? c?.generation ?? null;
  return ref ? `${model.label}: ${ref.vendor} ${ref.model}` : model.label;
}

/** The day before `date`. */
function prevDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
