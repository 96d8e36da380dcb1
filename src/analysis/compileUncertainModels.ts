import type { Piecewise } from '../_lib/piecewise.js';
import { D, type Dec } from '../decimal.js';
import type { TuneOrRagError } from '../errors.js';
import { buildStrategyModels, type ClosedStrategy } from '../kinds/buildStrategyModels.js';
import type { StrategyModel } from '../model/types.js';
import type { PricingRegistry } from '../pricing/registry.js';
import { parseScenario } from '../scenario/parseScenario.js';
import { type UncertainInput, withValueAt } from '../scenario/parseUncertainty.js';
import type { Draw } from './createSampler.js';
import { HORIZON_ONLY_PATHS } from './horizonOnlyPaths.js';

/** What a sample needs of a strategy's model: its exact scaled monthly cost and its ceiling. */
export interface SampledModel {
  readonly id: string;
  /** Monthly cost × `monthlyScale`, exactly (see `StrategyModel.monthlyScaled`). */
  readonly monthlyScaled: Piecewise;
  readonly monthlyScale: number;
  readonly maxRequestsPerMonth: Dec | null;
  /** `true` when the same object comes back for other samples (so results about it can be memoised). */
  readonly shared: boolean;
}

/** How one strategy follows the sampled inputs. */
export interface StrategyPlan {
  readonly id: string;
  /** Paths of the sampled inputs that change this strategy's model. */
  readonly inputs: readonly string[];
  /**
   * - `fixed`: no sampled input touches it;
   * - `cached`: re-built once per distinct combination of its inputs' values (exact);
   * - `affine`: its cost is affine in one continuous input (checked, see docs/uncertainty.md), so a
   *   sample's model is interpolated exactly between two builds, once per combination of the others.
   */
  readonly method: 'fixed' | 'cached' | 'affine';
  readonly interpolated: string | null;
}

/** The scenario compiled for sampling: models built once, and rebuilt only where a sample needs it. */
export interface CompiledModels {
  readonly ids: readonly string[];
  /** Index of the input that is the monthly volume, or -1. */
  readonly volumeInput: number;
  readonly plans: readonly StrategyPlan[];
  /** Each strategy's model for one sample (draws in the order of the inputs). */
  readonly modelsAt: (draws: readonly Draw[]) => SampledModel[];
  /** `true` when a workload token count is sampled (else tokens per request are constant). */
  readonly tokensVary: boolean;
  /** Workload tokens per request for one sample. */
  readonly tokensPerRequestAt: (draws: readonly Draw[]) => Dec;
  /** How many times a strategy was built (for the bench and the tests). */
  readonly builds: () => number;
}

const VOLUME_PATH = 'workload.requestsPerMonth';
const TOKEN_PATHS = ['workload.instructionTokens', 'workload.inputTokens', 'workload.outputTokens'];
// Paths that do not change a month's cost (growth only shapes the horizon's later months).
const NO_MONTHLY_EFFECT = HORIZON_ONLY_PATHS;
/**
 * Fields whose every use in a model is as a factor of a quantity or a price: a prompt-cache hit rate
 * (hits × cached price + misses × input or cache-write price) and per-token price overrides. Costs
 * are affine in them between structural changes (a hit rate of exactly 0 drops the cache-write
 * price), which the check at both ends and the middle of the range catches.
 */
const AFFINE = /(^|\.)cachedPrefixHitRate$|\.prices\.(input|cachedInput|cacheWrite|output)$/;

/** A candidate's name → the candidates it builds on (a hybrid's fine-tune and RAG). */
type Uses = ReadonlyMap<string, readonly string[]>;

/** The candidates one needs (hybrid: its fine-tune and RAG candidates), itself included. */
function closureOf(id: string, uses: Uses): Set<string> {
  const out = new Set<string>([id]);
  const stack = [id];
  while (stack.length > 0) {
    const next = stack.pop()!;
    for (const need of uses.get(next) ?? []) {
      if (!out.has(need)) {
        out.add(need);
        stack.push(need);
      }
    }
  }
  return out;
}

/**
 * The candidates whose model a path changes. A `strategies.<kind>` path changes that strategy, what
 * builds on it, and any named candidate (which may `extend` it); a `candidates.<name>` path changes
 * that candidate, what builds on it, and the other named candidates (which may extend it).
 */
function touched(path: string, ids: readonly string[], uses: Uses, named: ReadonlySet<string>): string[] {
  if (path === VOLUME_PATH || NO_MONTHLY_EFFECT.has(path)) return [];
  const segments = path.split('.');
  if (segments[0] === 'strategies' || segments[0] === 'candidates') {
    return ids.filter((id) => named.has(id) || closureOf(id, uses).has(segments[1]!));
  }
  return [...ids];
}

const sameDec = (a: Dec | null, b: Dec | null) => (a === null ? b === null : b !== null && a.eq(b));

function samePieces(a: readonly Dec[], b: readonly Dec[]): boolean {
  return a.length === b.length && a.every((x, i) => x.eq(b[i]!));
}

/** Significant digits a + dx × delta needs at most, for |dx| up to `span` with `dxDecimals` decimals. */
function digitsNeeded(a: Dec, delta: Dec, ends: readonly Dec[], dxDecimals: number): number {
  let magnitude = a.abs();
  for (const e of ends) if (e.abs().gt(magnitude)) magnitude = e.abs();
  const integerDigits = magnitude.gte(1) ? magnitude.e + 1 : 0;
  return integerDigits + Math.max(a.decimalPlaces(), delta.decimalPlaces() + dxDecimals) + 1;
}

interface AffineEntry {
  readonly kind: 'affine';
  readonly x0: Dec;
  readonly starts: readonly Dec[];
  readonly a0: readonly Dec[];
  readonly b0: readonly Dec[];
  readonly da: readonly Dec[];
  readonly db: readonly Dec[];
  readonly scale: number;
  readonly max: Dec | null;
}
type Entry = AffineEntry | { readonly kind: 'model'; readonly model: SampledModel } | PerValue;
interface PerValue {
  readonly kind: 'perValue';
  readonly models: Map<number, SampledModel>;
}

/**
 * Compiles a scenario for sampling. `template` is the plain scenario (no `uncertainty` block) with
 * every input at its base; `base` the models built from it. A sampled volume only re-evaluates the
 * totals; any other input re-builds only the strategies its part of the scenario feeds, pruned to
 * them (and what they build on), once per distinct combination of values, or, for an input the
 * costs are affine in, interpolates exactly between two builds.
 */
export function compileUncertainModels(
  template: Readonly<Record<string, unknown>>,
  base: readonly StrategyModel[],
  inputs: readonly UncertainInput[],
  registry: PricingRegistry,
): CompiledModels {
  const ids = base.map((m) => m.id as string);
  const segments = inputs.map((input) => input.path.split('.'));
  const volumeInput = inputs.findIndex((input) => input.path === VOLUME_PATH);
  const tokenInputs = TOKEN_PATHS.map((p) => inputs.findIndex((input) => input.path === p));
  const baseTokens = TOKEN_PATHS.map((p) => {
    const [, field] = p.split('.');
    return new D(String((template.workload as Record<string, unknown>)[field!]));
  });
  const fixedTokens = tokenInputs.every((i) => i === -1)
    ? baseTokens.reduce((a, b) => a.plus(b), new D(0))
    : null;
  const parsedTemplate = parseScenario(template);
  const uses: Uses = new Map(parsedTemplate.candidates.map((c) => [c.name, Object.values(c.uses)]));
  const named = new Set(
    parsedTemplate.candidates.filter((c) => c.path !== `strategies.${c.kind}`).map((c) => c.name),
  );
  const touches = inputs.map((input) => touched(input.path, ids, uses, named));
  let buildCount = 0;

  const build = (id: string, assignment: readonly (readonly [number, Dec])[]): SampledModel => {
    let plain: unknown = template;
    for (const [i, value] of assignment) plain = withValueAt(plain, segments[i]!, value.toFixed());
    // Only this candidate and what it builds on are priced (all are parsed: one may extend another).
    const keep = closureOf(id, uses);
    const parsed = parseScenario(plain);
    const only = { ...parsed, candidates: parsed.candidates.filter((c) => keep.has(c.name)) };
    const closed: ClosedStrategy[] = [];
    const models = buildStrategyModels(only, registry, closed);
    buildCount++;
    const model = models.find((m) => m.id === id);
    if (model === undefined)
      throw (closed.find((c) => c.id === id)?.error ?? closed[0]?.error) as TuneOrRagError;
    return {
      id,
      monthlyScaled: model.monthlyScaled,
      monthlyScale: model.monthlyScale,
      maxRequestsPerMonth: model.maxRequestsPerMonth,
      shared: true,
    };
  };

  const plans: StrategyPlan[] = [];
  const strategyFns = base.map((model) => {
    const id = model.id as string;
    const mine = inputs.flatMap((_, i) => (touches[i]!.includes(id) ? [i] : []));
    const fixed: SampledModel = {
      id,
      monthlyScaled: model.monthlyScaled,
      monthlyScale: model.monthlyScale,
      maxRequestsPerMonth: model.maxRequestsPerMonth,
      shared: true,
    };
    if (mine.length === 0) {
      plans.push({ id, inputs: [], method: 'fixed', interpolated: null });
      return (_draws: readonly Draw[]) => fixed;
    }
    // Interpolate in one affine input when every other input of this strategy is discrete (then
    // the builds are cached per combination of the others and the interpolation does the rest).
    const continuous = mine.filter((i) => inputs[i]!.distribution.dist !== 'discrete');
    const candidate =
      continuous.length === 1 && AFFINE.test(inputs[continuous[0]!]!.path) ? continuous[0]! : -1;
    const keyed = mine.filter((i) => i !== candidate);
    plans.push({
      id,
      inputs: mine.map((i) => inputs[i]!.path),
      method: candidate === -1 ? 'cached' : 'affine',
      interpolated: candidate === -1 ? null : inputs[candidate]!.path,
    });
    const cache = new Map<string, Entry>();
    const affineEntry = (draws: readonly Draw[]): Entry => {
      const input = inputs[candidate]!;
      const fixedPart = keyed.map((i) => [i, draws[i]!.value] as const);
      const at = (x: Dec) => build(id, [...fixedPart, [candidate, x]]);
      const low = input.low;
      const high = input.high;
      const m0 = at(low);
      if (low.eq(high)) return { kind: 'model', model: m0 };
      // A step that is a power of ten keeps the slope exact (dividing by it only moves the point).
      const step = new D(10).pow(high.minus(low).log(10).floor());
      const m1 = at(low.plus(step));
      const checks = [high, low.plus(high).div(2).toDecimalPlaces(input.decimals, D.ROUND_HALF_EVEN)]
        .filter((x) => !x.eq(low) && !x.eq(low.plus(step)))
        .map((x) => [x, at(x)] as const);
      const f0 = m0.monthlyScaled;
      const f1 = m1.monthlyScaled;
      const fallback: PerValue = { kind: 'perValue', models: new Map() };
      const sameShape = (m: SampledModel) =>
        m.monthlyScale === m0.monthlyScale &&
        sameDec(m.maxRequestsPerMonth, m0.maxRequestsPerMonth) &&
        samePieces(m.monthlyScaled.starts, f0.starts);
      if (!sameShape(m1) || !checks.every(([, m]) => sameShape(m))) return fallback;
      const da = f1.intercepts.map((a, i) => a.minus(f0.intercepts[i]!).div(step));
      const db = f1.slopes.map((b, i) => b.minus(f0.slopes[i]!).div(step));
      if (da.every((x) => x.isZero()) && db.every((x) => x.isZero())) {
        // Not affected after all (e.g. RAG's hit rate does not reach hybrid's tuned generation).
        return checks.every(
          ([, m]) =>
            samePieces(m.monthlyScaled.intercepts, f0.intercepts) &&
            samePieces(m.monthlyScaled.slopes, f0.slopes),
        )
          ? { kind: 'model', model: m0 }
          : fallback;
      }
      for (const [x, m] of checks) {
        const dx = x.minus(low);
        const ok =
          m.monthlyScaled.intercepts.every((a, i) => a.eq(f0.intercepts[i]!.plus(dx.times(da[i]!)))) &&
          m.monthlyScaled.slopes.every((b, i) => b.eq(f0.slopes[i]!.plus(dx.times(db[i]!))));
        if (!ok) return fallback;
      }
      // Exact only while a0 + dx × delta fits the 40 significant digits of our Decimals.
      const ends = [f0, ...checks.map(([, m]) => m.monthlyScaled)];
      const fits = (list: readonly Dec[], deltas: readonly Dec[], pick: (f: Piecewise) => readonly Dec[]) =>
        list.every(
          (a, i) =>
            digitsNeeded(
              a,
              deltas[i]!,
              ends.map((f) => pick(f)[i]!),
              input.decimals,
            ) <= D.precision,
        );
      if (!fits(f0.intercepts, da, (f) => f.intercepts) || !fits(f0.slopes, db, (f) => f.slopes))
        return fallback;
      return {
        kind: 'affine',
        x0: low,
        starts: f0.starts,
        a0: f0.intercepts,
        b0: f0.slopes,
        da,
        db,
        scale: m0.monthlyScale,
        max: m0.maxRequestsPerMonth,
      };
    };
    return (draws: readonly Draw[]): SampledModel => {
      let key = '';
      for (const i of keyed) key += `${draws[i]!.key}|`;
      let entry = cache.get(key);
      if (entry === undefined) {
        entry =
          candidate === -1
            ? {
                kind: 'model',
                model: build(
                  id,
                  keyed.map((i) => [i, draws[i]!.value] as const),
                ),
              }
            : affineEntry(draws);
        cache.set(key, entry);
      }
      if (entry.kind === 'model') return entry.model;
      if (entry.kind === 'perValue') {
        const x = draws[candidate]!;
        let model = entry.models.get(x.key);
        if (model === undefined) {
          model = build(id, [...keyed.map((i) => [i, draws[i]!.value] as const), [candidate, x.value]]);
          entry.models.set(x.key, model);
        }
        return model;
      }
      const dx = draws[candidate]!.value.minus(entry.x0);
      const intercepts = entry.a0.map((a, i) => (entry.da[i]!.isZero() ? a : a.plus(dx.times(entry.da[i]!))));
      const slopes = entry.b0.map((b, i) => (entry.db[i]!.isZero() ? b : b.plus(dx.times(entry.db[i]!))));
      return {
        id,
        monthlyScaled: { starts: entry.starts, intercepts, slopes },
        monthlyScale: entry.scale,
        maxRequestsPerMonth: entry.max,
        shared: false,
      };
    };
  });

  return {
    ids,
    volumeInput,
    plans,
    tokensVary: fixedTokens === null,
    modelsAt: (draws) => strategyFns.map((fn) => fn(draws)),
    tokensPerRequestAt: (draws) => {
      if (fixedTokens !== null) return fixedTokens;
      let total = new D(0);
      tokenInputs.forEach((i, k) => {
        total = total.plus(i === -1 ? baseTokens[k]! : draws[i]!.value);
      });
      return total;
    },
    builds: () => buildCount,
  };
}
