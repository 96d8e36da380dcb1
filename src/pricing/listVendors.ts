import { checkDate, checkRegistry } from './checkRegistry.js';
import { type ModelDates, modelDates, todayUtc } from './lifecycleDates.js';
import type { PriceTable, TrainingMethod, TrainingVariant } from './priceTableSchema.js';
import type { PricingRegistry } from './registry.js';

/** One model of a vendor, with what it can do. */
export interface ModelListing {
  readonly id: string;
  readonly aliases: readonly string[];
  readonly kind: 'chat' | 'embedding' | 'rerank';
  /** Fine-tuning methods offered, e.g. `sft/lora`, `dpo/full`, `rft`. */
  readonly fineTuning: readonly `${TrainingMethod}${'' | `/${TrainingVariant}`}`[];
  /** How a tuned model can be served: `per_token` and/or capacity option ids. */
  readonly serving: readonly string[];
  /** `true` when some price of the model is missing (the user must supply it). */
  readonly hasMissingPrices: boolean;
  /** Its lifecycle dates (every end date exclusive: the first day it can no longer be bought). */
  readonly dates: ModelDates;
  /** `true` when the model can be used on the listing's date. */
  readonly available: boolean;
  /** `true` when a new customer can start a fine-tuning job on the listing's date. */
  readonly tunable: boolean;
}

/** A vendor as of a date, with its models and capabilities. */
export interface VendorListing {
  readonly id: string;
  readonly name: string;
  readonly tableDate: string;
  /** Every table date the registry holds for the vendor (its price history). */
  readonly versions: readonly string[];
  readonly fineTuning:
    | { readonly offered: true }
    | { readonly offered: false; readonly reason: string; readonly endedOn: string | null };
  readonly bringYourOwnModel: boolean;
  readonly models: readonly ModelListing[];
  readonly hardware: readonly string[];
  readonly vectorDbPlans: readonly string[];
}

function hasMissing(value: unknown): boolean {
  if (value === null || typeof value !== 'object') return false;
  if ('missing' in value) return true;
  return Object.values(value).some(hasMissing);
}

function listing(
  registry: PricingRegistry,
  table: PriceTable,
  versions: readonly string[],
  date: string,
): VendorListing {
  return {
    id: table.vendor,
    name: table.name,
    tableDate: table.effectiveDate,
    versions,
    fineTuning: table.fineTuning.offered
      ? { offered: true }
      : { offered: false, reason: table.fineTuning.reason, endedOn: table.fineTuning.endedOn ?? null },
    bringYourOwnModel: table.bringYourOwnModel === true,
    models: table.models.map((m) => {
      const dates = modelDates(registry, table.vendor, m.id);
      const available =
        (dates.availableFrom === null || dates.availableFrom <= date) &&
        (dates.retiredOn === null || date < dates.retiredOn);
      const tunable =
        table.fineTuning.offered &&
        m.fineTuning !== undefined &&
        (dates.availableFrom === null || dates.availableFrom <= date) &&
        (dates.newJobsUntil === null || date < dates.newJobsUntil);
      return {
        id: m.id,
        aliases: m.aliases ?? [],
        kind: m.kind,
        fineTuning: (m.fineTuning?.methods ?? []).map(
          (o) => (o.variant ? `${o.method}/${o.variant}` : o.method) as ModelListing['fineTuning'][number],
        ),
        serving: m.fineTuning
          ? [
              ...(m.fineTuning.tunedInference ? ['per_token'] : []),
              ...(m.fineTuning.capacity ?? []).map((c) => c.id),
              ...(m.fineTuning.dedicatedHardware ? (table.hardware ?? []).map((h) => h.id) : []),
            ]
          : [],
        hasMissingPrices: hasMissing(m),
        dates,
        available,
        tunable,
      };
    }),
    hardware: (table.hardware ?? []).map((h) => h.id),
    vectorDbPlans: (table.vectorDb ?? []).map((p) => p.id),
  };
}

/**
 * Every vendor with its models and what it offers, from the table in effect on `asOf` (default:
 * the newest); vendors whose first table is after `asOf` are left out. Its arguments are checked
 * here, so every entry (the main one and `tune-or-rag/pricing`) exports the same function.
 *
 * @throws {@link TuneOrRagError} `invalid_input` at `registry` or `asOf`.
 * @category Pricing
 */
export function listVendors(registry: PricingRegistry, asOf?: string): VendorListing[] {
  const registryChecked = checkRegistry(registry, 'registry');
  return listVendorsOf(registryChecked, asOf === undefined ? undefined : checkDate(asOf, 'asOf'));
}

/**
 * Every vendor of a registry with its models and capabilities (fine-tuning methods, serving modes,
 * embeddings, rerank), from the table in effect on `asOf` (default: today, UTC), with each model's
 * lifecycle dates and whether it can be used, and tuned by a new customer, on that date. Vendors
 * whose first table is after `asOf` are left out.
 */
function listVendorsOf(registry: PricingRegistry, asOf?: string): VendorListing[] {
  const date = asOf ?? todayUtc();
  const out: VendorListing[] = [];
  for (const [, tables] of [...registry.vendors].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const eligible = tables.filter((t) => t.effectiveDate <= date);
    const table = eligible[eligible.length - 1];
    if (table !== undefined)
      out.push(
        listing(
          registry,
          table,
          tables.map((t) => t.effectiveDate),
          date,
        ),
      );
  }
  return out;
}
