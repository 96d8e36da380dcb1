import { didYouMeanText } from '../_lib/didYouMean.js';
import {
  type CalculationOptions,
  prepare,
  type ReadOptions,
  type RunInfo,
  readOptionKey,
  readOptions,
  runInfo,
} from '../calculate.js';
import type { Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import type { StrategyModel } from '../model/types.js';
import { withValueAt } from '../scenario/parseUncertainty.js';
import { evaluateStrategy } from './evaluateStrategy.js';
import { findBreakeven } from './findBreakeven.js';
import { prepareUncertain } from './prepareUncertain.js';

/** Options of {@link sensitivityWith}. */
export interface SensitivityOptions extends CalculationOptions {
  /** The pair whose breakeven and multiple are watched (default: the scenario's first two strategies). */
  readonly between?: readonly [string, string];
  /** What ranks the inputs: the breakeven's swing (default) or the multiple's. */
  readonly rankBy?: 'breakeven' | 'multiple';
}

/** The pair's answer at one setting of the inputs. */
export interface SensitivityPoint {
  /** The input's value here (for the base point: `null`, every input is at its base). */
  readonly value: Dec | null;
  /**
   * The first crossover of the pair (requests/month and workload tokens/month), or the outcome that
   * has no number: `never` (with the side that is always cheaper) or `equal`.
   */
  readonly breakeven:
    | { readonly kind: 'crossover'; readonly requestsPerMonth: Dec; readonly workloadTokensPerMonth: Dec }
    | { readonly kind: 'never'; readonly cheaper: string }
    | { readonly kind: 'equal' };
  /** cost(first) ÷ cost(second) at the scenario's volume; `null` when the second costs $0 or a side is over capacity. */
  readonly ratio: Dec | null;
  /** Monthly cost of each side at the volume (USD), `null` when over its capacity. */
  readonly monthlyCosts: readonly [Dec | null, Dec | null];
}

/** One input's bar of the tornado. */
export interface SensitivityBar {
  readonly path: string;
  readonly low: Dec;
  readonly base: Dec;
  readonly high: Dec;
  readonly atLow: SensitivityPoint;
  readonly atHigh: SensitivityPoint;
  /**
   * How far the breakeven moves: the spread (max − min) of the crossover volume over low, base and
   * high, requests/month; `null` when one of them has no crossover (then `changesOutcome`).
   */
  readonly breakevenSwing: Dec | null;
  /** `true` when at low or high the pair's breakeven outcome differs from the base's (crosses vs never, or the other side never). */
  readonly changesOutcome: boolean;
  /** The spread of the ratio over low, base and high; `null` when a ratio is missing. */
  readonly multipleSwing: Dec | null;
}

/** The result of {@link sensitivityWith}: the bars, most influential first. */
export interface SensitivityResult {
  readonly run: RunInfo;
  readonly between: readonly [string, string];
  readonly rankBy: 'breakeven' | 'multiple';
  readonly base: SensitivityPoint;
  readonly bars: readonly SensitivityBar[];
}

interface SensitivityRead {
  readonly base: ReadOptions;
  readonly between: unknown;
  readonly rankBy: unknown;
}

/** Reads the options once. @internal */
export function readSensitivityOptions(options: unknown): SensitivityRead {
  const between = readOptionKey(options, 'between');
  return {
    base: readOptions(options),
    between: Array.isArray(between) ? [...between] : between,
    rankBy: readOptionKey(options, 'rankBy'),
  };
}

function pairOf(models: readonly StrategyModel[], between: unknown): readonly [string, string] {
  const ids = models.map((m) => m.id as string);
  if (between === undefined) {
    if (ids.length < 2) {
      throw new TuneOrRagError(
        'invalid_input',
        'a tornado needs two strategies to compare; the scenario prices one',
        {
          path: 'strategies',
        },
      );
    }
    return [ids[0]!, ids[1]!];
  }
  if (!Array.isArray(between) || between.length !== 2 || between.some((x) => typeof x !== 'string')) {
    throw new TuneOrRagError(
      'invalid_input',
      `expected two strategies, e.g. ["${ids[0]}", "${ids[1] ?? ids[0]}"]`,
      {
        path: 'options.between',
      },
    );
  }
  between.forEach((id: string, i) => {
    if (!ids.includes(id)) {
      throw new TuneOrRagError(
        'invalid_input',
        `"${id}" is not a strategy of this run; it has: ${ids.join(', ')}.${didYouMeanText(id, ids)}`,
        { path: `options.between[${i}]` },
      );
    }
  });
  if (between[0] === between[1])
    throw new TuneOrRagError('invalid_input', 'name two different strategies', { path: 'options.between' });
  return [between[0], between[1]];
}

function pointAt(
  template: unknown,
  o: ReadOptions,
  pair: readonly [string, string],
  value: Dec | null,
): SensitivityPoint {
  const p = prepare(template, o);
  const find = (id: string) => {
    const m = p.models.find((x) => x.id === id);
    if (m !== undefined) return m;
    // The input moved a route out of the market (or into it): the lifecycle error says which.
    throw (
      p.unavailable.find((u) => u.strategy === id)?.error ??
      new TuneOrRagError('invalid_input', `no strategy ${id}`)
    );
  };
  const a = find(pair[0]);
  const b = find(pair[1]);
  const tokens = p.scenario.workload.tokensPerRequest;
  const result = findBreakeven(a, b, tokens);
  const breakeven: SensitivityPoint['breakeven'] =
    result.kind === 'crossovers'
      ? {
          kind: 'crossover',
          requestsPerMonth: result.crossovers[0]!.requestsPerMonth,
          workloadTokensPerMonth: result.crossovers[0]!.workloadTokensPerMonth,
        }
      : result.kind === 'never'
        ? { kind: 'never', cheaper: result.cheaper }
        : { kind: 'equal' };
  const cost = (m: StrategyModel) => {
    if (m.maxRequestsPerMonth !== null && p.requests.gt(m.maxRequestsPerMonth)) return null;
    return evaluateStrategy(m, p.scenario, p.requests).monthlyTotal;
  };
  const ca = cost(a);
  const cb = cost(b);
  const ratio = ca === null || cb === null || cb.isZero() ? null : ca.div(cb);
  const rate = p.currency.rate;
  const shown = (x: Dec | null) => (x === null || p.currency.source === 'none' ? x : x.times(rate));
  return { value, breakeven, ratio, monthlyCosts: [shown(ca), shown(cb)] };
}

function spread(values: readonly (Dec | null)[]): Dec | null {
  if (values.some((v) => v === null)) return null;
  const list = values as Dec[];
  let min = list[0]!;
  let max = list[0]!;
  for (const v of list) {
    if (v.lt(min)) min = v;
    if (v.gt(max)) max = v;
  }
  return max.minus(min);
}

const outcomeKey = (b: SensitivityPoint['breakeven']) => (b.kind === 'never' ? `never:${b.cheaper}` : b.kind);
const crossing = (b: SensitivityPoint['breakeven']) => (b.kind === 'crossover' ? b.requestsPerMonth : null);

/** Descending by swing, `null` (no number) last; ties keep input order. */
function bySwing(x: Dec | null, y: Dec | null): number {
  if (x === null || y === null) return x === null ? (y === null ? 0 : 1) : -1;
  return y.cmp(x);
}

/** {@link sensitivityWith} from options already read. @internal */
export function sensitivityRead(input: unknown, o: SensitivityRead): SensitivityResult {
  const rankBy = o.rankBy ?? 'breakeven';
  if (rankBy !== 'breakeven' && rankBy !== 'multiple') {
    throw new TuneOrRagError('invalid_input', 'expected "breakeven" or "multiple"', {
      path: 'options.rankBy',
    });
  }
  const { inputs, template, prepared } = prepareUncertain(input, o.base);
  const pair = pairOf(prepared.models, o.between);
  const base = pointAt(template, o.base, pair, null);
  const bars = inputs.map((u): SensitivityBar => {
    const segments = u.path.split('.');
    const atLow = pointAt(withValueAt(template, segments, u.low.toFixed()), o.base, pair, u.low);
    const atHigh = pointAt(withValueAt(template, segments, u.high.toFixed()), o.base, pair, u.high);
    const points = [atLow, base, atHigh];
    return {
      path: u.path,
      low: u.low,
      base: u.base,
      high: u.high,
      atLow,
      atHigh,
      breakevenSwing: spread(points.map((x) => crossing(x.breakeven))),
      changesOutcome: points.some((x) => outcomeKey(x.breakeven) !== outcomeKey(base.breakeven)),
      multipleSwing: spread(points.map((x) => x.ratio)),
    };
  });
  const order = bars.map((bar, i) => ({ bar, i }));
  order.sort((x, y) => {
    if (x.bar.changesOutcome !== y.bar.changesOutcome) return x.bar.changesOutcome ? -1 : 1;
    const first =
      rankBy === 'breakeven'
        ? bySwing(x.bar.breakevenSwing, y.bar.breakevenSwing)
        : bySwing(x.bar.multipleSwing, y.bar.multipleSwing);
    if (first !== 0) return first;
    const second =
      rankBy === 'breakeven'
        ? bySwing(x.bar.multipleSwing, y.bar.multipleSwing)
        : bySwing(x.bar.breakevenSwing, y.bar.breakevenSwing);
    return second !== 0 ? second : x.i - y.i;
  });
  return { run: runInfo(prepared), between: pair, rankBy, base, bars: order.map((x) => x.bar) };
}

/**
 * A tornado analysis: each uncertain input of the scenario's `uncertainty` block moved to its low and
 * to its high alone, every other input at its base, and how far that moves a pair's breakeven and
 * multiple. Bars come most influential first: inputs that change the breakeven's outcome (it stops
 * or starts crossing, or the other side becomes always cheaper), then by the spread of the
 * breakeven volume (or, with `rankBy: 'multiple'`, of the cost ratio), then in the order written.
 *
 * @throws {@link TuneOrRagError} `invalid_input` (no or invalid `uncertainty`, `options.between`,
 *   `options.rankBy`) and every error of `compareWith`.
 */
export function sensitivityWith(input: unknown, options?: SensitivityOptions): SensitivityResult {
  return sensitivityRead(input, readSensitivityOptions(options));
}

/** {@link sensitivityWith} returning `{ success, data | error }`. */
export function safeSensitivityWith(
  input: unknown,
  options?: SensitivityOptions,
): SafeResult<SensitivityResult> {
  return toSafe(() => sensitivityWith(input, options));
}
