import { detExp, detLog, detSqrt, normalQuantile, Z90 } from '../_lib/deterministicMath.js';
import type { Prng } from '../_lib/prng.js';
import { D, type Dec } from '../decimal.js';
import type { UncertainInput } from '../scenario/parseUncertainty.js';

/** One draw: the exact value, and a number that identifies it among the input's possible values. */
export interface Draw {
  readonly value: Dec;
  /** The value's index on the input's grid (the integer n of n × 10^-decimals), or a discrete choice. */
  readonly key: number;
}

/** Draws values of one uncertain input from a generator. */
export interface Sampler {
  readonly draw: (prng: Prng) => Draw;
  /** `true` when the input has finitely many values (discrete). */
  readonly discrete: boolean;
}

const MAX_GRID = Number.MAX_SAFE_INTEGER;

/**
 * The sampler of one input. A continuous draw is a float (from the inverse of the distribution's
 * cumulative function at a uniform u), converted once to an exact Decimal on the input's grid:
 * n = Math.round(x × 10^d), clamped to the distribution's bounds (a log-normal: to the field's
 * domain), value = n × 10^-d; d is 0 for counts, else 6 or the bounds' own decimals. Every
 * calculation after that is exact. Discrete inputs pick one of their Decimal values.
 */
export function createSampler(input: UncertainInput): Sampler {
  const d = input.distribution;
  if (d.dist === 'discrete') {
    const total = d.weights.reduce((a, w) => a.plus(w), new D(0));
    // Cumulative probabilities as floats: they only choose an index.
    let running = new D(0);
    const cumulative = d.weights.map((w) => {
      running = running.plus(w);
      return running.div(total).toNumber();
    });
    const last = d.values.length - 1;
    return {
      discrete: true,
      draw: (prng) => {
        const u = prng.next();
        let i = 0;
        while (i < last && u >= cumulative[i]!) i++;
        return { value: d.values[i]!, key: i };
      },
    };
  }
  const scale = 10 ** input.decimals;
  const grid = (value: Dec) => value.times(new D(10).pow(input.decimals)).toNumber();
  // Bounds on the grid (exact integers while below 2^53; the parser keeps them there).
  let lowN = grid(input.low);
  let highN = grid(input.high);
  if (d.dist === 'lognormal') {
    lowN = input.kind === 'positiveCount' ? 1 : 0;
    highN = MAX_GRID;
  }
  const toDraw = (x: number): Draw => {
    let n = Math.round(x * scale);
    if (Math.abs(n) > MAX_GRID) {
      // Beyond 2^53 on the grid a float holds no exact integer: round the float's own decimal value.
      let value = new D(x).toDecimalPlaces(input.decimals, D.ROUND_HALF_EVEN);
      if (value.lt(input.low) && d.dist !== 'lognormal') value = input.low;
      if (value.gt(input.high) && d.dist !== 'lognormal') value = input.high;
      return { value, key: n };
    }
    if (!(n >= lowN)) n = lowN;
    if (n > highN) n = highN;
    return {
      value: input.decimals === 0 ? new D(n) : new D(`${n}e-${input.decimals}`),
      key: n,
    };
  };
  switch (d.dist) {
    case 'uniform': {
      const low = d.low.toNumber();
      const width = d.high.toNumber() - low;
      return { discrete: false, draw: (prng) => toDraw(low + prng.next() * width) };
    }
    case 'range':
    case 'triangular': {
      const low = d.low.toNumber();
      const mode = (d.dist === 'range' ? d.base : d.mode).toNumber();
      const high = d.high.toNumber();
      const width = high - low;
      const split = width === 0 ? 0 : (mode - low) / width;
      return {
        discrete: false,
        draw: (prng) => {
          const u = prng.next();
          const x =
            u < split
              ? low + detSqrt(u * width * (mode - low))
              : high - detSqrt((1 - u) * width * (high - mode));
          return toDraw(x);
        },
      };
    }
    case 'lognormal': {
      const lnLow = detLog(d.low.toNumber());
      const lnHigh = detLog(d.high.toNumber());
      const mu = (lnLow + lnHigh) / 2;
      const sigma = (lnHigh - lnLow) / (2 * Z90);
      return {
        discrete: false,
        draw: (prng) => {
          // u = 0 has no quantile: take the next grid point of the generator's 2^-53 grid.
          const u = prng.next() || 2 ** -53;
          const z = normalQuantile(u);
          return toDraw(detExp(Math.min(700, mu + sigma * z)));
        },
      };
    }
  }
}
