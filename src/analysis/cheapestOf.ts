import type { Dec } from '../decimal.js';
import type { CandidateId } from '../model/types.js';

/** The cheapest candidate of a point (first in order on a tie), ignoring those over capacity. */
export function cheapestOf(monthly: Readonly<Partial<Record<CandidateId, Dec | null>>>): CandidateId | null {
  let best: CandidateId | null = null;
  for (const id of Object.keys(monthly)) {
    const v = monthly[id];
    if (v === undefined || v === null) continue;
    if (best === null || v.lt(monthly[best]!)) best = id;
  }
  return best;
}
