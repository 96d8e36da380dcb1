import { formatExact } from '../_lib/formatExact.js';
import { constant, type Piecewise, staircase } from '../_lib/piecewise.js';
import { D, type Dec, ONE, ZERO } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type { ThroughputUnit } from '../pricing/priceTableSchema.js';
import { type CapacityServing, DEMAND_COPIES } from '../spec/parseServing.js';
import type { RequestTokens } from './lines.js';

/** What one copy of the capacity serves, resolved from the table or the user. */
export interface CopyThroughput {
  /** In `unit`, for one copy (units per copy × the per-unit figure). */
  readonly perCopy: Dec;
  readonly unit: ThroughputUnit;
  readonly outputTokenWeight: Dec;
  readonly cachedInputWeight: Dec;
}

/** What sizing the copies needs: the serving settings, one copy's billed quantity and throughput. */
export interface CopiesContext {
  readonly serving: CapacityServing;
  /** Billed quantity of one copy for the month (unit-hours, CMU-minutes…). */
  readonly perCopy: Dec;
  readonly throughput: CopyThroughput | null;
  /** One request's tokens, as the capacity processes them. */
  readonly tokens: RequestTokens;
  /** Hours a month the requests arrive in (the active hours, not the committed billing hours). */
  readonly activeHours: Dec;
  /** `Together AI 1x H100 80GB`: for the missing-throughput message. */
  readonly optionLabel: string;
  /** A fee on top of per-token prices (Azure hosting): one deployment, never sized from demand. */
  readonly plusTokens: boolean;
}

/** The capacity line's quantity as a function of requests/month, its basis and its ceiling. */
export interface CopySizing {
  readonly quantity: Piecewise;
  readonly basis: string;
  /** The largest monthly volume the copies can serve, or null when no throughput bounds it. */
  readonly maxRequestsPerMonth: Dec | null;
}

/** ⌊a ÷ b⌋ exactly, for a ≥ 0 and b > 0 (the rounded quotient is corrected by one step if needed). */
function floorDiv(a: Dec, b: Dec): Dec {
  let q = a.div(b).floor();
  if (q.plus(1).times(b).lte(a)) q = q.plus(1);
  else if (q.times(b).gt(a)) q = q.minus(1);
  return q;
}

/**
 * The requests one copy serves in a month, as the exact fraction numerator ÷ denominator:
 * throughput × utilisation × active time ÷ (peak factor × tokens per request). `null` when a request
 * costs the capacity nothing (no tokens), so no volume needs a second copy.
 */
function requestsPerCopy(
  ctx: CopiesContext,
  t: CopyThroughput,
): { numerator: Dec; denominator: Dec; tokens: Dec } | null {
  const { serving, tokens: r, activeHours } = ctx;
  const capacity = t.perCopy.times(serving.targetUtilisation);
  if (t.unit === 'requests_per_hour') {
    return { numerator: capacity.times(activeHours), denominator: serving.peakFactor, tokens: ONE };
  }
  const hits = r.prefix.times(r.prefixHitRate);
  const weighted = r.prefix
    .minus(hits)
    .plus(r.uncachedInput)
    .plus(hits.times(t.cachedInputWeight))
    .plus(r.output.times(t.outputTokenWeight));
  if (weighted.isZero()) return null;
  const seconds = activeHours.times(3600);
  // Tokens per minute: a copy serves amount ÷ 60 tokens a second.
  const perSecond = t.unit === 'tokens_per_minute' ? new D(60) : ONE;
  return {
    numerator: capacity.times(seconds),
    denominator: serving.peakFactor.times(weighted).times(perSecond),
    tokens: weighted,
  };
}

/**
 * `height × max(min, ⌈R × denominator ÷ numerator⌉)` up to `max` copies: the step to k + 1 copies
 * starts at the first whole volume above k × numerator ÷ denominator, so a volume exactly at a
 * copy's capacity stays on k copies and one request more takes k + 1.
 */
function demandStaircase(numerator: Dec, denominator: Dec, height: Dec, min: number, max: number): Piecewise {
  const starts: Dec[] = [ZERO];
  const intercepts: Dec[] = [height.times(min)];
  const slopes: Dec[] = [ZERO];
  for (let k = min; k < max; k++) {
    const start = floorDiv(numerator.times(k), denominator).plus(1);
    const last = starts.length - 1;
    // Copies that serve less than one request each: several steps fall on the same volume.
    if (last > 0 && start.lte(starts[last]!)) intercepts[last] = height.times(k + 1);
    else {
      starts.push(start);
      intercepts.push(height.times(k + 1));
      slopes.push(ZERO);
    }
  }
  return { starts, intercepts, slopes };
}

function demandText(ctx: CopiesContext, t: CopyThroughput, tokens: Dec): string {
  const { serving, activeHours } = ctx;
  const peak = serving.peakFactor.eq(1) ? '' : ` × peak ${formatExact(serving.peakFactor)}`;
  const util = ` × utilisation ${formatExact(serving.targetUtilisation)}`;
  if (t.unit === 'requests_per_hour') {
    return `requests/month${peak} ÷ (${formatExact(activeHours)} active h × ${formatExact(t.perCopy)} requests/h per copy${util})`;
  }
  const time =
    t.unit === 'tokens_per_minute'
      ? `${formatExact(activeHours.times(60))} active min × ${formatExact(t.perCopy)} tokens/min`
      : `${formatExact(activeHours.times(3600))} active s × ${formatExact(t.perCopy)} tokens/s`;
  return `requests/month × ${formatExact(tokens)} tokens${peak} ÷ (${time} per copy${util})`;
}

function missingThroughput(ctx: CopiesContext): never {
  const SERVING = ctx.serving.path;
  throw new TuneOrRagError(
    'missing_price',
    `no verified throughput for ${ctx.optionLabel} (the vendor states none for it): copies are sized from demand, so pass \`${SERVING}.throughput\`, what one copy serves (e.g. { amount: "2000", unit: "tokens_per_second" }), or fix the count with \`${SERVING}.copies\``,
    { path: `${SERVING}.throughput` },
  );
}

/**
 * How many copies run at each volume: a fixed count, the legacy `requestsPerCopyPerMonth` staircase,
 * or copies = max(min, ⌈peak demand ÷ (throughput per copy × utilisation)⌉) up to max, where peak
 * demand = requests/month × tokens per request ÷ active seconds × peak factor (docs/formulas.md).
 *
 * @throws `missing_price` at `strategies.fineTune.serving.throughput` when copies must come from
 *   demand and neither the table nor the scenario states a throughput.
 */
export function sizeCopies(ctx: CopiesContext): CopySizing {
  const { serving, perCopy, throughput: t } = ctx;
  const a = serving.autoscale;
  if (a?.requestsPerCopyPerMonth != null) {
    return {
      quantity: staircase(a.requestsPerCopyPerMonth, perCopy, a.minCopies, a.maxCopies),
      basis: `max(${a.minCopies}, ⌈requests/month ÷ ${formatExact(a.requestsPerCopyPerMonth)}⌉) copies (at most ${a.maxCopies})`,
      maxRequestsPerMonth: a.requestsPerCopyPerMonth.times(a.maxCopies),
    };
  }
  // A fixed count; a hosting fee on top of tokens (Azure) is one deployment unless told otherwise.
  if (serving.copies !== null || (a === null && ctx.plusTokens)) {
    const copies = serving.copies ?? 1;
    const per = t === null ? null : requestsPerCopy(ctx, t);
    const ceiling = per === null ? null : floorDiv(per.numerator.times(copies), per.denominator);
    return {
      quantity: constant(perCopy.times(copies)),
      basis: `${copies} cop${copies === 1 ? 'y' : 'ies'}${ceiling === null ? '' : ` (at most ${formatExact(ceiling)} requests/month: ${demandText(ctx, t!, per!.tokens)} ≤ ${copies})`}`,
      maxRequestsPerMonth: ceiling,
    };
  }
  if (t === null) missingThroughput(ctx);
  const per = requestsPerCopy(ctx, t);
  const { minCopies, maxCopies } = a ?? DEMAND_COPIES;
  if (per === null) {
    // A request that uses none of the capacity: the minimum always suffices.
    return {
      quantity: constant(perCopy.times(minCopies)),
      basis: `${minCopies} cop${minCopies === 1 ? 'y' : 'ies'} (a request uses none of the throughput)`,
      maxRequestsPerMonth: null,
    };
  }
  return {
    quantity: demandStaircase(per.numerator, per.denominator, perCopy, minCopies, maxCopies),
    basis: `max(${minCopies}, ⌈${demandText(ctx, t, per.tokens)}⌉) copies (at most ${maxCopies})`,
    maxRequestsPerMonth: floorDiv(per.numerator.times(maxCopies), per.denominator),
  };
}
