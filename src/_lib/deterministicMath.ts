/**
 * Logarithm, exponential, square root and the standard normal quantile from +, −, × and ÷ alone.
 * ECMAScript leaves `Math.log`, `Math.exp` (and how exactly `Math.sqrt` rounds is the engine's
 * business on paper), so two engines may differ in the last bit; the four basic operations are
 * IEEE 754, correctly rounded everywhere. Built only from those, a sample drawn in Node is the same
 * bit for bit in every browser. Accuracy: a few units in the last place for the logarithm and the
 * square root; the exponential's error grows with |x| (about |x| units in the last place: 22 at
 * x ≈ −58.6, test/_lib/deterministicMath.test.ts), still far below the 6 decimals samples are
 * rounded to.
 */

const LN2 = Math.LN2;

/** Natural logarithm of x > 0. */
export function detLog(x: number): number {
  if (!(x > 0) || !Number.isFinite(x)) throw new RangeError('detLog needs a finite x > 0');
  // x = m × 2^e with m in [1, 2): halving and doubling are exact.
  let m = x;
  let e = 0;
  while (m >= 2) {
    m /= 2;
    e++;
  }
  while (m < 1) {
    m *= 2;
    e--;
  }
  // Centre m on 1 (m in [√½, √2)) so the series below converges fast.
  if (m > Math.SQRT2) {
    m /= 2;
    e++;
  }
  // ln m = 2 atanh(s), s = (m − 1)/(m + 1), |s| < 0.1716: 2 Σ s^(2k+1)/(2k+1).
  const s = (m - 1) / (m + 1);
  const s2 = s * s;
  let term = s;
  let sum = 0;
  for (let k = 0; k < 30; k++) {
    sum += term / (2 * k + 1);
    term *= s2;
  }
  return 2 * sum + e * LN2;
}

/** e^x, for |x| ≤ 700. */
export function detExp(x: number): number {
  if (!Number.isFinite(x) || Math.abs(x) > 700) throw new RangeError('detExp needs |x| ≤ 700');
  // x = k ln 2 + r with |r| ≤ ln 2 / 2; e^r by its Taylor series, then × 2^k by exact doublings.
  const k = Math.round(x / LN2);
  const r = x - k * LN2;
  let term = 1;
  let sum = 1;
  for (let n = 1; n < 25; n++) {
    term = (term * r) / n;
    sum += term;
  }
  let out = sum;
  if (k > 0) for (let i = 0; i < k; i++) out *= 2;
  else for (let i = 0; i < -k; i++) out /= 2;
  return out;
}

/** √x for x ≥ 0, by Newton's method from a power-of-two start (a fixed number of steps). */
export function detSqrt(x: number): number {
  if (!(x >= 0) || !Number.isFinite(x)) throw new RangeError('detSqrt needs a finite x ≥ 0');
  if (x === 0) return 0;
  let y = 1;
  let m = x;
  while (m >= 4) {
    m /= 4;
    y *= 2;
  }
  while (m < 1) {
    m *= 4;
    y /= 2;
  }
  // y ≈ √x within a factor of 2; Newton doubles the correct digits each step.
  for (let i = 0; i < 8; i++) y = (y + x / y) / 2;
  return y;
}

// Acklam's rational approximation of the normal quantile (relative error < 1.2e-9).
const A = [
  -39.69683028665376, 220.9460984245205, -275.9285104469687, 138.357751867269, -30.66479806614716,
  2.506628277459239,
];
const B = [-54.47609879822406, 161.5858368580409, -155.6989798598866, 66.80131188771972, -13.28068155288572];
const C = [
  -0.007784894002430293, -0.3223964580411365, -2.400758277161838, -2.549732539343734, 4.374664141464968,
  2.938163982698783,
];
const E = [0.007784695709041462, 0.3224671290700398, 2.445134137142996, 3.754408661907416];

/** The standard normal quantile Φ⁻¹(p) for 0 < p < 1. */
export function normalQuantile(p: number): number {
  if (!(p > 0 && p < 1)) throw new RangeError('normalQuantile needs 0 < p < 1');
  const low = 0.02425;
  if (p < low) {
    const q = detSqrt(-2 * detLog(p));
    return (
      (((((C[0]! * q + C[1]!) * q + C[2]!) * q + C[3]!) * q + C[4]!) * q + C[5]!) /
      ((((E[0]! * q + E[1]!) * q + E[2]!) * q + E[3]!) * q + 1)
    );
  }
  if (p > 1 - low) return -normalQuantile(1 - p);
  const q = p - 0.5;
  const r = q * q;
  return (
    ((((((A[0]! * r + A[1]!) * r + A[2]!) * r + A[3]!) * r + A[4]!) * r + A[5]!) * q) /
    (((((B[0]! * r + B[1]!) * r + B[2]!) * r + B[3]!) * r + B[4]!) * r + 1)
  );
}

/** Φ⁻¹(0.9): a log-normal's P90 is its median × e^(1.2816 σ). */
export const Z90 = 1.2815515655446004;
