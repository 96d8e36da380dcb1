import { describe, expect, it } from 'vitest';
import {
  breakeven,
  compare,
  compareWith,
  extendPricingRegistry,
  getBundledPricing,
  horizon,
  horizonWith,
  isTuneOrRagError,
  listVendors,
  type ScenarioInput,
  safeBreakeven,
  safeCompare,
} from '../../src/index.js';

/**
 * Lifecycle boundaries: the day before, on and after each date, for one route of each kind. End
 * dates are exclusive (the first day an offering can no longer be bought).
 */
const workload = { requestsPerMonth: 100_000, instructionTokens: 200, inputTokens: 100, outputTokens: 300 };

const openaiTune = (standing?: string) => ({
  vendor: 'openai',
  model: 'gpt-4.1-mini',
  training: { datasetTokens: 1_000_000 },
  ...(standing === undefined ? {} : { accountStanding: standing }),
});

const rag = {
  embedding: { vendor: 'openai', model: 'text-embedding-3-small' },
  corpusTokens: 1_000_000,
  topK: 3,
  vectorDb: { vendor: 'pinecone', plan: 'standard' },
  generation: { vendor: 'openai', model: 'gpt-4.1-mini' },
};

function scenario(asOf: string, strategies: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return { asOf, workload, strategies, ...extra } as ScenarioInput;
}

/** `open`, or the code and offering date of the typed outcome. */
function fineTuneStatus(asOf: string, standing?: string): string {
  const result = compare(scenario(asOf, { fineTune: openaiTune(standing), rag }));
  const closed = result.run.unavailable.find((u) => u.strategy === 'fineTune');
  return closed === undefined ? 'open' : `${closed.error.code} ${closed.error.offering!.date}`;
}

/** A one-model table for routes the bundled data has no example of. */
function acmeRegistry(model: Record<string, unknown>, extra: Record<string, unknown> = {}) {
  return extendPricingRegistry(getBundledPricing(), [
    {
      vendor: 'acme',
      name: 'Acme',
      effectiveDate: '2026-01-01',
      currency: 'USD',
      sources: { page: { url: 'https://example.com/acme', readOn: '2026-01-01', confidence: 'vendor' } },
      fineTuning: { offered: true },
      models: [{ id: 'm', kind: 'chat', ...model }],
      ...extra,
    },
  ]);
}

const acmePrompt = { promptOnly: { vendor: 'acme', model: 'm', fewShotTokens: 0 } };
const price = (usd: string, extra: Record<string, unknown> = {}) => ({
  usd,
  per: '1M',
  unit: 'token',
  source: 'page',
  ...extra,
});

function codeOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (isTuneOrRagError(error)) return `${error.code} ${error.offering?.date ?? ''}`.trim();
    throw error;
  }
  return 'no error';
}

describe("OpenAI's staged fine-tuning closure, under each account standing", () => {
  it('never-tuned (also the reading when the standing is not given): closed from 2026-05-07', () => {
    expect(fineTuneStatus('2026-05-06', 'never-tuned')).toBe('open');
    expect(fineTuneStatus('2026-05-07', 'never-tuned')).toBe('offering_ended 2026-05-07');
    expect(fineTuneStatus('2026-05-08', 'never-tuned')).toBe('offering_ended 2026-05-07');
    expect(fineTuneStatus('2026-05-07')).toBe('offering_ended 2026-05-07');
  });

  it('inactive: closed from 2026-07-02', () => {
    expect(fineTuneStatus('2026-07-01', 'inactive')).toBe('open');
    expect(fineTuneStatus('2026-07-02', 'inactive')).toBe('offering_ended 2026-07-02');
  });

  it('active: closed from 2027-01-06 for everyone', () => {
    expect(fineTuneStatus('2027-01-05', 'active')).toBe('open');
    expect(fineTuneStatus('2027-01-06', 'active')).toBe('offering_ended 2027-01-06');
    expect(fineTuneStatus('2027-01-07', 'active')).toBe('offering_ended 2027-01-06');
  });

  it('says which stage applied, and warns when it was assumed', () => {
    const r = compare(scenario('2026-06-01', { fineTune: openaiTune(), rag }));
    const closed = r.run.unavailable[0]!;
    expect(closed.strategy).toBe('fineTune');
    expect(closed.error.message).toContain('"never-tuned", assumed');
    expect(closed.error.offering!.successor).toContain('GPT-5.6');
    expect(closed.error.offering!.sourceUrl).toMatch(/^https:\/\//);
    // RAG is still compared; the table says the route is closed.
    expect(r.strategies.map((s) => s.strategy)).toEqual(['rag']);
    expect(r.run.warnings.map((w) => w.code)).toContain('route_closed');
    const open = compare(scenario('2026-06-01', { fineTune: openaiTune('active'), rag }));
    expect(open.run.warnings.map((w) => w.code)).not.toContain('assumed_account_standing');
  });
});

describe('retired models, ended vendors, promotions, not yet on sale, closed plans', () => {
  it('a base model: gpt-5-mini generation is priced until 2026-12-10, not from 2026-12-11', () => {
    const strategies = { rag: { ...rag, generation: { vendor: 'openai', model: 'gpt-5-mini' } } };
    expect(compare(scenario('2026-12-10', strategies)).strategies).toHaveLength(1);
    // Every strategy closed: the call itself is the typed outcome.
    expect(codeOf(() => compare(scenario('2026-12-11', strategies)))).toBe('offering_ended 2026-12-11');
    expect(codeOf(() => compare(scenario('2026-12-12', strategies)))).toBe('offering_ended 2026-12-11');
    const safe = safeCompare(scenario('2026-12-11', strategies));
    expect(safe.success).toBe(false);
    expect(safe.error?.code).toBe('offering_ended');
    expect(safe.error?.offering?.successor).toBe('gpt-5.6-terra');
  });

  it('a tuned model retired with its base: gpt-4.1-nano fine-tunes end 2026-10-23', () => {
    const tune = { ...openaiTune('active'), model: 'gpt-4.1-nano' };
    expect(compare(scenario('2026-10-22', { fineTune: tune, rag })).run.unavailable).toEqual([]);
    const on = compare(scenario('2026-10-23', { fineTune: tune, rag }));
    expect(on.run.unavailable.map((u) => u.error.offering!.date)).toEqual(['2026-10-23']);
  });

  it('a vendor that ended fine-tuning: Cohere, 2025-09-15', () => {
    const tune = { vendor: 'cohere', model: 'command-r', training: { datasetTokens: 1_000_000 } };
    const rr = { ...rag, vectorDb: { vendor: 'pinecone', plan: 'standard' } };
    expect(compare(scenario('2025-09-14', { fineTune: tune, rag: rr })).run.unavailable).toEqual([]);
    const after = compare(scenario('2025-09-15', { fineTune: tune, rag: rr }));
    expect(after.run.unavailable[0]!.error.code).toBe('offering_ended');
    expect(after.run.unavailable[0]!.error.offering!.date).toBe('2025-09-15');
  });

  it('a promotion without a later table is refused on its end date, and warned about before', () => {
    const registry = acmeRegistry({
      inference: { input: price('1', { promotion: true, until: '2026-12-01' }), output: price('2') },
    });
    const before = compareWith(scenario('2026-11-30', acmePrompt), { pricing: registry });
    // (200 + 100) × 100,000 = 30M × $1 = $30; output 30M × $2 = $60.
    expect(before.strategies[0]!.monthlyTotal.toFixed()).toBe('90');
    expect(before.run.warnings.map((w) => w.code)).toContain('promotional_price');
    expect(before.run.warnings.find((w) => w.code === 'promotional_price')!.date).toBe('2026-12-01');
    expect(codeOf(() => compareWith(scenario('2026-12-01', acmePrompt), { pricing: registry }))).toBe(
      'offering_ended 2026-12-01',
    );
  });

  it('not yet on sale before availableFrom', () => {
    const registry = acmeRegistry({
      lifecycle: { availableFrom: '2026-03-01', source: 'page' },
      inference: { input: price('1'), output: price('2') },
    });
    expect(codeOf(() => compareWith(scenario('2026-02-28', acmePrompt), { pricing: registry }))).toBe(
      'offering_not_yet_available 2026-03-01',
    );
    expect(compareWith(scenario('2026-03-01', acmePrompt), { pricing: registry }).strategies).toHaveLength(1);
  });

  it('a retired vector-DB plan and retired dedicated hardware close their routes', () => {
    const registry = acmeRegistry(
      {
        inference: { input: price('1'), output: price('2') },
        fineTuning: {
          methods: [{ method: 'sft', price: price('1', { unit: 'training_token' }) }],
          dedicatedHardware: true,
        },
      },
      {
        hardware: [
          {
            id: 'gpu',
            name: 'GPU',
            price: { usd: '2', unit: 'hour', source: 'page' },
            lifecycle: { retiredOn: '2026-07-01', successor: 'gpu2', source: 'page' },
          },
        ],
        vectorDb: [
          {
            id: 'old',
            name: 'Old plan',
            storage: { usd: '0.1', unit: 'gb_month', source: 'page' },
            lifecycle: { retiredOn: '2026-06-01', source: 'page' },
          },
        ],
      },
    );
    const tune = {
      vendor: 'acme',
      model: 'm',
      training: { datasetTokens: 1000 },
      serving: { mode: 'capacity', option: 'gpu', copies: 1 },
    };
    const plan = { ...rag, vectorDb: { vendor: 'acme', plan: 'old' } };
    const at = (asOf: string) =>
      compareWith(scenario(asOf, { fineTune: tune, rag: plan }), { pricing: registry }).run.unavailable.map(
        (u) => `${u.strategy} ${u.error.offering!.date}`,
      );
    expect(at('2026-05-31')).toEqual([]);
    expect(at('2026-06-01')).toEqual(['rag 2026-06-01']);
    // Both closed: nothing left to compare, so the call is the first strategy's typed outcome.
    expect(codeOf(() => at('2026-07-01'))).toBe('offering_ended 2026-07-01');
  });

  it('breakeven naming a closed strategy is the typed outcome; the safe form returns it', () => {
    const s = scenario('2027-02-01', { fineTune: openaiTune('active'), rag });
    expect(codeOf(() => breakeven(s, { between: ['fineTune', 'rag'] }))).toBe('offering_ended 2027-01-06');
    const safe = safeBreakeven(s, { between: ['fineTune', 'rag'] });
    expect(safe.success).toBe(false);
    expect(safe.error?.code).toBe('offering_ended');
  });
});

describe('horizons that cross a closure', () => {
  it('re-training after new jobs end is impossible: the fine-tune stops that month, RAG goes on', () => {
    // Months start 2026-11-15, 12-15, 2027-01-15: the month-3 re-training falls after 2027-01-06.
    const h = horizon(
      scenario('2026-11-15', { fineTune: { ...openaiTune('active'), retrainEveryMonths: 1 }, rag }),
      { months: 6 },
    );
    expect(h.closures).toHaveLength(1);
    expect(h.closures[0]).toMatchObject({ strategy: 'fineTune', month: 3, monthStarts: '2027-01-15' });
    expect(h.closures[0]!.error.code).toBe('offering_ended');
    expect(h.months[1]!.cumulative.fineTune).toBeDefined();
    expect(h.months[2]!.cumulative.fineTune).toBeUndefined();
    expect(h.months[5]!.cumulative.rag).toBeDefined();
    expect(h.run.warnings.map((w) => w.code)).toContain('route_closes_within_horizon');
  });

  it('trained once, the tuned model keeps serving: no closure', () => {
    const h = horizon(scenario('2026-11-15', { fineTune: openaiTune('active'), rag }), { months: 6 });
    expect(h.closures).toEqual([]);
    expect(h.months).toHaveLength(6);
  });

  it('serving ends inside a month: that month is not priced (Azure tuned gpt-4.1, until 2027-10-14)', () => {
    const tune = {
      vendor: 'azure-openai',
      model: 'gpt-4.1',
      training: { datasetTokens: 1_000_000 },
      accountStanding: 'active',
    };
    const h = horizon(scenario('2027-06-01', { fineTune: tune, rag }), { months: 12 });
    // Months start 06-01, 07-01, 08-01, 09-01, 10-01: month 5 would run past 2027-10-13.
    expect(h.closures.map((c) => [c.strategy, c.month, c.error.offering!.date])).toEqual([
      ['fineTune', 5, '2027-10-14'],
    ]);
  });

  it('when every route has closed, the horizon ends there', () => {
    const strategies = { fineTune: { ...openaiTune('active'), retrainEveryMonths: 1 } };
    const h = horizonWith(scenario('2026-11-15', strategies), { pricing: getBundledPricing(), months: 6 });
    expect(h.months).toHaveLength(2);
    expect(h.closures[0]!.month).toBe(3);
  });
});

describe('staleness and table ages', () => {
  it('lists each table with its age, and warns past the threshold', () => {
    const s = scenario('2027-06-01', { rag });
    const r = compare(s);
    const pinecone = r.run.tableAges.find((t) => t.vendor === 'pinecone')!;
    // 2026-06-09 → 2027-06-01 = 357 days; verified 2026-11-30 → 183 days, past 6 months.
    expect(pinecone).toMatchObject({ effectiveDate: '2026-06-09', ageDays: 357, verifiedOn: '2026-11-30' });
    expect(pinecone.daysSinceVerified).toBe(183);
    expect(pinecone.stale).toBe(true);
    expect(r.run.warnings.filter((w) => w.code === 'stale_table').map((w) => w.vendor)).toEqual([
      'openai',
      'pinecone',
    ]);
    const lenient = compare(s, { staleAfterMonths: 7 });
    expect(lenient.run.warnings.filter((w) => w.code === 'stale_table')).toEqual([]);
    // The day before the threshold: 2027-05-29 is 5 months 29 days after 2026-11-30.
    expect(compare(scenario('2027-05-29', { rag })).run.warnings).toEqual([]);
  });
});

describe('listVendors on a date', () => {
  it('says what a new customer can buy and tune that day', () => {
    const on = (date: string) => listVendors(getBundledPricing(), date).find((v) => v.id === 'openai')!;
    const mini = (date: string) => on(date).models.find((m) => m.id === 'gpt-4.1-mini')!;
    expect(mini('2026-05-06').tunable).toBe(true);
    expect(mini('2026-05-07').tunable).toBe(false);
    expect(mini('2026-05-07').dates).toMatchObject({
      newJobsUntil: '2026-05-07',
      newJobsUntilForAll: '2027-01-06',
    });
    const gpt5 = (date: string) => on(date).models.find((m) => m.id === 'gpt-5-mini')!;
    expect(gpt5('2026-12-10').available).toBe(true);
    expect(gpt5('2026-12-11').available).toBe(false);
  });
});
