import { usageError } from './cliError.js';
import { toDecimalString } from './parseSetValue.js';

/** Integer digits a count may have: the scenario's own limit for a count. */
const COUNT_DIGITS = 21;

/** The values a bounded flag accepts, and the unit its message names (`of months`). */
export interface WholeFlagRange {
  readonly min: number;
  readonly max: number;
  readonly unit?: string;
}

// Four digits read at a glance (`1200`); longer bounds get separators (`1,000,000`).
const written = (n: number): string => (n < 10_000 ? String(n) : n.toLocaleString('en-US'));

/**
 * A whole number typed for `flag`, read the same way by every command: digits or exponent form
 * (`1000`, `1e6`, `2.5e3`), surrounding spaces ignored, no sign but `+`, no fraction.
 *
 * - Without `range`: a count (`--from`, `--to`, `--volumes`) of up to 21 digits, as an exact
 *   decimal string (`1e6` → `"1000000"`); the engine checks what the option needs beyond that.
 * - With `range`: a JS number from `range.min` to `range.max` (`--samples`, `--months`…).
 *
 * @throws a usage error (exit 2) at `flag`, saying what would be valid.
 */
export function parseWholeFlag(text: string, flag: string): string;
export function parseWholeFlag(text: string, flag: string, range: WholeFlagRange): number;
export function parseWholeFlag(text: string, flag: string, range?: WholeFlagRange): string | number {
  const typed = text.trim();
  const value = toDecimalString(typed);
  if (range !== undefined) {
    const n = value !== undefined && /^\d+$/.test(value) ? Number(value) : Number.NaN;
    if (!(n >= range.min && n <= range.max)) {
      throw usageError(
        `${flag} expects a whole number${range.unit === undefined ? '' : ` of ${range.unit}`} from ${written(range.min)} to ${written(range.max)}; got \`${typed}\``,
        flag,
      );
    }
    return n;
  }
  if (value === undefined || value.includes('.') || value.startsWith('-')) {
    throw usageError(`${flag} expects a whole number such as 1000 or 1e6; got \`${typed}\``, flag);
  }
  // The limit named as a limit, at the flag (it was "expected a whole number ≥ 1" at options.range.to).
  // A value beyond 1e60 keeps its exponent (toDecimalString): it is over the limit too.
  if (/[eE]/.test(value) || value.length > COUNT_DIGITS) {
    throw usageError(
      `${flag}: \`${typed}\` has more than ${COUNT_DIGITS} digits, the limit for a count`,
      flag,
    );
  }
  return value;
}
