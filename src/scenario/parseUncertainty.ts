import { didYouMeanText } from '../_lib/didYouMean.js';
import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import {
  candidateFieldKind,
  canonicalScenarioPath,
  type NumericFieldKind,
  numericScenarioPaths,
} from './numericPaths.js';
import { mergedCandidateFields, parseScenario } from './parseScenario.js';
import type { BoundInput, DistributionInput } from './uncertaintySchema.js';

/** A distribution with its parameters as exact Decimals. */
export type Distribution =
  | { readonly dist: 'range'; readonly low: Dec; readonly base: Dec; readonly high: Dec }
  | { readonly dist: 'uniform'; readonly low: Dec; readonly high: Dec }
  | { readonly dist: 'triangular'; readonly low: Dec; readonly mode: Dec; readonly high: Dec }
  /** `low` is the P10 and `high` the P90. */
  | { readonly dist: 'lognormal'; readonly low: Dec; readonly high: Dec }
  | { readonly dist: 'discrete'; readonly values: readonly Dec[]; readonly weights: readonly Dec[] };

/** One uncertain scenario input, checked against its field. */
export interface UncertainInput {
  /** The field's path in the scenario's own spelling, e.g. `strategies.rag.generation.cachedPrefixHitRate`. */
  readonly path: string;
  /** The key as written in `uncertainty` (for messages). */
  readonly written: string;
  readonly kind: NumericFieldKind;
  readonly distribution: Distribution;
  /** The tornado's three points: each a valid value of the field. */
  readonly low: Dec;
  readonly base: Dec;
  readonly high: Dec;
  /** Samples are rounded to this many decimals (0 for counts). */
  readonly decimals: number;
}

/** Decimals samples of a field keep: whole numbers for counts, else 6 (or more, if a bound has more). */
function decimalsOf(kind: NumericFieldKind, bounds: readonly Dec[]): number {
  if (kind === 'count' || kind === 'positiveCount') return 0;
  return Math.max(6, ...bounds.map((b) => b.decimalPlaces()));
}

function bad(path: string, message: string): TuneOrRagError {
  return new TuneOrRagError('invalid_input', message, { path });
}

const dec = (value: BoundInput): Dec => new D(String(value));

/** A copy of `target` with `value` at the dotted `path` (objects created as needed); the input is not changed. */
export function withValueAt(target: unknown, path: readonly string[], value: unknown): unknown {
  const [key, ...rest] = path;
  if (key === undefined) return value;
  const object =
    typeof target === 'object' && target !== null && !Array.isArray(target)
      ? (target as Record<string, unknown>)
      : {};
  const copy: Record<string, unknown> = { ...object };
  copy[key] = withValueAt(Object.hasOwn(object, key) ? object[key] : undefined, rest, value);
  return copy;
}

/** The scenario without its `uncertainty` block: what one sample, or the base case, is priced from. */
export function withoutUncertainty(scenario: unknown): Record<string, unknown> {
  const { uncertainty: _ignored, ...rest } = scenario as Record<string, unknown>;
  return rest;
}

/**
 * Reads the `uncertainty` block of a scenario (plain data, already through the scenario schema):
 * each path resolved and checked to be a numeric field of a strategy the scenario describes, each
 * distribution's parameters ordered, and its low, base and high (and every discrete value) checked
 * as values of the field, by the scenario's own rules.
 *
 * @throws `invalid_input` naming `uncertainty.<path>` (with a did-you-mean for an unknown path).
 */
export function parseUncertainty(scenario: Readonly<Record<string, unknown>>): UncertainInput[] {
  const block = (scenario.uncertainty ?? {}) as Readonly<Record<string, DistributionInput>>;
  const catalogue = numericScenarioPaths();
  const seen = new Map<string, string>();
  const out: UncertainInput[] = [];
  const template = withoutUncertainty(scenario);
  for (const [written, input] of Object.entries(block)) {
    const at = `uncertainty.${written}`;
    const path = canonicalScenarioPath(written);
    const segments = path.split('.');
    const named = segments[0] === 'candidates' ? namedCandidateField(template, segments, at) : null;
    const kind = named?.kind ?? catalogue.get(path);
    if (kind === undefined) {
      throw bad(
        at,
        `\`${written}\` is not a numeric field of a scenario; write a path such as workload.requestsPerMonth or strategies.rag.topK.${didYouMeanText(path, [...catalogue.keys()])}`,
      );
    }
    const other = seen.get(path);
    if (other !== undefined) throw bad(at, `\`${written}\` and \`${other}\` name the same field: keep one`);
    seen.set(path, written);
    if (segments[0] === 'strategies') {
      const strategies = (template.strategies ?? {}) as Record<string, unknown>;
      if (strategies[segments[1]!] == null) {
        throw bad(
          at,
          `the scenario does not describe \`strategies.${segments[1]}\`, so \`${path}\` has no effect`,
        );
      }
    }
    const current = named === null ? currentValue(template, segments) : named.current;
    const { distribution, low, base, high } = read(input, at, kind, current);
    const decimals = decimalsOf(kind, [low, base, high]);
    const rounded = base.toDecimalPlaces(decimals, D.ROUND_HALF_EVEN);
    // Each point must be a value the field accepts (a count is whole, a rate is at most 1, …).
    const points: [string, Dec][] =
      distribution.dist === 'discrete'
        ? distribution.values.map((v, i): [string, Dec] => [`values[${i}]`, v])
        : [
            ['low', low],
            ['high', high],
          ];
    points.push(['base', rounded]);
    for (const [name, value] of points) {
      try {
        parseScenario(withValueAt(template, segments, value.toFixed()));
      } catch (error) {
        if (!(error instanceof TuneOrRagError)) throw error;
        throw bad(`${at}.${name}`, `${value.toFixed()} is not a valid \`${path}\`: ${error.detail}`);
      }
    }
    out.push({ path, written, kind, distribution, low, base: rounded, high, decimals });
  }
  return out;
}

/**
 * A `candidates.<name>.<field…>` path: the field's kind for the candidate's kind, and its value as
 * the candidate ends up with it (written, or inherited through `extends`).
 *
 * @throws `invalid_input` at `at` when the scenario has no candidate of that name.
 */
function namedCandidateField(
  template: Readonly<Record<string, unknown>>,
  segments: readonly string[],
  at: string,
): { kind: NumericFieldKind | undefined; current: Dec | null } {
  const [, name, ...field] = segments as [string, string, ...string[]];
  const fields = name === undefined ? undefined : mergedCandidateFields(template, name);
  if (fields === undefined) {
    const names = Object.keys((template.candidates ?? {}) as object);
    throw bad(
      at,
      `the scenario has no candidate \`${name ?? ''}\`, so \`${segments.join('.')}\` has no effect.${didYouMeanText(name ?? '', names)}`,
    );
  }
  const kind = typeof fields.kind === 'string' ? candidateFieldKind(fields.kind, field.join('.')) : undefined;
  return { kind, current: currentValue(fields, field) };
}

/** The scenario's own value at a path, when it holds a number there. */
function currentValue(scenario: unknown, segments: readonly string[]): Dec | null {
  let at: unknown = scenario;
  for (const key of segments) {
    if (typeof at !== 'object' || at === null || !Object.hasOwn(at, key)) return null;
    at = (at as Record<string, unknown>)[key];
  }
  if (typeof at !== 'number' && typeof at !== 'string') return null;
  try {
    const value = new D(String(at));
    return value.isFinite() ? value : null;
  } catch {
    return null;
  }
}

function read(
  input: DistributionInput,
  at: string,
  kind: NumericFieldKind,
  current: Dec | null,
): { distribution: Distribution; low: Dec; base: Dec; high: Dec } {
  // Where a distribution has no stated centre, the base is the scenario's own value when it lies in range.
  const inRange = (low: Dec, high: Dec) => current?.gte(low) === true && current.lte(high);
  const ordered = (low: Dec, high: Dec, lowName = 'low', highName = 'high') => {
    if (low.gt(high))
      throw bad(
        `${at}.${lowName}`,
        `\`${lowName}\` (${low.toFixed()}) is above \`${highName}\` (${high.toFixed()})`,
      );
  };
  const within = (value: Dec, low: Dec, high: Dec, name: string) => {
    if (value.lt(low) || value.gt(high))
      throw bad(
        `${at}.${name}`,
        `\`${name}\` (${value.toFixed()}) must lie from low (${low.toFixed()}) to high (${high.toFixed()})`,
      );
  };
  switch (input.dist) {
    case undefined:
    case 'range': {
      const [low, base, high] = [dec(input.low), dec(input.base), dec(input.high)];
      ordered(low, high);
      within(base, low, high, 'base');
      return { distribution: { dist: 'range', low, base, high }, low, base, high };
    }
    case 'uniform': {
      const [low, high] = [dec(input.low), dec(input.high)];
      ordered(low, high);
      const base =
        input.base !== undefined ? dec(input.base) : inRange(low, high) ? current! : low.plus(high).div(2);
      within(base, low, high, 'base');
      return { distribution: { dist: 'uniform', low, high }, low, base, high };
    }
    case 'triangular': {
      const [low, mode, high] = [dec(input.low), dec(input.mode), dec(input.high)];
      ordered(low, high);
      within(mode, low, high, 'mode');
      return { distribution: { dist: 'triangular', low, mode, high }, low, base: mode, high };
    }
    case 'lognormal': {
      if (kind === 'rate' || kind === 'growth') {
        throw bad(
          `${at}.dist`,
          `a log-normal has no upper limit, and a ${kind} does: use uniform, triangular, a range or discrete`,
        );
      }
      const [low, high] = [dec(input.low), dec(input.high)];
      if (low.lte(0)) throw bad(`${at}.low`, '`low` (the P10 of a log-normal) must be above 0');
      ordered(low, high);
      // The median of a log-normal with these P10 and P90 is their geometric mean.
      const base =
        input.base !== undefined ? dec(input.base) : inRange(low, high) ? current! : low.times(high).sqrt();
      if (base.lte(0)) throw bad(`${at}.base`, '`base` of a log-normal must be above 0');
      return { distribution: { dist: 'lognormal', low, high }, low, base, high };
    }
    case 'discrete': {
      const values = input.values.map(dec);
      const weights =
        input.weights === undefined ? values.map(() => new D(1)) : input.weights.map((w) => new D(String(w)));
      if (weights.length !== values.length) {
        throw bad(
          `${at}.weights`,
          `${weights.length} weights for ${values.length} values: give one weight per value`,
        );
      }
      if (weights.every((w) => w.isZero()))
        throw bad(`${at}.weights`, 'the weights are all 0: give at least one a weight above 0');
      let low = values[0]!;
      let high = values[0]!;
      for (const v of values) {
        if (v.lt(low)) low = v;
        if (v.gt(high)) high = v;
      }
      let likeliest = 0;
      weights.forEach((w, i) => {
        if (w.gt(weights[likeliest]!)) likeliest = i;
      });
      const base =
        input.base !== undefined
          ? dec(input.base)
          : current !== null && values.some((v) => v.eq(current))
            ? current
            : values[likeliest]!;
      within(base, low, high, 'base');
      return { distribution: { dist: 'discrete', values, weights }, low, base, high };
    }
  }
}
