import { evaluate } from '../_lib/piecewise.js';
import { type Dec, ONE, ZERO } from '../decimal.js';
import type { StrategyId, StrategyModel } from '../model/types.js';
import type { Scenario } from '../scenario/parseScenario.js';
import { checkCapacity, evaluateStrategy } from './evaluateStrategy.js';

/** One month of the horizon. */
export interface HorizonMonth {
  readonly month: number;
  /** The month's volume: requests × (1 + growth)^(month − 1). */
  readonly requestsPerMonth: Dec;
  /** Cost paid in this month: recurring plus any one-time cost falling in it. */
  readonly costs: Readonly<Partial<Record<StrategyId, Dec>>>;
  readonly cumulative: Readonly<Partial<Record<StrategyId, Dec>>>;
  /** The strategy with the lowest cumulative cost so far (the first in scenario order on a tie). */
  readonly leader: StrategyId;
}

/** A month in which the cumulative leader changes between two strategies. */
export interface HorizonCrossing {
  readonly between: readonly [StrategyId, StrategyId];
  /** The first month at whose end the cheaper side (by cumulative cost) differs from the month before. */
  readonly month: number;
  readonly cheaperBefore: StrategyId;
  readonly cheaperFrom: StrategyId;
}

export interface HorizonResult {
  readonly months: readonly HorizonMonth[];
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
): HorizonResult {
  const growth = ONE.plus(scenario.workload.growthPerMonth);
  // One-time amounts do not depend on the volume: price them once, at the first month's.
  const oneTime = models.map((model) =>
    evaluateStrategy(model, scenario, requests).lines.filter((line) => line.timing === 'one_time'),
  );
  const running = new Map<StrategyId, Dec>(models.map((m) => [m.id, ZERO]));
  const out: HorizonMonth[] = [];
  let volume = requests;
  for (let month = 1; month <= months; month++) {
    const paid: Partial<Record<StrategyId, Dec>> = {};
    const cumulative: Partial<Record<StrategyId, Dec>> = {};
    let leader: StrategyId = models[0]!.id;
    models.forEach((model, i) => {
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
      if (total.lt(cumulative[leader] ?? total)) leader = model.id;
    });
    out.push({ month, requestsPerMonth: volume, costs: paid, cumulative, leader });
    volume = volume.times(growth);
  }
  const crossings: HorizonCrossing[] = [];
  for (let i = 0; i < models.length; i++) {
    for (let j = i + 1; j < models.length; j++) {
      const a = models[i]!.id;
      const b = models[j]!.id;
      let previous: StrategyId | null = null;
      for (const m of out) {
        const ca = m.cumulative[a]!;
        const cb = m.cumulative[b]!;
        const cheaper: StrategyId | null = ca.lt(cb) ? a : cb.lt(ca) ? b : previous;
        if (previous !== null && cheaper !== null && cheaper !== previous) {
          crossings.push({ between: [a, b], month: m.month, cheaperBefore: previous, cheaperFrom: cheaper });
        }
        if (cheaper !== null) previous = cheaper;
      }
    }
  }
  return {
    months: out,
    crossings,
    requestsPerMonth: requests,
    growthPerMonth: scenario.workload.growthPerMonth,
  };
}
