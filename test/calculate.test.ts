import { describe, expect, it } from 'vitest';
import {
  breakevenWith,
  compareWith,
  curveWith,
  horizonWith,
  multipleWith,
  readOptions,
  safeBreakevenWith,
  safeCompareWith,
} from '../src/calculate.js';
import type { ScenarioInput } from '../src/scenario/scenarioSchema.js';
import { fineTuneVsPromptOnly } from './helpers/fineTuneVsPromptOnly.js';
import { testRegistry } from './helpers/testTables.js';

const pricing = testRegistry();

/** The shared fixture, its costs worked by hand: test/helpers/fineTuneVsPromptOnly.ts. */
const scenario = (): ScenarioInput => fineTuneVsPromptOnly('2026-03-01');

const totals = (r: ReturnType<typeof compareWith>) =>
  r.strategies.map((s) => [s.strategy, s.monthlyTotal.toFixed()]);

describe('compareWith', () => {
  const r = compareWith(scenario(), { pricing });

  it('prices every candidate at the scenario’s volume and ranks them', () => {
    expect(totals(r)).toEqual([
      ['fineTune', '5.45'],
      ['promptOnly', '3.2'],
    ]);
    expect([r.cheapest, r.ranking]).toEqual(['promptOnly', ['promptOnly', 'fineTune']]);
  });

  it('gives every pair’s breakeven, multiple and the cheapest envelope', () => {
    const b = r.breakevens[0]!;
    expect(b.kind === 'crossovers' && b.crossovers.map((c) => c.requestsPerMonth.toFixed())).toEqual([
      '2000',
    ]);
    // 5.45 ÷ 3.2 = 1.703125.
    const m = r.multiples[0]!;
    expect(m.kind === 'ratio' && [m.cheaper, m.times.toFixed()]).toEqual(['promptOnly', '1.703125']);
    expect(r.envelope.segments.map((s) => [s.candidate, s.fromRequestsPerMonth.toFixed()])).toEqual([
      ['promptOnly', '0'],
      ['fineTune', '2000'],
    ]);
  });

  it('the run says what was used and when: the table is 59 days old on 2026-03-01 (31 + 28)', () => {
    expect(r.run.tables).toEqual({ 'test-llm': '2026-01-01' });
    expect([r.run.evaluatedOn, r.run.asOf, r.run.requestsPerMonth.toFixed()]).toEqual([
      '2026-03-01',
      '2026-03-01',
      '1000',
    ]);
    // 500 + 100 + 200 = 800 tokens a request × 1,000.
    expect([r.run.workloadTokensPerRequest.toFixed(), r.run.workloadTokensPerMonth.toFixed()]).toEqual([
      '800',
      '800000',
    ]);
    expect(r.run.tableAges.map((t) => [t.vendor, t.ageDays, t.daysSinceVerified, t.stale])).toEqual([
      ['test-llm', 59, 59, false],
    ]);
    expect(r.run.warnings).toEqual([]);
    expect(r.run.pricingDataVersion).toBe('custom');
  });

  it('staleAfterMonths: 1 makes the same table stale, with a warning', () => {
    const stale = compareWith(scenario(), { pricing, staleAfterMonths: 1 });
    expect(stale.run.tableAges[0]!.stale).toBe(true);
    expect(stale.run.warnings.map((w) => [w.code, w.vendor])).toEqual([['stale_table', 'test-llm']]);
  });

  it('options.requestsPerMonth prices another volume: at 4,000 fine-tune leads (8.3 against 12.8)', () => {
    const at = compareWith(scenario(), { pricing, requestsPerMonth: '4000' });
    expect(totals(at)).toEqual([
      ['fineTune', '8.3'],
      ['promptOnly', '12.8'],
    ]);
    expect(at.cheapest).toBe('fineTune');
    expect(at.run.volume.unit).toBe('requestsPerMonth');
  });

  it('options.currency multiplies every amount by the rate, once: ×0.5 gives 2.725 and 1.6', () => {
    const eur = compareWith(scenario(), {
      pricing,
      currency: { code: 'EUR', rate: '0.5', date: '2026-03-01' },
    });
    expect(totals(eur)).toEqual([
      ['fineTune', '2.725'],
      ['promptOnly', '1.6'],
    ]);
    expect(eur.run.currency.code).toBe('EUR');
    // A volume is not money: the breakeven stays at 2,000 requests.
    const b = eur.breakevens[0]!;
    expect(b.kind === 'crossovers' && b.crossovers[0]!.requestsPerMonth.toFixed()).toBe('2000');
  });

  it('does not mutate the input', () => {
    const input = scenario();
    const before = JSON.stringify(input);
    compareWith(input, { pricing });
    expect(JSON.stringify(input)).toBe(before);
  });
});

describe('breakevenWith and multipleWith', () => {
  it('a pair named by id or CLI name', () => {
    const r = breakevenWith(scenario(), { pricing, between: ['fine-tune', 'promptOnly'] });
    expect(r.breakeven.between).toEqual(['fineTune', 'promptOnly']);
    expect(r.breakeven.kind === 'crossovers' && r.breakeven.crossovers[0]!.requestsPerMonth.toFixed()).toBe(
      '2000',
    );
    const m = multipleWith(scenario(), { pricing, between: ['promptOnly', 'fineTune'] }).multiple;
    expect(m.kind === 'ratio' && [m.cheaper, m.dearer, m.times.toFixed()]).toEqual([
      'promptOnly',
      'fineTune',
      '1.703125',
    ]);
  });

  it.each([
    [
      'no default pair (no RAG)',
      undefined,
      'options.between',
      'name the two candidates to compare (the default pair is a fine-tune and a rag candidate); candidates: fineTune, promptOnly',
    ],
    ['the same twice', ['fineTune', 'fineTune'], 'options.between', 'name two different strategies'],
    [
      'not a pair',
      ['fineTune'],
      'options.between',
      'expected two candidates such as ["fineTune", "rag"]; candidates: fineTune, promptOnly',
    ],
    [
      'a strategy the scenario lacks',
      ['fineTune', 'rag'],
      'options.between[1]',
      'the scenario does not describe strategy "rag"; it has: fineTune, promptOnly',
    ],
  ])('%s: invalid_input naming the pair', (_name, between, path, detail) => {
    const r = safeBreakevenWith(scenario(), { pricing, ...(between ? { between } : {}) } as never);
    expect(r.success === false && [r.error.code, r.error.path, r.error.detail]).toEqual([
      'invalid_input',
      path,
      detail,
    ]);
  });
});

describe('curveWith', () => {
  const at = (r: ReturnType<typeof curveWith>) =>
    r.points.map((p) => [
      p.requestsPerMonth.toFixed(),
      p.monthly.fineTune?.toFixed(),
      p.monthly.promptOnly?.toFixed(),
    ]);

  it('prices the volumes given, numbers or strings', () => {
    // 4.5 + 0.00095 V against 0.0032 V.
    expect(at(curveWith(scenario(), { pricing, volumes: [0, 2000, '4000'] }))).toEqual([
      ['0', '4.5', '0'],
      ['2000', '6.4', '6.4'],
      ['4000', '8.3', '12.8'],
    ]);
  });

  it('or a log-spaced range: 1,000 to 100,000 in 3 points is ×10 a step', () => {
    expect(at(curveWith(scenario(), { pricing, range: { from: 1000, to: 100_000, points: 3 } }))).toEqual([
      ['1000', '5.45', '3.2'],
      ['10000', '14', '32'],
      ['100000', '99.5', '320'],
    ]);
  });

  it('refuses a range that runs backwards, or too few points, at the field', () => {
    expect(() => curveWith(scenario(), { pricing, range: { from: 10, to: 1, points: 3 } })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'options.range.to' }),
    );
    expect(() => curveWith(scenario(), { pricing, range: { from: 1, to: 10, points: 1 } })).toThrow(
      expect.objectContaining({ path: 'options.range.points' }),
    );
    expect(() => curveWith(scenario(), { pricing, volumes: [1, -1] })).toThrow(
      expect.objectContaining({ path: 'options.volumes[1]' }),
    );
  });
});

describe('horizonWith', () => {
  it('pays training in the month it happens (cash view)', () => {
    const h = horizonWith(scenario(), { pricing, months: 2 });
    // Fine-tune month 1: $10 training + $2 storage + $0.95 = 12.95; month 2: 2.95, cumulative 15.9.
    // Prompt-only: 3.2 a month, cumulative 6.4.
    expect(
      h.months.map((m) => [
        m.month,
        m.costs.fineTune?.toFixed(),
        m.cumulative.fineTune?.toFixed(),
        m.cumulative.promptOnly?.toFixed(),
        m.leader,
      ]),
    ).toEqual([
      [1, '12.95', '12.95', '3.2', 'promptOnly'],
      [2, '2.95', '15.9', '6.4', 'promptOnly'],
    ]);
  });

  it('refuses a horizon outside 1–1200 months at options.months', () => {
    expect(() => horizonWith(scenario(), { pricing, months: 0 })).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'options.months' }),
    );
  });
});

describe('readOptions', () => {
  it('copies the options it reads once, ignoring others, keeping the registry by reference', () => {
    let reads = 0;
    const options = {
      pricing,
      get requestsPerMonth() {
        reads++;
        return 5;
      },
      other: 1,
    };
    const read = readOptions(options);
    expect(reads).toBe(1);
    expect(read.pricing).toBe(pricing);
    expect(read.requestsPerMonth).toBe(5);
    expect(Object.keys(read)).not.toContain('other');
    expect(readOptions(undefined)).toEqual({});
  });

  it('options that are not an object, or a getter that throws, are invalid_input at the option', () => {
    expect(() => readOptions(42)).toThrow(
      expect.objectContaining({ code: 'invalid_input', path: 'options' }),
    );
    expect(() =>
      readOptions({
        get months(): number {
          throw new Error('boom');
        },
      }),
    ).toThrow(expect.objectContaining({ code: 'invalid_input', path: 'options.months' }));
  });

  it('staleAfterMonths outside 1–120 is refused by every calculation', () => {
    const r = safeCompareWith(scenario(), { pricing, staleAfterMonths: 0 });
    expect(r.success === false && r.error.path).toBe('options.staleAfterMonths');
  });
});
