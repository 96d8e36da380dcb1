import type { Dec } from '../decimal.js';
import { D } from '../decimal.js';
import type { Currency } from './currency.js';

// The fields of a result that hold money. Quantities, volumes, ratios and the quoted prices
// (`price`, a PriceRef in USD as the vendor states it) are left alone; `run` holds no money.
const MONEY = new Set([
  'monthlyTotal',
  'recurringMonthly',
  'amortisedOneTimeMonthly',
  'oneTimeTotal',
  'unitPrice',
  'amount',
  'monthlyAmount',
  'monthlyCost',
  'otherCost',
]);
// Records of money by strategy (horizon months, curve points).
const MONEY_BY_STRATEGY = new Set(['costs', 'cumulative', 'monthly']);
const SKIP = new Set(['run', 'price', 'error']);

function isPlain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function walk(value: unknown, rate: Dec, money: boolean): unknown {
  if (D.isDecimal(value)) return money ? (value as Dec).times(rate) : value;
  if (Array.isArray(value)) return value.map((item) => walk(item, rate, false));
  if (!isPlain(value)) return value;
  const out: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    if (SKIP.has(key)) out[key] = item;
    else if (MONEY_BY_STRATEGY.has(key) && isPlain(item)) {
      out[key] = Object.fromEntries(Object.entries(item).map(([k, v]) => [k, walk(v, rate, true)]));
    } else if (key === 'priceLabel' && typeof item === 'string') {
      // The vendor's quote stays in USD: say so, so that a converted report never shows it as local money.
      out[key] = item.replace(/\$(?=\d)/g, 'USD ');
    } else out[key] = walk(item, rate, MONEY.has(key));
  }
  return out;
}

/**
 * A result with every amount of money multiplied by the currency's rate, once, exactly (a fresh
 * object; the input is not changed). USD returns the result as it is.
 */
export function convertAmounts<TResult>(currency: Currency, result: TResult): TResult {
  if (currency.source === 'none') return result;
  return walk(result, currency.rate, false) as TResult;
}
