import { evaluate } from '../_lib/piecewise.js';
import { createPrng } from '../_lib/prng.js';
import { D, type Dec } from '../decimal.js';
import type { CompiledModels, SampledModel } from './compileUncertainModels.js';
import type { Draw, Sampler } from './createSampler.js';
import { type FirstCrossover, firstCrossover } from './firstCrossover.js';
import { fractionPercentiles, type Percentiles, percentilesOf } from './percentiles.js';

/** A count of samples and its share of all samples. */
export interface Outcome {
  readonly count: number;
  /** count ÷ samples, exact (40 significant digits). */
  readonly probability: Dec;
}

/** One strategy across the samples. */
export interface SimulatedStrategy {
  /** The strategy model's id. */
  readonly strategy: string;
  readonly label: string;
  /** P10 / P50 / P90 of the monthly cost (USD) over the samples it can serve; `null` if none. */
  readonly monthlyCost: Percentiles | null;
  /** Samples in which it is the cheapest at the sample's volume (the first in order on a tie). */
  readonly cheapest: Outcome;
  /** Samples whose volume is above its capacity ceiling (no cost for it there). */
  readonly overCapacity: Outcome;
}

/** One pair's breakeven across the samples: a number when it crosses, an outcome when it does not. */
export interface SimulatedBreakeven {
  readonly between: readonly [string, string];
  /** Samples with a crossover, and the percentiles of the first crossover among them. */
  readonly crossover: Outcome & {
    readonly requestsPerMonth: Percentiles | null;
    readonly workloadTokensPerMonth: Percentiles | null;
  };
  /** Samples in which the pair never breaks even, by the side that is always cheaper. */
  readonly never: readonly (Outcome & { readonly cheaper: string })[];
  /** Samples in which the two cost the same at every volume. */
  readonly equal: Outcome;
}

/** One pair's multiple across the samples: cost of the first ÷ cost of the second. */
export interface SimulatedMultiple {
  readonly between: readonly [string, string];
  /** P10 / P50 / P90 of cost(first) ÷ cost(second) at the sample's volume; below 1: the first is cheaper. */
  readonly ratio: Percentiles | null;
  /** Samples with a ratio (both priced, the second above $0). */
  readonly priced: Outcome;
  /** Samples in which the first is strictly cheaper. */
  readonly firstCheaper: Outcome;
}

/** What a Monte Carlo run computes (USD amounts). */
export interface MonteCarloCore {
  readonly samples: number;
  readonly seed: number;
  readonly requestsPerMonth: Percentiles;
  readonly strategies: readonly SimulatedStrategy[];
  readonly breakevens: readonly SimulatedBreakeven[];
  readonly multiples: readonly SimulatedMultiple[];
}

function timesPercentiles(p: Percentiles | null, factor: Dec): Percentiles | null {
  return p === null ? null : { p10: p.p10.times(factor), p50: p.p50.times(factor), p90: p.p90.times(factor) };
}

/**
 * Runs `samples` samples from `seed`: each draws every input (in order, from one generator), takes
 * each strategy's model for those values (`compiled`), and prices the sample exactly: monthly costs
 * at the sampled volume, the cheapest, each pair's first crossover and each pair's multiple.
 */
export function runMonteCarlo(
  compiled: CompiledModels,
  samplers: readonly Sampler[],
  labels: readonly string[],
  baseRequests: Dec,
  samples: number,
  seed: number,
): MonteCarloCore {
  const prng = createPrng(seed);
  // Workload tokens per request vary only when a token count is sampled; otherwise the token
  // breakeven is the request breakeven × a constant, and its percentiles are those × the constant.
  const tokensVary = compiled.tokensVary;
  const n = compiled.ids.length;
  const ids = compiled.ids;
  const pairs: [number, number][] = [];
  for (let i = 0; i < n; i++) for (let j = i + 1; j < n; j++) pairs.push([i, j]);

  const costs: Dec[][] = ids.map(() => []);
  const scales: (Dec | null)[][] = ids.map(() => []);
  const scaleDecs = new Map<number, Dec>();
  const scaleOf = (k: number): Dec | null => {
    if (k === 1) return null;
    let d = scaleDecs.get(k);
    if (d === undefined) {
      d = new D(k);
      scaleDecs.set(k, d);
    }
    return d;
  };
  const cheapest = new Array<number>(n).fill(0);
  const over = new Array<number>(n).fill(0);
  const volumes: Dec[] = [];
  const crossNum: Dec[][] = pairs.map(() => []);
  const crossTok: Dec[][] = pairs.map(() => []);
  const crossDen: (Dec | null)[][] = pairs.map(() => []);
  const never: Map<string, number>[] = pairs.map(() => new Map());
  const equal = new Array<number>(pairs.length).fill(0);
  const ratioNum: Dec[][] = pairs.map(() => []);
  const ratioDen: Dec[][] = pairs.map(() => []);
  const firstCheaper = new Array<number>(pairs.length).fill(0);
  const memo = new Map<SampledModel, Map<SampledModel, FirstCrossover>>();
  const V: (Dec | null)[] = new Array(n);

  for (let s = 0; s < samples; s++) {
    const draws: Draw[] = samplers.map((sampler) => sampler.draw(prng));
    const r = compiled.volumeInput === -1 ? baseRequests : draws[compiled.volumeInput]!.value;
    volumes.push(r);
    const w = tokensVary ? compiled.tokensPerRequestAt(draws) : null;
    const models = compiled.modelsAt(draws);
    let best = -1;
    for (let k = 0; k < n; k++) {
      const m = models[k]!;
      if (m.maxRequestsPerMonth !== null && r.gt(m.maxRequestsPerMonth)) {
        V[k] = null;
        over[k]!++;
        continue;
      }
      const v = evaluate(m.monthlyScaled, r);
      V[k] = v;
      costs[k]!.push(v);
      scales[k]!.push(scaleOf(m.monthlyScale));
      if (best === -1) best = k;
      else {
        const bm = models[best]!;
        // v ÷ scale < best ÷ its scale, without dividing.
        const lower =
          m.monthlyScale === bm.monthlyScale
            ? v.lt(V[best]!)
            : v.times(bm.monthlyScale).lt(V[best]!.times(m.monthlyScale));
        if (lower) best = k;
      }
    }
    if (best !== -1) cheapest[best]!++;
    pairs.forEach(([i, j], p) => {
      const a = models[i]!;
      const b = models[j]!;
      let outcome: FirstCrossover | undefined;
      if (a.shared && b.shared) {
        let inner = memo.get(a);
        if (inner === undefined) {
          inner = new Map();
          memo.set(a, inner);
        }
        outcome = inner.get(b);
        if (outcome === undefined) {
          outcome = firstCrossover(a, b);
          inner.set(b, outcome);
        }
      } else outcome = firstCrossover(a, b);
      if (outcome.kind === 'crossover') {
        crossNum[p]!.push(outcome.numerator);
        if (tokensVary) crossTok[p]!.push(outcome.numerator.times(w!));
        crossDen[p]!.push(outcome.denominator);
      } else if (outcome.kind === 'equal') equal[p]!++;
      else never[p]!.set(outcome.cheaper, (never[p]!.get(outcome.cheaper) ?? 0) + 1);
      const va = V[i];
      const vb = V[j];
      if (va == null || vb == null || vb.isZero()) return;
      const ka = a.monthlyScale;
      const kb = b.monthlyScale;
      // (va ÷ ka) ÷ (vb ÷ kb) = (va × kb) ÷ (vb × ka), kept as a fraction: divided only if it is a percentile.
      const num = ka === kb ? va : va.times(kb);
      const den = ka === kb ? vb : vb.times(ka);
      ratioNum[p]!.push(num);
      ratioDen[p]!.push(den);
      if (num.lt(den)) firstCheaper[p]!++;
    });
  }

  const fixedTokens = tokensVary ? null : compiled.tokensPerRequestAt([]);
  const total = new D(samples);
  const outcome = (count: number): Outcome => ({ count, probability: new D(count).div(total) });
  return {
    samples,
    seed,
    requestsPerMonth: percentilesOf(volumes)!,
    strategies: ids.map((id, k) => ({
      strategy: id,
      label: labels[k]!,
      monthlyCost: fractionPercentiles(costs[k]!, scales[k]!),
      cheapest: outcome(cheapest[k]!),
      overCapacity: outcome(over[k]!),
    })),
    breakevens: pairs.map(([i, j], p) => ({
      between: [ids[i]!, ids[j]!] as const,
      crossover: {
        ...outcome(crossNum[p]!.length),
        requestsPerMonth: fractionPercentiles(crossNum[p]!, crossDen[p]!),
        workloadTokensPerMonth: tokensVary
          ? fractionPercentiles(crossTok[p]!, crossDen[p]!)
          : timesPercentiles(fractionPercentiles(crossNum[p]!, crossDen[p]!), fixedTokens!),
      },
      never: [...never[p]!.entries()]
        .sort(([x], [y]) => ids.indexOf(x) - ids.indexOf(y))
        .map(([cheaper, count]) => ({ cheaper, ...outcome(count) })),
      equal: outcome(equal[p]!),
    })),
    multiples: pairs.map(([i, j], p) => ({
      between: [ids[i]!, ids[j]!] as const,
      ratio: fractionPercentiles(ratioNum[p]!, ratioDen[p]!),
      priced: outcome(ratioNum[p]!.length),
      firstCheaper: outcome(firstCheaper[p]!),
    })),
  };
}
