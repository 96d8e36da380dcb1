import * as z from 'zod/mini';
import { isoDateSchema } from '../pricing/priceTableSchema.js';
import { usageError } from './cliError.js';

/**
 * `--as-of`, checked the same way in every command (`compare`… and `prices`, `vendors`): a real
 * calendar day written `YYYY-MM-DD` (`2025-02-30` is refused), by the very schema a scenario's
 * `asOf` is checked with.
 *
 * @throws a usage error (exit 2) naming `--as-of`.
 */
export function checkAsOf(asOf: string | undefined): void {
  if (asOf === undefined) return;
  if (!z.safeParse(isoDateSchema, asOf).success) {
    throw usageError(`--as-of expects a real date YYYY-MM-DD, e.g. 2025-06-01; got \`${asOf}\``, '--as-of');
  }
}
