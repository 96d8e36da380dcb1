import type { Currency } from '../_lib/currency.js';
import {
  type CalculationOptions,
  type ReadOptions,
  type RunInfo,
  readOptionKey,
  readOptions,
  runInfo,
} from '../calculate.js';
import type { Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import type { Distribution } from '../scenario/parseUncertainty.js';
import { compileUncertainModels, type StrategyPlan } from './compileUncertainModels.js';
import { createSampler } from './createSampler.js';
import type { Percentiles } from './percentiles.js';
import { prepareUncertain } from './prepareUncertain.js';
import { type MonteCarloCore, runMonteCarlo } from './runMonteCarlo.js';

/** Options of {@link simulateWith}. */
export interface SimulateOptions extends CalculationOptions {
  /** Samples to draw (default 10,000; 1 to 1,000,000). */
  readonly samples?: number;
  /** The generator's seed, a whole number from 0 to 4,294,967,295 (default 1): same seed, same numbers. */
  readonly seed?: number;
}

/** An uncertain input as it was read. */
export interface SimulatedInput {
  /** The field's path, e.g. `strategies.rag.generation.cachedPrefixHitRate`. */
  readonly path: string;
  readonly distribution: Distribution;
  readonly low: Dec;
  readonly base: Dec;
  readonly high: Dec;
  /** Samples are rounded to this many decimals (0: whole numbers). */
  readonly decimals: number;
}

/** The result of {@link simulateWith}: percentiles and outcome shares over the samples. */
export interface SimulateResult extends MonteCarloCore {
  /** The base case: every uncertain input at its base. */
  readonly run: RunInfo;
  readonly inputs: readonly SimulatedInput[];
  /** How each strategy's model follows the sampled inputs (fixed, rebuilt per value, interpolated). */
  readonly plans: readonly StrategyPlan[];
  /** How percentiles are defined. */
  readonly percentile: 'nearest-rank';
}

/** The options of a simulation, read once. @internal */
export interface SimulateRead {
  readonly base: ReadOptions;
  readonly samples: unknown;
  readonly seed: unknown;
}

/** Reads a simulation's options once (see `readOptions`). @internal */
export function readSimulateOptions(options: unknown): SimulateRead {
  return {
    base: readOptions(options),
    samples: readOptionKey(options, 'samples'),
    seed: readOptionKey(options, 'seed'),
  };
}

function wholeNumber(value: unknown, fallback: number, min: number, max: number, path: string): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new TuneOrRagError(
      'invalid_input',
      `expected a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`,
      { path },
    );
  }
  return value;
}

function convert(currency: Currency, p: Percentiles | null): Percentiles | null {
  if (p === null || currency.source === 'none') return p;
  return {
    p10: p.p10.times(currency.rate),
    p50: p.p50.times(currency.rate),
    p90: p.p90.times(currency.rate),
  };
}

/** {@link simulateWith} from options already read. @internal */
export function simulateRead(input: unknown, o: SimulateRead): SimulateResult {
  const samples = wholeNumber(o.samples, 10_000, 1, 1_000_000, 'options.samples');
  const seed = wholeNumber(o.seed, 1, 0, 4_294_967_295, 'options.seed');
  const { inputs, template, prepared: p } = prepareUncertain(input, o.base);
  const compiled = compileUncertainModels(template, p.models, inputs, p.registry);
  const core = runMonteCarlo(
    compiled,
    inputs.map(createSampler),
    p.models.map((m) => m.label),
    p.requests,
    samples,
    seed,
  );
  return {
    run: runInfo(p),
    ...core,
    strategies: core.strategies.map((s) => ({ ...s, monthlyCost: convert(p.currency, s.monthlyCost) })),
    inputs: inputs.map((u) => ({
      path: u.path,
      distribution: u.distribution,
      low: u.low,
      base: u.base,
      high: u.high,
      decimals: u.decimals,
    })),
    plans: compiled.plans,
    percentile: 'nearest-rank',
  };
}

/**
 * A seeded Monte Carlo over the scenario's `uncertainty` block: P10 / P50 / P90 of each strategy's
 * monthly cost, of each pair's first breakeven (with "never" and "equal" counted as outcomes) and
 * of each pair's cost ratio, and how often each strategy is the cheapest at the sampled volume.
 * Every sample is priced exactly; only the draws are floats, each converted once to a Decimal.
 *
 * @throws {@link TuneOrRagError} `invalid_input` (no or invalid `uncertainty`, `options.samples`,
 *   `options.seed`) and every error of `compareWith`.
 */
export function simulateWith(input: unknown, options?: SimulateOptions): SimulateResult {
  return simulateRead(input, readSimulateOptions(options));
}

/** {@link simulateWith} returning `{ success, data | error }`. */
export function safeSimulateWith(input: unknown, options?: SimulateOptions): SafeResult<SimulateResult> {
  return toSafe(() => simulateWith(input, options));
}
