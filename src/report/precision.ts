import { D, formatDecimal } from '../decimal.js';
import type { CsvTable } from './renderCsv.js';

/** Decimals for money in CSV output, or `full` for the exact value. */
export type Precision = number | 'full';

/** Money in cents unless asked otherwise; unit prices always in full (they are fractions of a cent). */
export const DEFAULT_PRECISION: Precision = 2;

/**
 * `true` for a CSV column holding an amount of money (`amountUsd`, `ragCumulativeUsd`, `changeUsd`…);
 * a unit price (`unitPriceUsd`, the `prices` table's `usd`) is not one: it keeps every digit.
 */
export function isMoneyColumn(name: string): boolean {
  return /[a-z]Usd$/.test(name) && name !== 'unitPriceUsd';
}

const PLAIN = /^-?\d+(\.\d+)?$/;

/**
 * Rounds every money column of a CSV table to `precision` decimals, half to even, once, from the
 * exact value; `full` leaves the exact values. Other columns (quantities, unit prices, ratios) are
 * left as they are.
 */
export function applyPrecision(table: CsvTable, precision: Precision): CsvTable {
  if (precision === 'full') return table;
  const money = table.header.map(isMoneyColumn);
  if (!money.includes(true)) return table;
  return {
    header: table.header,
    rows: table.rows.map((row) =>
      row.map((cell, i) =>
        money[i] && cell !== null && PLAIN.test(cell) ? formatDecimal(new D(cell), precision) : cell,
      ),
    ),
  };
}

/** `2` → 2, `full` → 'full'; `undefined` for anything else (a whole number from 0 to 20, or `full`). */
export function parsePrecision(text: string): Precision | undefined {
  if (text === 'full') return 'full';
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n <= 20 ? n : undefined;
}
