import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, linear, staircase } from '../../src/_lib/piecewise.js';
import { cheapestEnvelope, envelopeAt } from '../../src/analysis/cheapestEnvelope.js';
import { findBreakeven } from '../../src/analysis/findBreakeven.js';
import { D, type Dec } from '../../src/decimal.js';
import type { StrategyModel } from '../../src/model/types.js';
import { modelOf } from '../helpers/strategyModel.js';

const d = (x: string | number) => new D(x);
const ONE = d(1);

function envelopeOf(models: readonly StrategyModel[]) {
  const breakevens = [];
  for (let i = 0; i < models.length; i++)
    for (let j = i + 1; j < models.length; j++) breakevens.push(findBreakeven(models[i]!, models[j]!, ONE));
  return cheapestEnvelope(models, breakevens, ONE);
}

/** The cheapest by brute force: every model that can serve `r`, lowest cost, first on a tie. */
function bruteCheapest(models: readonly StrategyModel[], r: Dec): { id: string; cost: Dec } | null {
  let best: { id: string; cost: Dec } | null = null;
  for (const m of models) {
    if (m.maxRequestsPerMonth !== null && r.gt(m.maxRequestsPerMonth)) continue;
    const cost = evaluate(m.monthly, r);
    if (best === null || cost.lt(best.cost)) best = { id: m.id, cost };
  }
  return best;
}

const costAt = (models: readonly StrategyModel[], id: string, r: Dec) =>
  evaluate(models.find((m) => m.id === id)!.monthly, r);

describe('cheapestEnvelope, worked by hand', () => {
  // B = 3R; F = 60 × ceil(R/100), serving at most 500; C = 250 × ceil(R/1000) (at least 1 step),
  // serving at most 3,000; A = 100 + R; D = 10,000 flat; E = 5,000 + 2R.
  const models = [
    modelOf('B', linear(d(0), d(3))),
    modelOf('F', staircase(d(100), d(60), 1, 5), '500'),
    modelOf('C', staircase(d(1000), d(250), 1, 3), '3000'),
    modelOf('A', linear(d(100), ONE)),
    modelOf('D', linear(d(10000), d(0))),
    modelOf('E', linear(d(5000), d(2))),
  ];
  const env = envelopeOf(models);
  const rows = env.segments.map((s) => [
    s.candidate,
    s.fromRequestsPerMonth.toFixed(),
    s.toRequestsPerMonth?.toFixed() ?? null,
    s.endsBy,
  ]);

  it('finds each stretch and how it ends', () => {
    expect(rows).toEqual([
      // 3R = 60 at R = 20 (F's first step costs 60 up to 100 requests): a continuous crossover.
      ['B', '0', '20', 'crossover'],
      // F's fifth step (401–500 requests) costs 5 × 60 = 300 > C's 250: C is cheaper from 401.
      ['F', '20', '401', 'step'],
      // C costs 250, 500, 750 up to its 3,000-request ceiling; A there is 100 + R ≥ 501 > C.
      ['C', '401', '3000', 'ceiling'],
      // Above C's ceiling: A = 100 + R against D = 10,000: equal at R = 9,900.
      ['A', '3000', '9900', 'crossover'],
      ['D', '9900', null, null],
    ]);
  });

  it('gives the exact crossover volume as a fraction', () => {
    const first = env.segments[0]!.exactTo!;
    expect(first.numerator.div(first.denominator).eq(20)).toBe(true);
    const fourth = env.segments[3]!.exactTo!;
    expect(fourth.numerator.div(fourth.denominator).eq(9900)).toBe(true);
  });

  it('names the candidate that is never cheapest', () => {
    // E = 5,000 + 2R is above A = 100 + R everywhere (higher intercept and slope).
    expect(env.neverCheapest).toEqual(['E']);
  });

  it('agrees with a brute-force minimum at every integer volume up to 12,000', () => {
    // At a crossover volume both candidates cost the same; the envelope names the one cheaper above.
    for (let r = 0; r <= 12_000; r += 1) {
      const at = d(r);
      expect(costAt(models, envelopeAt(env, at)!, at).eq(bruteCheapest(models, at)!.cost), `R = ${r}`).toBe(
        true,
      );
    }
    expect(envelopeAt(env, d(19))).toBe('B');
    expect(envelopeAt(env, d(3000))).toBe('C');
    expect(envelopeAt(env, d(3001))).toBe('A');
  });

  it('covers a stated range only', () => {
    const breakevens = [];
    for (let i = 0; i < models.length; i++)
      for (let j = i + 1; j < models.length; j++) breakevens.push(findBreakeven(models[i]!, models[j]!, ONE));
    const part = cheapestEnvelope(models, breakevens, ONE, { from: d(100), to: d(5000) });
    expect(part.segments.map((s) => [s.candidate, s.fromRequestsPerMonth.toFixed(), s.endsBy])).toEqual([
      ['F', '100', 'step'],
      ['C', '401', 'ceiling'],
      ['A', '3000', 'range_end'],
    ]);
    expect(part.neverCheapest).toEqual(['B', 'D', 'E']);
  });
});

describe('cheapestEnvelope, properties', () => {
  // Lines and staircases with optional ceilings: together they produce continuous, step and
  // ceiling boundaries (counted below, so the property shows it reached each).
  const modelArb = fc.oneof(
    fc
      .record({ a: fc.integer({ min: 0, max: 5000 }), b: fc.integer({ min: 0, max: 4000 }) })
      .map(({ a, b }) => ({ kind: 'line', fn: linear(d(a), d(b).div(1000)), max: null as string | null })),
    fc
      .record({
        width: fc.integer({ min: 50, max: 2000 }),
        height: fc.integer({ min: 1, max: 800 }),
        steps: fc.integer({ min: 2, max: 6 }),
        capped: fc.boolean(),
      })
      .map(({ width, height, steps, capped }) => ({
        kind: 'stairs',
        fn: staircase(d(width), d(height), 1, steps),
        max: capped ? String(width * steps) : null,
      })),
  );
  const seen = { crossover: 0, step: 0, ceiling: 0, tie: 0, never: 0 }; // tie: counted, not claimed

  it('is the pointwise minimum, its boundaries are crossovers, and a new candidate never raises it', () => {
    fc.assert(
      fc.property(
        fc.array(modelArb, { minLength: 2, maxLength: 5 }),
        modelArb,
        fc.array(fc.integer({ min: 0, max: 20_000 }), { minLength: 5, maxLength: 20 }),
        (specs, extra, volumes) => {
          // One line without a ceiling keeps every volume served.
          const models = [
            modelOf('base', linear(d(4000), d(1))),
            ...specs.map((s, i) => modelOf(`m${i}`, s.fn, s.max)),
          ];
          const env = envelopeOf(models);
          const more = envelopeOf([...models, modelOf('extra', extra.fn, extra.max)]);
          for (const s of env.segments) {
            if (s.endsBy !== null && s.endsBy !== 'range_end') seen[s.endsBy]++;
            // Both ends of a stretch, in requests and tokens, are open or closed together.
            expect(s.toWorkloadTokensPerMonth === null).toBe(s.toRequestsPerMonth === null);
            expect(s.endsBy === null).toBe(s.toRequestsPerMonth === null);
          }
          if (env.neverCheapest.length > 0) seen.never++;
          for (const v of volumes) {
            const r = d(v).plus(d(v % 7).div(7));
            const brute = bruteCheapest(models, r)!;
            expect(costAt(models, envelopeAt(env, r)!, r).eq(brute.cost)).toBe(true);
            const all = [...models, modelOf('extra', extra.fn, extra.max)];
            const withExtra = bruteCheapest(all, r)!;
            expect(costAt(all, envelopeAt(more, r)!, r).eq(withExtra.cost)).toBe(true);
            expect(withExtra.cost.lte(brute.cost)).toBe(true);
          }
          // Each continuous boundary is an exact tie of the two candidates it separates.
          for (let i = 0; i + 1 < env.segments.length; i++) {
            const s = env.segments[i]!;
            if (s.endsBy !== 'crossover') continue;
            const at = s.exactTo!.numerator.div(s.exactTo!.denominator);
            const left = models.find((m) => m.id === s.candidate)!;
            const right = models.find((m) => m.id === env.segments[i + 1]!.candidate)!;
            expect(evaluate(left.monthly, at).minus(evaluate(right.monthly, at)).abs().lt('1e-20')).toBe(
              true,
            );
          }
        },
      ),
      { numRuns: 300, seed: 20261130 },
    );
    expect(seen.crossover).toBeGreaterThan(0);
    expect(seen.step).toBeGreaterThan(0);
    expect(seen.ceiling).toBeGreaterThan(0);
    expect(seen.never).toBeGreaterThan(0);
  });
});
