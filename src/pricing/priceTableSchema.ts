import * as z from 'zod/mini';
import { lowerCaseHint } from '../_lib/didYouMean.js';

/**
 * The price-table schema: one vendor at one effective date. Human-edited JSON files under
 * `pricing/<vendor>/<effective-date>.json` are validated against it (and a JSON Schema generated from
 * it gives editors autocomplete), then bundled.
 *
 * Every price names its source (an id in the table's `sources`, which carries the URL, the date it was
 * read and how sure we are) and takes effect on the table's `effectiveDate` unless it says otherwise.
 * A price that could not be verified is written as `{ "missing": true, ... }`: the structure is
 * modelled and the engine asks the user for the figure (`missing_price`).
 */

const ISO_DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** A calendar date `YYYY-MM-DD` that exists (no 2025-02-30). */
export const isoDateSchema = z.string().check(
  z.regex(ISO_DATE, 'expected a date as YYYY-MM-DD'),
  z.refine((value) => {
    const date = new Date(`${value}T00:00:00Z`);
    return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
  }, 'not a real calendar date'),
);

/** A non-negative decimal amount as a string, e.g. `"0.40"`, `"1.95"`, `"0.000222"`. */
export const decimalStringSchema = z
  .string()
  .check(
    z.regex(/^(0|[1-9]\d{0,14})(\.\d{1,18})?$/, 'expected a non-negative decimal string such as "0.40"'),
  );

/** Lower-case identifiers for vendors, models, sources, hardware and plans. */
export const idSchema = z.string().check(
  z.regex(/^[a-z0-9][a-z0-9._:/-]{0,99}$/, {
    error: (issue) => {
      const hint = lowerCaseHint(issue.input);
      return hint === null
        ? 'expected a lower-case id (a-z, 0-9, . _ : / -)'
        : `expected a lower-case id: did you mean "${hint}"?`;
    },
  }),
);

/**
 * What one price is a price of. Time units (`second`, `minute`, `hour`) bill a unit of capacity (a GPU,
 * an instance, a model unit); `month` is a flat monthly fee or a per-model-month storage fee.
 */
export const priceUnitSchema = z.enum([
  'token',
  'training_token',
  'character',
  'search',
  'read_unit',
  'write_unit',
  'second',
  'minute',
  'hour',
  'month',
  'gb_month',
  'dimension_month',
  'job',
  'request',
]);
export type PriceUnit = z.infer<typeof priceUnitSchema>;

/** The quantity a price is quoted for: per 1, per 1K or per 1M units. */
export const perSchema = z.enum(['1', '1K', '1M']);
export type Per = z.infer<typeof perSchema>;

export const confidenceSchema = z.enum(['vendor', 'vendor-copy', 'third-party']);
export type Confidence = z.infer<typeof confidenceSchema>;

export const trainingMethodSchema = z.enum(['sft', 'dpo', 'rft']);
export type TrainingMethod = z.infer<typeof trainingMethodSchema>;

export const trainingVariantSchema = z.enum(['lora', 'full']);
export type TrainingVariant = z.infer<typeof trainingVariantSchema>;

/**
 * An account's standing with a vendor's fine-tuning, for staged closures: never fine-tuned, fine-tuned
 * but without recent tuned-model use (OpenAI: no fine-tuned inference in the previous 60 days), active.
 */
export const ACCOUNT_STANDINGS = ['never-tuned', 'inactive', 'active'] as const;
export type AccountStanding = (typeof ACCOUNT_STANDINGS)[number];

export const modelKindSchema = z.enum(['chat', 'embedding', 'rerank']);

/**
 * The unit a throughput is stated in: tokens per second (Vertex GSUs), tokens per minute (Azure PTUs,
 * Bedrock model units) or requests per hour.
 */
export const throughputUnitSchema = z.enum(['tokens_per_second', 'tokens_per_minute', 'requests_per_hour']);
export type ThroughputUnit = z.infer<typeof throughputUnitSchema>;
export type ModelKind = z.infer<typeof modelKindSchema>;

/**
 * The table schemas are built on first use, not when the module loads: a calculation on the bundled
 * (build-time validated) tables never needs them, and building them costs ~5 ms at start-up.
 */
function buildTableSchemas() {
  /**
   * When something the table sells can be bought. Every end date is exclusive: the first day it can
   * no longer be bought or used (OpenAI stops new fine-tuning jobs "on 2027-01-06" → `2027-01-06`).
   */
  const lifecycleShape = {
    /** The first day it can be bought (general availability). */
    availableFrom: z.optional(isoDateSchema),
    /** The first day it can no longer be used (a base model: also its fine-tunes, unless `servingUntil` says otherwise). */
    retiredOn: z.optional(isoDateSchema),
    /** The vendor's stated successor or migration path. */
    successor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    /** An id in the table's `sources`: where the dates were read. */
    source: idSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  };
  const lifecycleSchema = z.strictObject(lifecycleShape);

  /** The account standings a staged closure can depend on. */
  const standingSchema = z.enum(ACCOUNT_STANDINGS);

  /** When fine-tuning (a vendor's, a model's or one method's) takes new jobs and serves tuned models. */
  const fineTuningLifecycleSchema = z.strictObject({
    availableFrom: z.optional(isoDateSchema),
    /** The first day new training jobs are refused, for every account. */
    newJobsUntil: z.optional(isoDateSchema),
    /** Earlier closures for some accounts (OpenAI 2026: never-tuned organisations first). */
    stages: z.optional(
      z
        .array(
          z.strictObject({
            standing: z.array(standingSchema).check(z.minLength(1)),
            newJobsUntil: isoDateSchema,
            note: z.optional(z.string().check(z.maxLength(500))),
          }),
        )
        .check(z.maxLength(10)),
    ),
    /** The first day existing tuned models are no longer served. */
    servingUntil: z.optional(isoDateSchema),
    successor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    source: idSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /** A verified list price. */
  const priceSchema = z.strictObject({
    usd: decimalStringSchema,
    per: z.optional(perSchema),
    unit: priceUnitSchema,
    /** An id in the table's `sources`. */
    source: idSchema,
    /** The date this price took effect, when it differs from the table's `effectiveDate`. */
    effective: z.optional(isoDateSchema),
    /** Time units only: usage is rounded up to a multiple of this many seconds (per minute = 60). */
    billingIncrementSeconds: z.optional(z.int().check(z.minimum(1), z.maximum(86_400))),
    /** The first day this price no longer applies (a promotion's end). */
    until: z.optional(isoDateSchema),
    /** A promotional or introductory price: results warn when they use one. */
    promotion: z.optional(z.boolean()),
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /** A price whose structure is known but whose figure could not be verified: the user must supply it. */
  const missingPriceSchema = z.strictObject({
    missing: z.literal(true),
    per: z.optional(perSchema),
    unit: priceUnitSchema,
    source: z.optional(idSchema),
    reason: z.string().check(z.minLength(1), z.maxLength(500)),
  });

  const priceOrMissingSchema = z.union([priceSchema, missingPriceSchema]);

  /** A multiplier such as the batch discount (`"0.5"`), with its source. */
  const multiplierSchema = z.strictObject({
    factor: decimalStringSchema,
    source: idSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /** Per-token inference prices. Cache writes are priced where the vendor charges them (Anthropic). */
  const tokenPricesShape = {
    input: priceOrMissingSchema,
    cachedInput: z.optional(priceOrMissingSchema),
    cacheWrite5m: z.optional(priceOrMissingSchema),
    cacheWrite1h: z.optional(priceOrMissingSchema),
    output: priceOrMissingSchema,
  };

  const tokenPricesSchema = z.strictObject(tokenPricesShape);

  /** A service tier: a multiplier on the standard prices, or prices of its own. */
  const tierSchema = z.strictObject({
    factor: z.optional(decimalStringSchema),
    input: z.optional(priceOrMissingSchema),
    cachedInput: z.optional(priceOrMissingSchema),
    output: z.optional(priceOrMissingSchema),
    /** Whether the tier's discount also applies to cached input (absent: it does). */
    cachedInputStacks: z.optional(z.boolean()),
    source: idSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  const inferencePricesSchema = z.strictObject({
    ...tokenPricesShape,
    batch: z.optional(multiplierSchema),
    /** Service tiers other than standard (`batch`, `flex`, `priority`). */
    tiers: z.optional(z.partialRecord(z.enum(['batch', 'flex', 'priority']), tierSchema)),
    /** Regions or endpoints priced as a multiple of the listed price (Bedrock regional = × 1.1). */
    regions: z.optional(z.record(idSchema, multiplierSchema)),
    /** A cliff tier: when a request's input exceeds `aboveInputTokens`, all its tokens use these prices. */
    longContext: z.optional(
      z.strictObject({
        aboveInputTokens: z.int().check(z.minimum(1)),
        ...tokenPricesShape,
      }),
    ),
  });

  /** One way to train a model: per training token, or per unit of time (GPU-hour, wall-clock hour). */
  const trainingOptionSchema = z.strictObject({
    method: trainingMethodSchema,
    /** LoRA or full-parameter; absent when the vendor does not say (OpenAI). */
    variant: z.optional(trainingVariantSchema),
    price: priceOrMissingSchema,
    minimumCharge: z.optional(priceOrMissingSchema),
    /** Whether validation tokens are billed with the training tokens (default: the vendor's `fineTuning` says). */
    billsValidationTokens: z.optional(z.boolean()),
    lifecycle: z.optional(fineTuningLifecycleSchema),
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /**
   * What one billed unit of capacity serves, where the vendor states it (Azure: 3,000 input tokens
   * per minute per PTU for gpt-4.1, an output token counting as 4). Copies are sized from it.
   */
  const throughputSchema = z.strictObject({
    /** Per billed unit (one PTU, GSU, model unit or CMU), in `unit`; more than 0. */
    amount: decimalStringSchema.check(
      z.refine((value) => /[1-9]/.test(value), 'a throughput must be more than 0'),
    ),
    unit: throughputUnitSchema,
    /** Token units: one output token counts as this many tokens (Azure gpt-4.1: 4). Absent: 1. */
    outputTokenWeight: z.optional(decimalStringSchema),
    /** Token units: one cached input token counts as this many (Azure: 0, cached tokens are free of it). Absent: 1. */
    cachedInputWeight: z.optional(decimalStringSchema),
    /** An id in the table's `sources`. */
    source: idSchema,
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /**
   * Capacity that serves a tuned model and is billed by time whether or not it is used: Bedrock
   * Provisioned Throughput (per model unit per hour, with a commitment term), Custom Model Import (per
   * CMU per minute in 5-minute windows), a dedicated endpoint (per GPU per minute or second).
   */
  const capacityOptionSchema = z.strictObject({
    id: idSchema,
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** The name of one billed unit: "model unit", "CMU", "H100 GPU". */
    unitName: z.string().check(z.minLength(1), z.maxLength(100)),
    price: priceOrMissingSchema,
    /** Units one copy of the model needs (Custom Model Import: Llama 3.1 8B = 2 CMUs). */
    unitsPerCopy: z.optional(z.int().check(z.minimum(1))),
    /** Commitment term in months (0 = none). Billed for every hour of the term. */
    commitmentMonths: z.optional(z.int().check(z.minimum(0), z.maximum(60))),
    /** Storage while deployed, per unit per month (Custom Model Import: per CMU per month). */
    storagePerUnit: z.optional(priceOrMissingSchema),
    /**
     * `true` when the hourly fee is charged on top of the tuned model's per-token prices (Azure
     * OpenAI's hosting of a deployed fine-tune), not instead of them.
     */
    plusTokens: z.optional(z.boolean()),
    /** What one unit serves, where the vendor states it: copies are then sized from demand. */
    throughput: z.optional(throughputSchema),
    /**
     * `true` when the option serves weights trained elsewhere (Bedrock Custom Model Import): it is
     * chosen with `serving.vendor` from the vendor that trained them, and this vendor's training and
     * tuned-model storage are never charged for it.
     */
    importedWeights: z.optional(z.boolean()),
    lifecycle: z.optional(lifecycleSchema),
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  const fineTuningSchema = z.strictObject({
    methods: z.array(trainingOptionSchema).check(z.minLength(1)),
    /** Per-token prices of the tuned model, when the vendor serves it per token. */
    tunedInference: z.optional(tokenPricesSchema),
    /** Capacity options that can serve the tuned model. */
    capacity: z.optional(z.array(capacityOptionSchema)),
    /** `true` when any of the table's `hardware` can serve the tuned model (dedicated endpoints). */
    dedicatedHardware: z.optional(z.boolean()),
    /** Storage of the tuned model, per model per month. */
    storage: z.optional(priceOrMissingSchema),
    lifecycle: z.optional(fineTuningLifecycleSchema),
    note: z.optional(z.string().check(z.maxLength(1000))),
  });

  const modelSchema = z.strictObject({
    id: idSchema,
    name: z.optional(z.string().check(z.maxLength(200))),
    aliases: z.optional(z.array(idSchema)),
    kind: modelKindSchema,
    inference: z.optional(inferencePricesSchema),
    /** Embedding models: per token, or per character (Vertex text-embedding-00x). */
    embedding: z.optional(z.strictObject({ input: priceOrMissingSchema, dimensions: z.optional(z.int()) })),
    /**
     * Rerank models: per search (Cohere: one search = one query and up to `documentsPerSearch`
     * documents; a document longer than `tokensPerDocument`, query included, counts as several) or per
     * token.
     */
    rerank: z.optional(
      z.strictObject({
        price: priceOrMissingSchema,
        documentsPerSearch: z.optional(z.int().check(z.minimum(1))),
        tokensPerDocument: z.optional(z.int().check(z.minimum(1))),
      }),
    ),
    fineTuning: z.optional(fineTuningSchema),
    lifecycle: z.optional(lifecycleSchema),
    /** Chat models: the most tokens a request may hold (prompt and output), as the vendor states it. */
    contextWindow: z.optional(z.strictObject({ tokens: z.int().check(z.minimum(1)), source: idSchema })),
    note: z.optional(z.string().check(z.maxLength(1000))),
  });

  /** A GPU or instance type billed by time (Modal, Replicate, dedicated endpoints). */
  const hardwareSchema = z.strictObject({
    id: idSchema,
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    price: priceOrMissingSchema,
    /** Storage billed per unit per month while deployed (Bedrock Custom Model Import: per CMU-month). */
    storagePerUnit: z.optional(priceOrMissingSchema),
    lifecycle: z.optional(lifecycleSchema),
    note: z.optional(z.string().check(z.maxLength(500))),
  });

  /** Read/write unit metering rules (Pinecone serverless). */
  const meteringSchema = z.strictObject({
    readUnitsPerGbPerQuery: decimalStringSchema,
    minReadUnitsPerQuery: decimalStringSchema,
    writeUnitsPerKb: decimalStringSchema,
    minWriteUnitsPerRequest: decimalStringSchema,
    source: idSchema,
  });

  /**
   * A vector-database plan. Serverless plans meter storage and read/write units above a monthly
   * minimum; instance plans bill an instance by the hour plus storage (pgvector hosts).
   */
  const vectorDbPlanSchema = z.strictObject({
    id: idSchema,
    name: z.string().check(z.minLength(1), z.maxLength(200)),
    /** Usage below this is topped up to it (Pinecone Standard: $50/month since 2025-09-01). */
    minimumMonthly: z.optional(priceOrMissingSchema),
    /** A flat monthly fee on top of usage (Supabase Pro $25). */
    platformFee: z.optional(priceOrMissingSchema),
    /** Usage credit included each month (Supabase Pro: $10 of compute). */
    includedCredit: z.optional(priceOrMissingSchema),
    storage: z.optional(priceOrMissingSchema),
    /** Storage billed by stored vector dimensions per month (Weaviate Serverless), not by GB. */
    dimensionStorage: z.optional(priceOrMissingSchema),
    /** Storage included before `storage` is charged, in GB. */
    includedStorageGb: z.optional(decimalStringSchema),
    readUnits: z.optional(priceOrMissingSchema),
    writeUnits: z.optional(priceOrMissingSchema),
    metering: z.optional(meteringSchema),
    /**
     * Usage the plan includes and does not go beyond: usage over a limit is refused by the vendor,
     * not billed (Pinecone Builder: 10 GB, 2M read units, 5M write units a month).
     */
    limits: z.optional(
      z.strictObject({
        storageGb: z.optional(decimalStringSchema),
        readUnitsPerMonth: z.optional(decimalStringSchema),
        writeUnitsPerMonth: z.optional(decimalStringSchema),
        source: idSchema,
        note: z.optional(z.string().check(z.maxLength(500))),
      }),
    ),
    instances: z.optional(
      z.array(
        z.strictObject({
          id: idSchema,
          name: z.string().check(z.minLength(1), z.maxLength(200)),
          price: priceOrMissingSchema,
          note: z.optional(z.string().check(z.maxLength(500))),
        }),
      ),
    ),
    lifecycle: z.optional(lifecycleSchema),
    note: z.optional(z.string().check(z.maxLength(1000))),
  });

  const sourceSchema = z.strictObject({
    url: z.url({ protocol: /^https$/ }),
    /** The date a person read the figure (from the page or a copy of it). */
    readOn: isoDateSchema,
    confidence: confidenceSchema,
    note: z.optional(z.string().check(z.maxLength(1000))),
  });

  const priceTableSchema = z.strictObject({
    $schema: z.optional(z.string()),
    vendor: idSchema,
    name: z.string().check(z.minLength(1), z.maxLength(100)),
    effectiveDate: isoDateSchema,
    currency: z.literal('USD'),
    sources: z.record(idSchema, sourceSchema),
    fineTuning: z.discriminatedUnion('offered', [
      z.strictObject({
        offered: z.literal(true),
        /** Vendor-wide dates (OpenAI's staged wind-down of self-serve fine-tuning). */
        lifecycle: z.optional(fineTuningLifecycleSchema),
        /**
         * `true` where the vendor states that validation tokens are billed with training tokens
         * (Together); absent: dataset tokens × epochs only, as most vendors document.
         */
        billsValidationTokens: z.optional(z.boolean()),
        note: z.optional(z.string().check(z.maxLength(1000))),
      }),
      z.strictObject({
        offered: z.literal(false),
        /** What the vendor is for instead, and where to train: shown in `fine_tuning_not_offered`. */
        reason: z.string().check(z.minLength(1), z.maxLength(1000)),
        /** When it stopped, if it was offered before (Cohere: 2025-09-15): then the error is `offering_ended`. */
        endedOn: z.optional(isoDateSchema),
        successor: z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
        source: z.optional(idSchema),
      }),
    ]),
    /** `true` when any open model can be trained and served on the table's `hardware` (Modal, Replicate). */
    bringYourOwnModel: z.optional(z.boolean()),
    models: z.array(modelSchema),
    hardware: z.optional(z.array(hardwareSchema)),
    vectorDb: z.optional(z.array(vectorDbPlanSchema)),
    notes: z.optional(z.array(z.string().check(z.maxLength(1000)))),
  });
  return {
    lifecycleSchema,
    fineTuningLifecycleSchema,
    tierSchema,
    priceSchema,
    missingPriceSchema,
    priceOrMissingSchema,
    multiplierSchema,
    throughputSchema,
    tokenPricesSchema,
    inferencePricesSchema,
    trainingOptionSchema,
    capacityOptionSchema,
    fineTuningSchema,
    modelSchema,
    hardwareSchema,
    meteringSchema,
    vectorDbPlanSchema,
    sourceSchema,
    priceTableSchema,
  };
}

/** The zod schemas of a price table and its parts. */
export type TableSchemas = ReturnType<typeof buildTableSchemas>;
let tableSchemas: TableSchemas | undefined;

/** The table schemas, built once. */
export function getTableSchemas(): TableSchemas {
  tableSchemas ??= buildTableSchemas();
  return tableSchemas;
}

/** The schema of one price table (validate with `parsePriceTable`, which also checks units and sources). */
export const priceTableSchema = /* @__PURE__ */ z.lazy(() => getTableSchemas().priceTableSchema);

export type PriceEntry = z.infer<TableSchemas['priceSchema']>;
export type MissingPriceEntry = z.infer<TableSchemas['missingPriceSchema']>;
export type PriceOrMissing = z.infer<TableSchemas['priceOrMissingSchema']>;
export type TokenPrices = z.infer<TableSchemas['tokenPricesSchema']>;
export type InferencePrices = z.infer<TableSchemas['inferencePricesSchema']>;
export type TrainingOption = z.infer<TableSchemas['trainingOptionSchema']>;
export type CapacityOption = z.infer<TableSchemas['capacityOptionSchema']>;
export type ThroughputEntry = z.infer<TableSchemas['throughputSchema']>;
export type FineTuningPrices = z.infer<TableSchemas['fineTuningSchema']>;
export type ModelEntry = z.infer<TableSchemas['modelSchema']>;
export type HardwareEntry = z.infer<TableSchemas['hardwareSchema']>;
export type VectorDbPlan = z.infer<TableSchemas['vectorDbPlanSchema']>;
export type Lifecycle = z.infer<TableSchemas['lifecycleSchema']>;
export type FineTuningLifecycle = z.infer<TableSchemas['fineTuningLifecycleSchema']>;
export type TierEntry = z.infer<TableSchemas['tierSchema']>;
export type SourceEntry = z.infer<TableSchemas['sourceSchema']>;
export type PriceTable = z.infer<TableSchemas['priceTableSchema']>;
