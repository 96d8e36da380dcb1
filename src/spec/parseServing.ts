import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { ThroughputUnit } from '../pricing/priceTableSchema.js';
import {
  autoscaleDefaults,
  type CountInput,
  type QuantityInput,
  type RateInput,
  type ServingInput,
  servingDefaults,
  servingThroughputDefaults,
} from './fields.js';

/** What one copy (or one billed unit) of capacity serves, as the user states it. */
export interface ServingThroughput {
  readonly amount: Dec;
  readonly unit: ThroughputUnit;
  readonly per: 'copy' | 'unit';
  /** One output token counts as this many tokens (default 1). */
  readonly outputTokenWeight: Dec;
  /** One cached input token counts as this many tokens (default 1). */
  readonly cachedInputWeight: Dec;
}

/** Capacity serving after parsing: every default filled in. */
export interface CapacityServing {
  readonly mode: 'capacity';
  /** Where it is written (`strategies.fineTune.serving`, `candidates.x.serving`), for errors. */
  readonly path: string;
  readonly vendor: string | null;
  readonly model: string | null;
  readonly option: string;
  readonly unitsPerCopy: number | null;
  /** A fixed number of copies, or null: sized from demand (within `autoscale`, or 1 to 100). */
  readonly copies: number | null;
  readonly autoscale: {
    /** null: sized from the throughput. */
    readonly requestsPerCopyPerMonth: Dec | null;
    readonly minCopies: number;
    readonly maxCopies: number;
  } | null;
  /** null: the capacity option's throughput from the price table. */
  readonly throughput: ServingThroughput | null;
  /** Peak ÷ average demand, at least 1. */
  readonly peakFactor: Dec;
  /** Share of a copy's throughput used at peak, in (0, 1]. */
  readonly targetUtilisation: Dec;
  readonly activeHoursPerMonth: Dec | null;
  readonly sessionsPerMonth: Dec;
}

const MAX_COPIES = 10_000;

/** The defaults of demand-sized capacity (docs/formulas.md, "Copies from demand"). */
export const DEMAND_COPIES = { minCopies: 1, maxCopies: 100 } as const;

const num = (value: CountInput | QuantityInput | RateInput): Dec => new D(String(value));

function smallInt(value: CountInput, path: string, max: number): number {
  const n = Number(value);
  if (!Number.isSafeInteger(n) || n > max) {
    throw new TuneOrRagError('invalid_input', `expected a whole number up to ${max}`, { path });
  }
  return n;
}

function parseThroughput(
  t: NonNullable<Extract<ServingInput, { mode: 'capacity' }>['throughput']>,
  base: string,
): ServingThroughput {
  const amount = num(t.amount);
  if (amount.isZero()) {
    throw new TuneOrRagError('invalid_input', 'a throughput must be more than 0', {
      path: `${base}.throughput.amount`,
    });
  }
  return {
    amount,
    unit: t.unit,
    per: t.per ?? servingThroughputDefaults.per,
    outputTokenWeight: num(t.outputTokenWeight ?? servingThroughputDefaults.outputTokenWeight),
    cachedInputWeight: num(t.cachedInputWeight ?? servingThroughputDefaults.cachedInputWeight),
  };
}

/**
 * Validates capacity serving (`strategies.fineTune.serving` with `mode: capacity`) and fills its
 * defaults: copies sized from demand unless fixed, peak factor 1, utilisation 1, one session.
 */
export function parseCapacityServing(
  c: Extract<ServingInput, { mode: 'capacity' }>,
  base: string,
  hoursPerMonth: Dec,
): CapacityServing {
  if (c.autoscale && c.copies !== undefined) {
    throw new TuneOrRagError('invalid_input', 'give either a fixed `copies` or `autoscale`, not both', {
      path: `${base}.copies`,
    });
  }
  let autoscale: CapacityServing['autoscale'] = null;
  if (c.autoscale) {
    const maxCopies = smallInt(c.autoscale.maxCopies, `${base}.autoscale.maxCopies`, MAX_COPIES);
    const minCopies = smallInt(
      c.autoscale.minCopies ?? autoscaleDefaults.minCopies,
      `${base}.autoscale.minCopies`,
      MAX_COPIES,
    );
    if (minCopies > maxCopies) {
      throw new TuneOrRagError('invalid_input', 'minCopies cannot exceed maxCopies', {
        path: `${base}.autoscale.minCopies`,
      });
    }
    const perCopy = c.autoscale.requestsPerCopyPerMonth;
    if (perCopy !== undefined && c.throughput !== undefined) {
      throw new TuneOrRagError(
        'invalid_input',
        'give either `autoscale.requestsPerCopyPerMonth` or `throughput`, not both',
        { path: `${base}.throughput` },
      );
    }
    autoscale = {
      requestsPerCopyPerMonth: perCopy === undefined ? null : num(perCopy),
      minCopies,
      maxCopies,
    };
  }
  const active = c.activeHoursPerMonth === undefined ? null : num(c.activeHoursPerMonth);
  if (active?.gt(hoursPerMonth)) {
    throw new TuneOrRagError('invalid_input', `cannot exceed the month's ${hoursPerMonth.toString()} hours`, {
      path: `${base}.activeHoursPerMonth`,
    });
  }
  const peakFactor = num(c.peakFactor ?? servingDefaults.peakFactor);
  if (peakFactor.lt(1)) {
    throw new TuneOrRagError('invalid_input', 'the peak is at least the average: expected 1 or more', {
      path: `${base}.peakFactor`,
    });
  }
  const targetUtilisation = num(c.targetUtilisation ?? servingDefaults.targetUtilisation);
  if (targetUtilisation.isZero()) {
    throw new TuneOrRagError('invalid_input', 'expected a share of the throughput above 0 and at most 1', {
      path: `${base}.targetUtilisation`,
    });
  }
  return {
    mode: 'capacity',
    path: base,
    vendor: c.vendor ?? null,
    model: c.model ?? null,
    option: c.option,
    unitsPerCopy:
      c.unitsPerCopy === undefined ? null : smallInt(c.unitsPerCopy, `${base}.unitsPerCopy`, MAX_COPIES),
    copies: c.copies === undefined ? null : smallInt(c.copies, `${base}.copies`, MAX_COPIES),
    autoscale,
    throughput: c.throughput === undefined ? null : parseThroughput(c.throughput, base),
    peakFactor,
    targetUtilisation,
    activeHoursPerMonth: active,
    sessionsPerMonth: num(c.sessionsPerMonth ?? servingDefaults.sessionsPerMonth),
  };
}
