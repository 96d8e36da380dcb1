import type { Currency } from '../_lib/currency.js';
import type { ProjectedCharge } from '../analysis/projectCharges.js';
import type { Dec } from '../decimal.js';
import type { ProjectChargesReport } from '../projectChargesWith.js';
import type { ProfiledRun } from './profiledRun.js';
import type { CsvTable } from './renderCsv.js';

// FOCUS 1.2 (FinOps Open Cost and Usage Specification), https://focus.finops.org: the columns this
// export fills, in the spec's alphabetical order, then our `x_` columns. docs/focus.md says which
// value each one gets and why; test/report/focusReport.test.ts checks the spec's rules.

/** The FOCUS 1.2 columns of the export, alphabetical as in the spec. */
export const FOCUS_COLUMNS = [
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargeFrequency',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ContractedCost',
  'ContractedUnitPrice',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'ListUnitPrice',
  'PricingCategory',
  'PricingCurrency',
  'PricingCurrencyContractedUnitPrice',
  'PricingCurrencyEffectiveCost',
  'PricingCurrencyListUnitPrice',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
  'ServiceSubcategory',
  'SkuId',
  'SkuPriceId',
] as const;

/** Our custom columns: the projection, where each number comes from, and the exchange rate. */
export const FOCUS_CUSTOM_COLUMNS = [
  'x_Projected',
  'x_ScenarioName',
  'x_Profile',
  'x_Strategy',
  'x_StrategyLabel',
  'x_LineId',
  'x_HorizonMonth',
  'x_RequestsPerMonth',
  'x_PriceTableVersion',
  'x_PricingDataVersion',
  'x_PriceSource',
  'x_PriceReadOn',
  'x_PriceConfidence',
  'x_ExchangeRate',
  'x_ExchangeRateDate',
  'x_ExchangeRateSource',
] as const;

export type FocusColumn = (typeof FOCUS_COLUMNS)[number] | (typeof FOCUS_CUSTOM_COLUMNS)[number];

/** One FOCUS row: every column, a string or `null` (an empty CSV cell). */
export type FocusRow = Readonly<Record<FocusColumn, string | null>>;

/** `2026-11-30` → `2026-11-30T00:00:00Z` (FOCUS: ISO 8601, UTC). */
function utc(date: string): string {
  return `${date}T00:00:00Z`;
}

/** FOCUS numeric format: a plain decimal, no exponent, no trailing zeros. */
function plain(value: Dec): string {
  return value.isZero() ? '0' : value.toFixed();
}

/** `training tokens` → `Tokens`, `GB-months` → `GB-Months`, `read units` → `Read Units` (FOCUS unit format). */
export function focusUnit(quantityUnit: string): string {
  if (quantityUnit === 'training tokens') return 'Tokens';
  // `<hardware name> hours` (copies × hours of a named machine): the machine is in SkuId; the unit is time.
  const time = /\s(hour|minute|second|day|month)s$/.exec(quantityUnit);
  if (time) return `${time[1]!.charAt(0).toUpperCase()}${time[1]!.slice(1)}s`;
  return quantityUnit.replace(/(^|[\s-])([a-z])/g, (_, sep: string, ch: string) => sep + ch.toUpperCase());
}

function serviceOf(c: ProjectedCharge): { category: string; subcategory: string } {
  if (c.lineId.includes('.vectorDb.')) return { category: 'Databases', subcategory: 'Other (Databases)' };
  if (/\.training(\.|$)/.test(c.lineId)) {
    return { category: 'AI and Machine Learning', subcategory: 'Machine Learning' };
  }
  return { category: 'AI and Machine Learning', subcategory: 'Generative AI' };
}

function frequencyOf(c: ProjectedCharge): 'One-Time' | 'Recurring' | 'Usage-Based' {
  // The spec's SaaS example (spend agreements, scenario A2) bills a minimum-spend shortfall as a
  // One-Time Usage row of its own.
  if (c.lineId.endsWith('minimumTopUp') || c.lineId.endsWith('.minimum')) return 'One-Time';
  if (c.timing === 'one_time') return 'One-Time';
  return c.timing === 'monthly_fixed' ? 'Recurring' : 'Usage-Based';
}

/** The FOCUS rows of one run: one per line item per month, amounts converted once at the rate. */
export function toFocusRows(report: ProjectChargesReport, profile: string | null = null): FocusRow[] {
  const fx: Currency = report.currency;
  return report.charges.map((c): FocusRow => {
    const unitPrice = c.unitPriceUsd.times(fx.rate);
    const cost = c.costUsd.times(fx.rate);
    const p = c.price;
    const service = serviceOf(c);
    const sku = p === null ? `tune-or-rag/derived/${c.lineId}` : `${p.vendor}/${p.subject}/${p.item}`;
    return {
      BilledCost: plain(cost),
      BillingAccountId: `tune-or-rag-projection/${c.vendor}`,
      BillingAccountName: `Projection: ${report.run.scenarioName}`,
      BillingCurrency: fx.code,
      BillingPeriodEnd: utc(c.periodEnd),
      BillingPeriodStart: utc(c.periodStart),
      ChargeCategory: c.costUsd.isNeg() ? 'Credit' : 'Usage',
      ChargeClass: null,
      ChargeDescription: c.label,
      ChargeFrequency: frequencyOf(c),
      ChargePeriodEnd: utc(c.periodEnd),
      ChargePeriodStart: utc(c.periodStart),
      ContractedCost: plain(cost),
      ContractedUnitPrice: plain(unitPrice),
      EffectiveCost: plain(cost),
      InvoiceIssuerName: c.vendorName,
      ListCost: plain(cost),
      ListUnitPrice: plain(unitPrice),
      PricingCategory: 'Standard',
      PricingCurrency: 'USD',
      PricingCurrencyContractedUnitPrice: plain(c.unitPriceUsd),
      PricingCurrencyEffectiveCost: plain(c.costUsd),
      PricingCurrencyListUnitPrice: plain(c.unitPriceUsd),
      PricingQuantity: plain(c.quantity),
      PricingUnit: focusUnit(c.quantityUnit),
      ProviderName: c.vendorName,
      PublisherName: c.vendorName,
      ServiceCategory: service.category,
      ServiceName: c.vendorName,
      ServiceSubcategory: service.subcategory,
      SkuId: sku,
      SkuPriceId: p === null ? sku : `${sku}@${p.tableDate}`,
      x_Projected: 'true',
      x_ScenarioName: report.run.scenarioName,
      x_Profile: profile,
      x_Strategy: c.strategy,
      x_StrategyLabel: c.strategyLabel,
      x_LineId: c.lineId,
      x_HorizonMonth: String(c.month),
      x_RequestsPerMonth: plain(c.requestsPerMonth),
      x_PriceTableVersion: p === null ? null : p.tableDate,
      x_PricingDataVersion: report.run.pricingDataVersion,
      x_PriceSource:
        p === null
          ? 'derived from the priced lines of the same strategy'
          : p.overridden
            ? 'user'
            : p.sourceUrl || null,
      x_PriceReadOn: p === null || p.readOn === '' ? null : p.readOn,
      x_PriceConfidence: p === null ? null : p.confidence,
      x_ExchangeRate: plain(fx.rate),
      x_ExchangeRateDate: fx.date === null ? null : utc(fx.date),
      x_ExchangeRateSource: fx.source === 'user' ? 'user' : null,
    };
  });
}

/** The FOCUS file as CSV: FOCUS columns first, then the `x_` columns; every profile's rows. */
export function focusToCsv(runs: readonly ProfiledRun<ProjectChargesReport>[]): CsvTable {
  const header = [...FOCUS_COLUMNS, ...FOCUS_CUSTOM_COLUMNS];
  return {
    header,
    rows: runs.flatMap(({ profile, result }) =>
      toFocusRows(result, profile).map((row) => header.map((column) => row[column])),
    ),
  };
}
