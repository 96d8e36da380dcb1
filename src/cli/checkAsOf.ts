import { usageError } from './cliError.js';

/**
 * `--as-of`, checked the same way in every command (`compare`… and `prices`, `vendors`): a real
 * calendar day written `YYYY-MM-DD` (`2025-02-30` is refused), as a scenario's `asOf` is.
 *
 * @throws a usage error (exit 2) naming `--as-of`.
 */
export function checkAsOf(asOf: string | undefined): void {
  if (asOf === undefined) return;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(asOf);
  const real =
    match !== null &&
    (() => {
      const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
      const date = new Date(Date.UTC(y, m - 1, d));
      return date.getUTCFullYear() === y && date.getUTCMonth() === m - 1 && date.getUTCDate() === d;
    })();
  if (!real) {
    throw usageError(`--as-of expects a real date YYYY-MM-DD, e.g. 2025-06-01; got \`${asOf}\``, '--as-of');
  }
}
