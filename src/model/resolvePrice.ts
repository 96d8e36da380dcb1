import { didYouMeanText } from '../_lib/didYouMean.js';
import { singular } from '../_lib/singular.js';
import { D, type Dec } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';
import type {
  ModelEntry,
  ModelKind,
  Per,
  PriceOrMissing,
  PriceTable,
  PriceUnit,
  SourceEntry,
} from '../pricing/priceTableSchema.js';
import { PER_FACTOR, UNIT_WORDS } from '../pricing/units.js';
import type { PriceOverrides } from '../spec/specs.js';
import type { PriceRef } from './types.js';

/** Seconds in one time unit (from the units module; kept here for the builders that import it). */
export { SECONDS_PER } from '../pricing/units.js';

/** USD per one unit (the quoted amount divided by its `per`). */
export function unitPrice(ref: PriceRef): Dec {
  return ref.per === '1' ? ref.usd : ref.usd.div(PER_FACTOR[ref.per]);
}

// Parsed amounts of table entries, so a table's decimal strings are parsed once per process.
const parsedAmounts = /* @__PURE__ */ new WeakMap<object, Dec>();

function amountOf(entry: { readonly usd: string }): Dec {
  let value = parsedAmounts.get(entry);
  if (value === undefined) {
    value = new D(entry.usd);
    parsedAmounts.set(entry, value);
  }
  return value;
}

/** `$0.40 per 1M tokens`, `$100 per hour (billed per 1 s)`, `$0.30 × 0.5 per 1M tokens (flex × 0.5)`. */
export function describePrice(ref: PriceRef, factor?: Dec, modifier?: string): string {
  const per = ref.per === '1' ? '' : `${ref.per} `;
  const unit = ref.per === '1' ? singular(UNIT_WORDS[ref.unit]) : UNIT_WORDS[ref.unit];
  const inc = ref.billingIncrementSeconds ? ` (billed per ${ref.billingIncrementSeconds} s)` : '';
  const adj = factor ? ` × ${factor.toString()}` : '';
  const named = modifier ? ` (${modifier})` : '';
  return `$${ref.usd.toFixed()}${adj} per ${per}${unit}${inc}${named}`;
}

/** What a lookup needs to build a {@link PriceRef} or an instructive error. */
export interface PriceContext {
  readonly table: PriceTable;
  readonly subject: string;
  /** Scenario path where the user can pass this price (`strategies.fineTune.prices.training`). */
  readonly overridePath: string;
  readonly overrides: PriceOverrides;
}

/**
 * Resolves one price: the user's override if given, else the table's entry. A missing entry (not
 * verified, or not in the table) is a `missing_price` error that says which field to pass and in
 * which unit.
 *
 * @param key - The override key (`training`, `input`, ...).
 * @param item - The table field, for provenance (`fineTuning.methods.sft.price`).
 * @param fallbackUnit - The unit to state when the table has no entry at all.
 */
export function resolvePrice(
  ctx: PriceContext,
  key: string,
  item: string,
  entry: PriceOrMissing | undefined,
  fallbackUnit: { unit: PriceUnit; per: Per },
): PriceRef {
  const { table } = ctx;
  const override = ctx.overrides[key];
  const unit = entry?.unit ?? fallbackUnit.unit;
  const per = entry?.per ?? (entry ? '1' : fallbackUnit.per);
  const increment = entry && 'billingIncrementSeconds' in entry ? entry.billingIncrementSeconds : undefined;
  if (override !== undefined) {
    return priceRef(ctx, item, override, per, unit, table.effectiveDate, undefined, increment, true);
  }
  if (entry === undefined || 'missing' in entry) {
    const what = `${table.name} ${ctx.subject} ${item}`;
    const why = entry && 'missing' in entry ? ` (${entry.reason})` : ' (the table has no such price)';
    throw new TuneOrRagError(
      'missing_price',
      `no verified list price for ${what}${why}: pass it as \`${ctx.overridePath}.${key}\`, in USD per ${per === '1' ? singular(UNIT_WORDS[unit]) : `${per} ${UNIT_WORDS[unit]}`}`,
      { path: `${ctx.overridePath}.${key}` },
    );
  }
  const source = entry.source === undefined ? undefined : table.sources[entry.source];
  const effective = entry.effective ?? table.effectiveDate;
  const ref = priceRef(ctx, item, amountOf(entry), per, unit, effective, source, increment, false);
  if (entry.until === undefined && entry.promotion !== true) return ref;
  return {
    ...ref,
    ...(entry.until === undefined ? {} : { until: entry.until }),
    ...(entry.promotion === true ? { promotion: true } : {}),
  };
}

// One object literal for every PriceRef, so they all share one shape (spreads made them slower).
function priceRef(
  ctx: PriceContext,
  item: string,
  usd: Dec,
  per: Per,
  unit: PriceUnit,
  effective: string,
  source: SourceEntry | undefined,
  increment: number | undefined,
  overridden: boolean,
): PriceRef {
  const ref: { -readonly [K in keyof PriceRef]: PriceRef[K] } = {
    vendor: ctx.table.vendor,
    vendorName: ctx.table.name,
    tableDate: ctx.table.effectiveDate,
    subject: ctx.subject,
    item,
    usd,
    per,
    unit,
    effective,
    sourceUrl: source?.url ?? '',
    readOn: source?.readOn ?? '',
    confidence: overridden ? 'user' : (source?.confidence ?? 'third-party'),
    overridden,
  };
  if (increment !== undefined) ref.billingIncrementSeconds = increment;
  return ref;
}

/** Throws `unit_mismatch` unless the price is in one of `units`. */
export function requireUnit(ref: PriceRef, units: readonly PriceUnit[], path: string, hint: string): void {
  if (!units.includes(ref.unit)) {
    throw new TuneOrRagError(
      'unit_mismatch',
      `${ref.vendorName} ${ref.subject} ${ref.item} is priced per ${singular(UNIT_WORDS[ref.unit])}, but ${hint}`,
      { path },
    );
  }
}

/**
 * Finds a model by id or alias.
 *
 * @throws `unknown_model` listing the vendor's models of that kind.
 */
export function findModel(table: PriceTable, id: string, kind: ModelKind, path: string): ModelEntry {
  const model = table.models.find((m) => m.id === id || m.aliases?.includes(id));
  if (model !== undefined && model.kind === kind) return model;
  const known = table.models
    .filter((m) => m.kind === kind)
    .map((m) => m.id)
    .join(', ');
  const suffix =
    known === '' ? `${table.name} has no ${kind} models` : `${kind} models at ${table.name}: ${known}`;
  const prefix =
    model !== undefined
      ? `"${id}" is a ${model.kind} model, not ${/^[aeiou]/.test(kind) ? 'an' : 'a'} ${kind} model`
      : `unknown model "${id}" at ${table.name}.${didYouMeanText(
          id,
          table.models.filter((m) => m.kind === kind).flatMap((m) => [m.id, ...(m.aliases ?? [])]),
        )}`;
  const sentence =
    model === undefined ? ` ${suffix.charAt(0).toUpperCase()}${suffix.slice(1)}` : `; ${suffix}`;
  throw new TuneOrRagError('unknown_model', `${prefix}${sentence}`, { path });
}
