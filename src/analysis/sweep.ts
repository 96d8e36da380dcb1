import type { BreakevenReport, CalculationOptions, RunInfo } from '../calculate.js';
import { breakevenWith, curveWith } from '../calculate.js';
import type { Dec } from '../decimal.js';
import { isTuneOrRagError, TuneOrRagError } from '../errors.js';
import type { CandidateId } from '../model/types.js';
import { parseScenario } from '../scenario/parseScenario.js';
import { strategyKind } from '../strategyKinds.js';
import { cheapestOf } from './cheapestOf.js';
import type { BreakevenResult } from './findBreakeven.js';
import { type MultipleResult, multipleOf } from './multipleOf.js';

export { cheapestOf };

/** One varied field of a sweep. */
export interface SweepAxis {
  /** As typed: `rag.topK`. */
  readonly path: string;
  /** In the scenario: `strategies.rag.topK`. */
  readonly field: string;
  readonly values: readonly string[];
  /** `true` for the monthly volume, which is swept with one curve per other point. */
  readonly volume: boolean;
}

/** The result at one point of a sweep. */
export interface SweepPoint {
  readonly profile: string | null;
  /** The value of each axis, in axis order. */
  readonly values: readonly string[];
  readonly requestsPerMonth: Dec;
  readonly workloadTokensPerMonth: Dec;
  /** Monthly USD per candidate; `null` above a candidate's capacity. */
  readonly monthly: Readonly<Partial<Record<CandidateId, Dec | null>>>;
  readonly cheapest: CandidateId | null;
  /** The pair's multiple at this point (null when one side is over capacity or there is no pair). */
  readonly multiple: MultipleResult | null;
  /** The pair's breakeven for this point's scenario (it does not depend on the volume). */
  readonly breakeven: BreakevenResult | null;
}

/** A scenario to sweep, with the profile it came from (`null`: the file as written). */
export interface SweepInput {
  readonly profile: string | null;
  readonly scenario: unknown;
}

/** What a sweep will run, known before any point is priced. */
export interface SweepPlan {
  readonly scenarioName: string;
  readonly axes: readonly SweepAxis[];
  readonly between: readonly [CandidateId, CandidateId] | null;
  /** Every candidate of every profile, first seen first: the `strategies` by kind, then `candidates`. */
  readonly strategies: readonly CandidateId[];
  /** How reports name them (as a run's `candidates`). */
  readonly candidates: RunInfo['candidates'];
  /** Points in all (every profile). */
  readonly total: number;
}

/** A whole sweep in memory. */
export interface SweepResult extends SweepPlan {
  readonly points: readonly SweepPoint[];
}

/** The default pair: fine-tune vs RAG when both are there, else the first two candidates. */
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

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** `scenario` with `value` written at the dotted `field` (objects copied along the way). */
function withField(scenario: unknown, segments: readonly string[], value: unknown, shown: string): unknown {
  const [key, ...rest] = segments;
  if (key === undefined) return value;
  if (scenario !== undefined && !isPlainObject(scenario)) {
    throw new TuneOrRagError('invalid_input', `cannot set \`${shown}\`: a parent of it is not an object`, {
      path: shown,
    });
  }
  const object = scenario ?? {};
  const child = Object.hasOwn(object, key) ? object[key] : undefined;
  return { ...object, [key]: withField(child, rest, value, shown) };
}

/**
 * Plans a sweep: its size, the candidates of every profile (read by parsing each scenario, so a
 * named candidate is a column like any strategy) and the pair whose breakeven and multiple each
 * point reports (`between`, else fine-tune vs RAG, else the first two).
 *
 * @throws the scenario's own `invalid_input` when a profile does not parse.
 */
export function planSweep(
  inputs: readonly SweepInput[],
  axes: readonly SweepAxis[],
  between?: readonly [CandidateId, CandidateId],
): SweepPlan {
  const byId = new Map<CandidateId, RunInfo['candidates'][number]>();
  let scenarioName = 'scenario';
  inputs.forEach(({ scenario }, i) => {
    const parsed = parseScenario(scenario);
    if (i === 0) scenarioName = parsed.name;
    for (const c of parsed.candidates) {
      if (byId.has(c.name)) continue;
      const legacy = c.path === `strategies.${c.kind}`;
      byId.set(c.name, {
        id: c.name,
        kind: c.kind,
        label: c.label,
        shortLabel: legacy ? strategyKind(c.kind).shortLabel : c.label,
      });
    }
  });
  const strategies = [...byId.keys()];
  return {
    scenarioName,
    axes,
    between: between ?? defaultPair(strategies),
    strategies,
    candidates: [...byId.values()],
    total: axes.reduce((n, a) => n * a.values.length, 1) * inputs.length,
  };
}

/**
 * The points of a sweep, one batch per point of the non-volume axes (the first axis varies slowest;
 * the volume axis, whatever its place, varies fastest, within each batch). The volume axis is not
 * looped over: for each point of the other axes, one `curve` call prices every volume, and one
 * `breakeven` call gives the pair's crossovers (they do not depend on volume). Nothing is kept
 * between batches, so memory does not grow with the sweep.
 *
 * @param options - As for `compare` (the pricing registry, currency…), for every point.
 * @throws the first error, with the sweep point it happened at added to the message.
 */
export function* sweepPoints(
  inputs: readonly SweepInput[],
  plan: SweepPlan,
  options: CalculationOptions = {},
  onProgress: (done: number, total: number) => void = () => {},
): Generator<SweepPoint[]> {
  const { axes, total } = plan;
  const pair = plan.between;
  const volumeAxis = axes.find((a) => a.volume);
  const others = axes.filter((a) => !a.volume);
  let done = 0;
  for (const { profile, scenario: base } of inputs) {
    for (const combo of product(others)) {
      let scenario: unknown = base;
      others.forEach((a, i) => {
        scenario = withField(scenario, a.field.split('.'), combo[i], a.field);
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
          if (from === 0 && pair !== null) be = breakevenWith(scenario, { ...options, between: pair });
          const c = curveWith(scenario, {
            ...options,
            volumes: volumes?.slice(from, from + VOLUMES_PER_BATCH) ?? [
              (be?.run.requestsPerMonth ?? parseScenario(scenario).workload.requestsPerMonth).toFixed(),
            ],
          });
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

/**
 * Runs a whole sweep in memory (see {@link sweepPoints}): every combination of the axes' values,
 * each priced exactly, for each profile.
 */
export function sweepWith(
  inputs: readonly SweepInput[],
  axes: readonly SweepAxis[],
  options: CalculationOptions & { readonly between?: readonly [CandidateId, CandidateId] } = {},
): SweepResult {
  const { between, ...calc } = options;
  const plan = planSweep(inputs, axes, between);
  const points: SweepPoint[] = [];
  for (const batch of sweepPoints(inputs, plan, calc)) for (const p of batch) points.push(p);
  return { ...plan, points };
}
