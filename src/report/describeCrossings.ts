import type { HorizonCrossing } from '../analysis/computeHorizon.js';
import { type CandidateNames, KIND_NAMES } from './candidateNames.js';

/**
 * One sentence per pair whose cumulative leader changes inside the horizon. A single change is
 * "cheaper from then on"; when the lead goes back and forth (re-training steps), every change is
 * listed, in month order, and the sentence says who leads at the end, never "from then on".
 */
export function describeCrossings(
  crossings: readonly HorizonCrossing[],
  names: CandidateNames = KIND_NAMES,
): string[] {
  const byPair = new Map<string, HorizonCrossing[]>();
  for (const c of crossings) {
    const key = c.between.join('|');
    byPair.set(key, [...(byPair.get(key) ?? []), c]);
  }
  return [...byPair.values()].map((changes) => {
    const [a, b] = changes[0]!.between;
    const head = `${names.label(a)} vs ${names.label(b)}`;
    const first = changes[0]!;
    if (changes.length === 1) {
      return `${head}: month ${first.month}, ${names.label(first.cheaperFrom)} cheaper from then on to the end of the horizon (was ${names.label(first.cheaperBefore)}).`;
    }
    const list = changes.map((c) => `month ${c.month} ${names.label(c.cheaperFrom)}`).join(', ');
    const last = changes[changes.length - 1]!;
    return `${head}: the cheaper side changes ${changes.length} times (${names.label(first.cheaperBefore)} cheaper at first; then ${list}); ${names.label(last.cheaperFrom)} is cheaper at the end of the horizon.`;
  });
}
