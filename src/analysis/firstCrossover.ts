import type { Piecewise } from '../_lib/piecewise.js';
import { D, type Dec } from '../decimal.js';

/** A strategy's exact scaled monthly cost, as {@link firstCrossover} reads it. */
export interface ScaledCost {
  readonly id: string;
  readonly monthlyScaled: Piecewise;
  readonly monthlyScale: number;
  readonly maxRequestsPerMonth: Dec | null;
}

/**
 * The first volume where the cheaper of two strategies changes, or why there is none:
 * - `crossover`: the first crossover's requests/month, as `findBreakeven` reports it (a tie point,
 *   the start of a tied stretch, or the first volume after a step);
 * - `never`: one side is cheaper (or equal) everywhere in the range;
 * - `equal`: the costs coincide everywhere.
 */
export type FirstCrossover =
  /** The crossover volume is `numerator ÷ denominator` (denominator `null`: the numerator itself). */
  | { readonly kind: 'crossover'; readonly numerator: Dec; readonly denominator: Dec | null }
  | { readonly kind: 'never'; readonly cheaper: string }
  | { readonly kind: 'equal' };

/** The crossover volume of a {@link FirstCrossover}, requests/month (one division at most). */
export function crossoverRequests(c: Extract<FirstCrossover, { kind: 'crossover' }>): Dec {
  return c.denominator === null ? c.numerator : c.numerator.div(c.denominator);
}

type Sign = -1 | 0 | 1;
const signOf = (x: Dec): Sign => (x.isZero() ? 0 : x.isNegative() ? -1 : 1);

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}

/** Where a stretch starts: a breakpoint, or the root −a ÷ b of a segment (divided only if reported). */
interface Point {
  readonly numerator: Dec;
  readonly denominator: Dec | null;
}

/**
 * {@link findBreakeven}'s first crossover, reduced to what a Monte Carlo sample needs and made with
 * less arithmetic: the sign of the cost difference is read at each segment's ends (two
 * multiply-adds), and the crossover comes back as a fraction, divided only when it is shown. The
 * property test `test/analysis/firstCrossover.test.ts` checks it against `findBreakeven`.
 */
export function firstCrossover(a: ScaledCost, b: ScaledCost): FirstCrossover {
  const common = (a.monthlyScale / gcd(a.monthlyScale, b.monthlyScale)) * b.monthlyScale;
  const fa = common / a.monthlyScale;
  const fb = common / b.monthlyScale;
  const ka = fa === 1 ? null : new D(fa);
  const kb = fb === 1 ? null : new D(fb);
  let upper: Dec | null = a.maxRequestsPerMonth;
  if (b.maxRequestsPerMonth !== null && (upper === null || b.maxRequestsPerMonth.lt(upper)))
    upper = b.maxRequestsPerMonth;
  const f = a.monthlyScaled;
  const g = b.monthlyScaled;
  let i = 0;
  let j = 0;
  let at: Dec = f.starts[0]!;
  let last: Sign = 0;
  // The first zero (tie) stretch since the last non-zero sign: where a crossover through it starts.
  let zeroFrom: Point | null = null;
  let found: Point | null = null;
  // Feeds one stretch of constant sign; sets `found` when it makes the first crossover.
  const feed = (from: Point, sign: Sign): void => {
    if (sign === 0) {
      zeroFrom ??= from;
      return;
    }
    if (last !== 0 && sign !== last) {
      found = zeroFrom ?? from;
      return;
    }
    last = sign;
    zeroFrom = null;
  };
  for (;;) {
    const s = at;
    if (upper !== null && s.gt(upper)) break;
    const nextF = f.starts[i + 1];
    const nextG = g.starts[j + 1];
    let next: Dec | undefined;
    if (nextF === undefined) next = nextG;
    else if (nextG === undefined || nextF.lt(nextG)) next = nextF;
    else next = nextG;
    let e: Dec | null = next ?? null;
    if (upper !== null && (e === null || e.gt(upper))) e = upper;
    const fi = f.intercepts[i]!;
    const gi = g.intercepts[j]!;
    const fs = f.slopes[i]!;
    const gs = g.slopes[j]!;
    const ai = (ka ? fi.times(ka) : fi).minus(kb ? gi.times(kb) : gi);
    const bi = (ka ? fs.times(ka) : fs).minus(kb ? gs.times(kb) : gs);
    const start: Point = { numerator: s, denominator: null };
    if (bi.isZero()) feed(start, signOf(ai));
    else {
      const slopeSign = signOf(bi);
      const atStart = signOf(ai.plus(bi.times(s)));
      const atEnd: Sign = e === null ? slopeSign : signOf(ai.plus(bi.times(e)));
      if (atStart === 0 || atStart === slopeSign) {
        // The root is at or before the start: the slope's sign holds over the segment.
        if (atStart === 0) feed(start, 0);
        if (found === null && (e === null || !e.eq(s))) feed(start, slopeSign);
      } else if (e !== null && (atEnd === 0 || atEnd === -slopeSign)) {
        // The root is at or after the end: the start's sign holds over the segment.
        feed(start, atStart);
        if (found === null && atEnd === 0 && upper !== null && e.eq(upper))
          feed({ numerator: e, denominator: null }, 0);
      } else {
        const root: Point = { numerator: ai.neg(), denominator: bi };
        feed(start, atStart);
        if (found === null) feed(root, 0);
        if (found === null) feed(root, slopeSign);
      }
    }
    if (found !== null) {
      const point: Point = found;
      return { kind: 'crossover', numerator: point.numerator, denominator: point.denominator };
    }
    if (next === undefined) break;
    if (nextF?.eq(next)) i++;
    if (nextG?.eq(next)) j++;
    at = next;
  }
  return last === 0 ? { kind: 'equal' } : { kind: 'never', cheaper: last < 0 ? a.id : b.id };
}
