import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, segmentIndex } from '../src/_lib/piecewise.js';
import { breakevenWith, compareWith, curveWith } from '../src/calculate.js';
import { D } from '../src/decimal.js';
import { buildStrategyModels } from '../src/model/buildStrategyModels.js';
import type { PriceTable } from '../src/pricing/priceTableSchema.js';
import { createPricingRegistry } from '../src/pricing/registry.js';
import { parseScenario } from '../src/scenario/parseScenario.js';
import type { ScenarioInput } from '../src/scenario/scenarioSchema.js';
import { testLlm, testRegistry, testVectors } from './helpers/testTables.js';

const pricing = testRegistry();
const rate = fc.integer({ min: 0, max: 100 }).map((n) => (n / 100).toString());

/** Random but valid scenarios over the test tables, covering every line-item kind. */
const scenarioArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    requests: fc.integer({ min: 0, max: 50_000_000 }),
    instruction: fc.integer({ min: 0, max: 4000 }),
    input: fc.integer({ min: 0, max: 4000 }),
    output: fc.integer({ min: 0, max: 4000 }),
    dataset: fc.integer({ min: 0, max: 50_000_000 }),
    epochs: fc.integer({ min: 1, max: 5 }),
    retrain: fc.integer({ min: 0, max: 12 }),
    evaluation: fc.integer({ min: 0, max: 5000 }),
    tuned: fc.integer({ min: 0, max: 1000 }),
    ftHit: rate,
    serving: fc.constantFrom('per_token', 'pt', 'pt-6m', 'autoscale'),
    corpus: fc.integer({ min: 0, max: 100_000_000 }),
    chunk: fc.integer({ min: 100, max: 2000 }),
    topK: fc.integer({ min: 1, max: 10 }),
    churn: rate,
    plan: fc.constantFrom('serverless', 'hosted'),
    rerank: fc.boolean(),
    ragHit: rate,
    fewShot: fc.integer({ min: 0, max: 8000 }),
    poHit: rate,
    ttl: fc.constantFrom('5m' as const, '1h' as const),
    horizon: fc.integer({ min: 1, max: 36 }),
  })
  .map(
    (r): ScenarioInput => ({
      horizonMonths: r.horizon,
      workload: {
        requestsPerMonth: r.requests,
        instructionTokens: r.instruction,
        inputTokens: r.input,
        outputTokens: r.output,
      },
      strategies: {
        fineTune: {
          vendor: 'test-llm',
          model: 'small',
          variant: 'lora',
          training: { datasetTokens: r.dataset, epochs: r.epochs },
          retrainEveryMonths: r.retrain,
          evaluationRequests: r.evaluation,
          tunedInstructionTokens: r.tuned,
          cachedPrefixHitRate: r.serving === 'per_token' ? r.ftHit : '0',
          serving:
            r.serving === 'per_token'
              ? { mode: 'per_token' }
              : r.serving === 'autoscale'
                ? {
                    mode: 'capacity',
                    option: 'gpu',
                    autoscale: { requestsPerCopyPerMonth: 5_000_000, minCopies: 1, maxCopies: 20 },
                  }
                : { mode: 'capacity', option: r.serving, copies: 1 },
        },
        rag: {
          embedding: { vendor: 'test-llm', model: 'embed' },
          corpusTokens: r.corpus,
          chunkTokens: r.chunk,
          churnPerMonth: r.churn,
          topK: r.topK,
          vectorDb: {
            vendor: 'test-vectors',
            plan: r.plan,
            ...(r.plan === 'hosted' ? { instance: 'small' } : {}),
          },
          ...(r.rerank ? { rerank: { vendor: 'test-llm', model: 'rerank', candidates: r.topK * 5 } } : {}),
          generation: { vendor: 'test-llm', model: 'big', cachedPrefixHitRate: r.ragHit, cacheTtl: r.ttl },
        },
        promptOnly: {
          vendor: 'test-llm',
          model: 'big',
          fewShotTokens: r.fewShot,
          cachedPrefixHitRate: r.poHit,
          cacheTtl: r.ttl,
        },
        hybrid: {},
      },
    }),
  );

const volume = fc.integer({ min: 0, max: 100_000_000 });

function scaleTable(table: PriceTable, k: string): PriceTable {
  const walk = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(walk);
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(
        Object.entries(value).map(([key, v]) => [
          key,
          key === 'usd' ? new D(v as string).times(k).toFixed() : walk(v),
        ]),
      );
    }
    return value;
  };
  return walk(table) as PriceTable;
}

/** Every string in a JSON result that looks numeric must be a finite decimal. */
function assertFinite(value: unknown): void {
  const text = JSON.stringify(value);
  expect(text).not.toMatch(/NaN|Infinity/);
}

describe('properties', () => {
  it('monthly cost is non-decreasing in volume (within capacity)', () => {
    fc.assert(
      fc.property(scenarioArb, volume, volume, (scenario, v1, v2) => {
        const [lo, hi] = v1 <= v2 ? [v1, v2] : [v2, v1];
        const points = curveWith(scenario, { pricing, volumes: [lo, hi] }).points;
        for (const [id, low] of Object.entries(points[0]!.monthly)) {
          const high = points[1]!.monthly[id as keyof (typeof points)[1]['monthly']];
          if (low === null || low === undefined || high === null || high === undefined) continue;
          expect(high.gte(low)).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('total = sum of line items, and the curve agrees with compare at every volume', () => {
    fc.assert(
      fc.property(scenarioArb, volume, fc.array(volume, { maxLength: 6 }), (scenario, r, others) => {
        const compared = compareWith(scenario, { pricing, requestsPerMonth: r });
        // The curve walks segments forward for ascending volumes and searches otherwise: put r among
        // other volumes in any order and it must still agree with compare.
        const volumes = [...others, r, ...others.slice().reverse()];
        const curve = curveWith(scenario, { pricing, volumes }).points[others.length]!;
        for (const s of compared.strategies) {
          const sum = s.lines.reduce((acc, l) => acc.plus(l.monthlyAmount), new D(0));
          expect(sum.minus(s.monthlyTotal).abs().lte('1e-30')).toBe(true);
          expect(curve.monthly[s.strategy]!.minus(s.monthlyTotal).abs().lte('1e-30')).toBe(true);
        }
        assertFinite(compared);
      }),
      { numRuns: 150 },
    );
  });

  it('costs are equal at every continuous crossover, and the cheaper side flips across it', () => {
    fc.assert(
      fc.property(scenarioArb, (input) => {
        const scenario = parseScenario(input);
        const models = buildStrategyModels(scenario, pricing);
        for (let i = 0; i < models.length; i++) {
          for (let j = i + 1; j < models.length; j++) {
            const a = models[i]!;
            const b = models[j]!;
            const result = breakevenWith(input, { pricing, between: [a.id, b.id] }).breakeven;
            if (result.kind !== 'crossovers') continue;
            for (const c of result.crossovers) {
              const r = c.requestsPerMonth;
              if (c.kind === 'continuous') {
                // Exactly equal at n / d: on the segment holding it, the exact scaled costs of both
                // strategies, a + b × n / d, agree when cross-multiplied by d (no rounding anywhere).
                const { numerator: n, denominator: den } = c.exact!;
                const exactCost = (m: typeof a, factor: number) => {
                  const i = segmentIndex(m.monthlyScaled, r);
                  return m.monthlyScaled.intercepts[i]!.times(den)
                    .plus(m.monthlyScaled.slopes[i]!.times(n))
                    .times(factor);
                };
                const common = a.monthlyScale * b.monthlyScale;
                expect(exactCost(a, common / a.monthlyScale).eq(exactCost(b, common / b.monthlyScale))).toBe(
                  true,
                );
                // And the rounded volume gives equal costs to 25 significant digits.
                const gap = evaluate(a.monthly, r).minus(evaluate(b.monthly, r)).abs();
                expect(gap.lte(evaluate(a.monthly, r).abs().plus(1).times('1e-25'))).toBe(true);
              }
              const below = c.kind === 'interval' ? r.minus('1e-9') : r.minus(r.times('1e-12').plus('1e-12'));
              const above =
                c.kind === 'interval'
                  ? c.untilRequestsPerMonth!.plus('1e-9')
                  : c.kind === 'step'
                    ? r
                    : r.plus(r.times('1e-12').plus('1e-12'));
              if (below.isNegative()) continue;
              const cheaperAt = (x: InstanceType<typeof D>) =>
                evaluate(a.monthly, x).lt(evaluate(b.monthly, x)) ? a.id : b.id;
              expect(cheaperAt(c.kind === 'step' ? r.minus('0.5') : below)).toBe(c.cheaperBelow);
              expect(cheaperAt(above)).toBe(c.cheaperAbove);
            }
          }
        }
      }),
      { numRuns: 120 },
    );
  });

  it('scaling every price by k scales every cost by k and leaves every breakeven unchanged', () => {
    fc.assert(
      fc.property(scenarioArb, fc.constantFrom('2', '3', '0.5', '7.25', '0.001'), (scenario, k) => {
        const scaled = createPricingRegistry([scaleTable(testLlm, k), scaleTable(testVectors, k)]);
        const before = compareWith(scenario, { pricing });
        const after = compareWith(scenario, { pricing: scaled });
        before.strategies.forEach((s, i) => {
          const t = after.strategies[i]!;
          expect(t.monthlyTotal.minus(s.monthlyTotal.times(k)).abs().lte('1e-28')).toBe(true);
          expect(t.oneTimeTotal.eq(s.oneTimeTotal.times(k))).toBe(true);
        });
        expect(
          JSON.stringify(
            after.breakevens.map((b) =>
              b.kind === 'crossovers' ? b.crossovers.map((c) => c.requestsPerMonth) : b.kind,
            ),
          ),
        ).toBe(
          JSON.stringify(
            before.breakevens.map((b) =>
              b.kind === 'crossovers' ? b.crossovers.map((c) => c.requestsPerMonth) : b.kind,
            ),
          ),
        );
      }),
      { numRuns: 80 },
    );
  });

  it('results do not depend on the order of the strategies in the input', () => {
    fc.assert(
      fc.property(scenarioArb, (scenario) => {
        const s = scenario.strategies!;
        const reordered = {
          ...scenario,
          strategies: { hybrid: s.hybrid, promptOnly: s.promptOnly, rag: s.rag, fineTune: s.fineTune },
        };
        expect(JSON.stringify(compareWith(reordered, { pricing }))).toBe(
          JSON.stringify(compareWith(scenario, { pricing })),
        );
      }),
      { numRuns: 40 },
    );
  });
});
