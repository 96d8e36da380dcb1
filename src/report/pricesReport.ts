import type { PriceRow } from '../pricing/listPriceRows.js';
import type { VendorListing } from '../pricing/listVendors.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportDoc } from './reportDoc.js';

/** Price rows as a report: what each price is, in USD per unit, with its sources listed after. */
export function pricesToDoc(rows: readonly PriceRow[], asOf: string | null): ReportDoc {
  const sources = [...new Set(rows.map((r) => `${r.vendor} ${r.tableDate}: ${r.sourceUrl}`))];
  return {
    title: `tune-or-rag prices${asOf === null ? ' (newest tables)' : ` as of ${asOf}`}`,
    blocks: [
      {
        kind: 'table',
        columns: [col('Vendor'), col('Table'), col('Subject'), col('Item'), num('USD'), col('Unit')],
        rows: rows.map((r) => [r.vendor, r.tableDate, r.subject, r.item, r.usd ?? 'missing', r.unit]),
      },
      {
        kind: 'paragraph',
        text: `${rows.length} prices. USD per unit as quoted by the vendor; "missing" means no verified list price: pass it in the scenario's \`prices\`.`,
      },
      { kind: 'heading', text: 'Sources' },
      { kind: 'list', items: sources },
    ],
  };
}

/** One CSV row per price, with its source, read-on date and confidence. */
export function pricesToCsv(rows: readonly PriceRow[]): CsvTable {
  return {
    header: [
      'vendor',
      'tableDate',
      'subject',
      'item',
      'usd',
      'unit',
      'effective',
      'sourceUrl',
      'readOn',
      'confidence',
      'missingReason',
    ],
    rows: rows.map((r) => [
      r.vendor,
      r.tableDate,
      r.subject,
      r.item,
      r.usd,
      r.unit,
      r.effective,
      r.sourceUrl,
      r.readOn,
      r.confidence,
      r.reason ?? null,
    ]),
  };
}

/** Vendors with their capabilities as a report. */
export function vendorsToDoc(vendors: readonly VendorListing[], asOf: string | null): ReportDoc {
  return {
    title: `tune-or-rag vendors${asOf === null ? ' (newest tables)' : ` as of ${asOf}`}`,
    blocks: [
      {
        kind: 'table',
        columns: [
          col('Vendor'),
          col('Name'),
          col('Table'),
          num('Versions'),
          col('Fine-tuning'),
          num('Chat'),
          num('Embed'),
          num('Rerank'),
          col('Vector DB plans', true),
        ],
        rows: vendors.map((v) => [
          v.id,
          v.name,
          v.tableDate,
          String(v.versions.length),
          v.fineTuning.offered ? 'yes' : 'no',
          String(v.models.filter((m) => m.kind === 'chat').length),
          String(v.models.filter((m) => m.kind === 'embedding').length),
          String(v.models.filter((m) => m.kind === 'rerank').length),
          v.vectorDbPlans.join(', '),
        ]),
      },
      {
        kind: 'paragraph',
        text: 'Models per kind; `tune-or-rag prices VENDOR` lists every price with its source.',
      },
    ],
  };
}

/** One CSV row per vendor model. */
export function vendorsToCsv(vendors: readonly VendorListing[]): CsvTable {
  return {
    header: [
      'vendor',
      'name',
      'tableDate',
      'versions',
      'fineTuningOffered',
      'model',
      'kind',
      'aliases',
      'fineTuningMethods',
      'serving',
      'hasMissingPrices',
    ],
    rows: vendors.flatMap((v) =>
      v.models.map((m) => [
        v.id,
        v.name,
        v.tableDate,
        v.versions.join(';'),
        String(v.fineTuning.offered),
        m.id,
        m.kind,
        m.aliases.join(';'),
        m.fineTuning.join(';'),
        m.serving.join(';'),
        String(m.hasMissingPrices),
      ]),
    ),
  };
}
