import type { Dec } from '../decimal.js';
import type { CandidateId } from '../model/types.js';

/**
 * How many times cheaper one strategy is than another at a volume.
 *
 * - `ratio`: `times` = dearer ÷ cheaper (≥ 1), e.g. "RAG is 3.2× cheaper than fine-tuning";
 * - `equal`: both cost the same;
 * - `zero`: one side costs nothing at this volume, so no finite multiple exists (the other's cost is
 *   given instead of dividing by zero).
 */
export type MultipleResult =
  | {
      readonly kind: 'ratio';
      readonly between: readonly [CandidateId, CandidateId];
      readonly cheaper: CandidateId;
      readonly dearer: CandidateId;
      readonly times: Dec;
    }
  | { readonly kind: 'equal'; readonly between: readonly [CandidateId, CandidateId] }
  | {
      readonly kind: 'zero';
      readonly between: readonly [CandidateId, CandidateId];
      /** The strategy that costs nothing (or both, when both do: then `kind` is `equal`). */
      readonly free: CandidateId;
      readonly otherCost: Dec;
    };

/** Compares two monthly costs as a multiple. */
export function multipleOf(a: CandidateId, costA: Dec, b: CandidateId, costB: Dec): MultipleResult {
  const between = [a, b] as const;
  if (costA.eq(costB)) return { kind: 'equal', between };
  if (costA.isZero()) return { kind: 'zero', between, free: a, otherCost: costB };
  if (costB.isZero()) return { kind: 'zero', between, free: b, otherCost: costA };
  return costA.lt(costB)
    ? { kind: 'ratio', between, cheaper: a, dearer: b, times: costB.div(costA) }
    : { kind: 'ratio', between, cheaper: b, dearer: a, times: costA.div(costB) };
}
