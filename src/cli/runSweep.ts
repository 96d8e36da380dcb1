import {
  planSweep,
  type SweepAxis,
  type SweepPlan,
  type SweepPoint,
  sweepPoints,
} from '../analysis/sweep.js';
import type { CandidateId } from '../model/types.js';
import { usageError } from './cliError.js';
import { engineOptions } from './engine.js';
import type { LoadedScenario } from './loadScenarios.js';
import { MAX_SWEEP_POINTS } from './parseVary.js';
import { setPath } from './setPath.js';
import { withFlags } from './withFlags.js';

/**
 * Checks the flags of a sweep and plans it (src/analysis/sweep.ts computes it): an axis named twice,
 * more than {@link MAX_SWEEP_POINTS} points, or a `--vary` field under a value that is not an object
 * is a usage error, before anything is priced.
 */
export function planSweepFlags(
  scenarios: readonly LoadedScenario[],
  axes: readonly SweepAxis[],
  between: readonly [CandidateId, CandidateId] | undefined,
  flags: Readonly<Record<string, string>> = {},
): SweepPlan {
  const seen = new Set<string>();
  for (const a of axes) {
    if (seen.has(a.field))
      throw usageError(`--vary names ${a.field} twice; give it one list or range`, '--vary');
    seen.add(a.field);
  }
  const total = axes.reduce((n, a) => n * a.values.length, 1) * scenarios.length;
  if (total > MAX_SWEEP_POINTS) {
    throw usageError(
      `the sweep has ${total.toLocaleString('en-US')} points; at most ${MAX_SWEEP_POINTS.toLocaleString('en-US')} are allowed: use fewer values per --vary`,
      '--vary',
    );
  }
  for (const { scenario } of scenarios)
    for (const a of axes) if (!a.volume) setPath(scenario, a.field.split('.'), a.values[0]);
  return withFlags(sweepFlags(flags), () => planSweep(scenarios, axes, between));
}

/** Errors name the flags: the volumes and the pair come from --vary and --between. */
function sweepFlags(flags: Readonly<Record<string, string>>): Record<string, string> {
  return { ...flags, 'options.volumes': '--vary', 'options.between': '--between' };
}

/**
 * The sweep's points in batches ({@link sweepPoints}) with the command's tables and currency, each
 * error reported at the flag that caused it.
 */
export function* sweepPointsFlags(
  scenarios: readonly LoadedScenario[],
  plan: SweepPlan,
  flags: Readonly<Record<string, string>> = {},
  onProgress?: (done: number, total: number) => void,
): Generator<SweepPoint[]> {
  const named = sweepFlags(flags);
  const points = sweepPoints(scenarios, plan, engineOptions(), onProgress);
  for (;;) {
    const next = withFlags(named, () => points.next());
    if (next.done === true) return;
    yield next.value;
  }
}
