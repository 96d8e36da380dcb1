import type Decimal from 'decimal.js';
import * as z from 'zod/mini';
import { D, isDecimal } from '../decimal.js';
import {
  ACCOUNT_STANDINGS,
  idSchema,
  throughputUnitSchema,
  trainingMethodSchema,
  trainingVariantSchema,
} from '../pricing/priceTableSchema.js';
import { STRATEGY_KINDS } from '../strategyKinds.js';

/**
 * The scenario a user describes: the workload and the strategies to compare. This is the input
 * contract (version 1) of `compare`, `breakeven`, `curve` and `horizon`, and of scenario files.
 *
 * Numbers: counts (tokens, requests, months) are non-negative integers, as a JS number up to 2^53 − 1
 * or as a digit string for anything larger. Rates (hit rates, churn) are decimals between 0 and 1, as a
 * number or a string. Money (price overrides) is a decimal string or a Decimal, never a float.
 */

const DIGITS = /^(0|[1-9]\d{0,20})$/;
const DECIMAL = /^(0|[1-9]\d{0,20})(\.\d{1,30})?$/;
const TOO_MANY_DIGITS = /^\d{22,}(\.\d+)?$/;
const TOO_MANY_DECIMALS = /^\d+\.\d{31,}$/;

/**
 * The format check of a number written as a string, one issue per input: a limit is named as a
 * limit ("more than 21 integer digits, the limit for a count"), anything else gets `message`. A
 * regex (not a refine), so the JSON Schema keeps its `pattern`.
 */
function stringCheck(format: RegExp, message: string, what: string) {
  return z.regex(format, {
    error: (issue) => {
      const input = typeof issue.input === 'string' ? issue.input : '';
      if (TOO_MANY_DIGITS.test(input))
        return `more than 21 ${what === 'a count' ? 'digits' : 'integer digits'}, the limit for ${what}`;
      if (TOO_MANY_DECIMALS.test(input)) return `more than 30 decimals, the limit for ${what}`;
      return message;
    },
  });
}

/**
 * The rule for tiny fractions, the same in every form (string, number, `--set`, `--vary`): at most
 * 30 decimals. A JS number is measured by its shortest round-trip text (`1e-31` has 31 decimals).
 */
const atMost30Decimals = (n: number) => new D(String(n)).decimalPlaces() <= 30;

/** A non-negative integer: tokens, requests, months. */
export const countSchema = z.union([
  z.number().check(
    z.refine((n) => Number.isSafeInteger(n) && n >= 0, {
      message: 'expected a non-negative whole number (up to 2^53 − 1; pass larger counts as a digit string)',
    }),
  ),
  z.string().check(stringCheck(DIGITS, 'expected a non-negative whole number such as "1000000"', 'a count')),
]);
export type CountInput = z.infer<typeof countSchema>;

function positiveCount(message: string) {
  return z.union([
    z.number().check(z.refine((n) => Number.isSafeInteger(n) && n >= 1, { message })),
    z.string().check(stringCheck(/^[1-9]\d{0,20}$/, message, 'a count')),
  ]);
}

/** A positive integer. */
export const positiveCountSchema = positiveCount('expected a whole number ≥ 1');

/** A non-negative decimal quantity that is not money (hours, characters per token). */
export const quantitySchema = z.union([
  z.number().check(
    z.refine((n) => Number.isFinite(n) && n >= 0, { message: 'expected a finite non-negative number' }),
    z.refine(
      (n) => !Number.isFinite(n) || atMost30Decimals(n),
      'more than 30 decimals, the limit for a quantity',
    ),
  ),
  z.string().check(stringCheck(DECIMAL, 'expected a non-negative decimal such as "2.5"', 'a quantity')),
]);
export type QuantityInput = z.infer<typeof quantitySchema>;

/** A fraction between 0 and 1 inclusive. */
export const rateSchema = z.union([
  z.number().check(
    z.refine((n) => Number.isFinite(n) && n >= 0 && n <= 1, {
      message: 'expected a fraction between 0 and 1',
    }),
    z.refine(
      (n) => !Number.isFinite(n) || atMost30Decimals(n),
      'more than 30 decimals, the limit for a rate',
    ),
  ),
  z
    .string()
    .check(
      stringCheck(
        /^(0(\.\d{1,30})?|1(\.0{1,30})?)$/,
        'expected a fraction between 0 and 1 such as "0.05"',
        'a rate',
      ),
    ),
]);
export type RateInput = z.infer<typeof rateSchema>;

/** Money: a decimal string ("0.40") or a Decimal. Never a JS number, which may already have lost digits. */
export const moneySchema = z.union([
  z
    .string()
    .check(stringCheck(DECIMAL, 'expected a non-negative decimal string such as "0.40" (quote it)', 'money')),
  z.custom<Decimal>(
    // The same bounds as the string form (21 integer digits, 30 decimals): a Decimal such as
    // 1e999999999 would otherwise reach toFixed() in a price label and exhaust memory (fuzz campaign).
    (value) => {
      // A look-alike (`{ toStringTag: '[object Decimal]' }`) passes isDecimal but has no methods.
      try {
        return (
          isDecimal(value) &&
          value.isFinite() &&
          !value.isNegative() &&
          value.lt('1e21') &&
          value.decimalPlaces() <= 30
        );
      } catch {
        return false;
      }
    },
    'expected money as a quoted decimal such as "0.40", not a YAML or JSON number (a number may already have lost digits)',
  ),
]);
export type MoneyInput = z.infer<typeof moneySchema>;

/** Price overrides: USD amounts in the unit the price table states for that item. */
export function overrides<const TKeys extends readonly string[]>(keys: TKeys) {
  return z.optional(
    z.partialRecord(z.enum(keys as unknown as [TKeys[number], ...TKeys[number][]]), moneySchema),
  );
}

/** Every key a schema's input may have, across the members of a union (`servingSchema`). */
type KeysOfUnion<TValue> = TValue extends unknown ? keyof TValue : never;
type ValueOfUnion<TValue, TKey> = TValue extends unknown
  ? TKey extends keyof TValue
    ? TValue[TKey]
    : never
  : never;

/**
 * The static defaults of a schema's optional fields, declared once beside the schema as
 * `<name>Defaults` for `<name>Schema`: the converters read them, and the published JSON Schema
 * states them as `default` (scripts/scenarioSchemaDocs.ts pairs them by name). A default that
 * depends on another field (`tunedInstructionTokens`: the workload's) is said in the field's
 * comment instead.
 */
export type FieldDefaults<TSchema extends z.ZodMiniType> = {
  readonly [TKey in KeysOfUnion<z.input<TSchema>>]?: Exclude<ValueOfUnion<z.input<TSchema>, TKey>, undefined>;
};

export const tokenPriceKeys = ['input', 'cachedInput', 'cacheWrite', 'output'] as const;

/** A priced model at a vendor, with optional price overrides. */
const modelRefShape = {
  /** The vendor's id, as `tune-or-rag vendors` lists it (`openai`, `google-vertex`, `cohere`…). */
  vendor: idSchema,
  /** The model's id in that vendor's price table (`tune-or-rag prices <vendor>` lists them). */
  model: idSchema,
};

const cacheTtlSchema = z.enum(['5m', '1h']);

/** Service tiers a generation can buy. */
export const SERVICE_TIERS = ['standard', 'batch', 'flex', 'priority'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

/** The base model that answers: its vendor and model, prompt caching, service tier and region. */
export const generationSchema = z.strictObject({
  ...modelRefShape,
  /** Fraction of requests whose instruction prefix is read from the prompt cache. */
  cachedPrefixHitRate: z.optional(rateSchema),
  /** How long a prompt-cache write lives, `5m` or `1h`, where the vendor prices cache writes by it. */
  cacheTtl: z.optional(cacheTtlSchema),
  /** Use the vendor's batch price (asynchronous, e.g. 24 h); the same as `serviceTier: batch`. */
  batch: z.optional(z.boolean()),
  /**
   * The service tier bought: standard, batch, flex or priority, where the vendor prices it
   * (default: `batch` with `batch: true`, else `standard`).
   */
  serviceTier: z.optional(z.enum(SERVICE_TIERS)),
  /** A regional or data-residency endpoint the vendor prices differently (`regional`, `data-zone`). */
  region: z.optional(idSchema),
  prices: overrides(tokenPriceKeys),
});
export type GenerationInput = z.infer<typeof generationSchema>;
export const generationDefaults = {
  cachedPrefixHitRate: 0,
  cacheTtl: '5m',
  batch: false,
} as const satisfies FieldDefaults<typeof generationSchema>;

/** Copies that follow demand, from `minCopies` to `maxCopies`, each serving what one copy can. */
export const autoscaleSchema = z.strictObject({
  /**
   * Requests one copy of the model serves in a month at the latency you need. Absent: sized from
   * the throughput (the table's, or `serving.throughput`).
   */
  requestsPerCopyPerMonth: z.optional(positiveCountSchema),
  /** Copies kept running when there is no demand (0: scale to zero). */
  minCopies: z.optional(countSchema),
  /** The most copies demand may start; a higher demand is more than the strategy can serve. */
  maxCopies: positiveCountSchema,
});
export const autoscaleDefaults = { minCopies: 0 } as const satisfies FieldDefaults<typeof autoscaleSchema>;

/** What one copy (or one billed unit) of capacity serves, when the table does not say or you know better. */
export const servingThroughputSchema = z.strictObject({
  /** More than 0, in `unit`. */
  amount: quantitySchema,
  /** The unit of `amount`: `tokens_per_second`, `tokens_per_minute` or `requests_per_hour`. */
  unit: throughputUnitSchema,
  /** `copy`: what one copy serves; `unit`: what one billed unit serves (× units per copy). */
  per: z.optional(z.enum(['copy', 'unit'])),
  /** Token units: one output token counts as this many tokens. */
  outputTokenWeight: z.optional(quantitySchema),
  /** Token units: one cached input token counts as this many tokens. */
  cachedInputWeight: z.optional(quantitySchema),
});
export const servingThroughputDefaults = {
  per: 'copy',
  outputTokenWeight: 1,
  cachedInputWeight: 1,
} as const satisfies FieldDefaults<typeof servingThroughputSchema>;

/**
 * How the tuned model is served: per token, or on dedicated capacity billed by time. Absent: per
 * token where the vendor serves tuned models per token; a vendor that only serves them on capacity
 * asks for this block.
 */
export const servingSchema = z.discriminatedUnion('mode', [
  z.strictObject({
    /** Billed per token at the tuned model's token prices. */
    mode: z.literal('per_token'),
  }),
  z.strictObject({
    /** Dedicated capacity (model units, GPUs) billed by the hour, sized by the fields below. */
    mode: z.literal('capacity'),
    /** Serve at another vendor (e.g. trained at Together, served with Bedrock Custom Model Import). */
    vendor: z.optional(idSchema),
    /** With `vendor`: the model there whose capacity options apply (same architecture and size). */
    model: z.optional(idSchema),
    /** A capacity option of the tuned model, or a hardware id of the serving vendor. */
    option: idSchema,
    /** Billed units per copy (model units, CMUs, GPUs). Defaults to the option's units per copy, or 1. */
    unitsPerCopy: z.optional(positiveCountSchema),
    /**
     * Copies always running. Mutually exclusive with `autoscale`. Absent (and no `autoscale`): as
     * many as the peak demand needs, from 1 up to 100, sized from the throughput.
     */
    copies: z.optional(positiveCountSchema),
    /** Copies that follow demand instead of a fixed `copies`. */
    autoscale: z.optional(autoscaleSchema),
    /** What one copy serves; default: the capacity option's throughput in the price table. */
    throughput: z.optional(servingThroughputSchema),
    /** Peak demand ÷ average demand over the active hours, at least 1 (1: the average). */
    peakFactor: z.optional(quantitySchema),
    /** The share of a copy's throughput you plan to use at peak, more than 0 and at most 1. */
    targetUtilisation: z.optional(rateSchema),
    /** Hours a month the capacity runs (default: the whole month). Committed capacity bills every hour. */
    activeHoursPerMonth: z.optional(quantitySchema),
    /** Separate start/stop sessions in those hours; each is rounded up to the billing increment. */
    sessionsPerMonth: z.optional(positiveCountSchema),
  }),
]);
export type ServingInput = z.infer<typeof servingSchema>;
export const servingDefaults = {
  peakFactor: 1,
  targetUtilisation: 1,
  sessionsPerMonth: 1,
} as const satisfies FieldDefaults<typeof servingSchema>;

/** The training run: the dataset and its passes, and for time-priced training the job's hours or speed. */
export const trainingSchema = z.strictObject({
  /** Tokens in the training file (one epoch). */
  datasetTokens: countSchema,
  /** Passes over the training file; each is billed as `datasetTokens` again. */
  epochs: z.optional(positiveCountSchema),
  /** Tokens in the validation file. */
  validationTokens: z.optional(countSchema),
  /** Validation passes per run (Together's n_evals). */
  evalPasses: z.optional(countSchema),
  /** Time-priced training: wall-clock hours of the job. */
  hours: z.optional(quantitySchema),
  /** Time-priced training: instead of hours, the job's throughput in training tokens per second. */
  tokensPerSecond: z.optional(positiveCountSchema),
  /** GPUs billed in parallel for time-priced training. */
  gpus: z.optional(positiveCountSchema),
  /** Bring-your-own-model vendors (Modal, Replicate): the hardware id to train on. */
  hardware: z.optional(idSchema),
});
export type TrainingInput = z.infer<typeof trainingSchema>;
export const trainingDefaults = {
  epochs: 1,
  validationTokens: 0,
  evalPasses: 0,
  gpus: 1,
} as const satisfies FieldDefaults<typeof trainingSchema>;

/** The fine-tune description without its lifecycle: what a fallback to another vendor's fine-tune gives. */
export const fineTuneRouteSchema = z.strictObject({
  ...modelRefShape,
  /** The training method, where the vendor prices it: `sft` (supervised), `dpo` (preference) or `rft` (reinforcement). */
  method: z.optional(trainingMethodSchema),
  /** `lora` or `full`, where the vendor prices both for the method (absent: the one it offers). */
  variant: z.optional(trainingVariantSchema),
  training: trainingSchema,
  /** Re-train every N months; 0 or absent: never (training is then amortised over the horizon). */
  retrainEveryMonths: z.optional(countSchema),
  /** An evaluation run after every (re)training: requests through the tuned model. */
  evaluationRequests: z.optional(countSchema),
  /** The tuned model's shorter instruction prompt, in tokens (default: the workload's). */
  tunedInstructionTokens: z.optional(countSchema),
  /** Fraction of requests whose (tuned) instruction prefix is read from the prompt cache. */
  cachedPrefixHitRate: z.optional(rateSchema),
  serving: z.optional(servingSchema),
  /**
   * Your account's standing with the vendor's fine-tuning, for staged closures (OpenAI 2026):
   * `never-tuned`, `inactive` (no tuned-model use lately) or `active`. Absent: the earliest closure
   * (a new customer's) applies.
   */
  accountStanding: z.optional(z.enum(ACCOUNT_STANDINGS)),
  prices: overrides([
    'training',
    'minimumCharge',
    'input',
    'cachedInput',
    'output',
    'capacity',
    'capacityStorage',
    'storage',
  ] as const),
});
export type FineTuneRouteInput = z.infer<typeof fineTuneRouteSchema>;
export const fineTuneRouteDefaults = {
  method: 'sft',
  retrainEveryMonths: 0,
  evaluationRequests: 0,
  cachedPrefixHitRate: 0,
} as const satisfies FieldDefaults<typeof fineTuneRouteSchema>;

/**
 * A base-model upgrade: from `month` of a horizon, the tuned model is re-trained on another base
 * (and re-evaluated). The fields given replace the current ones; `prices` is not carried over when
 * the model or vendor changes (those overrides were for the old model).
 */
export const upgradeSchema = z.strictObject({
  /** The horizon month (2 or later) whose first day the new base is trained; it serves from then on. */
  month: positiveCountSchema,
  /** The new base's vendor (absent: the current one). */
  vendor: z.optional(idSchema),
  /** The new base model (absent: the current one). */
  model: z.optional(idSchema),
  /** The training method from this upgrade on (absent: the current one). */
  method: z.optional(trainingMethodSchema),
  /** `lora` or `full` from this upgrade on (absent: the current one). */
  variant: z.optional(trainingVariantSchema),
  /** The new training run, replacing the whole `training` block (absent: the current one). */
  training: z.optional(trainingSchema),
  /** Re-train every N months from this upgrade on (absent: as before). */
  retrainEveryMonths: z.optional(countSchema),
  /** Requests of the evaluation run after each training from this upgrade on (absent: as before). */
  evaluationRequests: z.optional(countSchema),
  /** The new tuned model's instruction prompt, in tokens (absent: as before). */
  tunedInstructionTokens: z.optional(countSchema),
  /** How the new tuned model is served (absent: as before). */
  serving: z.optional(servingSchema),
  prices: fineTuneRouteSchema.shape.prices,
});
export type UpgradeInput = z.infer<typeof upgradeSchema>;

/** Drift monitoring and evaluation every month, beside the evaluation run after each training. */
export const monitoringSchema = z.strictObject({
  /** Evaluation requests sent through the tuned model each month, priced as serving requests. */
  evaluationRequestsPerMonth: z.optional(countSchema),
  /** Your own monthly figure for monitoring (labelling, review, tooling), USD as a quoted decimal. */
  usdPerMonth: z.optional(moneySchema),
});
export type MonitoringInput = z.infer<typeof monitoringSchema>;
export const monitoringDefaults = {
  evaluationRequestsPerMonth: 0,
} as const satisfies FieldDefaults<typeof monitoringSchema>;

/**
 * Where a horizon continues when the tuned route closes inside it: another vendor's fine-tune (with
 * its own training run), or a strategy the scenario already describes (`rag`, `promptOnly`,
 * `longContext`), priced from the closing month on.
 */
export const fallbackSchema = z.discriminatedUnion('strategy', [
  z.strictObject({
    /** Another vendor's fine-tune, described in `fineTune` and trained in the closing month. */
    strategy: z.literal('fineTune'),
    fineTune: fineTuneRouteSchema,
  }),
  z.strictObject({
    /** The scenario's `strategies.rag`, priced from the closing month on. */
    strategy: z.literal('rag'),
  }),
  z.strictObject({
    /** The scenario's `strategies.promptOnly`, priced from the closing month on. */
    strategy: z.literal('promptOnly'),
  }),
  z.strictObject({
    /** The scenario's `strategies.longContext`, priced from the closing month on. */
    strategy: z.literal('longContext'),
  }),
]);
export type FallbackInput = z.infer<typeof fallbackSchema>;

/** A tuned model's life over a horizon: upgrades of its base, monitoring, and a fallback at closure. */
export const fineTuneLifecycleSchema = z.strictObject({
  /** Base-model upgrades in month order (at most 100), each re-training the tuned model from its month. */
  upgrades: z.optional(z.array(upgradeSchema).check(z.maxLength(100))),
  monitoring: z.optional(monitoringSchema),
  fallback: z.optional(fallbackSchema),
});
export type FineTuneLifecycleInput = z.infer<typeof fineTuneLifecycleSchema>;

/** A tuned model: its vendor and base model, the training run, how it is served, and its lifecycle. */
export const fineTuneSchema = z.strictObject({
  ...fineTuneRouteSchema.shape,
  /** Upgrades, monitoring and the fallback at closure (horizons; monitoring also in the monthly view). */
  lifecycle: z.optional(fineTuneLifecycleSchema),
});
export type FineTuneInput = z.infer<typeof fineTuneSchema>;

/** The vector database that stores the chunks' vectors and answers every query. */
export const vectorDbSchema = z.strictObject({
  /** The vector database vendor's id (`pinecone`, `turbopuffer`, `pgvector`…; `tune-or-rag vendors`). */
  vendor: idSchema,
  /** The plan in that vendor's price table (`tune-or-rag prices <vendor>` lists them). */
  plan: idSchema,
  /** Instance plans (pgvector hosts): the instance id. */
  instance: z.optional(idSchema),
  /** Vector dimensions (default: the embedding model's, else 1536). */
  dimensions: z.optional(positiveCountSchema),
  /** Bytes stored per dimension (4 for 32-bit floats). */
  bytesPerDimension: z.optional(positiveCountSchema),
  /** Metadata stored with each vector (chunk text, ids), in bytes. */
  metadataBytesPerVector: z.optional(countSchema),
  /** Records per upsert request (write-unit minimums are per request). */
  upsertBatchSize: z.optional(positiveCountSchema),
  prices: overrides([
    'minimumMonthly',
    'platformFee',
    'includedCredit',
    'storage',
    'dimensionStorage',
    'readUnits',
    'writeUnits',
    'instance',
  ] as const),
});
export type VectorDbInput = z.infer<typeof vectorDbSchema>;
export const vectorDbDefaults = {
  bytesPerDimension: 4,
  metadataBytesPerVector: 0,
  upsertBatchSize: 100,
} as const satisfies FieldDefaults<typeof vectorDbSchema>;

/** Retrieval-augmented generation: embed a corpus, retrieve `topK` chunks per request, answer with a base model. */
export const ragSchema = z.strictObject({
  /** The embedding model that embeds the corpus and every query. */
  embedding: z.strictObject({
    ...modelRefShape,
    /** For per-character embedding prices: characters per token of your text. */
    charactersPerToken: z.optional(quantitySchema),
    prices: overrides(['input'] as const),
  }),
  /** Tokens in the knowledge base, embedded once (and `churnPerMonth` of it again every month). */
  corpusTokens: countSchema,
  /** Tokens per chunk: the unit that is embedded, stored and retrieved. */
  chunkTokens: z.optional(positiveCountSchema),
  /** Tokens each chunk repeats from the one before, fewer than `chunkTokens` (more chunks to embed and store). */
  chunkOverlapTokens: z.optional(countSchema),
  /** Fraction of the corpus changed and re-embedded each month. */
  churnPerMonth: z.optional(rateSchema),
  /** Chunks retrieved into each prompt. */
  topK: positiveCountSchema,
  /** Tokens embedded per query (default: the workload's input tokens). */
  queryEmbeddingTokens: z.optional(countSchema),
  vectorDb: vectorDbSchema,
  /** A reranker: `candidates` chunks are retrieved per query, reranked, and the best `topK` kept. */
  rerank: z.optional(
    z.strictObject({
      ...modelRefShape,
      /** Candidates retrieved and sent to the reranker per query (top-k are kept). */
      candidates: positiveCountSchema,
      prices: overrides(['price'] as const),
    }),
  ),
  generation: generationSchema,
});
export type RagInput = z.infer<typeof ragSchema>;
export const ragDefaults = {
  chunkTokens: 512,
  chunkOverlapTokens: 0,
  churnPerMonth: 0,
} as const satisfies FieldDefaults<typeof ragSchema>;

/** Monthly volume growth for horizons: 0.05 = +5% a month, compounded; −0.1 = −10% a month. */
export const growthSchema = z.union([
  z.number().check(
    z.refine((n) => Number.isFinite(n) && n > -1 && n <= 10, {
      message: 'expected a monthly growth rate above −1 and at most 10 (0.05 = +5% a month)',
    }),
  ),
  z.string().check(
    z.regex(/^-?(0|[1-9])(\.\d{1,12})?$|^10(\.0{1,12})?$/, 'expected a monthly growth rate such as "0.05"'),
    z.refine((text) => Number(text) > -1, 'a monthly growth rate must be above −1'),
  ),
]);

/** The fields that state the monthly volume: exactly one of them, in the unit you think in. */
export const VOLUME_FIELDS = ['requestsPerMonth', 'requestsPerDay', 'tokensPerMonth'] as const;
export type VolumeField = (typeof VOLUME_FIELDS)[number];

/** What one request looks like and how many there are a month: the same for every strategy. */
export const workloadSchema = z.strictObject({
  /** Requests a month (give this, `requestsPerDay` or `tokensPerMonth`). */
  requestsPerMonth: z.optional(countSchema),
  /** Requests a day; a month is `hoursPerMonth` ÷ 24 days (30.416… with the default 730 hours). */
  requestsPerDay: z.optional(quantitySchema),
  /** Workload tokens a month (instruction + input + output of every request). */
  tokensPerMonth: z.optional(countSchema),
  /** Monthly growth of requests in horizons. Compare and breakeven use `requestsPerMonth`. */
  growthPerMonth: z.optional(growthSchema),
  /** System prompt tokens of the base setup. */
  instructionTokens: countSchema,
  /** The user's input tokens per request. */
  inputTokens: countSchema,
  /** The answer's tokens per request. */
  outputTokens: countSchema,
});
export type WorkloadInput = z.infer<typeof workloadSchema>;
export const workloadDefaults = { growthPerMonth: 0 } as const satisfies FieldDefaults<typeof workloadSchema>;

/** A candidate's name: a letter, then letters, digits, `-` or `_` (it prefixes line ids, so no dots). */
export const candidateNameSchema = z
  .string()
  .check(
    z.regex(
      /^[A-Za-z][A-Za-z0-9_-]{0,63}$/,
      'expected a name of 1 to 64 letters, digits, `-` or `_`, starting with a letter, such as "openai-sft"',
    ),
  );

/** The names a candidate's `kind` may be written with: each kind's id and its command-line name. */
type KindName = (typeof STRATEGY_KINDS)[number]['id'] | (typeof STRATEGY_KINDS)[number]['cliName'];
const KIND_NAMES = [...new Set(STRATEGY_KINDS.flatMap((k) => [k.id, k.cliName]))] as [
  KindName,
  ...KindName[],
];

/**
 * One named candidate: a strategy kind with its own vendor, model and options. `extends` copies
 * another candidate (or a `strategies` entry, by its id) and deep-merges this one's fields over it,
 * so shared parts are written once. The kind's own fields are checked after the merge, against the
 * kind's schema (see `strategies`). A hybrid names the fine-tune and RAG candidates it combines.
 */
export const candidateSchema = z.looseObject({
  /** The strategy kind: `fine-tune`, `rag`, `prompt-only`, `hybrid`, `long-context`, `retrieval-tuning` (or inherited through `extends`). */
  kind: z.optional(z.enum(KIND_NAMES)),
  /** Another candidate (or `fineTune`, `rag`… for a `strategies` entry) whose fields this one starts from. */
  extends: z.optional(candidateNameSchema),
  /** The name reports show (default: the candidate's name). */
  label: z.optional(z.string().check(z.minLength(1), z.maxLength(100))),
});
export type CandidateInput = z.infer<typeof candidateSchema>;

export const MAX_CANDIDATES = 100;

/** Clouds whose perimeter a buyer may require data to stay in (`constraints.dataPerimeter`). */
export const CLOUDS = ['aws', 'gcp', 'azure'] as const;
export type Cloud = (typeof CLOUDS)[number];

/**
 * What the answers need, for `recommend`'s qualitative rule: tune for style, format and voice;
 * retrieve for facts that change and must be cited; both where both are needed.
 */
export const needsSchema = z.strictObject({
  /** A voice, format or behaviour the base model does not hold reliably from a prompt. */
  styleOrFormat: z.optional(z.boolean()),
  /** Facts that change after training (prices, policies, stock): a tuned model goes stale. */
  freshFacts: z.optional(z.boolean()),
  /** Answers must cite the documents they come from. */
  citations: z.optional(z.boolean()),
});
export type NeedsInput = z.infer<typeof needsSchema>;

/** Data must stay inside the perimeter of one of these clouds (`constraints.dataPerimeter`). */
export const dataPerimeterSchema = z.strictObject({
  /** The clouds whose perimeter is allowed: `aws`, `gcp`, `azure` (at least one). */
  clouds: z.array(z.enum(CLOUDS)).check(z.minLength(1)),
  /** `training`: where a fine-tune's training data goes; `all`: every vendor a strategy sends data to. */
  scope: z.optional(z.enum(['training', 'all'])),
});
export const dataPerimeterDefaults = {
  scope: 'training',
} as const satisfies FieldDefaults<typeof dataPerimeterSchema>;

/** Rules that remove routes before costs are compared (`recommend`), each removal with its reason. */
export const constraintsSchema = z.strictObject({
  /** Data must stay in these clouds' perimeters; `scope` says which data is checked. */
  dataPerimeter: z.optional(dataPerimeterSchema),
  /** The tuned weights must be downloadable (to serve anywhere, or keep when the vendor closes). */
  weightsDownloadable: z.optional(z.boolean()),
  /** Every route must stay open for the whole horizon (`recommend` then prices the horizon too). */
  openForHorizon: z.optional(z.boolean()),
});
export type ConstraintsInput = z.infer<typeof constraintsSchema>;
export const constraintsDefaults = {
  weightsDownloadable: false,
  openForHorizon: true,
} as const satisfies FieldDefaults<typeof constraintsSchema>;
