import type { Dec } from '../decimal.js';

/** Groups the integer part of a plain decimal string by thousands: `-1234567.5` → `-1,234,567.5`. */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const [int = '', frac] = (negative ? plain.slice(1) : plain).split('.');
  // Most numbers in explanations are small: skip the regular expression for them.
  const grouped = int.length <= 3 ? int : int.replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** An exact decimal for explanations: every digit, no exponent, thousands grouped (`1,234.5678`). */
export function formatExact(value: Dec): string {
  return groupThousands(value.toFixed());
}
