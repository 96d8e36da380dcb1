import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { AccountStanding, TrainingMethod, TrainingVariant } from '../pricing/priceTableSchema.js';
import type { StrategyId } from '../strategyKinds.js';
import {
  type ConstraintsInput,
  type CountInput,
  type FineTuneInput,
  fineTuneRouteDefaults,
  generationDefaults,
  type MoneyInput,
  type NeedsInput,
  type QuantityInput,
  type RagInput,
  type RateInput,
  ragDefaults,
  type ServiceTier,
  trainingDefaults,
  type VolumeField,
  vectorDbDefaults,
} from './fields.js';
import { type FineTuneLifecycle, type LifecycleScenarioInput, parseLifecycle } from './parseLifecycle.js';
import { type CapacityServing, parseCapacityServing } from './parseServing.js';

/**
 * The parts a scenario is made of once validated: every amount a Decimal, every default filled in,
 * and the converters each strategy kind's module (`src/kinds/`) uses to build its candidate's specs.
 */
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
  /** The tuned model it serves (a fine-tune; a hybrid's, from the fine-tune candidate it uses). */
  readonly fineTune: FineTune | null;
  /** The retrieval it runs (a RAG, retrieval tuning; a hybrid's, from the RAG candidate it uses). */
  readonly rag: Rag | null;
  /** The base model it calls with its own prompt (prompt-only, long context). */
  readonly generation: Generation | null;
  /**
   * The kind's own fields beyond those parts, as its module (`src/kinds/`) converted them: few-shot
   * tokens, context tokens, a hybrid's top-K, retrieval tuning's blocks. Only that module reads it.
   */
  readonly spec: unknown;
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
  /** The `strategies.fineTune` candidate's tuned model, or null (read by lifecycle fallbacks). */
  readonly fineTune: FineTune | null;
  /** The `strategies.rag` candidate's retrieval, or null. */
  readonly rag: Rag | null;
  /** Every candidate, in report order: the `strategies` (by kind), then `candidates` as written. */
  readonly candidates: readonly Candidate[];
}

export const num = (value: CountInput | QuantityInput | RateInput): Dec => new D(String(value));
export const opt = <TValue>(value: TValue | undefined, fallback: Dec): Dec =>
  value === undefined ? fallback : num(value as CountInput);

export function money(overrides: Partial<Record<string, MoneyInput>> | undefined): PriceOverrides {
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

export function smallInt(value: CountInput, path: string, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > max) {
    throw new TuneOrRagError('invalid_input', `expected a whole number up to ${max}`, { path });
  }
  return n;
}

/** What a kind's converter reads besides its own fields. */
export interface ParseContext {
  /** The scenario as the schema validated it: a lifecycle's upgrades and fallback are parsed against it. */
  readonly input: LifecycleScenarioInput;
  readonly workload: Omit<Scenario['workload'], 'tokensPerRequest' | 'growthPerMonth' | 'volume'>;
  readonly hoursPerMonth: Dec;
  /** `parseScenario`, for the routes a lifecycle switches to. */
  readonly parse: (input: unknown) => Scenario;
}

function toServing(c: NonNullable<FineTuneInput['serving']>, base: string, hoursPerMonth: Dec): Serving {
  return c.mode === 'per_token' ? { mode: 'per_token' } : parseCapacityServing(c, base, hoursPerMonth);
}

export function toFineTune(f: FineTuneInput, path: string, ctx: ParseContext): FineTune {
  const t = f.training;
  const retrain = smallInt(
    f.retrainEveryMonths ?? fineTuneRouteDefaults.retrainEveryMonths,
    `${path}.retrainEveryMonths`,
    1200,
  );
  return {
    path,
    vendor: f.vendor,
    model: f.model,
    prices: money(f.prices),
    method: f.method ?? fineTuneRouteDefaults.method,
    variant: f.variant ?? null,
    training: {
      datasetTokens: num(t.datasetTokens),
      epochs: num(t.epochs ?? trainingDefaults.epochs),
      validationTokens: num(t.validationTokens ?? trainingDefaults.validationTokens),
      evalPasses: num(t.evalPasses ?? trainingDefaults.evalPasses),
      hours: t.hours === undefined ? null : num(t.hours),
      tokensPerSecond: t.tokensPerSecond === undefined ? null : num(t.tokensPerSecond),
      gpus: num(t.gpus ?? trainingDefaults.gpus),
      hardware: t.hardware ?? null,
    },
    retrainEveryMonths: retrain === 0 ? null : retrain,
    evaluationRequests: num(f.evaluationRequests ?? fineTuneRouteDefaults.evaluationRequests),
    tunedInstructionTokens: opt(f.tunedInstructionTokens, ctx.workload.instructionTokens),
    cachedPrefixHitRate: num(f.cachedPrefixHitRate ?? fineTuneRouteDefaults.cachedPrefixHitRate),
    serving: f.serving ? toServing(f.serving, `${path}.serving`, ctx.hoursPerMonth) : null,
    accountStanding: f.accountStanding ?? null,
    lifecycle: parseLifecycle(f, path, ctx.input, ctx.parse),
  };
}

export function toRag(r: RagInput, path: string, ctx: ParseContext): Rag {
  const chunkTokens = num(r.chunkTokens ?? ragDefaults.chunkTokens);
  const chunkOverlapTokens = num(r.chunkOverlapTokens ?? ragDefaults.chunkOverlapTokens);
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
    churnPerMonth: num(r.churnPerMonth ?? ragDefaults.churnPerMonth),
    topK: num(r.topK),
    queryEmbeddingTokens: opt(r.queryEmbeddingTokens, ctx.workload.inputTokens),
    vectorDb: {
      vendor: v.vendor,
      plan: v.plan,
      instance: v.instance ?? null,
      dimensions: v.dimensions === undefined ? null : num(v.dimensions),
      bytesPerDimension: num(v.bytesPerDimension ?? vectorDbDefaults.bytesPerDimension),
      metadataBytesPerVector: num(v.metadataBytesPerVector ?? vectorDbDefaults.metadataBytesPerVector),
      upsertBatchSize: num(v.upsertBatchSize ?? vectorDbDefaults.upsertBatchSize),
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

/** A candidate with none of its parts set yet: its kind's module fills them. */
export function emptyCandidate(name: string, label: string, kind: StrategyId, path: string): Candidate {
  return {
    name,
    label,
    kind,
    path,
    fineTune: null,
    rag: null,
    generation: null,
    spec: null,
    uses: {},
  };
}

export function toGeneration(
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
  const batch = g.batch ?? generationDefaults.batch;
  if (batch && g.serviceTier !== undefined && g.serviceTier !== 'batch') {
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
    cachedPrefixHitRate: num(g.cachedPrefixHitRate ?? generationDefaults.cachedPrefixHitRate),
    cacheTtl: g.cacheTtl ?? generationDefaults.cacheTtl,
    serviceTier: g.serviceTier ?? (batch ? 'batch' : 'standard'),
    region: g.region ?? null,
  };
}
