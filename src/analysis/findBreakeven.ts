import { add, evaluate, negate, type Piecewise, scale } from '../_lib/piecewise.js';
import { D, type Dec, ZERO } from '../decimal.js';
import type { CandidateId, StrategyModel } from '../model/types.js';

/** A volume where the cheaper strategy changes. */
export interface Crossover {
  /**
   * - `continuous`: the costs are equal at this volume and the sign flips across it;
   * - `step`: a capacity or plan step makes the cheaper side change at this volume (first integer
   *   volume on the new side), without an exact tie;
   * - `interval`: the costs are equal from this volume to `untilRequestsPerMonth`.
   */
  readonly kind: 'continuous' | 'step' | 'interval';
  readonly requestsPerMonth: Dec;
  /** requestsPerMonth × workload tokens per request. */
  readonly workloadTokensPerMonth: Dec;
  /** `continuous` only: the crossover as an exact fraction (requests = numerator ÷ denominator). */
  readonly exact: { readonly numerator: Dec; readonly denominator: Dec } | null;
  readonly untilRequestsPerMonth: Dec | null;
  readonly cheaperBelow: CandidateId;
  readonly cheaperAbove: CandidateId;
  /** Monthly cost of the first strategy at the crossover (for `continuous`, both are equal). */
  readonly monthlyCost: Dec;
}

/** The volume range a breakeven was searched in (a capacity ceiling may close it). */
export interface VolumeRange {
  readonly fromRequestsPerMonth: Dec;
  readonly toRequestsPerMonth: Dec | null;
}

/** Every crossover between two strategies, or why there is none. */
export type BreakevenResult =
  | {
      readonly kind: 'crossovers';
      readonly between: readonly [CandidateId, CandidateId];
      readonly crossovers: readonly Crossover[];
      readonly range: VolumeRange;
    }
  | {
      readonly kind: 'never';
      readonly between: readonly [CandidateId, CandidateId];
      /** The strategy that is cheaper (or equal) everywhere in the range. */
      readonly cheaper: CandidateId;
      readonly range: VolumeRange;
    }
  | {
      readonly kind: 'equal';
      readonly between: readonly [CandidateId, CandidateId];
      readonly range: VolumeRange;
    };

function lcm(x: number, y: number): number {
  let a = x;
  let b = y;
  while (b !== 0) [a, b] = [b, a % b];
  return (x / a) * y;
}

type Sign = -1 | 0 | 1;
const sign = (x: Dec): Sign => (x.isZero() ? 0 : x.isNegative() ? -1 : 1);

/** A stretch of volume on which d = cost(a) − cost(b) has one sign. */
interface Stretch {
  readonly from: Dec;
  readonly to: Dec | null;
  readonly sign: Sign;
  /** Set on a zero point that is a linear root: the exact fraction. */
  readonly root?: { readonly numerator: Dec; readonly denominator: Dec };
}

function stretches(d: Piecewise, upper: Dec | null): Stretch[] {
  const out: Stretch[] = [];
  for (let i = 0; i < d.starts.length; i++) {
    const s = d.starts[i]!;
    if (upper !== null && s.gt(upper)) break;
    let e: Dec | null = d.starts[i + 1] ?? null;
    if (upper !== null && (e === null || e.gt(upper))) e = upper;
    const a = d.intercepts[i]!;
    const b = d.slopes[i]!;
    const atStart = a.plus(b.times(s));
    if (b.isZero()) {
      out.push({ from: s, to: e, sign: sign(a) });
      continue;
    }
    const root = a.neg().div(b);
    // The exact crossover as a fraction with a positive denominator.
    const exact = b.isNegative()
      ? { numerator: a, denominator: b.neg() }
      : { numerator: a.neg(), denominator: b };
    if (root.lte(s)) {
      if (root.eq(s)) out.push({ from: s, to: s, sign: 0, root: exact });
      if (e === null || !e.eq(s)) out.push({ from: s, to: e, sign: sign(b) });
    } else if (e !== null && root.gte(e)) {
      out.push({ from: s, to: e, sign: sign(atStart) });
      // A root exactly at an upper range end is a tie at the last valid volume.
      if (root.eq(e) && upper !== null && e.eq(upper)) {
        out.push({ from: e, to: e, sign: 0, root: exact });
      }
    } else {
      out.push({ from: s, to: root, sign: sign(atStart) });
      out.push({ from: root, to: root, sign: 0, root: exact });
      out.push({ from: root, to: e, sign: sign(b) });
    }
  }
  return out;
}

/**
 * Finds every volume at which the cheaper of two strategies changes, exactly: the monthly cost of
 * each is piecewise linear in requests/month, so on each segment the crossover is the root of a
 * linear function (a closed form, no search tolerance), and at a capacity or plan step the change is
 * reported at the step.
 *
 * @param tokensPerRequest - Workload tokens per request, to state each crossover in tokens/month.
 */
export function findBreakeven(a: StrategyModel, b: StrategyModel, tokensPerRequest: Dec): BreakevenResult {
  const between = [a.id, b.id] as const;
  const limits = [a.maxRequestsPerMonth, b.maxRequestsPerMonth].filter((x): x is Dec => x !== null);
  const upper = limits.length === 0 ? null : limits.reduce((m, x) => (x.lt(m) ? x : m));
  const range: VolumeRange = { fromRequestsPerMonth: ZERO, toRequestsPerMonth: upper };
  // Compare on the exact scaled costs: both multiplied by one common factor, so roots are unchanged.
  const common = lcm(a.monthlyScale, b.monthlyScale);
  const d = add(
    scale(a.monthlyScaled, new D(common / a.monthlyScale)),
    negate(scale(b.monthlyScaled, new D(common / b.monthlyScale))),
  );
  const parts = stretches(d, upper);
  const cheaper = (s: Sign): CandidateId => (s < 0 ? a.id : b.id);
  const crossovers: Crossover[] = [];
  let last: Sign = 0;
  let zeroFrom: Stretch | null = null;
  let zeroTo: Stretch | null = null;
  for (const part of parts) {
    if (part.sign === 0) {
      if (zeroFrom === null) zeroFrom = part;
      zeroTo = part;
      continue;
    }
    if (last !== 0 && part.sign !== last) {
      let crossover: Omit<Crossover, 'workloadTokensPerMonth' | 'monthlyCost'>;
      if (zeroFrom === null) {
        crossover = {
          kind: 'step',
          requestsPerMonth: part.from,
          exact: null,
          untilRequestsPerMonth: null,
          cheaperBelow: cheaper(last),
          cheaperAbove: cheaper(part.sign),
        };
      } else if (zeroFrom.to !== null && zeroFrom.from.eq(zeroFrom.to) && zeroFrom === zeroTo) {
        crossover = {
          kind: 'continuous',
          requestsPerMonth: zeroFrom.from,
          exact: zeroFrom.root ?? null,
          untilRequestsPerMonth: null,
          cheaperBelow: cheaper(last),
          cheaperAbove: cheaper(part.sign),
        };
      } else {
        crossover = {
          kind: 'interval',
          requestsPerMonth: zeroFrom.from,
          exact: null,
          untilRequestsPerMonth: zeroTo!.to,
          cheaperBelow: cheaper(last),
          cheaperAbove: cheaper(part.sign),
        };
      }
      crossovers.push({
        ...crossover,
        workloadTokensPerMonth: crossover.requestsPerMonth.times(tokensPerRequest),
        monthlyCost: evaluate(a.monthly, crossover.requestsPerMonth),
      });
    }
    last = part.sign;
    zeroFrom = null;
    zeroTo = null;
  }
  if (crossovers.length > 0) return { kind: 'crossovers', between, crossovers, range };
  if (last === 0) return { kind: 'equal', between, range };
  return { kind: 'never', between, cheaper: cheaper(last), range };
}
