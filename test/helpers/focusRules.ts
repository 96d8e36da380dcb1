import Decimal from 'decimal.js';

// The FOCUS 1.2 rules the export must meet, written from the spec's column pages
// (FinOps-Open-Cost-and-Usage-Spec/FOCUS_Spec, tag v1.2, specification/columns/*.md and attributes/).
// Checked with a wide Decimal so that "unit price × quantity = cost" is tested exactly.
const Big = Decimal.clone({ precision: 200 });

/** Mandatory in 1.2 ("Feature level: Mandatory"). */
export const MANDATORY = [
  'BilledCost',
  'BillingAccountId',
  'BillingAccountName',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeClass',
  'ChargeDescription',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'PricingQuantity',
  'PricingUnit',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
];

/** "Allows nulls: False". */
const NOT_NULL = [
  'BilledCost',
  'BillingAccountId',
  'BillingCurrency',
  'BillingPeriodEnd',
  'BillingPeriodStart',
  'ChargeCategory',
  'ChargeFrequency',
  'ChargePeriodEnd',
  'ChargePeriodStart',
  'ContractedCost',
  'EffectiveCost',
  'InvoiceIssuerName',
  'ListCost',
  'ProviderName',
  'PublisherName',
  'ServiceCategory',
  'ServiceName',
  'ServiceSubcategory',
];

const NUMERIC = [
  'BilledCost',
  'ContractedCost',
  'ContractedUnitPrice',
  'EffectiveCost',
  'ListCost',
  'ListUnitPrice',
  'PricingCurrencyContractedUnitPrice',
  'PricingCurrencyEffectiveCost',
  'PricingCurrencyListUnitPrice',
  'PricingQuantity',
];
const UNIT_PRICES = [
  'ContractedUnitPrice',
  'ListUnitPrice',
  'PricingCurrencyContractedUnitPrice',
  'PricingCurrencyListUnitPrice',
];
const DATES = ['BillingPeriodEnd', 'BillingPeriodStart', 'ChargePeriodEnd', 'ChargePeriodStart'];

const ALLOWED: Record<string, readonly (string | null)[]> = {
  ChargeCategory: ['Usage', 'Purchase', 'Tax', 'Credit', 'Adjustment'],
  ChargeClass: [null, 'Correction'],
  ChargeFrequency: ['One-Time', 'Recurring', 'Usage-Based'],
  PricingCategory: [null, 'Standard', 'Dynamic', 'Committed', 'Other'],
};
// ServiceSubcategory → its one parent ServiceCategory (the values this export can use).
const SUBCATEGORY_PARENT: Record<string, string> = {
  'Generative AI': 'AI and Machine Learning',
  'Machine Learning': 'AI and Machine Learning',
  'Other (AI and Machine Learning)': 'AI and Machine Learning',
  'Other (Databases)': 'Databases',
};

/** Parses RFC 4180 CSV (CRLF rows, quoted cells); an empty cell is `null`. */
export function parseCsv(text: string): { header: string[]; rows: Record<string, string | null>[] } {
  const records: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(cell);
      cell = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      row.push(cell);
      records.push(row);
      row = [];
      cell = '';
      i++;
    } else cell += ch;
  }
  const [header, ...body] = records;
  return {
    header: header!,
    rows: body.map((r) => Object.fromEntries(header!.map((h, i) => [h, r[i] === '' ? null : r[i]!]))),
  };
}

/** Every broken rule, as `row N: …` lines; empty when the file meets them all. */
export function focusViolations(csv: string): string[] {
  const out: string[] = [];
  const { header, rows } = parseCsv(csv);
  for (const column of MANDATORY) if (!header.includes(column)) out.push(`missing column ${column}`);
  const firstCustom = header.findIndex((h) => h.startsWith('x_'));
  header.forEach((h, i) => {
    if (h.startsWith('x_')) {
      if (!/^x_[A-Z][A-Za-z0-9]*$/.test(h)) out.push(`custom column ${h} is not x_PascalCase`);
    } else {
      if (!/^[A-Z][A-Za-z0-9]*$/.test(h)) out.push(`column ${h} is not PascalCase`);
      if (firstCustom >= 0 && i > firstCustom) out.push(`FOCUS column ${h} after custom columns`);
    }
  });
  rows.forEach((r, n) => {
    const at = `row ${n + 1}`;
    for (const c of NOT_NULL) if (header.includes(c) && r[c] === null) out.push(`${at}: ${c} is null`);
    for (const [c, values] of Object.entries(ALLOWED)) {
      if (header.includes(c) && !values.includes(r[c] ?? null)) out.push(`${at}: ${c} = ${r[c]}`);
    }
    const sub = r.ServiceSubcategory;
    if (sub != null && SUBCATEGORY_PARENT[sub] !== r.ServiceCategory) {
      out.push(`${at}: ServiceSubcategory ${sub} under ${r.ServiceCategory}`);
    }
    if (!/^[A-Z]{3}$/.test(r.BillingCurrency ?? '')) out.push(`${at}: BillingCurrency ${r.BillingCurrency}`);
    for (const c of DATES) {
      if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z$/.test(r[c] ?? '')) out.push(`${at}: ${c} = ${r[c]}`);
    }
    if (!((r.ChargePeriodStart ?? '') < (r.ChargePeriodEnd ?? ''))) out.push(`${at}: empty charge period`);
    if (
      (r.ChargePeriodStart ?? '') < (r.BillingPeriodStart ?? '') ||
      (r.ChargePeriodEnd ?? '') > (r.BillingPeriodEnd ?? '')
    ) {
      out.push(`${at}: charge period outside the billing period`);
    }
    for (const c of NUMERIC) {
      const v = r[c];
      // Plain decimals: no exponent, separator, symbol or "+" sign (NumericFormat).
      if (v !== null && v !== undefined && !/^-?(0|[1-9]\d*)(\.\d*[1-9])?$/.test(v))
        out.push(`${at}: ${c} = ${v}`);
    }
    for (const c of UNIT_PRICES) if (r[c]?.startsWith('-')) out.push(`${at}: ${c} is negative`);
    const priced = r.ChargeCategory === 'Usage' || r.ChargeCategory === 'Purchase';
    if (priced && r.ChargeClass !== 'Correction') {
      for (const c of [
        'ListUnitPrice',
        'ContractedUnitPrice',
        'PricingQuantity',
        'PricingCategory',
        'SkuId',
        'SkuPriceId',
      ]) {
        if (header.includes(c) && r[c] === null) out.push(`${at}: ${c} is null on a ${r.ChargeCategory} row`);
      }
    }
    if (r.ChargeCategory === 'Purchase' && r.ChargeFrequency === 'Usage-Based')
      out.push(`${at}: Usage-Based purchase`);
    if ((r.PricingQuantity === null) !== (r.PricingUnit === null))
      out.push(`${at}: PricingUnit without PricingQuantity`);
    const exact = (price: string, cost: string) => {
      const p = r[price];
      const q = r.PricingQuantity;
      const c = r[cost];
      if (p == null || q == null || c == null) return;
      if (!new Big(p).times(q).eq(new Big(c)))
        out.push(`${at}: ${price} ${p} × PricingQuantity ${q} ≠ ${cost} ${c}`);
    };
    exact('ListUnitPrice', 'ListCost');
    exact('ContractedUnitPrice', 'ContractedCost');
    exact('PricingCurrencyListUnitPrice', 'PricingCurrencyEffectiveCost');
    // No commitments or credits apply: billed = effective = list = contracted.
    if (r.ChargeCategory === 'Credit' && r.ListCost !== r.BilledCost)
      out.push(`${at}: credit ListCost ≠ BilledCost`);
    if (r.EffectiveCost !== r.BilledCost) out.push(`${at}: EffectiveCost ≠ BilledCost`);
  });
  return out;
}
