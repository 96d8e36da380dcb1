import type { Dec } from '../decimal.js';
import { formatAmount } from './renderCompareTable.js';

/**
 * A USD amount for reading: 2 decimals, grouped; amounts under a cent keep 4 significant digits so
 * that they do not show as 0.00.
 */
export function formatUsd(value: Dec): string {
  if (!value.isZero() && value.abs().lt('0.01')) return value.toSignificantDigits(4).toFixed();
  return formatAmount(value, 2);
}

export { formatExact } from '../_lib/formatExact.js';
