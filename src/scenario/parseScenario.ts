import * as z from 'zod/mini';
import { deepMerge } from '../_lib/deepMerge.js';
import { didYouMeanText } from '../_lib/didYouMean.js';
import { toPlainInput } from '../_lib/plainInput.js';
import { errorFromZod } from '../_lib/zodIssues.js';
import { D, type Dec } from '../decimal.js';
import { type SafeResult, TuneOrRagError, toSafe } from '../errors.js';
import type { AccountStanding, TrainingMethod, TrainingVariant } from '../pricing/priceTableSchema.js';
import {
  STRATEGY_CLI_NAMES,
  STRATEGY_IDS,
  STRATEGY_KINDS,
  type StrategyId,
  strategyIdOfName,
  strategyKind,
} from '../strategyKinds.js';
import { type FineTuneLifecycle, parseLifecycle } from './parseLifecycle.js';
import { type CapacityServing, parseCapacityServing } from './parseServing.js';
import {
  type ConstraintsInput,
  type CountInput,
  type FineTuneInput,
  type HybridInput,
  hybridCandidateSchema,
  KIND_SCHEMAS,
  type LongContextInput,
  type MoneyInput,
  type NeedsInput,
  type PromptOnlyInput,
  type QuantityInput,
  type RagInput,
  type RateInput,
  type RetrievalModelTuningInput,
  type RetrievalTuningInput,
  type ScenarioInput,
  type ServiceTier,
  scenarioSchema,
  VOLUME_FIELDS,
  type VolumeField,
} from './scenarioSchema.js';

/** Price overrides after parsing: item → USD amount. */
export type PriceOverrides = Readonly<Record<string, Dec>>;

export interface ModelRef {
  readonly vendor: string;
  readonly model: string;
  readonly prices: PriceOverrides;
}

export interface Generation extends ModelRef {
  readonly cachedPrefixHitRate: Dec;
  readonly cacheTtl: '5m' | '1h';
  /** `batch: true` is read as `serviceTier: 'batch'`. */
  readonly serviceTier: ServiceTier;
  /** A priced region or endpoint, or null for the listed price. */
  readonly region: string | null;
}

export type Serving = { readonly mode: 'per_token' } | CapacityServing;

export interface FineTune extends ModelRef {
  /** Where it is written in the scenario (`strategies.fineTune`, `candidates.openai-sft`), for errors. */
  readonly path: string;
  readonly method: TrainingMethod;
  readonly variant: TrainingVariant | null;
  readonly training: {
    readonly datasetTokens: Dec;
    readonly epochs: Dec;
    readonly validationTokens: Dec;
    readonly evalPasses: Dec;
    readonly hours: Dec | null;
    readonly tokensPerSecond: Dec | null;
    readonly gpus: Dec;
    readonly hardware: string | null;
  };
  /** null: never re-trained. */
  readonly retrainEveryMonths: number | null;
  readonly evaluationRequests: Dec;
  readonly tunedInstructionTokens: Dec;
  readonly cachedPrefixHitRate: Dec;
  readonly serving: Serving | null;
  /** null: not given (the conservative reading of a staged closure applies). */
  readonly accountStanding: AccountStanding | null;
  /** Upgrades, monitoring and fallback (`lifecycle`), or null. */
  readonly lifecycle: FineTuneLifecycle | null;
}

export interface Rag {
  /** Where it is written in the scenario (`strategies.rag`, `candidates.rag-pgvector`), for errors. */
  readonly path: string;
  readonly embedding: ModelRef & { readonly charactersPerToken: Dec | null };
  readonly corpusTokens: Dec;
  readonly chunkTokens: Dec;
  readonly chunkOverlapTokens: Dec;
  readonly churnPerMonth: Dec;
  readonly topK: Dec;
  readonly queryEmbeddingTokens: Dec;
  readonly vectorDb: {
    readonly vendor: string;
    readonly plan: string;
    readonly instance: string | null;
    readonly dimensions: Dec | null;
    readonly bytesPerDimension: Dec;
    readonly metadataBytesPerVector: Dec;
    readonly upsertBatchSize: Dec;
    readonly prices: PriceOverrides;
  };
  readonly rerank: (ModelRef & { readonly candidates: Dec }) | null;
  readonly generation: Generation;
}

export interface PromptOnly extends Generation {
  readonly fewShotTokens: Dec;
}

/** A base model with the whole knowledge base in its (cached) prompt instead of retrieval. */
export interface LongContext extends Generation {
  readonly contextTokens: Dec;
}

export interface Hybrid {
  readonly topK: Dec | null;
}

/** One tuned retrieval model (the embedding model or the reranker): its training run and prices. */
export interface RetrievalModelTuning {
  /** Where it is written (`candidates.rt.embeddingTuning`), for errors and price requests. */
  readonly path: string;
  readonly datasetTokens: Dec;
  readonly epochs: Dec;
  /** Time-priced training: hours of one job, or null for per-token training. */
  readonly hours: Dec | null;
  /** null: never re-trained. */
  readonly retrainEveryMonths: number | null;
  /** `training`, `trainingHour`, `serving`: the user's figures. */
  readonly prices: PriceOverrides;
}

/** The tuning blocks of a retrieval-tuning candidate (its RAG part is the candidate's `rag`). */
export interface RetrievalTuning {
  readonly embedding: RetrievalModelTuning | null;
  readonly rerank: RetrievalModelTuning | null;
}

/**
 * One thing to compare: a strategy kind with its own vendor, model and options. The four-strategy
 * form (`strategies.fineTune`…) gives one candidate per kind, named by the kind's id; `candidates`
 * gives any number more. Exactly the field of its `kind` is set, plus, for a kind that builds on
 * others (hybrid), the specs of the candidates it names in `uses`.
 */
export interface Candidate {
  /** `fineTune`, `rag`… for the `strategies` form, else the name given under `candidates`. */
  readonly name: string;
  /** What reports call it: the kind's label for the `strategies` form, else `label` or the name. */
  readonly label: string;
  readonly kind: StrategyId;
  /** Where it is written in the scenario: `strategies.rag`, `candidates.rag-pgvector`. */
  readonly path: string;
  readonly fineTune: FineTune | null;
  readonly rag: Rag | null;
  readonly promptOnly: PromptOnly | null;
  readonly longContext: LongContext | null;
  readonly hybrid: Hybrid | null;
  /** Retrieval tuning's blocks; such a candidate also has `rag`, the retrieval it tunes. */
  readonly retrievalTuning: RetrievalTuning | null;
  /** The candidates it builds on, by kind (a hybrid: `{ fineTune: 'openai-sft', rag: 'rag-a' }`). */
  readonly uses: Readonly<Partial<Record<StrategyId, string>>>;
}

/** A validated scenario, every amount a Decimal and every default filled in. */
export interface Scenario {
  readonly name: string;
  readonly asOf: string | null;
  /** The currency to show amounts in, as written (checked by `parseCurrency`), or `null` for USD. */
  readonly currency: { readonly code: string; readonly rate: string | Dec; readonly date: string } | null;
  readonly hoursPerMonth: Dec;
  readonly horizonMonths: number;
  readonly workload: {
    readonly requestsPerMonth: Dec;
    readonly instructionTokens: Dec;
    readonly inputTokens: Dec;
    readonly outputTokens: Dec;
    /** instruction + input + output: the unit of the token breakeven. */
    readonly tokensPerRequest: Dec;
    /** The volume as the scenario gave it (`requestsPerMonth` above is derived from it). */
    readonly volume: { readonly unit: VolumeField; readonly value: Dec };
    /** Compounded monthly growth of requests, for horizons (0 = flat). */
    readonly growthPerMonth: Dec;
  };
  /** What the answers need and the rules that remove routes, as written (read by `recommend`). */
  readonly needs: NeedsInput | null;
  readonly constraints: ConstraintsInput | null;
  readonly fineTune: FineTune | null;
  readonly rag: Rag | null;
  readonly promptOnly: PromptOnly | null;
  readonly longContext: LongContext | null;
  readonly hybrid: Hybrid | null;
  /** Every candidate, in report order: the `strategies` (by kind), then `candidates` as written. */
  readonly candidates: readonly Candidate[];
}

const num = (value: CountInput | QuantityInput | RateInput): Dec => new D(String(value));
const opt = <TValue>(value: TValue | undefined, fallback: Dec): Dec =>
  value === undefined ? fallback : num(value as CountInput);

function money(overrides: Partial<Record<string, MoneyInput>> | undefined): PriceOverrides {
  const out: Record<string, Dec> = {};
  if (overrides) {
    for (const [key, value] of Object.entries(overrides)) {
      if (value === undefined) continue;
      let amount: Dec | undefined;
      try {
        // A Decimal is copied by value (`new D(decimal)`): its own settings or toString do not matter.
        amount = new D(value as string | Dec);
      } catch {
        amount = undefined;
      }
      if (amount === undefined || !amount.isFinite()) {
        throw new TuneOrRagError(
          'invalid_input',
          'expected a decimal string or a Decimal, not a look-alike',
          {
            path: `prices.${key}`,
          },
        );
      }
      out[key] = amount;
    }
  }
  return out;
}

const HOURS_PER_MONTH = new D(730);

/**
 * The monthly request volume from whichever volume field is given: requests a month as written,
 * requests a day × (hours in the month ÷ 24), or workload tokens a month ÷ tokens per request.
 */
function volumeOf(
  w: z.infer<typeof scenarioSchema>['workload'],
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

function smallInt(value: CountInput, path: string, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > max) {
    throw new TuneOrRagError('invalid_input', `expected a whole number up to ${max}`, { path });
  }
  return n;
}

type ScenarioData = z.infer<typeof scenarioSchema>;
type StrategiesData = NonNullable<ScenarioData['strategies']>;
type Workload = Scenario['workload'];

/** What a kind's converter reads besides its own fields. */
interface ParseContext {
  /** The scenario as the schema validated it: a lifecycle's upgrades and fallback are parsed against it. */
  readonly input: ScenarioData;
  readonly workload: Omit<Workload, 'tokensPerRequest' | 'growthPerMonth' | 'volume'>;
  readonly hoursPerMonth: Dec;
}

function toServing(c: NonNullable<FineTuneInput['serving']>, base: string, hoursPerMonth: Dec): Serving {
  return c.mode === 'per_token' ? { mode: 'per_token' } : parseCapacityServing(c, base, hoursPerMonth);
}

function toFineTune(f: FineTuneInput, path: string, ctx: ParseContext): FineTune {
  const t = f.training;
  const retrain =
    f.retrainEveryMonths === undefined
      ? 0
      : smallInt(f.retrainEveryMonths, `${path}.retrainEveryMonths`, 1200);
  return {
    path,
    vendor: f.vendor,
    model: f.model,
    prices: money(f.prices),
    method: f.method ?? 'sft',
    variant: f.variant ?? null,
    training: {
      datasetTokens: num(t.datasetTokens),
      epochs: opt(t.epochs, new D(1)),
      validationTokens: opt(t.validationTokens, new D(0)),
      evalPasses: opt(t.evalPasses, new D(0)),
      hours: t.hours === undefined ? null : num(t.hours),
      tokensPerSecond: t.tokensPerSecond === undefined ? null : num(t.tokensPerSecond),
      gpus: opt(t.gpus, new D(1)),
      hardware: t.hardware ?? null,
    },
    retrainEveryMonths: retrain === 0 ? null : retrain,
    evaluationRequests: opt(f.evaluationRequests, new D(0)),
    tunedInstructionTokens: opt(f.tunedInstructionTokens, ctx.workload.instructionTokens),
    cachedPrefixHitRate: opt(f.cachedPrefixHitRate, new D(0)),
    serving: f.serving ? toServing(f.serving, `${path}.serving`, ctx.hoursPerMonth) : null,
    accountStanding: f.accountStanding ?? null,
    lifecycle: parseLifecycle(f, path, ctx.input, parseScenario),
  };
}

function toRag(r: RagInput, path: string, ctx: ParseContext): Rag {
  const chunkTokens = opt(r.chunkTokens, new D(512));
  const chunkOverlapTokens = opt(r.chunkOverlapTokens, new D(0));
  if (chunkOverlapTokens.gte(chunkTokens)) {
    throw new TuneOrRagError('invalid_input', 'the overlap must be smaller than the chunk', {
      path: `${path}.chunkOverlapTokens`,
    });
  }
  const v = r.vectorDb;
  const rag: Rag = {
    path,
    embedding: {
      vendor: r.embedding.vendor,
      model: r.embedding.model,
      prices: money(r.embedding.prices),
      charactersPerToken:
        r.embedding.charactersPerToken === undefined ? null : num(r.embedding.charactersPerToken),
    },
    corpusTokens: num(r.corpusTokens),
    chunkTokens,
    chunkOverlapTokens,
    churnPerMonth: opt(r.churnPerMonth, new D(0)),
    topK: num(r.topK),
    queryEmbeddingTokens: opt(r.queryEmbeddingTokens, ctx.workload.inputTokens),
    vectorDb: {
      vendor: v.vendor,
      plan: v.plan,
      instance: v.instance ?? null,
      dimensions: v.dimensions === undefined ? null : num(v.dimensions),
      bytesPerDimension: opt(v.bytesPerDimension, new D(4)),
      metadataBytesPerVector: opt(v.metadataBytesPerVector, new D(0)),
      upsertBatchSize: opt(v.upsertBatchSize, new D(100)),
      prices: money(v.prices),
    },
    rerank: r.rerank
      ? {
          vendor: r.rerank.vendor,
          model: r.rerank.model,
          prices: money(r.rerank.prices),
          candidates: num(r.rerank.candidates),
        }
      : null,
    generation: toGeneration(r.generation, `${path}.generation`),
  };
  if (rag.rerank?.candidates.lt(rag.topK)) {
    throw new TuneOrRagError('invalid_input', 'rerank needs at least topK candidates', {
      path: `${path}.rerank.candidates`,
    });
  }
  return rag;
}

/** A candidate with none of its kinds' specs set yet. */
function emptyCandidate(name: string, label: string, kind: StrategyId, path: string): Candidate {
  return {
    name,
    label,
    kind,
    path,
    fineTune: null,
    rag: null,
    promptOnly: null,
    longContext: null,
    hybrid: null,
    retrievalTuning: null,
    uses: {},
  };
}

function toRetrievalModelTuning(t: RetrievalModelTuningInput, path: string): RetrievalModelTuning {
  const retrain =
    t.retrainEveryMonths === undefined
      ? 0
      : smallInt(t.retrainEveryMonths, `${path}.retrainEveryMonths`, 1200);
  return {
    path,
    datasetTokens: num(t.datasetTokens),
    epochs: opt(t.epochs, new D(1)),
    hours: t.hours === undefined ? null : num(t.hours),
    retrainEveryMonths: retrain === 0 ? null : retrain,
    prices: money(t.prices),
  };
}

/** A RAG whose embedding model and/or reranker is tuned: the RAG spec plus the tuning blocks. */
function toRetrievalTuning(base: Candidate, r: RetrievalTuningInput, ctx: ParseContext): Candidate {
  const { embeddingTuning, rerankTuning, ...ragFields } = r;
  const path = base.path;
  if (embeddingTuning === undefined && rerankTuning === undefined) {
    throw new TuneOrRagError(
      'invalid_input',
      'say what is tuned: `embeddingTuning`, `rerankTuning` or both (without either it is a `rag` candidate)',
      { path: `${path}.embeddingTuning` },
    );
  }
  if (rerankTuning !== undefined && ragFields.rerank === undefined) {
    throw new TuneOrRagError('invalid_input', 'tuning the reranker needs one: describe `rerank` too', {
      path: `${path}.rerankTuning`,
    });
  }
  return {
    ...base,
    rag: toRag(ragFields, path, ctx),
    retrievalTuning: {
      embedding:
        embeddingTuning === undefined
          ? null
          : toRetrievalModelTuning(embeddingTuning, `${path}.embeddingTuning`),
      rerank:
        rerankTuning === undefined ? null : toRetrievalModelTuning(rerankTuning, `${path}.rerankTuning`),
    },
  };
}

/**
 * Each kind's converter from its validated fields (`KIND_SCHEMAS`) to its candidate's specs. Keyed by
 * every strategy id, so a new kind does not compile until its converter is here.
 */
const KIND_PARSERS: Readonly<
  Record<StrategyId, (base: Candidate, data: Record<string, unknown>, ctx: ParseContext) => Candidate>
> = {
  fineTune: (base, data, ctx) => ({ ...base, fineTune: toFineTune(data as FineTuneInput, base.path, ctx) }),
  rag: (base, data, ctx) => ({ ...base, rag: toRag(data as RagInput, base.path, ctx) }),
  promptOnly: (base, data) => {
    const p = data as PromptOnlyInput;
    return { ...base, promptOnly: { ...toGeneration(p, base.path), fewShotTokens: num(p.fewShotTokens) } };
  },
  longContext: (base, data) => {
    const l = data as LongContextInput;
    return { ...base, longContext: { ...toGeneration(l, base.path), contextTokens: num(l.contextTokens) } };
  },
  // A hybrid's references to its fine-tune and RAG candidates are resolved later (linkCandidates).
  hybrid: (base, data) => {
    const h = data as HybridInput;
    return { ...base, hybrid: { topK: h.topK === undefined ? null : num(h.topK) } };
  },
  retrievalTuning: (base, data, ctx) => toRetrievalTuning(base, data as RetrievalTuningInput, ctx),
};

/** Converts one kind's validated fields into its candidate. */
function toCandidate(base: Candidate, data: Record<string, unknown>, ctx: ParseContext): Candidate {
  return KIND_PARSERS[base.kind](base, data, ctx);
}

/** The `strategies` form: one candidate per kind present, named by the kind's id. */
function legacyCandidates(st: StrategiesData, ctx: ParseContext): Candidate[] {
  // A strategy that builds on others (hybrid: the fine-tune model and the RAG retrieval) needs them described.
  for (const kind of STRATEGY_KINDS) {
    if (!st[kind.id]) continue;
    const missing = kind.needs.filter((id) => !st[id]);
    if (missing.length > 0) {
      throw new TuneOrRagError(
        'invalid_input',
        `the ${kind.cliName} strategy builds on ${kind.needs.map((id) => strategyKind(id).cliName).join(' and ')}: describe ${missing.map((id) => `\`strategies.${id}\``).join(' and ')} too`,
        { path: `strategies.${kind.id}` },
      );
    }
  }
  const out: Candidate[] = [];
  for (const kind of STRATEGY_KINDS) {
    const data = st[kind.id];
    if (!data) continue;
    const base = emptyCandidate(kind.id, kind.label, kind.id, `strategies.${kind.id}`);
    const uses = Object.fromEntries(kind.needs.map((id) => [id, id]));
    out.push({ ...toCandidate(base, data as Record<string, unknown>, ctx), uses });
  }
  return out;
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
function namedCandidates(s: ScenarioData, taken: readonly Candidate[], ctx: ParseContext): Candidate[] {
  const written = (s.candidates ?? {}) as Record<string, Record<string, unknown>>;
  const legacy = s.strategies ?? {};
  const out: Candidate[] = [];
  for (const name of Object.keys(written)) {
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
    const schema = kind === 'hybrid' ? hybridCandidateSchema : KIND_SCHEMAS[kind];
    const parsed = z.safeParse(schema as z.ZodMiniType, fields, { reportInput: true });
    if (!parsed.success) {
      throw errorFromZod('invalid_input', parsed.error.issues, `invalid candidate \`${name}\``, path);
    }
    const data = parsed.data as Record<string, unknown>;
    const base = emptyCandidate(name, typeof label === 'string' ? label : name, kind, path);
    out.push(toCandidate(base, data, ctx));
    if (kind === 'hybrid') {
      const uses = { fineTune: data.fineTune as string, rag: data.rag as string };
      out[out.length - 1] = { ...out[out.length - 1]!, uses };
    }
  }
  return out;
}

/** Fills each candidate that builds on others with their specs, checking each names the right kind. */
function linkCandidates(candidates: Candidate[]): Candidate[] {
  const byName = new Map(candidates.map((c) => [c.name, c]));
  return candidates.map((c) => {
    const needs = strategyKind(c.kind).needs as readonly StrategyId[];
    if (needs.length === 0) return c;
    let linked = c;
    for (const need of needs) {
      const name = c.uses[need]!;
      const target = byName.get(name);
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
      linked = { ...linked, [need]: target[need] };
    }
    return linked;
  });
}

/**
 * Validates a scenario and returns it with Decimals and defaults: the one place user input enters.
 *
 * @throws `invalid_input` naming the first offending field (all issues are in `error.issues`).
 */
export function parseScenario(input: unknown): Scenario {
  // Copied to plain data first: getters, proxies and sparse arrays are read once, guarded, and
  // size limits hold before the schema recurses.
  const parsed = z.safeParse(scenarioSchema, toPlainInput(input), { reportInput: true });
  if (!parsed.success) throw errorFromZod('invalid_input', parsed.error.issues, 'invalid scenario');
  const s = parsed.data;
  const w = s.workload;
  const hoursPerMonth = opt(s.hoursPerMonth, HOURS_PER_MONTH);
  if (hoursPerMonth.isZero() || hoursPerMonth.gt(744)) {
    throw new TuneOrRagError('invalid_input', 'expected hours in a month between 0 (exclusive) and 744', {
      path: 'hoursPerMonth',
    });
  }
  const tokens = {
    instructionTokens: num(w.instructionTokens),
    inputTokens: num(w.inputTokens),
    outputTokens: num(w.outputTokens),
  };
  const volume = volumeOf(w, tokens, hoursPerMonth);
  const workload = { requestsPerMonth: volume.requestsPerMonth, ...tokens };
  const ctx: ParseContext = { input: s, workload, hoursPerMonth };
  const legacy = legacyCandidates(s.strategies ?? {}, ctx);
  const candidates = linkCandidates([...legacy, ...namedCandidates(s, legacy, ctx)]);
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
    name: s.name ?? 'scenario',
    asOf: s.asOf ?? null,
    currency: s.currency ?? null,
    hoursPerMonth,
    horizonMonths: s.horizonMonths === undefined ? 12 : smallInt(s.horizonMonths, 'horizonMonths', 1200),
    workload: {
      ...workload,
      volume: volume.given,
      tokensPerRequest: volume.tokensPerRequest,
      growthPerMonth: w.growthPerMonth === undefined ? new D(0) : new D(String(w.growthPerMonth)),
    },
    needs: s.needs ?? null,
    constraints: s.constraints ?? null,
    fineTune: one('fineTune')?.fineTune ?? null,
    rag: one('rag')?.rag ?? null,
    promptOnly: one('promptOnly')?.promptOnly ?? null,
    hybrid: one('hybrid')?.hybrid ?? null,
    longContext: one('longContext')?.longContext ?? null,
    candidates,
  };
}

function toGeneration(
  g: {
    vendor: string;
    model: string;
    cachedPrefixHitRate?: RateInput | undefined;
    cacheTtl?: '5m' | '1h' | undefined;
    batch?: boolean | undefined;
    serviceTier?: ServiceTier | undefined;
    region?: string | undefined;
    prices?: Partial<Record<string, MoneyInput>> | undefined;
  },
  path: string,
): Generation {
  if (g.batch === true && g.serviceTier !== undefined && g.serviceTier !== 'batch') {
    throw new TuneOrRagError(
      'invalid_input',
      `\`batch: true\` and \`serviceTier: ${g.serviceTier}\` disagree: keep one of them`,
      { path: `${path}.serviceTier` },
    );
  }
  return {
    vendor: g.vendor,
    model: g.model,
    prices: money(g.prices),
    cachedPrefixHitRate: opt(g.cachedPrefixHitRate, new D(0)),
    cacheTtl: g.cacheTtl ?? '5m',
    serviceTier: g.serviceTier ?? (g.batch === true ? 'batch' : 'standard'),
    region: g.region ?? null,
  };
}

export type { ScenarioInput };

/** {@link parseScenario} returning `{ success, data | error }` instead of throwing. */
export function safeParseScenario(input: unknown): SafeResult<Scenario> {
  return toSafe(() => parseScenario(input));
}
