import type { Dec } from '../decimal.js';

/** Groups the integer part of a plain decimal string by thousands: `-1234567.5` → `-1,234,567.5`. */
export function groupThousands(plain: string): string {
  const negative = plain.startsWith('-');
  const [int = '', frac] = (negative ? plain.slice(1) : plain).split('.');
  // Most numbers in explanations are small: skip the regular expression for them.
  // A linear loop: the lookahead regex /\B(?=(\d{3})+(?!\d))/ is quadratic, and a run file with a
  // 1,000,000-digit number never finished.
  let grouped = int;
  if (int.length > 3) {
    const parts: string[] = [];
    const head = int.length % 3 || 3;
    parts.push(int.slice(0, head));
    for (let i = head; i < int.length; i += 3) parts.push(int.slice(i, i + 3));
    grouped = parts.join(',');
  }
  return `${negative ? '-' : ''}${grouped}${frac === undefined ? '' : `.${frac}`}`;
}

/** An exact decimal for explanations: every digit, no exponent, thousands grouped (`1,234.5678`). */
export function formatExact(value: Dec): string {
  return groupThousands(value.toFixed());
}
