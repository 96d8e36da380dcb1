import * as z from 'zod/mini';

/**
 * The `uncertainty` block of a scenario: numeric fields whose value is not known, each mapped to a
 * range or a distribution. `compare` and the other single-answer calculations ignore it (they use
 * the field's own value); `simulate` samples it and `sensitivity` moves each input to its low and
 * its high. See docs/uncertainty.md.
 *
 * Bounds are written like the field they describe: a number, or a decimal string (quote money and
 * long decimals so they stay exact). Whether a bound is valid for its field (a whole number of
 * tokens, a rate from 0 to 1) is checked against the scenario's own rules when it is parsed.
 */

/** A bound: a finite number or a decimal string such as "0.35" or "-0.1". */
export const boundSchema = z.union([
  z.number().check(z.refine((n) => Number.isFinite(n), { message: 'expected a finite number' })),
  z
    .string()
    .check(z.regex(/^-?(0|[1-9]\d{0,20})(\.\d{1,30})?$/, 'expected a decimal such as "0.35" or "1500"')),
]);
export type BoundInput = z.infer<typeof boundSchema>;

/** Low, base and high: the tornado's three points; Monte Carlo reads it as triangular(low, base, high). */
export const rangeDistributionSchema = z.strictObject({
  /** `range` (or absent): a low, a base and a high. */
  dist: z.optional(z.literal('range')),
  /** The lowest value the input may take. */
  low: boundSchema,
  /** The value the tornado centres on, from low to high; the triangle's peak in Monte Carlo. */
  base: boundSchema,
  /** The highest value the input may take. */
  high: boundSchema,
});

/**
 * Every value from low to high equally likely. Base (the tornado's centre) defaults to the scenario's
 * own value when it lies from low to high, else the midpoint.
 */
export const uniformDistributionSchema = z.strictObject({
  /** `uniform`: every value from low to high equally likely. */
  dist: z.literal('uniform'),
  /** The lowest value. */
  low: boundSchema,
  /** The highest value. */
  high: boundSchema,
  /** The tornado's centre (default: the scenario's own value when it lies from low to high, else the midpoint). */
  base: z.optional(boundSchema),
});

/** Most likely at `mode`, falling linearly to zero at low and high. Base is the mode. */
export const triangularDistributionSchema = z.strictObject({
  /** `triangular`: most likely at `mode`, falling linearly to zero at low and high. */
  dist: z.literal('triangular'),
  /** The lowest value. */
  low: boundSchema,
  /** The most likely value, from low to high; also the tornado's centre. */
  mode: boundSchema,
  /** The highest value. */
  high: boundSchema,
});

/**
 * Log-normal, given by two percentiles a reader can state: `low` is its P10 and `high` its P90 (both
 * above 0). Unbounded above, so only for fields without an upper limit (not rates). Base defaults to
 * the scenario's own value when it lies from low to high, else the median, √(low × high).
 */
export const lognormalDistributionSchema = z.strictObject({
  /** `lognormal`: given by its P10 (`low`) and P90 (`high`), unbounded above. */
  dist: z.literal('lognormal'),
  /** The 10th percentile, above 0. */
  low: boundSchema,
  /** The 90th percentile, above `low`. */
  high: boundSchema,
  /** The tornado's centre (default: the scenario's own value when it lies from low to high, else the median √(low × high)). */
  base: z.optional(boundSchema),
});

/**
 * A few possible values, with weights (default: equally likely). Base defaults to the scenario's own
 * value when it is one of them, else the most likely value (the first of the most likely).
 */
export const discreteDistributionSchema = z.strictObject({
  /** `discrete`: one of a few values, with weights. */
  dist: z.literal('discrete'),
  /** The values the input may take (1 to 1000). */
  values: z.array(boundSchema).check(z.minLength(1), z.maxLength(1000)),
  /** Each value's weight, ≥ 0, in the order of `values` (default: equally likely). */
  weights: z.optional(
    z
      .array(
        z.union([
          z
            .number()
            .check(z.refine((n) => Number.isFinite(n) && n >= 0, { message: 'expected a weight ≥ 0' })),
          z.string().check(z.regex(/^(0|[1-9]\d{0,20})(\.\d{1,30})?$/, 'expected a weight such as "0.25"')),
        ]),
      )
      .check(z.maxLength(1000)),
  ),
  /** The tornado's centre (default: the scenario's own value when it is one of `values`, else the most likely). */
  base: z.optional(boundSchema),
});

/** One uncertain input: a range or a distribution, told apart by `dist` (absent: a range). */
export const distributionSchema = z.discriminatedUnion('dist', [
  rangeDistributionSchema,
  uniformDistributionSchema,
  triangularDistributionSchema,
  lognormalDistributionSchema,
  discreteDistributionSchema,
]);
export type DistributionInput = z.infer<typeof distributionSchema>;

/**
 * Field path → distribution. Paths are those of `--set` and `--vary`: `workload.requestsPerMonth`
 * (or `requestsPerMonth`), `strategies.rag.topK` (or `rag.topK`), `fine-tune.training.epochs`.
 */
export const uncertaintySchema = z.record(z.string().check(z.maxLength(300)), distributionSchema);
export type UncertaintyInput = z.infer<typeof uncertaintySchema>;
