import Decimal from 'decimal.js';

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
  return value.toFixed(decimals, ROUNDING_CODES[rounding]);
}

/** A plain decimal string with no exponent and no trailing zeros (for JSON output). */
export function toPlainString(value: Dec): string {
  if (value.isZero()) return '0';
  return value.toFixed();
}
