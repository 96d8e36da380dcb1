import { multipleOf } from '../analysis/multipleOf.js';
import type { BreakevenReport } from '../calculate.js';
import { isTuneOrRagError, TuneOrRagError } from '../errors.js';
import { type CandidateId, STRATEGY_IDS } from '../model/types.js';
import { cheapestOf } from '../report/curveReport.js';
import type { SweepAxis, SweepPoint, SweepResult } from '../report/sweepReport.js';
import { usageError } from './cliError.js';
import { breakeven, curve } from './engine.js';
import type { LoadedScenario } from './loadScenarios.js';
import { MAX_SWEEP_POINTS } from './parseVary.js';
import { isPlainObject, setPath } from './setPath.js';
import { withFlags } from './withFlags.js';

/** The candidates a scenario input describes, in the engine's order: `strategies` by kind, then `candidates`. */
export function strategiesIn(scenario: unknown): CandidateId[] {
  const strategies = isPlainObject(scenario) ? scenario.strategies : undefined;
  const candidates = isPlainObject(scenario) ? scenario.candidates : undefined;
  return [
    ...(isPlainObject(strategies)
      ? STRATEGY_IDS.filter((id) => strategies[id] !== undefined && strategies[id] !== null)
      : []),
    ...(isPlainObject(candidates) ? Object.keys(candidates) : []),
  ];
}

/** The default pair: fine-tune vs RAG when both are there, else the first two strategies. */
export function defaultPair(ids: readonly CandidateId[]): [CandidateId, CandidateId] | null {
  if (ids.includes('fineTune') && ids.includes('rag')) return ['fineTune', 'rag'];
  return ids.length >= 2 ? [ids[0]!, ids[1]!] : null;
}

/** Volumes priced per `curve` call in a sweep: memory per batch, not per axis. */
const VOLUMES_PER_BATCH = 10_000;

function* product(axes: readonly SweepAxis[]): Generator<string[]> {
  const idx = axes.map(() => 0);
  if (axes.some((a) => a.values.length === 0)) return;
  for (;;) {
    yield axes.map((a, i) => a.values[idx[i]!]!);
    let k = axes.length - 1;
    while (k >= 0 && ++idx[k]! === axes[k]!.values.length) idx[k--] = 0;
    if (k < 0) return;
  }
}

/** What a sweep will run, checked and counted before any point is priced. */
export interface SweepPlan {
  readonly scenarioName: string;
  readonly axes: readonly SweepAxis[];
  readonly between: readonly [CandidateId, CandidateId] | null;
  readonly strategies: readonly CandidateId[];
  /** Points in all (every profile). */
  readonly total: number;
}

/**
 * Checks a sweep and counts its points, before anything is priced: an axis named twice, or more
 * than {@link MAX_SWEEP_POINTS} points, is a usage error that says how many are allowed.
 */
export function planSweep(
  scenarios: readonly LoadedScenario[],
  axes: readonly SweepAxis[],
  between: readonly [CandidateId, CandidateId] | undefined,
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
  const strategies = STRATEGY_IDS.filter((id) =>
    scenarios.some((s) => strategiesIn(s.scenario).includes(id)),
  );
  const first = scenarios[0]?.scenario as { name?: unknown } | undefined;
  return {
    scenarioName: typeof first?.name === 'string' ? first.name : 'scenario',
    axes,
    between: between ?? defaultPair(strategiesIn(scenarios[0]?.scenario)),
    strategies,
    total,
  };
}

/**
 * The points of a sweep, one batch per point of the non-volume axes (the first axis varies slowest;
 * the volume axis, whatever its place, varies fastest, within each batch). The volume axis is not
 * looped over: for each point of the other axes, one `curve` call prices every volume, and one
 * `breakeven` call gives the pair's crossovers (they do not depend on volume). Nothing is kept
 * between batches, so memory does not grow with the sweep.
 *
 * @throws the first engine error, with the sweep point it happened at added to the message.
 */
export function* sweepPoints(
  scenarios: readonly LoadedScenario[],
  plan: SweepPlan,
  flags: Readonly<Record<string, string>> = {},
  onProgress: (done: number, total: number) => void = () => {},
): Generator<SweepPoint[]> {
  // Errors name the flags: the volumes and the pair come from --vary and --between.
  const named = { ...flags, 'options.volumes': '--vary', 'options.between': '--between' };
  const { axes, total } = plan;
  const pair = plan.between;
  const volumeAxis = axes.find((a) => a.volume);
  const others = axes.filter((a) => !a.volume);
  let done = 0;
  for (const { profile, scenario: base } of scenarios) {
    for (const combo of product(others)) {
      let scenario: unknown = base;
      others.forEach((a, i) => {
        scenario = setPath(scenario, a.field.split('.'), combo[i]);
      });
      const where = [
        profile === null ? '' : `profile ${profile}`,
        ...others.map((a, i) => `${a.path}=${combo[i]}`),
      ]
        .filter((s) => s !== '')
        .join(', ');
      let be: BreakevenReport | null = null;
      const volumes = volumeAxis?.values;
      // Volumes are priced a slice at a time, so a 100,000-value axis never holds 100,000 points.
      for (let from = 0; from < (volumes?.length ?? 1); from += VOLUMES_PER_BATCH) {
        const points: SweepPoint[] = [];
        try {
          if (from === 0 && pair !== null)
            be = withFlags(named, () => breakeven(scenario as never, { between: pair }));
          const c = withFlags(named, () =>
            curve(scenario as never, {
              volumes: volumes?.slice(from, from + VOLUMES_PER_BATCH) ?? [
                be?.run.requestsPerMonth.toFixed() ?? requestsOf(scenario),
              ],
            }),
          );
          for (const p of c.points) {
            const ma = pair === null ? undefined : p.monthly[pair[0]];
            const mb = pair === null ? undefined : p.monthly[pair[1]];
            const values = axes.map((a) =>
              a.volume ? p.requestsPerMonth.toFixed() : combo[others.indexOf(a)]!,
            );
            points.push({
              profile,
              values,
              requestsPerMonth: p.requestsPerMonth,
              workloadTokensPerMonth: p.workloadTokensPerMonth,
              monthly: p.monthly,
              cheapest: cheapestOf(p.monthly),
              multiple:
                pair === null || ma == null || mb == null ? null : multipleOf(pair[0], ma, pair[1], mb),
              breakeven: be?.breakeven ?? null,
            });
          }
        } catch (error) {
          if (isTuneOrRagError(error) && where !== '') {
            throw new TuneOrRagError(error.code, `${error.detail} (sweep point ${where})`, {
              path: error.path,
              issues: error.issues,
            });
          }
          throw error;
        }
        done += points.length;
        onProgress(done, total);
        yield points;
      }
    }
  }
}

/** Runs a whole sweep in memory (see {@link sweepPoints}); for small sweeps and tests. */
export function runSweep(
  scenarios: readonly LoadedScenario[],
  axes: readonly SweepAxis[],
  between: readonly [CandidateId, CandidateId] | undefined,
  onProgress?: (done: number, total: number) => void,
): SweepResult {
  const plan = planSweep(scenarios, axes, between);
  const points: SweepPoint[] = [];
  for (const batch of sweepPoints(scenarios, plan, {}, onProgress)) for (const p of batch) points.push(p);
  return { ...plan, points };
}

function requestsOf(scenario: unknown): string {
  const w = isPlainObject(scenario) ? scenario.workload : undefined;
  return isPlainObject(w) ? String(w.requestsPerMonth) : '0';
}
