import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import { findBreakeven } from '../../src/analysis/findBreakeven.js';
import { compareWith } from '../../src/calculate.js';
import { D, type Dec } from '../../src/decimal.js';
import { isTuneOrRagError } from '../../src/errors.js';
import { getBundledPricing } from '../../src/index.js';
import { sizeCopies } from '../../src/model/capacityCopies.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import type { CapacityServing } from '../../src/spec/parseServing.js';
import { modelOf } from '../helpers/strategyModel.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const d = (x: string | number) => new D(x);

/** A tuned `small` model at test-llm, served on its $3.60/h GPU (billed per minute). */
function onGpu(serving: Record<string, unknown>, workload?: Partial<ScenarioInput['workload']>) {
  return {
    workload: {
      requestsPerMonth: 1_000_000,
      instructionTokens: 500,
      inputTokens: 100,
      outputTokens: 200,
      ...workload,
    },
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 1_000_000 },
        tunedInstructionTokens: 100,
        serving: { mode: 'capacity', option: 'gpu', ...serving },
      },
    },
  } as ScenarioInput;
}

function capacityAt(scenario: ScenarioInput, requestsPerMonth: number, registry = pricing) {
  const cost = compareWith(scenario, { pricing: registry, requestsPerMonth }).strategies[0]!;
  return cost.lines.find((l) => l.id === 'fineTune.serving.capacity')!;
}

function errorOf(run: () => unknown) {
  try {
    run();
  } catch (error) {
    if (isTuneOrRagError(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}

describe('copies from demand', () => {
  // One request: 100 tuned-prompt + 100 input + 200 output = 400 tokens (all weighted 1).
  // One copy: 100 tokens/s × utilisation 0.8 = 80 tokens/s at peak. The month: 730 h = 2,628,000 s.
  // Peak factor 2: a copy serves 80 × 2,628,000 ÷ (2 × 400) = 262,800 requests a month.
  const staircase = onGpu({
    throughput: { amount: 100, unit: 'tokens_per_second' },
    peakFactor: 2,
    targetUtilisation: '0.8',
  });

  it('rises as a staircase, worked by hand', () => {
    // One copy bills 730 h × $3.60 = $2,628, idle or busy.
    const at = (r: number) => capacityAt(staircase, r).amount.toFixed();
    expect(at(1)).toBe('2628');
    // 262,800 requests: peak = 262,800 × 400 × 2 ÷ 2,628,000 = 80 tokens/s, exactly one copy's 80.
    expect(at(262_800)).toBe('2628');
    // One request (400 tokens) more: 80.0003… tokens/s needs a second copy: 2 × $2,628.
    expect(at(262_801)).toBe('5256');
    // 1,000,000 requests: ⌈1,000,000 ÷ 262,800⌉ = ⌈3.805…⌉ = 4 copies = $10,512.
    expect(at(1_000_000)).toBe('10512');
    expect(capacityAt(staircase, 1_000_000).basis).toBe(
      'max(1, ⌈requests/month × 400 tokens × peak 2 ÷ (2,628,000 active s × 100 tokens/s per copy × utilisation 0.8)⌉) copies (at most 100) × 1 Test GPU(s) × 730 billed hours (730 active h in 1 session(s)), billed idle or busy',
    );
  });

  it('stops at the most copies allowed: 100 by default, a capacity ceiling', () => {
    // 100 copies × 262,800 = 26,280,000 requests; one more is more than the capacity serves.
    expect(capacityAt(staircase, 26_280_000).amount.toFixed()).toBe('262800');
    const e = errorOf(() => capacityAt(staircase, 26_280_001));
    expect(e.code).toBe('capacity_exceeded');
  });

  it('counts requests per hour in the active hours', () => {
    // 360 requests/h per copy × 100 active h = 36,000 requests a month per copy; one copy bills
    // 100 h × $3.60 = $360.
    const perHour = onGpu({
      throughput: { amount: 360, unit: 'requests_per_hour' },
      activeHoursPerMonth: 100,
    });
    expect(capacityAt(perHour, 36_000).amount.toFixed()).toBe('360');
    expect(capacityAt(perHour, 36_001).amount.toFixed()).toBe('720');
  });

  it('fixed copies stay fixed, and the throughput makes their capacity a ceiling', () => {
    const fixed = onGpu({ copies: 2, throughput: { amount: 100, unit: 'tokens_per_second' }, peakFactor: 2 });
    // A copy: 100 × 2,628,000 ÷ (2 × 400) = 328,500 requests; two: 657,000.
    expect(capacityAt(fixed, 657_000).amount.toFixed()).toBe('5256');
    expect(errorOf(() => capacityAt(fixed, 657_001)).code).toBe('capacity_exceeded');
    // Without a throughput, fixed copies serve any volume, as before.
    expect(capacityAt(onGpu({ copies: 2 }), 50_000_000).amount.toFixed()).toBe('5256');
  });

  it('keeps the requestsPerCopyPerMonth staircase as it was', () => {
    const legacy = onGpu({ autoscale: { requestsPerCopyPerMonth: 400_000, minCopies: 1, maxCopies: 5 } });
    expect(capacityAt(legacy, 800_000).quantity.toFixed()).toBe('1460');
    expect(capacityAt(legacy, 800_001).quantity.toFixed()).toBe('2190');
  });

  it('asks for the throughput, naming the field, when copies come from demand and nobody states one', () => {
    const e = errorOf(() => capacityAt(onGpu({}), 1000));
    expect(e.code).toBe('missing_price');
    expect(e.path).toBe('strategies.fineTune.serving.throughput');
    expect(e.message).toMatchInlineSnapshot(
      `"[tune-or-rag] missing_price at \`strategies.fineTune.serving.throughput\`: no verified throughput for Test LLM Test GPU (the vendor states none for it): copies are sized from demand, so pass \`strategies.fineTune.serving.throughput\`, what one copy serves (e.g. { amount: "2000", unit: "tokens_per_second" }), or fix the count with \`strategies.fineTune.serving.copies\`"`,
    );
    // Autoscaling without requestsPerCopyPerMonth needs it too.
    const scaled = errorOf(() => capacityAt(onGpu({ autoscale: { maxCopies: 3 } }), 1000));
    expect(scaled.path).toBe('strategies.fineTune.serving.throughput');
  });

  it('refuses a peak below the average and a zero utilisation or throughput', () => {
    const path = (serving: Record<string, unknown>) => errorOf(() => capacityAt(onGpu(serving), 1)).path;
    const t = { amount: 100, unit: 'tokens_per_second' };
    expect(path({ throughput: t, peakFactor: '0.5' })).toBe('strategies.fineTune.serving.peakFactor');
    expect(path({ throughput: t, targetUtilisation: 0 })).toBe(
      'strategies.fineTune.serving.targetUtilisation',
    );
    expect(path({ throughput: { ...t, amount: 0 } })).toBe('strategies.fineTune.serving.throughput.amount');
  });

  it("uses the table's throughput: Azure gpt-4.1 regional PTUs, the vendor's sizing method", () => {
    // Azure (provisioned-throughput-onboarding, ms.date 2026-01-12): gpt-4.1 = 3,000 input tokens per
    // minute per PTU, an output token counts as 4, regional deployments in steps of 50 PTUs.
    // Peak 1,000 requests a minute of 200 prompt + 20 response tokens: 200,000 + 4 × 20,000 = 280,000
    // weighted tokens a minute ÷ 3,000 = 93.3 PTUs → 2 steps of 50 = 100 PTUs.
    // Here: 1,000 a minute over 730 h = 43,800,000 requests a month at peak factor 1.
    const azure = {
      asOf: '2026-03-01',
      workload: { requestsPerMonth: 43_800_000, instructionTokens: 150, inputTokens: 50, outputTokens: 20 },
      strategies: {
        fineTune: {
          vendor: 'azure-openai',
          model: 'gpt-4.1',
          training: { datasetTokens: 1_000_000 },
          prices: { capacity: '1' },
          serving: { mode: 'capacity', option: 'regional-ptu' },
        },
      },
    } as ScenarioInput;
    const line = capacityAt(azure, 43_800_000, getBundledPricing());
    // 2 copies × 50 PTUs × 730 h = 73,000 PTU-hours (at a stand-in $1 per PTU-hour).
    expect(line.quantity.toFixed()).toBe('73000');
    // A copy serves 150,000 × 43,800 min ÷ 280 = 23,464,285.7… requests: 46,928,571 fit in two.
    expect(capacityAt(azure, 46_928_571, getBundledPricing()).quantity.toFixed()).toBe('73000');
    expect(capacityAt(azure, 46_928_572, getBundledPricing()).quantity.toFixed()).toBe('109500');
  });
});

describe('published self-hosting worked examples', () => {
  // GMI Cloud, "Cost Per Million Tokens Explained: LLM Inference Cost on GPU Cloud" (2026-05-28,
  // https://www.gmicloud.ai/en/blog/llm-inference-cost-per-million-tokens), example A: a 70B model on
  // one H100 at $2.00 per GPU-hour serving ~85 tokens/s: $2.00 ÷ (85 × 3,600) × 1,000,000 = $6.54
  // per 1M tokens, at full utilisation.
  it('GMI Cloud example A: $2.00/h at 85 tokens/s is $6.54 per 1M tokens when the copy is full', () => {
    const gmi = onGpu(
      { throughput: { amount: 85, unit: 'tokens_per_second' } },
      // 1,000 tokens a request, all counted (the example counts every token served).
      { instructionTokens: 0, inputTokens: 0, outputTokens: 1000 },
    );
    gmi.strategies!.fineTune!.prices = { capacity: '2.00' };
    gmi.strategies!.fineTune!.tunedInstructionTokens = 0;
    // A full copy: 85 tokens/s × 2,628,000 s = 223,380,000 tokens = 223,380 requests a month.
    const full = compareWith(gmi, { pricing, requestsPerMonth: 223_380 }).strategies[0]!;
    const capacity = full.lines.find((l) => l.id === 'fineTune.serving.capacity')!;
    // 730 h × $2.00 = $1,460 a month, one copy.
    expect(capacity.amount.toFixed()).toBe('1460');
    // $1,460 ÷ 223.38 million tokens = $6.5359… per 1M: the example's $6.54.
    expect(capacity.amount.div(223.38).toFixed(2)).toBe('6.54');
    // The same as the example's own arithmetic, 2 ÷ (85 × 3,600) × 1,000,000.
    expect(
      d(2)
        .div(85 * 3600)
        .times(1_000_000)
        .toFixed(2),
    ).toBe('6.54');
    // One request more needs a second H100.
    expect(capacityAt(gmi, 223_381).amount.toFixed()).toBe('2920');
  });

  // LLM TCO, "LLM Throughput Planner (GPUs Needed)" (https://llmtco.com/usage/throughput-planner/,
  // its default case): 5 requests/s × 2,000 tokens = 10,000 tokens/s at 2,000 tokens/s per GPU →
  // 5 GPUs; "with 30% peak headroom, plan for 7 GPUs" (⌈13,000 ÷ 2,000⌉ = ⌈6.5⌉).
  it('LLM TCO planner: 5 GPUs for the average, 7 with a 1.3 peak factor', () => {
    // 5 requests/s over a 730-hour month: 5 × 2,628,000 = 13,140,000 requests.
    const planner = (peakFactor: string) => {
      const scenario = onGpu(
        { throughput: { amount: 2000, unit: 'tokens_per_second' }, peakFactor },
        { instructionTokens: 0, inputTokens: 0, outputTokens: 2000 },
      );
      scenario.strategies!.fineTune!.tunedInstructionTokens = 0;
      return scenario;
    };
    const copies = (peak: string) => capacityAt(planner(peak), 13_140_000).quantity.div(730).toFixed();
    expect(copies('1')).toBe('5');
    expect(copies('1.3')).toBe('7');
  });
});

describe('Custom Model Import serves weights trained elsewhere', () => {
  const bundled = getBundledPricing();
  const cmi = (trainedAt: string, model: string, serving: Record<string, unknown>) =>
    ({
      asOf: '2026-07-01',
      workload: { requestsPerMonth: 1000, instructionTokens: 500, inputTokens: 200, outputTokens: 300 },
      strategies: {
        fineTune: {
          vendor: trainedAt,
          model,
          variant: 'lora',
          training: { datasetTokens: 10_000_000 },
          serving: { mode: 'capacity', option: 'custom-model-import', copies: 1, ...serving },
        },
      },
    }) as ScenarioInput;

  it("charges the training vendor's training, and at Bedrock only the CMUs and their storage", () => {
    const cost = compareWith(
      cmi('together', 'llama-3.1-8b-instruct', {
        vendor: 'aws-bedrock',
        model: 'llama-3-1-8b-instruct',
        activeHoursPerMonth: 100,
        sessionsPerMonth: 20,
      }),
      { pricing: bundled },
    ).strategies[0]!;
    const lines = Object.fromEntries(cost.lines.map((l) => [l.id, l]));
    expect(Object.keys(lines)).toEqual([
      'fineTune.training',
      'fineTune.serving.capacity',
      'fineTune.serving.capacityStorage',
    ]);
    // Together SFT LoRA: 10M × $0.48 ÷ 1M = $4.80, priced by Together.
    expect(lines['fineTune.training']!.price!.vendor).toBe('together');
    expect(lines['fineTune.training']!.amount.toFixed()).toBe('4.8');
    // Bedrock: 100 h in 20 sessions = 6,000 min × 2 CMUs × $0.0785 = $942; storage 2 × $1.95 = $3.90.
    expect(lines['fineTune.serving.capacity']!.price!.vendor).toBe('aws-bedrock');
    expect(lines['fineTune.serving.capacity']!.amount.toFixed()).toBe('942');
    expect(lines['fineTune.serving.capacityStorage']!.amount.toFixed()).toBe('3.9');
    // Bedrock's own Llama customisation and custom-model storage are not charged.
    expect(cost.monthlyTotal.toFixed()).toBe(d('942').plus('3.9').plus(d('4.8').div(12)).toFixed());
  });

  it('refuses an import option picked at the vendor itself, which would bill its training', () => {
    const e = errorOf(() =>
      compareWith(cmi('aws-bedrock', 'llama-3-1-8b-instruct', {}), { pricing: bundled }),
    );
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('strategies.fineTune.serving.vendor');
    expect(e.message).toContain(
      '{ mode: "capacity", vendor: "aws-bedrock", model: "llama-3-1-8b-instruct", option: "custom-model-import" }',
    );
  });
});

describe('properties', () => {
  const servingArb = fc.record({
    amount: fc.integer({ min: 1, max: 5000 }),
    unit: fc.constantFrom('tokens_per_second', 'tokens_per_minute', 'requests_per_hour' as const),
    peak: fc.integer({ min: 100, max: 400 }),
    util: fc.integer({ min: 1, max: 100 }),
    hours: fc.integer({ min: 1, max: 730 }),
    prefix: fc.integer({ min: 0, max: 2000 }),
    input: fc.integer({ min: 0, max: 2000 }),
    output: fc.integer({ min: 1, max: 2000 }),
    outputWeight: fc.integer({ min: 1, max: 8 }),
    minCopies: fc.integer({ min: 0, max: 3 }),
    volumes: fc.array(fc.integer({ min: 0, max: 50_000_000 }), { minLength: 2, maxLength: 6 }),
  });

  function build(r: {
    amount: number;
    unit: 'tokens_per_second' | 'tokens_per_minute' | 'requests_per_hour';
    peak: number;
    util: number;
    hours: number;
    prefix: number;
    input: number;
    output: number;
    outputWeight: number;
    minCopies: number;
  }) {
    const serving: CapacityServing = {
      mode: 'capacity',
      path: 'strategies.fineTune.serving',
      vendor: null,
      model: null,
      option: 'gpu',
      unitsPerCopy: null,
      copies: null,
      autoscale: { requestsPerCopyPerMonth: null, minCopies: r.minCopies, maxCopies: 60 },
      throughput: null,
      peakFactor: d(r.peak).div(100),
      targetUtilisation: d(r.util).div(100),
      activeHoursPerMonth: d(r.hours),
      sessionsPerMonth: d(1),
    };
    const throughput = {
      perCopy: d(r.amount),
      unit: r.unit,
      outputTokenWeight: d(r.outputWeight),
      cachedInputWeight: d(1),
    };
    const tokens = {
      prefix: d(r.prefix),
      prefixHitRate: d(0),
      uncachedInput: d(r.input),
      uncachedBasis: '',
      output: d(r.output),
    };
    const sizing = sizeCopies({
      serving,
      perCopy: d(1),
      throughput,
      tokens,
      activeHours: d(r.hours),
      optionLabel: 'test',
      plusTokens: false,
    });
    return { serving, throughput, tokens, sizing };
  }

  /** Peak demand and one copy's usable capacity, in the throughput's own unit per second or hour. */
  function demandAndCopy(b: ReturnType<typeof build>, r: Dec): { demand: Dec; copy: Dec } {
    const { serving, throughput: t, tokens } = b;
    const hours = serving.activeHoursPerMonth!;
    const usable = t.perCopy.times(serving.targetUtilisation);
    if (t.unit === 'requests_per_hour') {
      return { demand: r.times(serving.peakFactor).div(hours), copy: usable };
    }
    const weighted = tokens.prefix.plus(tokens.uncachedInput).plus(tokens.output.times(t.outputTokenWeight));
    const perSecond = r.times(weighted).times(serving.peakFactor).div(hours.times(3600));
    return {
      demand: t.unit === 'tokens_per_minute' ? perSecond.times(60) : perSecond,
      copy: usable,
    };
  }

  it('copies × throughput × utilisation ≥ peak demand, and one copy fewer does not suffice', () => {
    fc.assert(
      fc.property(servingArb, (r) => {
        const b = build(r);
        for (const v of r.volumes) {
          const volume = d(v);
          if (b.sizing.maxRequestsPerMonth !== null && volume.gt(b.sizing.maxRequestsPerMonth)) continue;
          const copies = evaluate(b.sizing.quantity, volume);
          const { demand, copy } = demandAndCopy(b, volume);
          expect(copies.isInteger()).toBe(true);
          expect(copies.gte(r.minCopies)).toBe(true);
          // The division in `demand` rounds at 40 digits; compare the exact products instead.
          const ratio = demand.div(copy);
          expect(copies.gte(ratio.minus('1e-30'))).toBe(true);
          if (copies.gt(r.minCopies)) expect(copies.minus(1).lt(ratio.plus('1e-30'))).toBe(true);
        }
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it('the capacity cost is non-decreasing in volume, and the ceiling is served by the most copies', () => {
    fc.assert(
      fc.property(servingArb, (r) => {
        const b = build(r);
        const max = b.sizing.maxRequestsPerMonth!;
        const volumes = [...r.volumes.map((v) => d(v)), max]
          .filter((v) => v.lte(max))
          .sort((x, y) => x.cmp(y));
        for (let i = 1; i < volumes.length; i++) {
          expect(
            evaluate(b.sizing.quantity, volumes[i]!).gte(evaluate(b.sizing.quantity, volumes[i - 1]!)),
          ).toBe(true);
        }
        // At the ceiling the demand fits in 60 copies; one request more would not.
        const { demand, copy } = demandAndCopy(b, max);
        expect(demand.lte(copy.times(60).plus('1e-30'))).toBe(true);
        const over = demandAndCopy(b, max.plus(1));
        expect(over.demand.gt(over.copy.times(60).minus('1e-30'))).toBe(true);
      }),
      { numRuns: 200, seed: 20261130 },
    );
  });

  it('breakevens against a staircase are found at its steps, agreeing with direct evaluation', () => {
    fc.assert(
      fc.property(servingArb, fc.integer({ min: 1, max: 1000 }), (r, slope) => {
        const b = build(r);
        const max = b.sizing.maxRequestsPerMonth!;
        // Capacity at $1,000 a copy against a per-request cost line.
        const stairs = modelOf(
          'fineTune',
          { ...b.sizing.quantity, intercepts: b.sizing.quantity.intercepts.map((a) => a.times(1000)) },
          max,
        );
        const line = modelOf('rag', { starts: [d(0)], intercepts: [d(0)], slopes: [d(slope).div(1000)] });
        const result = findBreakeven(stairs, line, d(1));
        if (result.kind !== 'crossovers') return;
        for (const c of result.crossovers) {
          const at = (v: Dec) => evaluate(stairs.monthly, v).cmp(evaluate(line.monthly, v));
          if (c.kind === 'step') {
            expect(c.requestsPerMonth.isInteger()).toBe(true);
            expect(at(c.requestsPerMonth.minus(1))).not.toBe(at(c.requestsPerMonth));
          }
        }
      }),
      { numRuns: 100, seed: 20261130 },
    );
  });
});
