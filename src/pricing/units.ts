import { D, type Dec } from '../decimal.js';
import type { Per, PriceUnit } from './priceTableSchema.js';

export { TIME_UNITS, UNIT_WORDS } from './unitWords.js';

/*
 * Pricing units in one place: which units bill time, how many seconds each holds, the `per`
 * multipliers, the words a report uses, and how billed time is rounded up to an increment. The
 * table checks, the model and the reports import them from here.
 */

/** Seconds in one time unit. */
export const SECONDS_PER: Readonly<Partial<Record<PriceUnit, Dec>>> = {
  second: /* @__PURE__ */ new D(1),
  minute: /* @__PURE__ */ new D(60),
  hour: /* @__PURE__ */ new D(3600),
};

/** The quantity a quoted amount is for: per 1, per 1K, per 1M units. */
export const PER_FACTOR: Readonly<Record<Per, Dec>> = {
  '1': /* @__PURE__ */ new D(1),
  '1K': /* @__PURE__ */ new D(1000),
  '1M': /* @__PURE__ */ new D(1_000_000),
};

/** Rounds `seconds` up to a whole number of billing `increment`s (none: as is). */
export function billedSeconds(seconds: Dec, increment: number | undefined): Dec {
  if (increment === undefined) return seconds;
  const inc = new D(increment);
  return seconds.div(inc).ceil().times(inc);
}
