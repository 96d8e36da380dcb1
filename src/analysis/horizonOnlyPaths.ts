/**
 * Scenario fields that change no single month's cost: monthly growth only shapes the later months
 * of a horizon. Sampling one in `simulate` or moving it in `sensitivity` changes no number those
 * report (each prices one month at the scenario's volume), which their reports say.
 */
export const HORIZON_ONLY_PATHS: ReadonlySet<string> = new Set(['workload.growthPerMonth']);

/** The note a report adds when an uncertain input is one of {@link HORIZON_ONLY_PATHS}. */
export function horizonOnlyNote(
  paths: readonly string[],
  command: 'simulate' | 'sensitivity',
): string | null {
  const only = paths.filter((p) => HORIZON_ONLY_PATHS.has(p));
  if (only.length === 0) return null;
  return `${only.map((p) => `\`${p}\``).join(', ')} changes no number here: ${command} prices a single month, and growth only shapes the later months of a horizon (\`horizon\`); percentiles of a horizon's total are not modelled yet.`;
}
