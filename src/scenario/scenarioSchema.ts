import type Decimal from 'decimal.js';
import * as z from 'zod/mini';
import { D, isDecimal } from '../decimal.js';
import {
  ACCOUNT_STANDINGS,
  idSchema,
  isoDateSchema,
  trainingMethodSchema,
  trainingVariantSchema,
} from '../pricing/priceTableSchema.js';
import { uncertaintySchema } from './uncertaintySchema.js';

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
function overrides<const TKeys extends readonly string[]>(keys: TKeys) {
  return z.optional(
    z.partialRecord(z.enum(keys as unknown as [TKeys[number], ...TKeys[number][]]), moneySchema),
  );
}

const tokenPriceKeys = ['input', 'cachedInput', 'cacheWrite', 'output'] as const;

/** A priced model at a vendor, with optional price overrides. */
const modelRefShape = {
  vendor: idSchema,
  model: idSchema,
};

const cacheTtlSchema = z.enum(['5m', '1h']);

/** Service tiers a generation can buy. */
export const SERVICE_TIERS = ['standard', 'batch', 'flex', 'priority'] as const;
export type ServiceTier = (typeof SERVICE_TIERS)[number];

export const generationSchema = z.strictObject({
  ...modelRefShape,
  /** Fraction of requests whose instruction prefix is read from the prompt cache. */
  cachedPrefixHitRate: z.optional(rateSchema),
  cacheTtl: z.optional(cacheTtlSchema),
  /** Use the vendor's batch price (asynchronous, e.g. 24 h); the same as `serviceTier: batch`. */
  batch: z.optional(z.boolean()),
  /** The service tier bought: standard (default), batch, flex or priority, where the vendor prices it. */
  serviceTier: z.optional(z.enum(SERVICE_TIERS)),
  /** A regional or data-residency endpoint the vendor prices differently (`regional`, `data-zone`). */
  region: z.optional(idSchema),
  prices: overrides(tokenPriceKeys),
});
export type GenerationInput = z.infer<typeof generationSchema>;

export const autoscaleSchema = z.strictObject({
  /** Requests one copy of the model serves in a month at the latency you need. */
  requestsPerCopyPerMonth: positiveCountSchema,
  minCopies: z.optional(countSchema),
  maxCopies: positiveCountSchema,
});

export const servingSchema = z.discriminatedUnion('mode', [
  z.strictObject({ mode: z.literal('per_token') }),
  z.strictObject({
    mode: z.literal('capacity'),
    /** Serve at another vendor (e.g. trained at Together, served with Bedrock Custom Model Import). */
    vendor: z.optional(idSchema),
    /** With `vendor`: the model there whose capacity options apply (same architecture and size). */
    model: z.optional(idSchema),
    /** A capacity option of the tuned model, or a hardware id of the serving vendor. */
    option: idSchema,
    /** Billed units per copy (model units, CMUs, GPUs). Defaults to the option's units per copy, or 1. */
    unitsPerCopy: z.optional(positiveCountSchema),
    /** Copies always running (default 1). Mutually exclusive with `autoscale`. */
    copies: z.optional(positiveCountSchema),
    autoscale: z.optional(autoscaleSchema),
    /** Hours a month the capacity runs (default: the whole month). Committed capacity bills every hour. */
    activeHoursPerMonth: z.optional(quantitySchema),
    /** Separate start/stop sessions in those hours; each is rounded up to the billing increment (default 1). */
    sessionsPerMonth: z.optional(positiveCountSchema),
  }),
]);
export type ServingInput = z.infer<typeof servingSchema>;

export const trainingSchema = z.strictObject({
  /** Tokens in the training file (one epoch). */
  datasetTokens: countSchema,
  epochs: z.optional(positiveCountSchema),
  /** Tokens in the validation file. */
  validationTokens: z.optional(countSchema),
  /** Validation passes per run (Together's n_evals). */
  evalPasses: z.optional(countSchema),
  /** Time-priced training: wall-clock hours of the job. */
  hours: z.optional(quantitySchema),
  /** Time-priced training: instead of hours, the job's throughput in training tokens per second. */
  tokensPerSecond: z.optional(positiveCountSchema),
  /** GPUs billed in parallel for time-priced training (default 1). */
  gpus: z.optional(positiveCountSchema),
  /** Bring-your-own-model vendors (Modal, Replicate): the hardware id to train on. */
  hardware: z.optional(idSchema),
});
export type TrainingInput = z.infer<typeof trainingSchema>;

export const fineTuneSchema = z.strictObject({
  ...modelRefShape,
  method: z.optional(trainingMethodSchema),
  variant: z.optional(trainingVariantSchema),
  training: trainingSchema,
  /** Re-train every N months; 0 or absent: never (training is then amortised over the horizon). */
  retrainEveryMonths: z.optional(countSchema),
  /** An evaluation run after every (re)training: requests through the tuned model. */
  evaluationRequests: z.optional(countSchema),
  /** The tuned model's shorter instruction prompt, in tokens (default: the workload's). */
  tunedInstructionTokens: z.optional(countSchema),
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
export type FineTuneInput = z.infer<typeof fineTuneSchema>;

export const vectorDbSchema = z.strictObject({
  vendor: idSchema,
  plan: idSchema,
  /** Instance plans (pgvector hosts): the instance id. */
  instance: z.optional(idSchema),
  /** Vector dimensions (default: the embedding model's, else 1536). */
  dimensions: z.optional(positiveCountSchema),
  bytesPerDimension: z.optional(positiveCountSchema),
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

export const ragSchema = z.strictObject({
  embedding: z.strictObject({
    ...modelRefShape,
    /** For per-character embedding prices: characters per token of your text. */
    charactersPerToken: z.optional(quantitySchema),
    prices: overrides(['input'] as const),
  }),
  corpusTokens: countSchema,
  chunkTokens: z.optional(positiveCountSchema),
  chunkOverlapTokens: z.optional(countSchema),
  /** Fraction of the corpus changed and re-embedded each month. */
  churnPerMonth: z.optional(rateSchema),
  topK: positiveCountSchema,
  /** Tokens embedded per query (default: the workload's input tokens). */
  queryEmbeddingTokens: z.optional(countSchema),
  vectorDb: vectorDbSchema,
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

export const promptOnlySchema = z.strictObject({
  ...generationSchema.shape,
  /** The long instruction / few-shot block added to every request, in tokens. */
  fewShotTokens: countSchema,
});
export type PromptOnlyInput = z.infer<typeof promptOnlySchema>;

export const longContextSchema = z.strictObject({
  ...generationSchema.shape,
  /**
   * The knowledge put whole into every prompt instead of retrieved (a manual, a policy set), in
   * tokens: a cacheable prefix after the instruction, read from the prompt cache at
   * `cachedPrefixHitRate`.
   */
  contextTokens: positiveCountSchema,
});
export type LongContextInput = z.infer<typeof longContextSchema>;

export const hybridSchema = z.strictObject({
  /** Retrieved chunks per request for the tuned model (default: the RAG strategy's topK). */
  topK: z.optional(positiveCountSchema),
});
export type HybridInput = z.infer<typeof hybridSchema>;

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

export const workloadSchema = z.strictObject({
  requestsPerMonth: countSchema,
  /** Monthly growth of requests in horizons (default 0). Compare and breakeven use `requestsPerMonth`. */
  growthPerMonth: z.optional(growthSchema),
  /** System prompt tokens of the base setup. */
  instructionTokens: countSchema,
  /** The user's input tokens per request. */
  inputTokens: countSchema,
  outputTokens: countSchema,
});
export type WorkloadInput = z.infer<typeof workloadSchema>;

export const scenarioSchema = z.strictObject({
  $schema: z.optional(z.string()),
  version: z.optional(z.literal(1)),
  name: z.optional(z.string().check(z.maxLength(200))),
  description: z.optional(z.string().check(z.maxLength(5000))),
  /** Price date: each vendor's table in effect on this day (default: each vendor's newest table). */
  asOf: z.optional(isoDateSchema),
  /** Show amounts in another currency at your dated rate: { code: EUR, rate: "0.92", date: 2026-11-30 }. Nothing is fetched. */
  currency: z.optional(
    z.strictObject({
      /** ISO 4217 code, e.g. EUR. */
      code: z
        .string()
        .check(z.regex(/^[A-Z]{3}$/, 'expected an ISO 4217 code of three capital letters such as "EUR"')),
      /** Units of `code` per 1 USD, a decimal string such as "0.92" (quoted, so it stays exact). */
      rate: moneySchema,
      /** The day the rate was taken. */
      date: isoDateSchema,
    }),
  ),
  /** Hours in a month (default 730 = 365 × 24 / 12). */
  hoursPerMonth: z.optional(quantitySchema),
  /** Months over which one-off costs that never recur are amortised, and the horizon's length (default 12). */
  horizonMonths: z.optional(positiveCountSchema),
  workload: workloadSchema,
  strategies: z.strictObject({
    fineTune: z.optional(fineTuneSchema),
    rag: z.optional(ragSchema),
    promptOnly: z.optional(promptOnlySchema),
    hybrid: z.optional(hybridSchema),
    longContext: z.optional(longContextSchema),
  }),
  /** Inputs that are not known exactly: a range or a distribution per field path (docs/uncertainty.md). */
  uncertainty: z.optional(uncertaintySchema),
});

/** A scenario as the user writes it (JSON/YAML or an object). */
export type ScenarioInput = z.input<typeof scenarioSchema>;
