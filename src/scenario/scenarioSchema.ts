import * as z from 'zod/mini';
import { KINDS } from '../kinds/registry.js';
import { isoDateSchema } from '../pricing/priceTableSchema.js';
import {
  candidateNameSchema,
  candidateSchema,
  constraintsSchema,
  type FieldDefaults,
  MAX_CANDIDATES,
  moneySchema,
  needsSchema,
  positiveCountSchema,
  quantitySchema,
  workloadSchema,
} from '../spec/fields.js';
import { uncertaintySchema } from './uncertaintySchema.js';

/**
 * The scenario a user describes: the workload and the strategies to compare. This is the input
 * contract (version 1) of `compare`, `breakeven`, `curve` and `horizon`, and of scenario files. The
 * fields of each strategy kind come from its module (`src/kinds/`); the parts they share (counts,
 * rates, money, a generation, a fine-tune, a RAG) from `src/spec/fields.ts`.
 *
 * Numbers: counts (tokens, requests, months) are non-negative integers, as a JS number up to 2^53 − 1
 * or as a digit string for anything larger. Rates (hit rates, churn) are decimals between 0 and 1, as a
 * number or a string. Money (price overrides) is a decimal string or a Decimal, never a float.
 */

export { type HybridInput, hybridSchema } from '../kinds/hybrid.js';
export { type LongContextInput, longContextSchema } from '../kinds/longContext.js';
export { type PromptOnlyInput, promptOnlySchema } from '../kinds/promptOnly.js';
export {
  type RetrievalModelTuningInput,
  type RetrievalTuningInput,
  retrievalModelTuningSchema,
  retrievalTuningSchema,
} from '../kinds/retrievalTuning.js';
export * from '../spec/fields.js';

/** The `strategies` block's shape, read off the kinds' modules: each kind optional, under its id. */
type StrategiesShape = {
  [TKind in keyof typeof KINDS]: z.ZodMiniOptional<(typeof KINDS)[TKind]['schema']>;
};

function strategiesShape(): StrategiesShape {
  return Object.fromEntries(
    Object.entries(KINDS).map(([id, kind]) => [id, z.optional(kind.schema)]),
  ) as unknown as StrategiesShape;
}

export const scenarioSchema = z.strictObject({
  /** The JSON Schema the file follows, for editors' completion and checks; the calculator ignores it. */
  $schema: z.optional(z.string()),
  /** The scenario format version: 1, the only one (absent: 1). */
  version: z.optional(z.literal(1)),
  /** The scenario's name, shown in every report (at most 200 characters). */
  name: z.optional(z.string().check(z.maxLength(200))),
  /** What the scenario describes, for its readers (at most 5000 characters); reports do not show it. */
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
  /** Hours in a month, for capacity billed by time and `requestsPerDay` (730 = 365 × 24 / 12). */
  hoursPerMonth: z.optional(quantitySchema),
  /** Months over which one-off costs that never recur are amortised, and the horizon's length. */
  horizonMonths: z.optional(positiveCountSchema),
  workload: workloadSchema,
  /** What the answers need (style, fresh facts, citations): read by `recommend`, not by costs. */
  needs: z.optional(needsSchema),
  /** Rules that remove routes (data perimeter, downloadable weights, open for the horizon): `recommend`. */
  constraints: z.optional(constraintsSchema),
  /** One of each strategy kind, each a candidate named by its id (`fineTune`, `rag`…). */
  strategies: z.optional(z.strictObject(strategiesShape())),
  /** Any number of named candidates of any kind, compared side by side with the `strategies`. */
  candidates: z.optional(
    z.record(candidateNameSchema, candidateSchema).check(
      z.refine((record) => Object.keys(record).length <= MAX_CANDIDATES, {
        message: `more than ${MAX_CANDIDATES} candidates, the limit for a scenario`,
      }),
    ),
  ),
  /** Inputs that are not known exactly: a range or a distribution per field path (docs/uncertainty.md). */
  uncertainty: z.optional(uncertaintySchema),
});

/** The scenario's static defaults (`hoursPerMonth`, `horizonMonths`, `name`), read by `parseScenario`. */
export const scenarioDefaults = {
  name: 'scenario',
  hoursPerMonth: 730,
  horizonMonths: 12,
} as const satisfies FieldDefaults<typeof scenarioSchema>;

/**
 * A scenario as the user writes it (JSON/YAML or an object). Its fields' descriptions are the
 * comments on the schema's fields, the same as in schema/scenario.schema.json.
 *
 * @interface
 */
export type ScenarioInput = z.input<typeof scenarioSchema>;

/** The `strategies` block: one of each kind. */
export type StrategiesInput = NonNullable<ScenarioInput['strategies']>;

/** A candidate as written under `candidates`: its `kind`, `extends`, `label` and the kind's fields. */
export type CandidatesInput = NonNullable<ScenarioInput['candidates']>;

/** A scenario that has its `strategies` block (what `defaultScenario()` returns). */
export type StrategiesScenarioInput = ScenarioInput & { strategies: StrategiesInput };
