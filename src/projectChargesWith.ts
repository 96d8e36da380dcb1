import type { Currency } from './_lib/currency.js';
import type { HorizonClosure, HorizonMonth } from './analysis/computeHorizon.js';
import { type ProjectedCharge, projectCharges } from './analysis/projectCharges.js';
import { type CalculationOptions, prepare, type RunInfo, readOptions, runInfo } from './calculate.js';
import { type SafeResult, TuneOrRagError, toSafe } from './errors.js';

/** Options of {@link projectChargesWith}. */
export interface ProjectChargesOptions extends CalculationOptions {
  /** Months to project (default: the scenario's horizonMonths). */
  readonly months?: number;
}

/** The result of {@link projectChargesWith}: each line item of each strategy in each month. */
export interface ProjectChargesReport {
  readonly run: RunInfo;
  /** The horizon the charges add up to, month by month (USD). */
  readonly months: readonly HorizonMonth[];
  readonly closures: readonly HorizonClosure[];
  /** USD amounts; `currency` (from `options.currency` or the scenario's) says how to show them. */
  readonly charges: readonly ProjectedCharge[];
  readonly currency: Currency;
}

/**
 * Projects every line item of every strategy month by month over the horizon, the rows a billing
 * export has (see `toFocusRows` for the FOCUS columns). One-time costs fall in the months they are paid.
 *
 * @throws a {@link TuneOrRagError} as `compareWith`, and `invalid_input` at `options.months` or
 *   `options.currency`.
 */
export function projectChargesWith(input: unknown, options?: ProjectChargesOptions): ProjectChargesReport {
  const o = readOptions(options);
  const p = prepare(input, o);
  const months: unknown = o.months ?? p.scenario.horizonMonths;
  if (typeof months !== 'number' || !Number.isInteger(months) || months < 1 || months > 1200) {
    throw new TuneOrRagError('invalid_input', 'expected a whole number of months from 1 to 1200', {
      path: 'options.months',
    });
  }
  const { horizon, charges } = projectCharges(p.models, p.scenario, p.requests, months, p.evaluatedOn);
  // Charges stay in USD here (they add up to the USD horizon); toFocusRows converts each once.
  return {
    run: runInfo(p),
    months: horizon.months,
    closures: horizon.closures,
    charges,
    currency: p.currency,
  };
}

/** {@link projectChargesWith} returning `{ success, data | error }`. */
export function safeProjectChargesWith(
  input: unknown,
  options?: ProjectChargesOptions,
): SafeResult<ProjectChargesReport> {
  return toSafe(() => projectChargesWith(input, options));
}
