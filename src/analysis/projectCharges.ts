import { evaluate } from '../_lib/piecewise.js';
import type { Dec } from '../decimal.js';
import type { CandidateId, LineTiming, PriceRef, StrategyModel } from '../model/types.js';
import { addMonths } from '../pricing/lifecycleDates.js';
import type { Scenario } from '../scenario/parseScenario.js';
import { computeHorizon, type HorizonResult } from './computeHorizon.js';
import { evaluateStrategy } from './evaluateStrategy.js';

/**
 * One line item of one strategy in one month of the horizon, as it would be billed: the month's
 * quantity × the unit price = the month's cost, exactly (USD).
 */
export interface ProjectedCharge {
  readonly strategy: CandidateId;
  readonly strategyLabel: string;
  readonly lineId: string;
  readonly label: string;
  readonly timing: LineTiming;
  readonly recursEveryMonths: number | null;
  /** 1-based month of the horizon. */
  readonly month: number;
  /** First day of the month (inclusive), `YYYY-MM-DD`. */
  readonly periodStart: string;
  /** First day of the next month (exclusive), `YYYY-MM-DD`. */
  readonly periodEnd: string;
  /** The month's volume, requests. */
  readonly requestsPerMonth: Dec;
  readonly quantity: Dec;
  readonly quantityUnit: string;
  /** USD per one `quantityUnit`. */
  readonly unitPriceUsd: Dec;
  /** quantity × unitPriceUsd. */
  readonly costUsd: Dec;
  /** The price the line uses; for a derived line (an evaluation run), `null`. */
  readonly price: PriceRef | null;
  /** Who bills the line: the price's vendor, or for a derived line the vendor of the line it derives from. */
  readonly vendor: string;
  readonly vendorName: string;
}

/** {@link projectCharges}'s result: the horizon (months, closures) and the charges behind it. */
export interface ProjectedCharges {
  readonly horizon: HorizonResult;
  readonly charges: readonly ProjectedCharge[];
}

/**
 * Every line item of every strategy for every month of the horizon (the cash view of
 * {@link computeHorizon}: one-time costs in the months they are paid, the volume grown each month).
 * Lines whose quantity is zero that month (a minimum already met) are left out. For each strategy and
 * month the charges add up to the horizon's `costs`, exactly.
 */
export function projectCharges(
  models: readonly StrategyModel[],
  scenario: Scenario,
  requests: Dec,
  months: number,
  startsOn: string,
): ProjectedCharges {
  const horizon = computeHorizon(models, scenario, requests, months, startsOn);
  // One-time amounts are priced once, at the first month's volume, as computeHorizon does.
  const firstMonth = models.map((model) => evaluateStrategy(model, scenario, requests).lines);
  const charges: ProjectedCharge[] = [];
  for (const m of horizon.months) {
    const periodStart = addMonths(startsOn, m.month - 1);
    const periodEnd = addMonths(startsOn, m.month);
    models.forEach((model, i) => {
      if (m.costs[model.id] === undefined) return;
      let billedBy: PriceRef | null = null;
      model.lines.forEach((line, j) => {
        if (line.price !== null) billedBy = line.price;
        let quantity: Dec;
        if (line.timing === 'one_time') {
          const due =
            line.recursEveryMonths === null ? m.month === 1 : (m.month - 1) % line.recursEveryMonths === 0;
          if (!due) return;
          quantity = firstMonth[i]![j]!.quantity;
        } else {
          quantity = evaluate(line.quantity, m.requestsPerMonth);
        }
        if (quantity.isZero()) return;
        const by = billedBy as PriceRef | null;
        charges.push({
          strategy: model.id,
          strategyLabel: model.label,
          lineId: line.id,
          label: line.label,
          timing: line.timing,
          recursEveryMonths: line.recursEveryMonths,
          month: m.month,
          periodStart,
          periodEnd,
          requestsPerMonth: m.requestsPerMonth,
          quantity,
          quantityUnit: line.quantityUnit,
          unitPriceUsd: line.unitPrice,
          costUsd: quantity.times(line.unitPrice),
          price: line.price,
          vendor: by?.vendor ?? 'unknown',
          vendorName: by?.vendorName ?? 'unknown',
        });
      });
    });
  }
  return { horizon, charges };
}
