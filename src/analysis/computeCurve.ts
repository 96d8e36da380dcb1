import { type Piecewise, segmentIndex } from '../_lib/piecewise.js';
import { D, type Dec, isDecimal } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { CandidateId, StrategyModel } from '../model/types.js';

/** Monthly cost of each strategy at one volume; `null` where the volume is above its capacity. */
export interface CurvePoint {
  readonly requestsPerMonth: Dec;
  readonly workloadTokensPerMonth: Dec;
  readonly monthly: Readonly<Partial<Record<CandidateId, Dec | null>>>;
}

/**
 * `points` integer volumes spaced evenly on a log scale from `from` to `to` (both included),
 * duplicates removed (small ranges round several points to the same integer).
 *
 * @throws `invalid_input` unless 1 ≤ from ≤ to and 2 ≤ points ≤ 100,000.
 */
export function logSpacedVolumes(fromValue: Dec, toValue: Dec, points: number): Dec[] {
  const from = volumeArgument(fromValue, 'from');
  const to = volumeArgument(toValue, 'to');
  if (typeof points !== 'number' || !Number.isInteger(points) || points < 2 || points > 100_000) {
    throw new TuneOrRagError('invalid_input', 'expected a whole number of points from 2 to 100,000', {
      path: 'points',
    });
  }
  if (to.lt(from)) {
    throw new TuneOrRagError('invalid_input', 'a log range needs 1 ≤ from ≤ to', { path: 'to' });
  }
  // One 40-digit root, then a multiply per point (a Decimal exp() per point costs ~85 µs).
  const ratio = to
    .div(from)
    .ln()
    .div(points - 1)
    .exp();
  const out: Dec[] = [];
  let exact = from;
  for (let i = 0; i < points; i++) {
    const value = i === points - 1 ? to : exact.toDecimalPlaces(0, D.ROUND_HALF_EVEN);
    if (out.length === 0 || !out[out.length - 1]!.eq(value)) out.push(value);
    exact = exact.times(ratio);
  }
  return out;
}

/**
 * A range end of {@link logSpacedVolumes}, copied into our constructor: a Decimal (from any
 * decimal.js constructor: its settings do not apply here) that is a whole number from 1 to 21 digits.
 * NaN, Infinity, fractions and anything that is not a Decimal are our error, naming the argument.
 */
function volumeArgument(value: unknown, path: string): Dec {
  let d: Dec | undefined;
  try {
    d = isDecimal(value) ? new D(value) : undefined;
  } catch {
    d = undefined;
  }
  if (d === undefined || !d.isFinite() || !d.isInteger() || d.lt(1) || d.gte('1e21')) {
    throw new TuneOrRagError(
      'invalid_input',
      'expected a whole-number Decimal from 1 to 21 digits (not NaN, Infinity or a fraction)',
      { path },
    );
  }
  return d;
}

/** Evaluates a piecewise function at many volumes, finding each one's segment once. */
function evaluateAll(fn: Piecewise, volumes: readonly Dec[]): Dec[] {
  const { starts, intercepts, slopes } = fn;
  const out: Dec[] = new Array(volumes.length);
  let i = 0;
  let previous: Dec | null = null;
  for (let k = 0; k < volumes.length; k++) {
    const r = volumes[k]!;
    // Ascending volumes (ranges, most lists) walk the segments forward; anything else searches.
    if (previous === null || r.lt(previous)) i = segmentIndex(fn, r);
    else while (i + 1 < starts.length && starts[i + 1]!.lte(r)) i++;
    out[k] = slopes[i]!.isZero() ? intercepts[i]! : intercepts[i]!.plus(slopes[i]!.times(r));
    previous = r;
  }
  return out;
}

/**
 * Monthly cost of every strategy at each volume: one multiply and one add per point and strategy,
 * because the models are linear between breakpoints.
 */
export function computeCurve(
  models: readonly StrategyModel[],
  volumes: readonly Dec[],
  tokensPerRequest: Dec,
): CurvePoint[] {
  const columns = models.map((model) => ({ model, values: evaluateAll(model.monthly, volumes) }));
  return volumes.map((r, i) => {
    const monthly: Partial<Record<CandidateId, Dec | null>> = {};
    for (const { model, values } of columns) {
      monthly[model.id] =
        model.maxRequestsPerMonth !== null && r.gt(model.maxRequestsPerMonth) ? null : values[i]!;
    }
    return { requestsPerMonth: r, workloadTokensPerMonth: r.times(tokensPerRequest), monthly };
  });
}
