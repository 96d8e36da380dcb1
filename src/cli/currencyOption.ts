import { type CurrencyInput, parseCurrency } from '../_lib/currency.js';
import { isTuneOrRagError } from '../errors.js';
import { usageError } from './cliError.js';

const FLAG: Record<string, string> = { code: '--currency', rate: '--fx-rate', date: '--fx-date' };

/**
 * `--currency EUR --fx-rate 0.92 --fx-date 2026-11-30` as a currency option, checked here so that a
 * mistake names the flag; `undefined` when none is given. The three go together: a rate without its
 * date cannot be traced.
 */
export function currencyOption(opts: {
  readonly currency?: string;
  readonly fxRate?: string;
  readonly fxDate?: string;
}): CurrencyInput | undefined {
  if (opts.currency === undefined && opts.fxRate === undefined && opts.fxDate === undefined) return undefined;
  if (opts.currency === undefined || opts.fxRate === undefined || opts.fxDate === undefined) {
    throw usageError(
      'give --currency, --fx-rate and --fx-date together, e.g. --currency EUR --fx-rate 0.92 --fx-date 2026-11-30 (units of the currency per 1 USD on that day; nothing is fetched)',
      '--currency',
    );
  }
  const input = { code: opts.currency.toUpperCase(), rate: opts.fxRate, date: opts.fxDate };
  try {
    parseCurrency(input, 'currency');
  } catch (error) {
    if (!isTuneOrRagError(error)) throw error;
    const field = (error.path ?? '').split('.').pop() ?? 'code';
    const message = error.detail;
    throw usageError(
      `${message}; got \`${(input as Record<string, string>)[field] ?? ''}\``,
      FLAG[field] ?? '--currency',
    );
  }
  return input;
}
