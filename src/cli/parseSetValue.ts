import { D } from '../decimal.js';
import { REMOVE } from './setPath.js';

const NUMBER = /^[-+]?(\d+(\.\d*)?|\.\d+)([eE][-+]?\d+)?$/;

/** A number typed on the command line (`1e6`, `0.05`, `2500`) as a plain decimal string, exactly. */
export function toDecimalString(text: string): string | undefined {
  if (!NUMBER.test(text)) return undefined;
  const value = new D(text);
  // Written out in full up to 60 digits either way, so the scenario's validation sees the digits and
  // names the limit ("more than 30 decimals", as for the same value in a file); beyond that, keep
  // the text: writing 1e999999999 out in full would exhaust memory.
  if (value.abs().gte('1e60') || (!value.isZero() && value.abs().lt('1e-60'))) return text;
  return value.isZero() ? '0' : value.toFixed();
}

/**
 * The value of `--set path=value`: numbers become exact decimal strings (`1e6` → `"1000000"`,
 * which every count, rate and money field accepts), `true`/`false` booleans, `null` removes the
 * field, and anything else is a string (quote it to keep a numeric-looking string: `name='2026'`).
 */
export function parseSetValue(raw: string): unknown {
  if (raw === 'true') return true;
  if (raw === 'false') return false;
  if (raw === 'null') return REMOVE;
  const quoted = /^(['"])(.*)\1$/s.exec(raw);
  if (quoted) return quoted[2];
  return toDecimalString(raw) ?? raw;
}
