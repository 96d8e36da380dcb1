import { evaluate } from '../_lib/piecewise.js';
import { type Dec, ONE, ZERO } from '../decimal.js';
import type { TuneOrRagError } from '../errors.js';
import { closedError, closingEvent } from '../model/routeLifecycle.js';
import type { CandidateId, StrategyModel } from '../model/types.js';
import { addMonths } from '../pricing/lifecycleDates.js';
import type { Scenario } from '../scenario/parseScenario.js';
import { checkCapacity, evaluateStrategy } from './evaluateStrategy.js';

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

/** A strategy whose route closes inside the horizon: nothing is priced from `month` on. */
export interface HorizonClosure {
  readonly strategy: CandidateId;
  /** The first month that cannot be bought (it would start on or after the closure, or re-train after new jobs end). */
  readonly month: number;
  /** The date that month starts. */
  readonly monthStarts: string;
  /** `offering_ended`, naming the offering, its date and successor. */
  readonly error: TuneOrRagError;
}

export interface HorizonResult {
  readonly months: readonly HorizonMonth[];
  /** Routes that close inside the horizon, and the month each stops. */
  readonly closures: readonly HorizonClosure[];
  /** For each pair, every month the cumulative cheaper side changes (the breakeven months). */
  readonly crossings: readonly HorizonCrossing[];
  /** The first month's volume. */
  readonly requestsPerMonth: Dec;
  readonly growthPerMonth: Dec;
}

/**
 * Cumulative cost by month at a constant monthly volume. One-time costs fall in month 1, and those
 * that recur (re-training every N months) again in months 1 + N, 1 + 2N, … — the cash view, where
 * the monthly view spreads them evenly.
 */
export function computeHorizon(
  models: readonly StrategyModel[],
  scenario: Scenario,
  requests: Dec,
  months: number,
  startsOn: string,
): HorizonResult {
  const closures: HorizonClosure[] = [];
  const stops = models.map((model) => {
    const retrain = model.retrainEveryMonths;
    for (let month = 1; month <= months; month++) {
      const start = addMonths(startsOn, month - 1);
      const next = addMonths(startsOn, month);
      // Training falls at the start of month 1 and of every re-training month.
      const trains = model.trains && (month === 1 || (retrain !== null && (month - 1) % retrain === 0));
      // A route that ends during a month cannot serve that whole month: stop at it.
      const jobs = trains ? closingEvent(model.events, start, true) : null;
      const closing = jobs ?? closingEvent(model.events, prevDay(next), false);
      if (closing !== null && closing.kind !== 'opens') {
        closures.push({
          strategy: model.id,
          month,
          monthStarts: start,
          error: closedError(closing, jobs === null ? closing.date : start),
        });
        return month;
      }
    }
    return months + 1;
  });
  const growth = ONE.plus(scenario.workload.growthPerMonth);
  // One-time amounts do not depend on the volume: price them once, at the first month's.
  const oneTime = models.map((model) =>
    evaluateStrategy(model, scenario, requests).lines.filter((line) => line.timing === 'one_time'),
  );
  const running = new Map<CandidateId, Dec>(models.map((m) => [m.id, ZERO]));
  const out: HorizonMonth[] = [];
  let volume = requests;
  for (let month = 1; month <= months; month++) {
    const paid: Partial<Record<CandidateId, Dec>> = {};
    const cumulative: Partial<Record<CandidateId, Dec>> = {};
    let leader: CandidateId | null = null;
    models.forEach((model, i) => {
      if (month >= stops[i]!) return;
      checkCapacity(model, volume, month);
      let amount = evaluate(model.recurring, volume);
      for (const line of oneTime[i]!) {
        const due =
          line.recursEveryMonths === null ? month === 1 : (month - 1) % line.recursEveryMonths === 0;
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
  return {
    months: out,
    closures,
    crossings,
    requestsPerMonth: requests,
    growthPerMonth: scenario.workload.growthPerMonth,
  };
}

/** The day before `date`. */
function prevDay(date: string): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10);
}
