import type { ModelEntry, ModelKind, PriceTable } from './priceTableSchema.js';
import type { PricingRegistry } from './registry.js';

/*
 * Lifecycle dates across a vendor's tables. Dates are facts about the calendar, so the newest table
 * that states an offering's dates speaks for every as-of date, whichever table prices it.
 */

/** The vendor's tables, newest first. */
export function newestFirst(registry: PricingRegistry, vendor: string): readonly PriceTable[] {
  return [...(registry.vendors.get(vendor) ?? [])].reverse();
}

export function byId(table: PriceTable, id: string, kind?: ModelKind): ModelEntry | undefined {
  return table.models.find(
    (m) => (m.id === id || m.aliases?.includes(id) === true) && (kind === undefined || m.kind === kind),
  );
}

/**
 * The newest statement of something's lifecycle across all of a vendor's tables: lifecycle dates are
 * facts about the calendar, so a later table's dates apply to an as-of date an older table prices.
 */
export function newestLifecycle<TLife>(
  registry: PricingRegistry,
  vendor: string,
  get: (table: PriceTable) => TLife | undefined,
): { life: TLife; table: PriceTable } | null {
  for (const table of newestFirst(registry, vendor)) {
    const life = get(table);
    if (life !== undefined) return { life, table };
  }
  return null;
}

/** `date` plus `months` calendar months (the day clamped to the month's length), as `YYYY-MM-DD`. */
export function addMonths(date: string, months: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = Math.min(d, last);
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/** Today's date in UTC, the evaluation date of a scenario without `asOf`. */
export function todayUtc(): string {
  return new Date().toISOString().slice(0, 10);
}

/** A model's lifecycle dates, merged across a vendor's tables (newest statement wins). */
export interface ModelDates {
  readonly availableFrom: string | null;
  readonly retiredOn: string | null;
  /** The earliest day new fine-tuning jobs are refused, for a new customer (the earliest stage). */
  readonly newJobsUntil: string | null;
  /** The day new jobs end for every account, when staged closures make it later. */
  readonly newJobsUntilForAll: string | null;
  readonly servingUntil: string | null;
  readonly successor: string | null;
}

function earliest(...dates: (string | undefined | null)[]): string | null {
  let out: string | null = null;
  for (const d of dates) if (d != null && (out === null || d < out)) out = d;
  return out;
}

/** The lifecycle dates of one model at a vendor, for listings and pickers. */
export function modelDates(registry: PricingRegistry, vendor: string, id: string): ModelDates {
  const life = newestLifecycle(registry, vendor, (t) => byId(t, id)?.lifecycle)?.life;
  const tuning = newestLifecycle(registry, vendor, (t) => byId(t, id)?.fineTuning?.lifecycle)?.life;
  const vendorTuning = newestLifecycle(registry, vendor, (t) =>
    t.fineTuning.offered ? t.fineTuning.lifecycle : undefined,
  )?.life;
  const stages = [...(tuning?.stages ?? []), ...(vendorTuning?.stages ?? [])].map((s) => s.newJobsUntil);
  const forAll = earliest(
    tuning?.newJobsUntil,
    vendorTuning?.newJobsUntil,
    tuning?.newJobsUntil === undefined && tuning?.stages === undefined ? life?.retiredOn : null,
  );
  return {
    availableFrom: life?.availableFrom ?? null,
    retiredOn: life?.retiredOn ?? null,
    newJobsUntil: earliest(forAll, ...stages),
    newJobsUntilForAll: forAll,
    servingUntil: tuning?.servingUntil ?? vendorTuning?.servingUntil ?? life?.retiredOn ?? null,
    successor: life?.successor ?? tuning?.successor ?? null,
  };
}
