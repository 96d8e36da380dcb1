import { D, type Dec, ONE } from '../decimal.js';
import { TuneOrRagError } from '../errors.js';

/** How amounts are shown: USD (the price tables' currency) or converted at the user's dated rate. */
export interface CurrencyInput {
  /** ISO 4217 code, e.g. `EUR`. */
  readonly code: string;
  /** Units of `code` per 1 USD, e.g. `"0.92"`: a decimal string (or Decimal), never a float. */
  readonly rate: string | Dec;
  /** The day the rate was taken, `YYYY-MM-DD`. */
  readonly date: string;
}

/** A checked currency: every USD amount is multiplied by `rate`, once, exactly. */
export interface Currency {
  readonly code: string;
  readonly rate: Dec;
  /** `null` for USD (no conversion). */
  readonly date: string | null;
  /** Where the rate came from: `user` (nothing is fetched), or `none` for USD. */
  readonly source: 'user' | 'none';
}

export const USD: Currency = { code: 'USD', rate: ONE, date: null, source: 'none' };

const DECIMAL = /^\d{1,12}(\.\d{1,20})?$/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

function fail(path: string, message: string): never {
  throw new TuneOrRagError('invalid_input', message, { path });
}

/**
 * Checks a currency option (API `currency`, scenario `currency`, CLI `--currency/--fx-rate/--fx-date`).
 *
 * @throws `invalid_input` naming the field: a code that is not three capital letters, a rate that is
 *   not a positive plain decimal, a date that is not a real `YYYY-MM-DD` day.
 */
export function parseCurrency(value: unknown, path: string): Currency {
  if (value === undefined || value === null) return USD;
  if (typeof value !== 'object')
    fail(path, 'expected { code, rate, date }, e.g. { code: "EUR", rate: "0.92", date: "2026-11-30" }');
  const v = value as Record<string, unknown>;
  const code = v.code;
  if (typeof code !== 'string' || !/^[A-Z]{3}$/.test(code)) {
    fail(`${path}.code`, 'expected an ISO 4217 code of three capital letters, e.g. "EUR"');
  }
  if (code === 'USD' && v.rate === undefined) return USD;
  const raw = v.rate;
  let rate: Dec;
  if (typeof raw === 'string' && DECIMAL.test(raw.trim())) rate = new D(raw.trim());
  else if (D.isDecimal(raw) && (raw as Dec).isFinite()) rate = new D(raw as Dec);
  else {
    fail(`${path}.rate`, `expected the units of ${code} per 1 USD as a plain decimal such as "0.92"`);
  }
  if (!rate.gt(0)) fail(`${path}.rate`, 'expected a rate above 0');
  const date = v.date;
  if (
    typeof date !== 'string' ||
    !DATE.test(date) ||
    Number.isNaN(Date.parse(`${date}T00:00:00Z`)) ||
    new Date(`${date}T00:00:00Z`).toISOString().slice(0, 10) !== date
  ) {
    fail(`${path}.date`, 'expected the day the rate was taken, YYYY-MM-DD, e.g. "2026-11-30"');
  }
  if (code === 'USD' && !rate.eq(1)) fail(`${path}.rate`, "USD is the price tables' currency: its rate is 1");
  return { code, rate, date, source: 'user' };
}

/** `1 USD = 0.92 EUR (rate of 2026-11-30, your figure)`, or `USD` for no conversion. */
export function describeCurrency(currency: Currency): string {
  if (currency.source === 'none') return 'USD';
  return `1 USD = ${currency.rate.toFixed()} ${currency.code} (rate of ${currency.date}, your figure; nothing is fetched)`;
}
