import type { PriceRow } from '../pricing/listPriceRows.js';
import type { VendorListing } from '../pricing/listVendors.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportDoc } from './reportDoc.js';

/** Price rows as a report: what each price is, in USD per unit, with its sources listed after. */
export function pricesToDoc(rows: readonly PriceRow[], asOf: string | null): ReportDoc {
  // A row without a source (a price the table leaves to the user) adds nothing to the list.
  const sources = [
    ...new Set(
      rows.filter((r) => r.sourceUrl !== '').map((r) => `${r.vendor} ${r.tableDate}: ${r.sourceUrl}`),
    ),
  ];
  return {
    title: `tune-or-rag prices${asOf === null ? ' (tables in effect today)' : ` as of ${asOf}`}`,
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
      ...tableOrigins(rows),
    ],
  };
}

/** Which tables came from the user's `--prices` files, when any did. */
function tableOrigins(rows: readonly PriceRow[]): ReportDoc['blocks'] {
  const own = [
    ...new Set(
      rows
        .filter((r) => r.origin !== undefined && r.origin !== 'bundled')
        .map((r) => `${r.vendor} ${r.tableDate}: ${r.origin}`),
    ),
  ];
  if (own.length === 0) return [];
  return [
    { kind: 'heading', text: 'Your tables (--prices), used instead of the bundled ones' },
    { kind: 'list', items: own },
  ];
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
      'origin',
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
      r.origin ?? 'bundled',
    ]),
  };
}

function tuningStatus(v: VendorListing): string {
  if (!v.fineTuning.offered) {
    return v.fineTuning.endedOn === null ? 'no' : `ended ${v.fineTuning.endedOn}`;
  }
  if (v.bringYourOwnModel) return 'open (own model)';
  const tunable = v.models.filter((m) => m.fineTuning.length > 0);
  if (tunable.some((m) => m.tunable)) return 'open';
  return tunable.length === 0 ? 'no models' : 'closed to new';
}

/** Every lifecycle date of a vendor's models after `date`, soonest first. */
function closingAhead(vendors: readonly VendorListing[], date: string): string[] {
  const out: [string, string][] = [];
  for (const v of vendors) {
    for (const m of v.models) {
      const d = m.dates;
      const successor = d.successor === null ? '' : ` (successor: ${d.successor})`;
      const add = (when: string | null, what: string) => {
        if (when !== null && when > date) out.push([when, `${when}: ${v.id} ${m.id} ${what}`]);
      };
      add(d.availableFrom, 'goes on sale');
      add(d.retiredOn, `retires${successor}`);
      if (m.fineTuning.length > 0) {
        add(
          d.newJobsUntil,
          d.newJobsUntil === d.newJobsUntilForAll
            ? 'takes no new fine-tuning jobs'
            : 'takes no new fine-tuning jobs from new customers',
        );
        if (d.newJobsUntilForAll !== d.newJobsUntil)
          add(d.newJobsUntilForAll, 'takes no new fine-tuning jobs from anyone');
        if (d.servingUntil !== d.retiredOn) add(d.servingUntil, 'stops serving its fine-tunes');
      }
    }
  }
  return out.sort(([a, x], [b, y]) => (a < b ? -1 : a > b ? 1 : x < y ? -1 : 1)).map(([, text]) => text);
}

/** Vendors with their capabilities on a date as a report: what can be bought, and what closes ahead. */
export function vendorsToDoc(
  vendors: readonly VendorListing[],
  asOf: string | null,
  date: string,
): ReportDoc {
  const ahead = closingAhead(vendors, date);
  return {
    title: `tune-or-rag vendors ${asOf === null ? `today (${date})` : `as of ${asOf}`}`,
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
          tuningStatus(v),
          String(v.models.filter((m) => m.kind === 'chat' && m.available).length),
          String(v.models.filter((m) => m.kind === 'embedding' && m.available).length),
          String(v.models.filter((m) => m.kind === 'rerank' && m.available).length),
          v.vectorDbPlans.join(', '),
        ]),
      },
      {
        kind: 'paragraph',
        text: `Models per kind that can be used on ${date}; fine-tuning "open" when a new customer can start a job that day. \`tune-or-rag prices VENDOR\` lists every price with its source.`,
      },
      { kind: 'heading', text: `Closing or opening after ${date}` },
      { kind: 'list', items: ahead.length === 0 ? ['Nothing dated.'] : ahead },
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
      'available',
      'tunable',
      'availableFrom',
      'retiredOn',
      'newJobsUntil',
      'newJobsUntilForAll',
      'servingUntil',
      'successor',
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
        String(m.available),
        String(m.tunable),
        m.dates.availableFrom,
        m.dates.retiredOn,
        m.dates.newJobsUntil,
        m.dates.newJobsUntilForAll,
        m.dates.servingUntil,
        m.dates.successor,
      ]),
    ),
  };
}
