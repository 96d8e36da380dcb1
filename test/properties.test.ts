import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate, segmentIndex } from '../src/_lib/piecewise.js';
import { breakevenWith, compareWith, curveWith } from '../src/calculate.js';
import { D, type Dec } from '../src/decimal.js';
import { buildStrategyModels } from '../src/kinds/buildStrategyModels.js';
import type { PriceTable } from '../src/pricing/priceTableSchema.js';
import { createPricingRegistry } from '../src/pricing/registry.js';
import { parseScenario } from '../src/scenario/parseScenario.js';
import type { ScenarioInput } from '../src/scenario/scenarioSchema.js';
import type { StrategyId } from '../src/strategyKinds.js';
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

/** Monthly total of one strategy at a volume, through the public calculation. */
function monthlyOf(input: ScenarioInput, id: StrategyId, requestsPerMonth: number): Dec {
  const result = compareWith(input, { pricing, requestsPerMonth });
  return result.strategies.find((s) => s.strategy === id)!.monthlyTotal;
}

/** A fine-tune served on GPU copies that autoscale: its monthly cost is a staircase in volume. */
function autoscaledFineTune(requestsPerCopy: number, maxCopies: number, datasetTokens: number) {
  return {
    vendor: 'test-llm',
    model: 'small',
    variant: 'lora',
    training: { datasetTokens, epochs: 1 },
    serving: {
      mode: 'capacity',
      option: 'gpu',
      autoscale: { requestsPerCopyPerMonth: requestsPerCopy, minCopies: 1, maxCopies },
    },
  } as const;
}

/**
 * Step crossovers: a copy staircase against prompt-only's line, with one copy's width set so the
 * line rises u = 1.01…1.6 copies' cost per copy width. On copy k's step the line starts below the
 * step (u(k − 1) < k) and ends above it (uk > k): a continuous crossover inside the step, then a
 * step crossover where copy k + 1 starts, for every k < 1 / (u − 1). The per-request and per-copy
 * costs are measured through the model, so the family tracks the test tables.
 */
const stepArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    instruction: fc.integer({ min: 0, max: 2000 }),
    input: fc.integer({ min: 1, max: 2000 }),
    output: fc.integer({ min: 0, max: 1000 }),
    permille: fc.integer({ min: 1010, max: 1600 }),
    maxCopies: fc.integer({ min: 2, max: 20 }),
    dataset: fc.integer({ min: 0, max: 5_000_000 }),
  })
  .map((r): ScenarioInput => {
    const workload = {
      requestsPerMonth: 1000,
      instructionTokens: r.instruction,
      inputTokens: r.input,
      outputTokens: r.output,
    };
    const promptOnly = { vendor: 'test-llm', model: 'big', fewShotTokens: 0 };
    const probe: ScenarioInput = {
      workload,
      strategies: { fineTune: autoscaledFineTune(1_000_000, 3, r.dataset), promptOnly },
    };
    const perRequest = monthlyOf(probe, 'promptOnly', 1_000_000).div(1_000_000);
    // 1,000,000 requests fit one copy; one more needs the second.
    const perCopy = monthlyOf(probe, 'fineTune', 1_000_001).minus(monthlyOf(probe, 'fineTune', 1_000_000));
    const width = D.max(1, perCopy.times(r.permille).div(1000).div(perRequest).floor()).toNumber();
    return {
      workload,
      strategies: { fineTune: autoscaledFineTune(width, r.maxCopies, r.dataset), promptOnly },
    };
  });

/**
 * Interval crossovers: the copy staircase against a RAG whose only cost is its vector database's
 * monthly minimum (free generation, nothing to embed), set to the staircase's level on copy k's
 * step. The two are equal over that whole step; fine-tune is cheaper before it, RAG after it.
 */
const intervalArb: fc.Arbitrary<ScenarioInput> = fc
  .record({
    width: fc.integer({ min: 1000, max: 50_000_000 }),
    maxCopies: fc.integer({ min: 3, max: 20 }),
    k: fc.nat(),
    // Months whose reciprocal terminates (2^a × 5^b): the amortised level is an exact decimal.
    horizon: fc.constantFrom(1, 2, 4, 5, 8, 10, 16, 20, 25),
    dataset: fc.integer({ min: 0, max: 5_000_000 }),
  })
  .map((r): ScenarioInput => {
    const k = 1 + (r.k % (r.maxCopies - 1));
    const workload = { requestsPerMonth: 1000, instructionTokens: 100, inputTokens: 100, outputTokens: 100 };
    const fineTune = autoscaledFineTune(r.width, r.maxCopies, r.dataset);
    const level = monthlyOf(
      { horizonMonths: r.horizon, workload, strategies: { fineTune } },
      'fineTune',
      k * r.width,
    );
    const free = { input: '0', cachedInput: '0', cacheWrite: '0', output: '0' };
    return {
      horizonMonths: r.horizon,
      workload,
      strategies: {
        fineTune,
        rag: {
          embedding: { vendor: 'test-llm', model: 'embed' },
          corpusTokens: 0,
          topK: 1,
          queryEmbeddingTokens: 0,
          vectorDb: {
            vendor: 'test-vectors',
            plan: 'serverless',
            prices: { minimumMonthly: level.toFixed() },
          },
          generation: { vendor: 'test-llm', model: 'big', prices: free },
        },
      },
    };
  });

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

  it('total = Σ quantity × unit price over the raw line definitions (one-time spread over its period), and the curve agrees at every volume', () => {
    fc.assert(
      fc.property(scenarioArb, volume, fc.array(volume, { maxLength: 6 }), (input, r, others) => {
        const compared = compareWith(input, { pricing, requestsPerMonth: r });
        // The independent sum: straight from each model's line definitions, as docs/formulas.md
        // states it, without the assembled piecewise total (its LCM scaling and merged breakpoints).
        const scenario = parseScenario(input);
        const R = new D(r);
        for (const model of buildStrategyModels(scenario, pricing)) {
          let byHand = new D(0);
          for (const line of model.lines) {
            const amount = evaluate(line.quantity, R).times(line.unitPrice);
            const months =
              line.timing === 'one_time' ? (line.recursEveryMonths ?? scenario.horizonMonths) : 1;
            byHand = byHand.plus(amount.div(months));
          }
          const total = compared.strategies.find((s) => s.strategy === model.id)!.monthlyTotal;
          expect(total.minus(byHand).abs().lte(byHand.abs().plus(1).times('1e-30')), model.id).toBe(true);
          expect(
            evaluate(model.monthly, R).minus(byHand).abs().lte(byHand.abs().plus(1).times('1e-30')),
          ).toBe(true);
        }
        // The curve walks segments forward for ascending volumes and searches otherwise: put r among
        // other volumes in any order and it must still agree with compare.
        const volumes = [...others, r, ...others.slice().reverse()];
        const curve = curveWith(input, { pricing, volumes }).points[others.length]!;
        for (const s of compared.strategies) {
          expect(curve.monthly[s.strategy]!.minus(s.monthlyTotal).abs().lte('1e-30')).toBe(true);
        }
        assertFinite(compared);
      }),
      { numRuns: 150 },
    );
  });

  it('costs are equal at every continuous crossover and over every interval, and the cheaper side flips across each kind', () => {
    // Counted, so the property proves it met every kind: random scenarios give continuous
    // crossovers; step and interval ones come from the two families built for them.
    const seen = { continuous: 0, step: 0, interval: 0 };
    let cases = 0;
    fc.assert(
      fc.property(fc.oneof({ arbitrary: scenarioArb, weight: 2 }, stepArb, intervalArb), (input) => {
        cases += 1;
        const scenario = parseScenario(input);
        const models = buildStrategyModels(scenario, pricing);
        for (let i = 0; i < models.length; i++) {
          for (let j = i + 1; j < models.length; j++) {
            const a = models[i]!;
            const b = models[j]!;
            const result = breakevenWith(input, { pricing, between: [a.id, b.id] }).breakeven;
            if (result.kind !== 'crossovers') continue;
            for (const c of result.crossovers) {
              seen[c.kind] += 1;
              const r = c.requestsPerMonth;
              if (c.kind === 'interval') {
                // Exactly equal from r to until, and in between: on the exact scaled costs (both
                // brought to one common scale; `monthly` itself is rounded where 1/scale is not exact).
                const until = c.untilRequestsPerMonth!;
                const common = a.monthlyScale * b.monthlyScale;
                const exact = (m: typeof a, x: Dec) =>
                  evaluate(m.monthlyScaled, x).times(common / m.monthlyScale);
                // `until` closes the interval where a continuous side ends it, and opens the next step
                // where a step ends it (segments are left-closed): equal just below it either way.
                for (const x of [r, r.plus(until).div(2), until.minus('1e-9')]) {
                  expect(exact(a, x).eq(exact(b, x)), `equal at ${x}`).toBe(true);
                }
              }
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
      { numRuns: 150 },
    );
    expect(cases).toBe(150);
    expect(seen.continuous, 'continuous crossovers met').toBeGreaterThan(0);
    expect(seen.step, 'step crossovers met').toBeGreaterThan(0);
    expect(seen.interval, 'interval crossovers met').toBeGreaterThan(0);
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

  it('the breakeven of (a, b) and of (b, a) name the same volumes, kinds and cheaper sides', () => {
    // Swapping the pair negates the cost difference findBreakeven solves: every root, step and
    // interval must come out the same, with the same strategy cheaper below and above.
    fc.assert(
      fc.property(fc.oneof(scenarioArb, stepArb, intervalArb), fc.nat(), fc.nat(), (input, i, j) => {
        // Two different strategies the scenario describes.
        const ids = Object.keys(input.strategies!) as StrategyId[];
        const a = ids[i % ids.length]!;
        const b = ids[(i + 1 + (j % (ids.length - 1))) % ids.length]!;
        const there = breakevenWith(input, { pricing, between: [a, b] }).breakeven;
        const back = breakevenWith(input, { pricing, between: [b, a] }).breakeven;
        if (there.kind === 'equal' || back.kind === 'equal') {
          expect([there.kind, back.kind]).toEqual(['equal', 'equal']);
          return;
        }
        if (there.kind === 'never' || back.kind === 'never') {
          expect(back.kind).toBe(there.kind);
          if (there.kind === 'never' && back.kind === 'never') expect(back.cheaper).toBe(there.cheaper);
          return;
        }
        const view = (x: typeof there) =>
          x.crossovers.map((c) => [
            c.kind,
            c.requestsPerMonth.toFixed(),
            c.untilRequestsPerMonth?.toFixed() ?? null,
            c.cheaperBelow,
            c.cheaperAbove,
          ]);
        expect(view(back)).toEqual(view(there));
        expect(back.range.toRequestsPerMonth?.toFixed()).toBe(there.range.toRequestsPerMonth?.toFixed());
      }),
      { numRuns: 60 },
    );
  });
});
