import * as z from 'zod/mini';
import { deepMerge } from '../_lib/deepMerge.js';
import { didYouMeanText } from '../_lib/didYouMean.js';
import { InputIssues } from '../_lib/inputIssues.js';
import { toPlainInput } from '../_lib/plainInput.js';
import { errorFromZod } from '../_lib/zodIssues.js';
import { D, type Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import { kindModule } from '../kinds/registry.js';
import { candidateNameSchema, workloadDefaults } from '../spec/fields.js';
import {
  type Candidate,
  emptyCandidate,
  num,
  type ParseContext,
  type Scenario,
  smallInt,
} from '../spec/specs.js';
import {
  STRATEGY_CLI_NAMES,
  STRATEGY_IDS,
  STRATEGY_KINDS,
  type StrategyId,
  strategyIdOfName,
  strategyKind,
} from '../strategyKinds.js';
import { type ScenarioInput, scenarioDefaults, scenarioSchema, VOLUME_FIELDS } from './scenarioSchema.js';

export type { RetrievalModelTuning, RetrievalTuning } from '../kinds/retrievalTuning.js';
export type {
  Candidate,
  FineTune,
  Generation,
  ModelRef,
  PriceOverrides,
  Rag,
  Scenario,
  Serving,
} from '../spec/specs.js';

type ScenarioData = z.infer<typeof scenarioSchema>;
type StrategiesData = NonNullable<ScenarioData['strategies']>;

/**
 * The monthly request volume from whichever volume field is given: requests a month as written,
 * requests a day × (hours in the month ÷ 24), or workload tokens a month ÷ tokens per request.
 */
function volumeOf(
  w: ScenarioData['workload'],
  tokens: { instructionTokens: Dec; inputTokens: Dec; outputTokens: Dec },
  hoursPerMonth: Dec,
): { requestsPerMonth: Dec; tokensPerRequest: Dec; given: Scenario['workload']['volume'] } {
  const tokensPerRequest = tokens.instructionTokens.plus(tokens.inputTokens).plus(tokens.outputTokens);
  const given = VOLUME_FIELDS.filter((f) => w[f] !== undefined);
  if (given.length !== 1) {
    throw new TuneOrRagError(
      'invalid_input',
      given.length === 0
        ? 'give the monthly volume: `requestsPerMonth`, `requestsPerDay` or `tokensPerMonth`'
        : `give the volume once: ${given.map((f) => `\`${f}\``).join(' and ')} are both set; keep one`,
      { path: `workload.${given[1] ?? 'requestsPerMonth'}` },
    );
  }
  const unit = given[0]!;
  const value = num(w[unit]!);
  if (unit === 'requestsPerMonth')
    return { requestsPerMonth: value, tokensPerRequest, given: { unit, value } };
  if (unit === 'requestsPerDay') {
    return { requestsPerMonth: value.times(hoursPerMonth).div(24), tokensPerRequest, given: { unit, value } };
  }
  if (tokensPerRequest.isZero()) {
    throw new TuneOrRagError(
      'invalid_input',
      'a volume in tokens needs tokens per request: instruction, input and output tokens are all 0',
      { path: 'workload.tokensPerMonth' },
    );
  }
  return { requestsPerMonth: value.div(tokensPerRequest), tokensPerRequest, given: { unit, value } };
}

/** Converts one kind's validated fields into its candidate, by the kind's module. */
function toCandidate(base: Candidate, data: Record<string, unknown>, ctx: ParseContext): Candidate {
  return kindModule(base.kind).parse(data, base, ctx);
}

/**
 * The fields of a candidate of this kind as written under `candidates`: the kind's own, plus one
 * field per kind it builds on, naming that candidate (a hybrid: `fineTune: openai-sft, rag: rag-a`).
 */
function candidateFieldsSchema(kind: StrategyId): z.ZodMiniObject {
  const own = kindModule(kind).schema;
  const needs = strategyKind(kind).needs as readonly StrategyId[];
  if (needs.length === 0) return own;
  // Built once per kind: scenarios are parsed again for every sampled value in simulate.
  let schema = WITH_NEEDS.get(kind);
  if (schema === undefined) {
    schema = z.strictObject({
      ...own.shape,
      ...Object.fromEntries(needs.map((need) => [need, candidateNameSchema])),
    });
    WITH_NEEDS.set(kind, schema);
  }
  return schema;
}

const WITH_NEEDS = new Map<StrategyId, z.ZodMiniObject>();

/** The `strategies` form: one candidate per kind present, named by the kind's id. */
function legacyCandidates(st: StrategiesData, ctx: ParseContext, issues: InputIssues): Broken<Candidate>[] {
  // A strategy that builds on others (hybrid: the fine-tune model and the RAG retrieval) needs them described.
  for (const kind of STRATEGY_KINDS) {
    if (!st[kind.id]) continue;
    const missing = kind.needs.filter((id) => !st[id]);
    if (missing.length > 0) {
      issues.check(() => {
        throw new TuneOrRagError(
          'invalid_input',
          `the ${kind.cliName} strategy builds on ${kind.needs.map((id) => strategyKind(id).cliName).join(' and ')}: describe ${missing.map((id) => `\`strategies.${id}\``).join(' and ')} too`,
          { path: `strategies.${kind.id}` },
        );
      });
    }
  }
  const out: Broken<Candidate>[] = [];
  for (const kind of STRATEGY_KINDS) {
    const data = st[kind.id];
    if (!data) continue;
    const base = emptyCandidate(kind.id, kind.label, kind.id, `strategies.${kind.id}`);
    const uses = Object.fromEntries(kind.needs.map((id) => [id, id]));
    const candidate = issues.check(() => toCandidate(base, data as Record<string, unknown>, ctx));
    out.push(candidate === undefined ? { ...base, uses, broken: true as const } : { ...candidate, uses });
  }
  return out;
}

/**
 * The fields a named candidate ends up with, its `extends` chain merged in (`kind` included), as
 * the parser reads them; `undefined` when the scenario has no candidate of that name. For a
 * scenario that already passed the schema (uncertainty paths read inherited values through it).
 *
 * @throws `invalid_input` when the `extends` chain names nothing or goes round in a circle.
 */
export function mergedCandidateFields(
  scenario: Readonly<Record<string, unknown>>,
  name: string,
): Record<string, unknown> | undefined {
  const written = (scenario.candidates ?? {}) as Record<string, Record<string, unknown>>;
  if (!Object.hasOwn(written, name)) return undefined;
  return resolveExtends(name, written, (scenario.strategies ?? {}) as StrategiesData);
}

/** A candidate's fields with its `extends` chain merged in, base first. */
function resolveExtends(
  name: string,
  written: Readonly<Record<string, Record<string, unknown>>>,
  legacy: StrategiesData,
): Record<string, unknown> {
  const chain: string[] = [];
  let current: string | undefined = name;
  let merged: unknown = {};
  const layers: Record<string, unknown>[] = [];
  while (current !== undefined) {
    if (chain.includes(current)) {
      throw new TuneOrRagError(
        'invalid_input',
        `\`extends\` goes round in a circle: ${[...chain, current].join(' → ')}`,
        { path: `candidates.${name}.extends` },
      );
    }
    chain.push(current);
    const own: Record<string, unknown> | undefined = Object.hasOwn(written, current)
      ? written[current]
      : undefined;
    if (own !== undefined) {
      layers.unshift(own);
      current = typeof own.extends === 'string' ? own.extends : undefined;
      continue;
    }
    const kind = strategyIdOfName(current);
    const strategy = kind === undefined ? undefined : legacy[kind];
    if (kind === undefined || strategy === undefined) {
      const known = [...Object.keys(written), ...STRATEGY_IDS.filter((id) => legacy[id] !== undefined)];
      throw new TuneOrRagError(
        'invalid_input',
        `\`extends: ${current}\` names no candidate or strategy${didYouMeanText(current, known)}`,
        { path: `candidates.${chain.at(-2) ?? name}.extends` },
      );
    }
    layers.unshift({ kind, ...(strategy as Record<string, unknown>) });
    current = undefined;
  }
  for (const layer of layers) merged = deepMerge(merged, layer);
  return merged as Record<string, unknown>;
}

/** The `candidates` form: each one's `extends` merged, then checked against its kind's schema. */
function namedCandidates(
  s: ScenarioData,
  taken: readonly Candidate[],
  ctx: ParseContext,
  issues: InputIssues,
): Broken<Candidate>[] {
  const written = (s.candidates ?? {}) as Record<string, Record<string, unknown>>;
  const out: Broken<Candidate>[] = [];
  for (const name of Object.keys(written)) {
    const candidate = issues.check(() => namedCandidate(name, s, taken, ctx));
    // A broken candidate keeps its name, so those that build on it are not told it does not exist.
    out.push(
      candidate ?? { ...emptyCandidate(name, name, 'rag', `candidates.${name}`), broken: true as const },
    );
  }
  return out;
}

/** One entry of `candidates`: its `extends` merged, its kind's fields checked and converted. */
function namedCandidate(
  name: string,
  s: ScenarioData,
  taken: readonly Candidate[],
  ctx: ParseContext,
): Candidate {
  const written = (s.candidates ?? {}) as Record<string, Record<string, unknown>>;
  const legacy = s.strategies ?? {};
  const path = `candidates.${name}`;
  if (taken.some((c) => c.name === name)) {
    throw new TuneOrRagError(
      'invalid_input',
      `\`${name}\` is already the name of \`strategies.${name}\`: give the candidate another name`,
      { path },
    );
  }
  // The label is the candidate's own (a copy is a different candidate); everything else is inherited.
  const {
    kind: kindName,
    extends: _extends,
    label: _inherited,
    ...fields
  } = resolveExtends(name, written, legacy);
  const label = written[name]!.label;
  const kind = typeof kindName === 'string' ? strategyIdOfName(kindName) : undefined;
  if (kind === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      `say which kind of strategy it is: \`kind\`: ${STRATEGY_CLI_NAMES} (or \`extends\` one)`,
      { path: `${path}.kind` },
    );
  }
  const parsed = z.safeParse(candidateFieldsSchema(kind), fields, { reportInput: true });
  if (!parsed.success) {
    throw errorFromZod('invalid_input', parsed.error.issues, `invalid candidate \`${name}\``, path);
  }
  const { uses, own } = splitUses(kind, parsed.data as Record<string, unknown>);
  const base = emptyCandidate(name, typeof label === 'string' ? label : name, kind, path);
  return { ...toCandidate(base, own, ctx), uses };
}

/** A candidate's fields split into the names of the candidates it builds on and its kind's own fields. */
function splitUses(
  kind: StrategyId,
  data: Record<string, unknown>,
): { uses: Candidate['uses']; own: Record<string, unknown> } {
  const needs = strategyKind(kind).needs as readonly StrategyId[];
  const own = { ...data };
  const uses: Partial<Record<StrategyId, string>> = {};
  for (const need of needs) {
    uses[need] = own[need] as string;
    delete own[need];
  }
  return { uses, own };
}

/** The parts (`fineTune`, `rag`, `generation`) a candidate takes from one it builds on, where it has none. */
function withPartsOf(c: Candidate, from: Candidate): Candidate {
  return {
    ...c,
    fineTune: c.fineTune ?? from.fineTune,
    rag: c.rag ?? from.rag,
    generation: c.generation ?? from.generation,
  };
}

/** Fills each candidate that builds on others with their specs, checking each names the right kind. */
function linkCandidates(candidates: readonly Broken<Candidate>[], issues: InputIssues): Candidate[] {
  const byName = new Map(candidates.map((c) => [c.name, c]));
  return candidates.map((c) => {
    const needs = strategyKind(c.kind).needs as readonly StrategyId[];
    if (needs.length === 0 || c.broken) return c;
    return issues.check(() => linkOne(c, needs, byName, candidates)) ?? c;
  });
}

/** A candidate that builds on others, with their parts; a broken one it names is not checked again. */
function linkOne(
  c: Candidate,
  needs: readonly StrategyId[],
  byName: ReadonlyMap<string, Broken<Candidate>>,
  candidates: readonly Candidate[],
): Candidate {
  let linked = c;
  for (const need of needs) {
    const name = c.uses[need]!;
    const target = byName.get(name);
    if (target?.broken) continue;
    if (target === undefined || target.kind !== need) {
      const sameKind = candidates.filter((o) => o.kind === need).map((o) => o.name);
      throw new TuneOrRagError(
        'invalid_input',
        target === undefined
          ? `no candidate is named \`${name}\`${didYouMeanText(name, sameKind)}`
          : `\`${name}\` is a ${strategyKind(target.kind).cliName} candidate; name a ${strategyKind(need).cliName} one${sameKind.length > 0 ? ` (${sameKind.join(', ')})` : ''}`,
        { path: `${c.path}.${need}` },
      );
    }
    linked = withPartsOf(linked, target);
  }
  kindModule(c.kind).checkLinked?.(linked, linked.spec);
  return linked;
}

/** A candidate whose own fields broke a rule (reported): kept by name so others may refer to it. */
type Broken<TCandidate> = TCandidate & { readonly broken?: true };

/**
 * Validates a scenario and returns it with Decimals and defaults: the one place user input enters.
 *
 * @throws `invalid_input` naming the first offending field and, in its message and `error.issues`,
 *   every other: the schema's issues together, then every cross-field rule broken (each candidate's,
 *   the volume's, the links between candidates) together.
 */
export function parseScenario(input: unknown): Scenario {
  // Copied to plain data first: getters, proxies and sparse arrays are read once, guarded, and
  // size limits hold before the schema recurses.
  const plain = toPlainInput(input) as { candidates?: ScenarioData['candidates'] };
  const parsed = z.safeParse(scenarioSchema, plain, { reportInput: true });
  if (!parsed.success) throw errorFromZod('invalid_input', parsed.error.issues, 'invalid scenario');
  // A candidate's fields as written (the schema checked `kind`, `extends` and `label` and lets the
  // rest through, but its copy would turn a `__proto__` key into a prototype): each is checked
  // against its kind's strict schema after `extends` is merged.
  const s = {
    ...parsed.data,
    candidates: parsed.data.candidates === undefined ? undefined : plain.candidates,
  };
  const w = s.workload;
  // Every rule below is checked, and every broken one reported together (`InputIssues`); the
  // placeholders after a broken rule only let the others run and never reach a result.
  const issues = new InputIssues();
  const hoursPerMonth =
    issues.check(() => {
      const hours = num(s.hoursPerMonth ?? scenarioDefaults.hoursPerMonth);
      if (hours.isZero() || hours.gt(744)) {
        throw new TuneOrRagError('invalid_input', 'expected hours in a month between 0 (exclusive) and 744', {
          path: 'hoursPerMonth',
        });
      }
      return hours;
    }) ?? num(scenarioDefaults.hoursPerMonth);
  const horizonMonths =
    s.horizonMonths === undefined
      ? scenarioDefaults.horizonMonths
      : (issues.check(() => smallInt(s.horizonMonths!, 'horizonMonths', 1200)) ??
        scenarioDefaults.horizonMonths);
  const tokens = {
    instructionTokens: num(w.instructionTokens),
    inputTokens: num(w.inputTokens),
    outputTokens: num(w.outputTokens),
  };
  const volume = issues.check(() => volumeOf(w, tokens, hoursPerMonth)) ?? {
    requestsPerMonth: new D(0),
    tokensPerRequest: new D(0),
    given: { unit: 'requestsPerMonth' as const, value: new D(0) },
  };
  const workload = { requestsPerMonth: volume.requestsPerMonth, ...tokens };
  const ctx: ParseContext = { input: s, workload, hoursPerMonth, parse: parseScenario };
  const legacy = legacyCandidates(s.strategies ?? {}, ctx, issues);
  const candidates = linkCandidates([...legacy, ...namedCandidates(s, legacy, ctx, issues)], issues);
  issues.throwIfAny();
  if (candidates.length === 0) {
    const standalone = STRATEGY_KINDS.filter((k) => k.needs.length === 0).map((k) => k.id);
    throw new TuneOrRagError(
      'invalid_input',
      `describe at least one strategy (${standalone.join(', ')}) or candidate`,
      { path: s.candidates === undefined ? 'strategies' : 'candidates' },
    );
  }
  const one = <TKind extends StrategyId>(kind: TKind) =>
    legacy.find((c) => c.kind === kind && c.name === kind) ?? null;
  return {
    name: s.name ?? scenarioDefaults.name,
    asOf: s.asOf ?? null,
    currency: s.currency ?? null,
    hoursPerMonth,
    horizonMonths,
    workload: {
      ...workload,
      volume: volume.given,
      tokensPerRequest: volume.tokensPerRequest,
      growthPerMonth: new D(String(w.growthPerMonth ?? workloadDefaults.growthPerMonth)),
    },
    needs: s.needs ?? null,
    constraints: s.constraints ?? null,
    fineTune: one('fineTune')?.fineTune ?? null,
    rag: one('rag')?.rag ?? null,
    candidates,
  };
}

export type { ScenarioInput };

/** {@link parseScenario} returning `{ success, data | error }` instead of throwing. */
export function safeParseScenario(input: unknown): SafeResult<Scenario> {
  return toSafe(() => parseScenario(input));
}
