import type { PriceOrMissing, PriceTable } from './priceTableSchema.js';

/** One price of a table, flattened with its provenance (for listings, snapshots and the CLI). */
export interface PriceRow {
  readonly vendor: string;
  readonly tableDate: string;
  /** What is priced: a model id, `hardware:<id>` or `vectorDb:<plan>`. */
  readonly subject: string;
  /** The field within it, e.g. `inference.input`, `fineTuning.methods.sft-lora.price`. */
  readonly item: string;
  /** USD amount as a decimal string, or `null` when the price is missing (unverified). */
  readonly usd: string | null;
  /** Human unit, e.g. `per 1M token`, `per hour (billed per 60 s)`. */
  readonly unit: string;
  readonly effective: string;
  readonly sourceUrl: string;
  readonly readOn: string;
  readonly confidence: string;
  /** Why the price is missing, when it is. */
  readonly reason?: string;
  /** Where the table came from (CLI): `bundled`, or the file of a `--prices` table. */
  readonly origin?: string;
}

/** The human wording of a price's unit, e.g. `per 1M token`. */
export function describePriceUnit(price: PriceOrMissing): string {
  const per = price.per === undefined || price.per === '1' ? '' : `${price.per} `;
  const unit = price.unit.replace('_', ' ');
  const increment =
    'billingIncrementSeconds' in price && price.billingIncrementSeconds !== undefined
      ? ` (billed per ${price.billingIncrementSeconds} s)`
      : '';
  return `per ${per}${unit}${increment}`;
}

function walk(value: unknown, path: string, visit: (path: string, price: PriceOrMissing) => void): void {
  if (value === null || typeof value !== 'object') return;
  if ('unit' in value && ('usd' in value || 'missing' in value)) {
    visit(path, value as PriceOrMissing);
    return;
  }
  if (Array.isArray(value)) {
    value.forEach((item, i) => {
      const obj = item as { id?: string; method?: string; variant?: string };
      const key =
        obj.id ?? (obj.method ? (obj.variant ? `${obj.method}-${obj.variant}` : obj.method) : String(i));
      walk(item, `${path}.${key}`, visit);
    });
    return;
  }
  for (const [key, child] of Object.entries(value)) {
    if (key === 'id' || key === 'aliases' || key === 'name' || key === 'note') continue;
    walk(child, path === '' ? key : `${path}.${key}`, visit);
  }
}

/**
 * Every price of a table as a flat row with its source, in file order.
 */
export function listPriceRows(table: PriceTable): PriceRow[] {
  const rows: PriceRow[] = [];
  const push = (subject: string, root: unknown) =>
    walk(root, '', (item, price) => {
      const source = price.source !== undefined ? table.sources[price.source] : undefined;
      rows.push({
        vendor: table.vendor,
        tableDate: table.effectiveDate,
        subject,
        item,
        usd: 'usd' in price ? price.usd : null,
        unit: describePriceUnit(price),
        effective: ('effective' in price ? price.effective : undefined) ?? table.effectiveDate,
        sourceUrl: source?.url ?? '',
        readOn: source?.readOn ?? '',
        confidence: source?.confidence ?? '',
        ...('missing' in price ? { reason: price.reason } : {}),
      });
    });
  for (const model of table.models) {
    const { id: _id, name: _name, aliases: _aliases, kind: _kind, note: _note, ...priced } = model;
    push(model.id, priced);
  }
  for (const hw of table.hardware ?? [])
    push(`hardware:${hw.id}`, { price: hw.price, storagePerUnit: hw.storagePerUnit });
  for (const plan of table.vectorDb ?? []) {
    const {
      id: _id,
      name: _name,
      note: _note,
      metering: _metering,
      includedStorageGb: _gb,
      ...priced
    } = plan;
    push(`vectorDb:${plan.id}`, priced);
  }
  return rows;
}
