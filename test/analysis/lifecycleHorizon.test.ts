import { describe, expect, it } from 'vitest';
import { compareWith, horizonWith } from '../../src/calculate.js';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * A tuned model's life over a horizon, worked by hand on round made-up prices: drift monitoring, a
 * base-model upgrade, and a route that closes with a fallback to another vendor's fine-tune.
 */
const sunset: PriceTable = {
  vendor: 'sunset',
  name: 'Sunset AI',
  effectiveDate: '2026-01-01',
  currency: 'USD',
  sources: { page: { url: 'https://example.com/sunset', readOn: '2026-01-01', confidence: 'vendor' } },
  fineTuning: { offered: true },
  models: [
    {
      id: 'old',
      kind: 'chat',
      inference: {
        input: { usd: '0.5', per: '1M', unit: 'token', source: 'page' },
        output: { usd: '2', per: '1M', unit: 'token', source: 'page' },
      },
      fineTuning: {
        methods: [{ method: 'sft', price: { usd: '2', per: '1M', unit: 'training_token', source: 'page' } }],
        tunedInference: {
          input: { usd: '1', per: '1M', unit: 'token', source: 'page' },
          output: { usd: '4', per: '1M', unit: 'token', source: 'page' },
        },
        // Tuned `old` models are served until 2026-03-31: 2026-04-01 is the first day they are not.
        lifecycle: { servingUntil: '2026-04-01', successor: 'new', source: 'page' },
      },
    },
    {
      id: 'new',
      kind: 'chat',
      inference: {
        input: { usd: '0.25', per: '1M', unit: 'token', source: 'page' },
        output: { usd: '1', per: '1M', unit: 'token', source: 'page' },
      },
      fineTuning: {
        methods: [{ method: 'sft', price: { usd: '3', per: '1M', unit: 'training_token', source: 'page' } }],
        tunedInference: {
          input: { usd: '0.5', per: '1M', unit: 'token', source: 'page' },
          output: { usd: '2', per: '1M', unit: 'token', source: 'page' },
        },
      },
    },
  ],
};

const pricing = testRegistry([sunset]);

const fallbackFineTune = {
  vendor: 'test-llm',
  model: 'small',
  variant: 'full',
  training: { datasetTokens: 10_000_000 },
  retrainEveryMonths: 3,
  evaluationRequests: 1000,
  tunedInstructionTokens: 0,
};

function scenario(lifecycle: Record<string, unknown>, extra: Record<string, unknown> = {}): ScenarioInput {
  return {
    asOf: '2026-01-01',
    horizonMonths: 6,
    workload: { requestsPerMonth: 100_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    strategies: {
      fineTune: {
        vendor: 'sunset',
        model: 'old',
        training: { datasetTokens: 10_000_000 },
        retrainEveryMonths: 2,
        evaluationRequests: 1000,
        tunedInstructionTokens: 0,
        lifecycle,
      },
      ...extra,
    },
  } as ScenarioInput;
}

const monitoring = { evaluationRequestsPerMonth: 500, usdPerMonth: '100' };
const fixed = (values: readonly { toFixed(): string }[]) => values.map((v) => v.toFixed());

describe('lifecycle in horizons', () => {
  it('prices drift monitoring every month, in the monthly view too', () => {
    // Tuned `old` per request: 100 input × $1/1M + 200 output × $4/1M = $0.0009.
    // Monitoring: 500 requests × $0.0009 = $0.45, plus the user's $100: $100.45 a month.
    const result = compareWith(scenario({ monitoring }), { pricing });
    const ft = result.strategies[0]!;
    const lines = Object.fromEntries(ft.lines.map((l) => [l.id, l.amount.toFixed()]));
    expect(lines['fineTune.monitoring.evaluation']).toBe('0.45');
    expect(lines['fineTune.monitoring.own']).toBe('100');
    // Serving $90 + monitoring $100.45 + (training $20 + evaluation $0.90) ÷ 2 months = $200.90.
    expect(ft.monthlyTotal.toFixed()).toBe('200.9');
  });

  it('continues a closed route on its fallback, priced from the closing month (worked by hand)', () => {
    const h = horizonWith(
      scenario({ monitoring, fallback: { strategy: 'fineTune', fineTune: fallbackFineTune } }),
      {
        pricing,
      },
    );
    // Months start 2026-01-01, 02-01, 03-01, 04-01 …; tuned `old` is served until 2026-03-31, so
    // month 4 (from 2026-04-01) is the first it cannot serve.
    //
    // Sunset `old`, months 1–3 (trained in months 1 and 3, every 2 months):
    //   serving 100,000 × $0.0009 = $90; monitoring $0.45 + $100;
    //   training 10,000,000 × $2/1M = $20 and evaluation 1,000 × $0.0009 = $0.90 per run.
    //   M1 = 90 + 100.45 + 20.90 = 211.35; M2 = 190.45; M3 = 211.35.
    // Fallback test-llm `small` (full SFT), from month 4 (trained in month 4, then every 3 months):
    //   serving 100 × $1/1M + 200 × $4/1M = $0.0009 per request → $90; storage $2 a month;
    //   monitoring carried over: 500 × $0.0009 = $0.45 + $100;
    //   training 10,000,000 × $8/1M = $80 and evaluation $0.90, in month 4.
    //   M4 = 90 + 2 + 100.45 + 80.90 = 273.35; M5 = M6 = 192.45.
    expect(fixed(h.months.map((m) => m.costs.fineTune!))).toEqual([
      '211.35',
      '190.45',
      '211.35',
      '273.35',
      '192.45',
      '192.45',
    ]);
    // Cumulative: 211.35, 401.80, 613.15, 886.50, 1,078.95, 1,271.40 — the 6-month cost, closure included.
    expect(h.months.at(-1)!.cumulative.fineTune!.toFixed()).toBe('1271.4');
    expect(h.closures).toHaveLength(1);
    const c = h.closures[0]!;
    expect([c.month, c.monthStarts, c.error.code, c.error.offering?.date]).toEqual([
      4,
      '2026-04-01',
      'offering_ended',
      '2026-04-01',
    ]);
    expect(c.continuesOn).toBe('Fine-tune: test-llm small');
    expect(h.phases.map((p) => [p.kind, p.fromMonth, p.toMonth, p.route, p.pricedOn])).toEqual([
      ['initial', 1, 3, 'Fine-tune: sunset old', '2026-01-01'],
      ['fallback', 4, 6, 'Fine-tune: test-llm small', '2026-04-01'],
    ]);
  });

  it('without a fallback the route stops at its closure, as before', () => {
    const h = horizonWith(scenario({ monitoring }), { pricing });
    // Only months 1–3 are priced: the horizon ends when every route has closed.
    expect(fixed(h.months.map((m) => m.costs.fineTune!))).toEqual(['211.35', '190.45', '211.35']);
    expect(h.closures[0]!.continuesOn).toBeNull();
  });

  it('re-trains on an upgraded base from its month, and the old route never reaches its closure', () => {
    const h = horizonWith(scenario({ monitoring, upgrades: [{ month: 3, model: 'new' }] }), { pricing });
    // Months 1–2 on `old` as above: 211.35, 190.45.
    // From month 3 on `new` (re-trained in months 3 and 5, the 2-month cadence restarting at 3):
    //   per request 100 × $0.5/1M + 200 × $2/1M = $0.00045 → serving $45;
    //   monitoring 500 × $0.00045 = $0.225 + $100; training 10,000,000 × $3/1M = $30; evaluation $0.45.
    //   M3 = 45 + 100.225 + 30.45 = 175.675; M4 = 145.225; M5 = 175.675; M6 = 145.225.
    expect(fixed(h.months.map((m) => m.costs.fineTune!))).toEqual([
      '211.35',
      '190.45',
      '175.675',
      '145.225',
      '175.675',
      '145.225',
    ]);
    expect(h.months.at(-1)!.cumulative.fineTune!.toFixed()).toBe('1043.6');
    expect(h.closures).toEqual([]);
    expect(h.phases.map((p) => [p.kind, p.fromMonth, p.toMonth, p.route])).toEqual([
      ['initial', 1, 2, 'Fine-tune: sunset old'],
      ['upgrade', 3, 6, 'Fine-tune: sunset new'],
    ]);
  });

  it('falls back to RAG with its own one-time costs in the closing month', () => {
    const rag = {
      embedding: { vendor: 'test-llm', model: 'embed' },
      corpusTokens: 1_000_000,
      topK: 2,
      vectorDb: { vendor: 'test-vectors', plan: 'serverless' },
      generation: { vendor: 'test-llm', model: 'small' },
    };
    const s = scenario({ fallback: { strategy: 'rag' } }, { rag });
    const h = horizonWith(s, { pricing });
    const ragAlone = compareWith(s, { pricing }).strategies.find((x) => x.strategy === 'rag')!;
    // From month 4 the fine-tune column costs what RAG costs: its recurring month, plus its one-time
    // lines (embedding the corpus, the first upsert) in month 4 only.
    expect(h.months[3]!.costs.fineTune!.toFixed()).toBe(
      ragAlone.recurringMonthly.plus(ragAlone.oneTimeTotal).toFixed(),
    );
    expect(h.months[4]!.costs.fineTune!.toFixed()).toBe(ragAlone.recurringMonthly.toFixed());
    expect(h.closures[0]!.continuesOn).toBe('RAG: test-llm small');
  });

  it('refuses a fallback to a strategy the scenario does not describe, and upgrades out of order', () => {
    expect(() => horizonWith(scenario({ fallback: { strategy: 'rag' } }), { pricing })).toThrowError(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'strategies.fineTune.lifecycle.fallback.strategy',
      }),
    );
    expect(() =>
      horizonWith(
        scenario({
          upgrades: [
            { month: 3, model: 'new' },
            { month: 3, model: 'old' },
          ],
        }),
        { pricing },
      ),
    ).toThrowError(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'strategies.fineTune.lifecycle.upgrades[1].month',
      }),
    );
    // A field of the fallback's fine-tune is named where the user wrote it.
    expect(() =>
      horizonWith(
        scenario({
          fallback: { strategy: 'fineTune', fineTune: { ...fallbackFineTune, retrainEveryMonths: 5000 } },
        }),
        { pricing },
      ),
    ).toThrowError(
      expect.objectContaining({ path: 'strategies.fineTune.lifecycle.fallback.fineTune.retrainEveryMonths' }),
    );
  });

  it('does not mutate the input', () => {
    const s = scenario({ monitoring, upgrades: [{ month: 3, model: 'new' }] });
    const copy = structuredClone(s);
    horizonWith(s, { pricing });
    expect(s).toEqual(copy);
  });
});
