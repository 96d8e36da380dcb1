import Decimal from 'decimal.js';
import { TuneOrRagError } from './errors.js';

/**
 * The library's private Decimal constructor. Every module imports `D` and never the global
 * `Decimal`, so a user's own `Decimal.set(...)` can never change our arithmetic.
 *
 * 40 significant digits: a month of tokens (≤ 1e18) times a price with 12 decimals is exact, and the
 * only inexact operations are divisions (amortisation, breakeven), which keep 40 digits.
 */
export const D = /* @__PURE__ */ sealed(
  Decimal.clone({
    precision: 40,
    rounding: Decimal.ROUND_HALF_EVEN,
    toExpNeg: -40,
    toExpPos: 60,
  }),
);

/**
 * Makes `set`/`config` of our constructor refuse: every result's `.constructor` is `D`, and a user
 * calling `result.total.constructor.set({ precision: 3 })` would otherwise change our arithmetic.
 * (decimal.js calls `set` only inside `clone`, which has run by now.)
 */
function sealed(ctor: typeof Decimal): typeof Decimal {
  const refuse = (): never => {
    throw new Error(
      "[tune-or-rag] the library's Decimal constructor is private and cannot be configured; use your own `Decimal.clone()`",
    );
  };
  for (const key of ['set', 'config'] as const) {
    Object.defineProperty(ctor, key, { value: refuse, writable: false, configurable: false });
  }
  return ctor;
}

/** A Decimal value produced by the library's private constructor. */
export type Dec = Decimal;

export const ZERO: Dec = /* @__PURE__ */ new D(0);
export const ONE: Dec = /* @__PURE__ */ new D(1);

/** `true` for a Decimal from any decimal.js constructor (ours or the user's). */
export function isDecimal(value: unknown): value is Decimal {
  return Decimal.isDecimal(value);
}

/** Rounding modes for presentation, named after what they do (not decimal.js's numeric codes). */
export type RoundingMode = 'halfEven' | 'halfUp' | 'down' | 'up';

const ROUNDING_CODES: Record<RoundingMode, Decimal.Rounding> = {
  halfEven: Decimal.ROUND_HALF_EVEN,
  halfUp: Decimal.ROUND_HALF_UP,
  down: Decimal.ROUND_DOWN,
  up: Decimal.ROUND_UP,
};

/**
 * Formats an exact amount for display: rounded once, here, with a named mode.
 * The default (`halfEven`, 2 decimals) is the library's one documented display mode.
 */
export function formatDecimal(value: Dec, decimals = 2, rounding: RoundingMode = 'halfEven'): string {
  const d = finiteArgument(value);
  if (typeof decimals !== 'number' || !Number.isInteger(decimals) || decimals < 0 || decimals > 100) {
    throw new TuneOrRagError('invalid_input', 'expected a whole number of decimals from 0 to 100', {
      path: 'decimals',
    });
  }
  if (!Object.hasOwn(ROUNDING_CODES, rounding)) {
    throw new TuneOrRagError('invalid_input', `expected one of ${Object.keys(ROUNDING_CODES).join(', ')}`, {
      path: 'rounding',
    });
  }
  return d.toFixed(decimals, ROUNDING_CODES[rounding]);
}

/** {@link formatDecimal} without the argument checks, for the library's own (already exact) values. */
export function formatDecimalUnchecked(value: Dec, decimals: number, rounding: RoundingMode): string {
  return value.toFixed(decimals, ROUNDING_CODES[rounding]);
}

/** A plain decimal string with no exponent and no trailing zeros (for JSON output). */
export function toPlainString(value: Dec): string {
  const d = finiteArgument(value);
  if (d.isZero()) return '0';
  return d.toFixed();
}

/**
 * A formatting argument copied into our constructor: a finite Decimal (from any constructor) of at
 * most 60 integer digits and 40 decimals, the range the library prints in plain notation. Anything
 * else (NaN, Infinity, 1e999999999, a number) is our error rather than "NaN" or exhausted memory.
 */
function finiteArgument(value: unknown): Dec {
  let d: Dec | undefined;
  try {
    d = isDecimal(value) ? new D(value) : undefined;
  } catch {
    d = undefined;
  }
  if (d === undefined || !d.isFinite() || d.abs().gte('1e60') || (!d.isZero() && d.abs().lt('1e-40'))) {
    throw new TuneOrRagError(
      'invalid_input',
      'expected a finite Decimal of at most 60 integer digits and 40 decimals',
      { path: 'value' },
    );
  }
  return d;
}
