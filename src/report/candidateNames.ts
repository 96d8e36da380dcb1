import type { RunInfo } from '../calculate.js';
import type { CandidateId } from '../model/types.js';
import { STRATEGY_IDS, STRATEGY_KINDS, STRATEGY_LABELS } from '../strategyKinds.js';

/** How reports name a run's candidates, in the scenario's order. */
export interface CandidateNames {
  /** Every candidate, in the scenario's order. */
  readonly order: readonly CandidateId[];
  /** `Fine-tune`, `Hybrid (RAG + tuned)`, or a candidate's label. */
  label(id: CandidateId): string;
  /** For narrow columns: `Hybrid`, `Long ctx`, or a candidate's label. */
  short(id: CandidateId): string;
}

/** Anything that lists candidates as a run does: a run, a sweep's plan. */
export type NamedCandidates = Pick<RunInfo, 'candidates'>;

/** The names of the candidates of one or more runs (profiles may differ), first seen first. */
export function candidateNames(runs: NamedCandidates | readonly NamedCandidates[]): CandidateNames {
  const list = Array.isArray(runs) ? (runs as readonly NamedCandidates[]) : [runs as NamedCandidates];
  const byId = new Map<CandidateId, RunInfo['candidates'][number]>();
  for (const run of list) for (const c of run.candidates) if (!byId.has(c.id)) byId.set(c.id, c);
  return {
    order: [...byId.keys()],
    label: (id) => byId.get(id)?.label ?? id,
    short: (id) => byId.get(id)?.shortLabel ?? id,
  };
}

/**
 * Names from the strategy registry alone, for a result read without its run (the `strategies`
 * form's ids get their kind's labels; any other id is its own label).
 */
export const KIND_NAMES: CandidateNames = {
  order: STRATEGY_IDS,
  label: (id) => (STRATEGY_LABELS as Readonly<Record<string, string>>)[id] ?? id,
  short: (id) => STRATEGY_KINDS.find((k) => k.id === id)?.shortLabel ?? id,
};
