import { describe, expect, it } from 'vitest';
import { checkCapacity, evaluateStrategy } from '../../src/analysis/evaluateStrategy.js';
import { D } from '../../src/decimal.js';
import type { Scenario } from '../../src/scenario/parseScenario.js';
import { lineOf, modelWithLines } from '../helpers/linesModel.js';

const d = (x: string | number) => new D(x);
/** evaluateStrategy reads only the horizon (to spread one-time costs that do not recur). */
const scenario = { horizonMonths: 12 } as Scenario;

const lines = [
  // $1,200 once, spread over the 12-month horizon: $100 a month.
  lineOf('training', 1, 1200, { oneTime: null }),
  // $300 every 3 months: $100 a month.
  lineOf('retraining', 1, 300, { oneTime: 3 }),
  lineOf('storage', 1, 2),
  // 150 tokens a request at $1 per 1M.
  lineOf('input', [0, 150], '0.000001'),
];
const model = modelWithLines('ft', lines, { max: '5000', tokensPerRequest: { input: 150, output: 20 } });

describe('evaluateStrategy', () => {
  it('evaluates each line at the volume and spreads one-time amounts over their period', () => {
    const cost = evaluateStrategy(model, scenario, d(1000));
    expect(
      cost.lines.map((l) => [l.id, l.quantity.toFixed(), l.amount.toFixed(), l.monthlyAmount.toFixed()]),
    ).toEqual([
      ['training', '1', '1200', '100'],
      ['retraining', '1', '300', '100'],
      ['storage', '1', '2', '2'],
      // 150 × 1,000 = 150,000 tokens × $0.000001 = $0.15.
      ['input', '150000', '0.15', '0.15'],
    ]);
    // Recurring 2 + 0.15; amortised 100 + 100; one-time per occurrence 1,200 + 300.
    expect(cost.recurringMonthly.toFixed()).toBe('2.15');
    expect(cost.amortisedOneTimeMonthly.toFixed()).toBe('200');
    expect(cost.monthlyTotal.toFixed()).toBe('202.15');
    expect(cost.oneTimeTotal.toFixed()).toBe('1500');
    expect(cost.strategy).toBe('ft');
    expect(cost.maxRequestsPerMonth?.toFixed()).toBe('5000');
  });

  it('bills tokens per month: tokens per request × requests', () => {
    const cost = evaluateStrategy(model, scenario, d(1000));
    const b = cost.billedTokensPerMonth;
    expect([b.input, b.cachedInput, b.cacheWrite, b.output].map((x) => x.toFixed())).toEqual([
      '150000',
      '0',
      '0',
      '20000',
    ]);
  });

  it('agrees with the model: monthlyTotal is the monthly function at that volume', () => {
    for (const r of [0, 1, 999, 5000]) {
      const cost = evaluateStrategy(model, scenario, d(r));
      // 200 + 2 + 0.00015 R
      expect(cost.monthlyTotal.toFixed()).toBe(d(202).plus(d('0.00015').times(r)).toFixed());
    }
  });

  it('a one-time cost is spread over a longer horizon when the scenario says so', () => {
    const cost = evaluateStrategy(
      modelWithLines('x', [lineOf('t', 1, 1200, { oneTime: null })]),
      { horizonMonths: 24 } as Scenario,
      d(0),
    );
    expect(cost.monthlyTotal.toFixed()).toBe('50');
  });

  it('refuses a volume above the capacity ceiling, at it is fine', () => {
    expect(() => evaluateStrategy(model, scenario, d(5000))).not.toThrow();
    expect(() => evaluateStrategy(model, scenario, d(5001))).toThrow(
      expect.objectContaining({
        code: 'capacity_exceeded',
        path: 'candidates.ft.serving.autoscale.maxCopies',
        detail:
          'ft serves at most 5000 requests/month with its capacity; add copies (serving.copies or autoscale.maxCopies) or lower the volume (5001)',
      }),
    );
  });

  it('does not mutate the model', () => {
    const before = JSON.stringify(model);
    evaluateStrategy(model, scenario, d(1234));
    expect(JSON.stringify(model)).toBe(before);
  });
});

describe('checkCapacity', () => {
  it('shows a fractional volume above the ceiling as above it (rounded up to cents), never equal', () => {
    // A horizon's growth gives volumes such as 5,000.4: rounding to whole requests printed 5000,
    // the ceiling itself. 5,000.4 stays 5000.4; 5,000.001 rounds up to 5000.01.
    expect(() => checkCapacity(model, d('5000.4'))).toThrow(/lower the volume \(5000\.4\)$/);
    expect(() => checkCapacity(model, d('5000.001'), 2)).toThrow(/lower the volume \(5000\.01 in month 2\)$/);
  });

  it("names the month, and a RAG's plan as what to change", () => {
    const rag = { ...model, kind: 'rag' as const, id: 'rag', label: 'RAG', path: 'strategies.rag' };
    expect(() => checkCapacity(rag, d(5200), 3)).toThrow(
      expect.objectContaining({
        path: 'strategies.rag.vectorDb.plan',
        detail:
          'RAG serves at most 5000 requests/month with its capacity; choose a plan without a read limit or lower the volume (5200 in month 3)',
      }),
    );
  });

  it("a hybrid's ceiling is its tuned model's, at the fine-tune's path", () => {
    const hybrid = { ...model, kind: 'hybrid' as const, fineTunePath: 'candidates.sft' };
    expect(() => checkCapacity(hybrid, d(6000))).toThrow(
      expect.objectContaining({ path: 'candidates.sft.serving.autoscale.maxCopies' }),
    );
  });

  it('no ceiling: any volume', () => {
    expect(() => checkCapacity(modelWithLines('x', []), d('1e20'))).not.toThrow();
  });
});
