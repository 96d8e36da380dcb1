/**
 * tune-or-rag: should we fine-tune a model or use RAG, and at what volume does that answer flip?
 *
 * Exact (decimal) cost models of fine-tuning, RAG, prompt-only and hybrid strategies from versioned,
 * sourced vendor price tables; breakevens in requests and tokens per month, multiples, curves and
 * horizons. Every function has a throwing form and a `safe…` form that returns a result object.
 *
 * @packageDocumentation
 */

import { type RecommendResult, recommendWith } from './analysis/recommend.js';
import {
  readSensitivityOptions,
  type SensitivityOptions,
  type SensitivityResult,
  sensitivityRead,
} from './analysis/sensitivityWith.js';
import {
  readSimulateOptions,
  type SimulateOptions,
  type SimulateResult,
  simulateRead,
} from './analysis/simulateWith.js';
import type {
  BreakevenOptions,
  BreakevenReport,
  CalculationOptions,
  CompareResult,
  CurveOptions,
  CurveReport,
  HorizonOptions,
  HorizonReport,
  MultipleReport,
  ReadOptions,
} from './calculate.js';
import {
  breakevenWith,
  compareWith,
  curveWith,
  horizonWith,
  multipleWith,
  readOptions,
} from './calculate.js';
import { type SafeResult, toSafe } from './errors.js';
import { getBundledPricing } from './pricing/bundledPricing.js';
import {
  type ProjectChargesOptions,
  type ProjectChargesReport,
  projectChargesWith,
} from './projectChargesWith.js';
import type { ScenarioInput } from './scenario/scenarioSchema.js';

export * from './core.js';
export * from './decide.js';
export { getBundledPricing } from './pricing/bundledPricing.js';
export { BUNDLED_TABLES, PRICING_CONTENT_HASH, PRICING_DATA_VERSION } from './pricing/data.generated.js';

/**
 * The options with the bundled tables as the default `pricing`. Read through `readOptions`, so
 * options of the wrong shape (a number, a proxy whose traps throw) are our error, not a TypeError.
 */
function withPricing<TOptions extends CalculationOptions>(options: TOptions | undefined): TOptions {
  const read = readOptions(options);
  return (read.pricing === undefined ? { ...read, pricing: getBundledPricing() } : read) as TOptions;
}

/**
 * Compares every strategy of a scenario at its monthly volume: monthly and one-time cost with line
 * items (each with its price, table version and source), every pairwise breakeven and multiple.
 *
 * @param scenario - The workload and strategies (see `ScenarioInput`); `defaultScenario()` is one.
 * @param options - `pricing` (default: the bundled tables), `requestsPerMonth` (default: the scenario's).
 * @returns The comparison; amounts are Decimals (JSON: decimal strings).
 * @throws {@link TuneOrRagError} with code `invalid_input`, `unknown_vendor`, `unknown_model`,
 *   `fine_tuning_not_offered`, `option_not_offered`, `missing_price`, `no_price_at_date`,
 *   `unit_mismatch`, `capacity_exceeded`, or `offering_ended` / `offering_not_yet_available` when
 *   every strategy's route is closed on the date (otherwise closed ones are in `run.unavailable`).
 * @example
 * ```ts
 * const result = compare(defaultScenario());
 * result.cheapest; //=> 'promptOnly'
 * result.strategies[0].monthlyTotal.toFixed(2); //=> '289.49'
 * result.run.unavailable.length; //=> 0
 * ```
 * @category Calculations
 */
export function compare(scenario: ScenarioInput, options?: CalculationOptions): CompareResult {
  return compareWith(scenario, withPricing(options));
}

/** {@link compare} returning `{ success, data | error }` instead of throwing. @category Calculations */
export function safeCompare(scenario: unknown, options?: CalculationOptions): SafeResult<CompareResult> {
  return toSafe(() => compareWith(scenario, withPricing(options)));
}

/**
 * Every monthly volume at which the cheaper of two strategies changes (default: fine-tune vs RAG),
 * in requests/month and workload tokens/month, exactly; or `never` / `equal`.
 *
 * @example
 * ```ts
 * const { breakeven: b } = breakeven(defaultScenario(), { between: ['fineTune', 'rag'] });
 * b.kind; //=> 'crossovers'
 * ```
 * @throws {@link TuneOrRagError} as {@link compare}.
 * @category Calculations
 */
export function breakeven(scenario: ScenarioInput, options?: BreakevenOptions): BreakevenReport {
  return breakevenWith(scenario, withPricing(options));
}

/** {@link breakeven} returning a result object. @category Calculations */
export function safeBreakeven(scenario: unknown, options?: BreakevenOptions): SafeResult<BreakevenReport> {
  return toSafe(() => breakevenWith(scenario, withPricing(options)));
}

/**
 * How many times cheaper one strategy is than another at the volume (default: RAG vs fine-tune).
 *
 * @throws {@link TuneOrRagError} as {@link compare}.
 * @category Calculations
 */
export function multiple(scenario: ScenarioInput, options?: BreakevenOptions): MultipleReport {
  return multipleWith(scenario, withPricing(options));
}

/** {@link multiple} returning a result object. @category Calculations */
export function safeMultiple(scenario: unknown, options?: BreakevenOptions): SafeResult<MultipleReport> {
  return toSafe(() => multipleWith(scenario, withPricing(options)));
}

/**
 * Monthly cost of every strategy over a list (`volumes`) or a log-spaced `range` of volumes
 * (default: 25 points from 1,000 to 1,000,000,000 requests/month).
 *
 * @throws {@link TuneOrRagError} as {@link compare}.
 * @category Calculations
 */
export function curve(scenario: ScenarioInput, options?: CurveOptions): CurveReport {
  return curveWith(scenario, withPricing(options));
}

/** {@link curve} returning a result object. @category Calculations */
export function safeCurve(scenario: unknown, options?: CurveOptions): SafeResult<CurveReport> {
  return toSafe(() => curveWith(scenario, withPricing(options)));
}

/**
 * Cumulative cost by month, with one-time costs in the months they fall, and the months where the
 * cheaper strategy changes.
 *
 * @throws {@link TuneOrRagError} as {@link compare}.
 * @category Calculations
 */
export function horizon(scenario: ScenarioInput, options?: HorizonOptions): HorizonReport {
  return horizonWith(scenario, withPricing(options));
}

/** {@link horizon} returning a result object. @category Calculations */
export function safeHorizon(scenario: unknown, options?: HorizonOptions): SafeResult<HorizonReport> {
  return toSafe(() => horizonWith(scenario, withPricing(options)));
}

/**
 * Every line item of every strategy, month by month over the horizon: quantity × unit price = cost,
 * exactly, with one-time costs in the months they are paid. `toFocusRows` turns the result into
 * FOCUS 1.2 rows; `currency` shows the amounts in another currency at your dated rate.
 *
 * @param scenario - The workload and strategies.
 * @param options - `months` (default: the scenario's horizonMonths), `currency` (default: USD).
 * @returns The charges (USD Decimals), the horizon they add up to, and the currency.
 * @throws {@link TuneOrRagError} as {@link compare}, and `invalid_input` at `options.currency`.
 * @example
 * ```ts
 * const report = projectCharges(defaultScenario(), { months: 1 });
 * report.charges[0].lineId; //=> 'fineTune.training'
 * report.charges[0].costUsd.toFixed(); //=> '150'
 * ```
 * @category Calculations
 */
export function projectCharges(
  scenario: ScenarioInput,
  options?: ProjectChargesOptions,
): ProjectChargesReport {
  return projectChargesWith(scenario, withPricing(options));
}

/** {@link projectCharges} returning a result object. @category Calculations */
export function safeProjectCharges(
  scenario: unknown,
  options?: ProjectChargesOptions,
): SafeResult<ProjectChargesReport> {
  return toSafe(() => projectChargesWith(scenario, withPricing(options)));
}

/**
 * The cost verdict with its numbers (cheapest at the volume, the multiple, the breakevens), the
 * qualitative rule the scenario's `needs` select (tune for style, format and voice; retrieve for
 * facts that change and need citations; both where both are needed), and the strategies its
 * `constraints` remove (data perimeter, downloadable weights, open for the horizon), each with its
 * reason and source. "How sure": with an `uncertainty` block, a seeded Monte Carlo gives how often
 * the recommended strategy is the cheapest and its cost's P10–P90 (`sureness`); always, the
 * nearest crossover gives the volume margin.
 *
 * @param scenario - The workload, strategies, `needs` and `constraints`.
 * @param options - As {@link compare}.
 * @returns The verdict; amounts are Decimals (JSON: decimal strings).
 * @throws {@link TuneOrRagError} as {@link compare}.
 * @example
 * ```ts
 * const result = recommend(PRESETS[1].scenario()); // scale-up
 * result.rule; //=> 'both'
 * result.recommended; //=> 'hybrid'
 * result.cheapest; //=> 'promptOnly'
 * ```
 * @category Calculations
 */
export function recommend(scenario: ScenarioInput, options?: CalculationOptions): RecommendResult {
  return recommendWith(scenario, withPricing(options));
}

/** {@link recommend} returning a result object. @category Calculations */
export function safeRecommend(scenario: unknown, options?: CalculationOptions): SafeResult<RecommendResult> {
  return toSafe(() => recommendWith(scenario, withPricing(options)));
}

/** Options already read, with the bundled tables as the default `pricing`. */
function bundledDefault(read: ReadOptions): ReadOptions {
  return read.pricing === undefined ? { ...read, pricing: getBundledPricing() } : read;
}

/**
 * A seeded Monte Carlo over the scenario's `uncertainty` block (ranges and distributions of any
 * numeric input): P10 / P50 / P90 of each strategy's monthly cost, of each pair's breakeven (requests
 * and workload tokens per month; "never" and "equal" counted as outcomes) and of each pair's cost
 * ratio, and the probability that each strategy is the cheapest at the sampled volume. Every sample
 * is priced exactly; the same seed gives the same numbers everywhere. See docs/uncertainty.md.
 *
 * @param scenario - A scenario with an `uncertainty` block.
 * @param options - `samples` (default 10,000), `seed` (default 1), `pricing`, `currency`.
 * @returns Percentiles as Decimals (JSON: decimal strings), keyed by the strategy model's id.
 * @throws {@link TuneOrRagError} `invalid_input` (a missing or invalid `uncertainty` block, an unknown
 *   path, low above high, `options.samples`, `options.seed`), and every error of {@link compare}.
 * @example
 * ```ts
 * const result = simulate(
 *   { ...defaultScenario(), uncertainty: { requestsPerMonth: { low: 100000, base: 200000, high: 400000 } } },
 *   { samples: 1000, seed: 42 },
 * );
 * result.strategies.length; //=> 4
 * ```
 * @category Uncertainty
 */
export function simulate(scenario: ScenarioInput, options?: SimulateOptions): SimulateResult {
  const read = readSimulateOptions(options);
  return simulateRead(scenario, { ...read, base: bundledDefault(read.base) });
}

/** {@link simulate} returning a result object. @category Uncertainty */
export function safeSimulate(scenario: unknown, options?: SimulateOptions): SafeResult<SimulateResult> {
  return toSafe(() => {
    const read = readSimulateOptions(options);
    return simulateRead(scenario, { ...read, base: bundledDefault(read.base) });
  });
}

/**
 * A tornado: each input of the scenario's `uncertainty` block moved to its low and its high alone
 * (the others at base), ranked by how far it moves a pair's breakeven (default: the scenario's first
 * two strategies) and its cost ratio. The bars are data a chart can draw (`renderTornadoSvg`).
 *
 * @param scenario - A scenario with an `uncertainty` block.
 * @param options - `between` (two strategy ids), `rankBy` (`breakeven` or `multiple`), `pricing`.
 * @returns The base point and the bars, most influential first (Decimals).
 * @throws {@link TuneOrRagError} `invalid_input` (a missing or invalid `uncertainty` block,
 *   `options.between`, `options.rankBy`), and every error of {@link compare}.
 * @example
 * ```ts
 * const tornado = sensitivity({
 *   ...defaultScenario(),
 *   uncertainty: { 'fine-tune.training.epochs': { low: 1, base: 3, high: 6 } },
 * });
 * tornado.bars[0].path; //=> 'strategies.fineTune.training.epochs'
 * ```
 * @category Uncertainty
 */
export function sensitivity(scenario: ScenarioInput, options?: SensitivityOptions): SensitivityResult {
  const read = readSensitivityOptions(options);
  return sensitivityRead(scenario, { ...read, base: bundledDefault(read.base) });
}

/** {@link sensitivity} returning a result object. @category Uncertainty */
export function safeSensitivity(
  scenario: unknown,
  options?: SensitivityOptions,
): SafeResult<SensitivityResult> {
  return toSafe(() => {
    const read = readSensitivityOptions(options);
    return sensitivityRead(scenario, { ...read, base: bundledDefault(read.base) });
  });
}
