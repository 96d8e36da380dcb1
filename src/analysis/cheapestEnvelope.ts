import { evaluate } from '../_lib/piecewise.js';
import { D, type Dec, ZERO } from '../decimal.js';
import type { CandidateId, StrategyModel } from '../model/types.js';
import type { BreakevenResult, Crossover } from './findBreakeven.js';

/** How a stretch of the envelope ends. */
export type EnvelopeBoundary =
  /** The next candidate's cost crosses below at this volume (an exact root: see `exact`). */
  | 'crossover'
  /** A capacity or plan step makes the next candidate cheaper from this volume on. */
  | 'step'
  /** Equal costs from here over an interval; the tie goes to the candidate listed first. */
  | 'tie'
  /** The candidate's capacity ceiling: it serves up to and including `toRequestsPerMonth`. */
  | 'ceiling'
  /** The end of the range asked for. */
  | 'range_end';

/** One stretch of volume on which one candidate is the cheapest. */
export interface EnvelopeSegment {
  readonly candidate: CandidateId;
  /** First volume of the stretch (requests/month). */
  readonly fromRequestsPerMonth: Dec;
  /** Where the next stretch starts, or null when the candidate stays cheapest at any higher volume. */
  readonly toRequestsPerMonth: Dec | null;
  readonly fromWorkloadTokensPerMonth: Dec;
  readonly toWorkloadTokensPerMonth: Dec | null;
  /** How it ends (null: it does not). */
  readonly endsBy: EnvelopeBoundary | null;
  /** `crossover` ends: the volume as an exact fraction (requests = numerator ÷ denominator). */
  readonly exactTo: { readonly numerator: Dec; readonly denominator: Dec } | null;
}

/** Which candidate is cheapest on which stretch of monthly volume. */
export interface CheapestEnvelope {
  readonly fromRequestsPerMonth: Dec;
  /** The top of the range searched, or null for every volume above `from`. */
  readonly toRequestsPerMonth: Dec | null;
  readonly segments: readonly EnvelopeSegment[];
  /** Candidates that are never the cheapest in the range, in the scenario's order. */
  readonly neverCheapest: readonly CandidateId[];
}

/** The cheapest model at `r` among those that can serve it (first in order on a tie), or null. */
function cheapestAt(models: readonly StrategyModel[], r: Dec): StrategyModel | null {
  let best: StrategyModel | null = null;
  let bestCost: Dec | null = null;
  for (const m of models) {
    if (m.maxRequestsPerMonth !== null && r.gt(m.maxRequestsPerMonth)) continue;
    const cost = evaluate(m.monthly, r);
    if (bestCost === null || cost.lt(bestCost)) {
      best = m;
      bestCost = cost;
    }
  }
  return best;
}

interface Point {
  readonly at: Dec;
  readonly crossovers: Crossover[];
}

/**
 * The lower envelope of the candidates' monthly costs: which one is cheapest on which stretch of
 * volume, with exact boundaries. Every place where the cheapest can change is a crossover of some
 * pair (the pairwise breakevens, solved exactly on the piecewise-linear costs) or a capacity
 * ceiling, so the cheapest is constant between consecutive such points; it is read once inside
 * each stretch and adjacent stretches with the same winner are merged. A candidate over its
 * ceiling does not count.
 *
 * @param breakevens - Every pairwise breakeven of `models` (as `compare` returns them).
 * @param range - The volumes to cover (default: from 0 with no top).
 */
export function cheapestEnvelope(
  models: readonly StrategyModel[],
  breakevens: readonly BreakevenResult[],
  tokensPerRequest: Dec,
  range: { readonly from: Dec; readonly to: Dec | null } = { from: ZERO, to: null },
): CheapestEnvelope {
  const { from, to } = range;
  const inRange = (x: Dec) => x.gt(from) && (to === null || x.lt(to));
  const points = new Map<string, Point>();
  const add = (at: Dec, crossover: Crossover | null) => {
    if (!inRange(at)) return;
    const key = at.toString();
    const point = points.get(key) ?? { at, crossovers: [] };
    if (crossover !== null) point.crossovers.push(crossover);
    points.set(key, point);
  };
  for (const b of breakevens) {
    if (b.kind !== 'crossovers') continue;
    for (const c of b.crossovers) {
      add(c.requestsPerMonth, c);
      if (c.untilRequestsPerMonth !== null) add(c.untilRequestsPerMonth, c);
    }
  }
  // Just above a ceiling the candidate drops out: the next stretch starts there.
  const ceilings = new Set<string>();
  for (const m of models) {
    if (m.maxRequestsPerMonth === null) continue;
    ceilings.add(m.maxRequestsPerMonth.toString());
    add(m.maxRequestsPerMonth, null);
  }
  const cuts = [...points.values()].sort((a, b) => a.at.cmp(b.at));
  const segments: EnvelopeSegment[] = [];
  let start = from;
  for (let i = 0; i <= cuts.length; i++) {
    const end = i < cuts.length ? cuts[i]!.at : to;
    // A volume strictly inside the stretch (or its start when the stretch is a single point).
    const probe = end === null ? start.plus(1) : end.eq(start) ? start : start.plus(end.minus(start).div(2));
    const winner = cheapestAt(models, probe);
    // At a ceiling the candidate still serves the ceiling itself, so the ceiling belongs to the stretch before it.
    const last = segments[segments.length - 1];
    if (winner !== null && last?.candidate === winner.id) {
      segments[segments.length - 1] = {
        ...last,
        toRequestsPerMonth: null,
        toWorkloadTokensPerMonth: null,
        endsBy: null,
        exactTo: null,
      };
    } else if (winner !== null) {
      segments.push({
        candidate: winner.id,
        fromRequestsPerMonth: start,
        toRequestsPerMonth: null,
        fromWorkloadTokensPerMonth: start.times(tokensPerRequest),
        toWorkloadTokensPerMonth: null,
        endsBy: null,
        exactTo: null,
      });
    }
    if (end === null) break;
    // Close the open stretch at `end`; the next loop turn decides whether it continues.
    const open = segments[segments.length - 1];
    if (open !== undefined && open.toRequestsPerMonth === null) {
      const cut = cuts[i];
      const crossing = cut?.crossovers.find(
        (c) => c.cheaperBelow === open.candidate || c.cheaperAbove === open.candidate,
      );
      const isCeiling = cut !== undefined && ceilings.has(end.toString());
      segments[segments.length - 1] = {
        ...open,
        toRequestsPerMonth: end,
        toWorkloadTokensPerMonth: end.times(tokensPerRequest),
        endsBy:
          i === cuts.length
            ? 'range_end'
            : isCeiling && crossing === undefined
              ? 'ceiling'
              : crossing?.kind === 'continuous'
                ? 'crossover'
                : crossing?.kind === 'interval'
                  ? 'tie'
                  : 'step',
        exactTo: crossing?.kind === 'continuous' ? crossing.exact : null,
      };
    }
    start = end;
  }
  // A stretch closed at a cut where the winner did not change was reopened above; drop empty ones.
  const merged = segments.filter(
    (s) => s.toRequestsPerMonth === null || s.toRequestsPerMonth.gt(s.fromRequestsPerMonth),
  );
  const winners = new Set(merged.map((s) => s.candidate));
  return {
    fromRequestsPerMonth: from,
    toRequestsPerMonth: to,
    segments: merged,
    neverCheapest: models.map((m) => m.id).filter((id) => !winners.has(id)),
  };
}

/**
 * The envelope's candidate at a volume (requests/month): the stretch that contains it, or null
 * below the range or where nothing can serve it. Segments are searched by bisection.
 */
export function envelopeAt(envelope: CheapestEnvelope, volume: Dec | number | string): CandidateId | null {
  const r = typeof volume === 'object' ? volume : new D(String(volume));
  const segs = envelope.segments;
  // The last stretch starting at or below r.
  let lo = 0;
  let hi = segs.length - 1;
  if (hi < 0 || r.lt(segs[0]!.fromRequestsPerMonth)) return null;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (segs[mid]!.fromRequestsPerMonth.lte(r)) lo = mid;
    else hi = mid - 1;
  }
  // A ceiling's own volume belongs to the stretch before it.
  const prev = segs[lo - 1];
  if (prev?.endsBy === 'ceiling' && prev.toRequestsPerMonth!.eq(r)) return prev.candidate;
  const s = segs[lo]!;
  if (s.toRequestsPerMonth === null || r.lt(s.toRequestsPerMonth)) return s.candidate;
  return s.endsBy === 'ceiling' && r.eq(s.toRequestsPerMonth) ? s.candidate : null;
}
