import * as z from 'zod/mini';

/** Characters in one decimal of a saved run (we write at most 40 significant digits, 1e-40 to 1e60). */
export const SAVED_DECIMAL_CHARS = 200;

// The length first: a limit named as a limit, and no regular expression over a million digits.
const savedDecimalSchema = z
  .string()
  .check(
    z.maxLength(SAVED_DECIMAL_CHARS, `a number with more than ${SAVED_DECIMAL_CHARS} characters`),
    z.regex(/^-?\d+(\.\d+)?$/),
  );

/** A line item of a saved compare/explain run (the fields a diff reads). */
export const savedLineSchema = z.object({
  id: z.string(),
  label: z.string(),
  monthlyAmount: savedDecimalSchema,
});
export type SavedLine = z.output<typeof savedLineSchema>;

export const savedStrategySchema = z.object({
  strategy: z.string(),
  label: z.string(),
  monthlyTotal: savedDecimalSchema,
  lines: z.array(savedLineSchema),
});
export type SavedStrategy = z.output<typeof savedStrategySchema>;

export const savedCrossoverSchema = z.object({ requestsPerMonth: savedDecimalSchema });
export type SavedCrossover = z.output<typeof savedCrossoverSchema>;

export const savedBreakevenSchema = z.object({
  kind: z.string(),
  between: z.array(z.string()),
  cheaper: z.optional(z.string()),
  crossovers: z.optional(z.array(savedCrossoverSchema)),
});
export type SavedBreakeven = z.output<typeof savedBreakevenSchema>;

/** One profile's run, as `compare --format json` writes it: the fields `diff` reads, checked. */
export const savedRunSchema = z.object({
  profile: z.nullable(z.string()),
  run: z.object({
    scenarioName: z.string(),
    asOf: z.nullable(z.string()),
    requestsPerMonth: savedDecimalSchema,
    pricingDataVersion: z.string(),
    /** Absent in runs saved before 2026-11-30. */
    pricingContentHash: z.optional(z.string()),
    tables: z.record(z.string(), z.string()),
  }),
  scenario: z.optional(z.unknown()),
  strategies: z.array(savedStrategySchema),
  cheapest: z.string(),
  breakevens: z.array(savedBreakevenSchema),
});
export type SavedRun = z.output<typeof savedRunSchema>;

/**
 * A file written by `compare --format json` (or `explain`), the one declaration of its shape: the
 * CLI parses with it and `diffRuns` reads the types inferred from it. Other fields are ignored.
 */
export const savedRunFileSchema = z.object({
  schemaVersion: z.literal(1),
  command: z.enum(['compare', 'explain']),
  runs: z.array(savedRunSchema),
});
export type SavedRunFile = z.output<typeof savedRunFileSchema>;
