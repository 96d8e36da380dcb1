import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import { D } from '../../src/decimal.js';
import { TuneOrRagError } from '../../src/errors.js';
import {
  amortisationMonths,
  buildStrategyModels,
  type ClosedStrategy,
} from '../../src/kinds/buildStrategyModels.js';
import type { LineDef } from '../../src/model/types.js';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import type { Scenario } from '../../src/spec/specs.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

/** A vendor whose fine-tuning ended: building a fine-tune there throws `offering_ended`. */
const closedVendor: PriceTable = {
  vendor: 'test-closed',
  name: 'Test Closed',
  effectiveDate: '2026-01-01',
  currency: 'USD',
  sources: { page: { url: 'https://example.com/closed', readOn: '2026-01-01', confidence: 'vendor' } },
  fineTuning: { offered: false, reason: 'fine-tuning stopped', endedOn: '2025-09-15', source: 'page' },
  models: [
    {
      id: 'm',
      kind: 'chat',
      inference: {
        input: { usd: '1', per: '1M', unit: 'token', source: 'page' },
        output: { usd: '1', per: '1M', unit: 'token', source: 'page' },
      },
    },
  ],
};
const registry = testRegistry([closedVendor]);
const M = new D(1_000_000);
const build = (input: unknown, closed?: ClosedStrategy[]) =>
  buildStrategyModels(parseScenario(input), registry, closed);
const byId = (input: unknown) => new Map(build(input).map((m) => [m.id, m]));

describe('amortisationMonths', () => {
  it('is the line’s re-training period, or the horizon for a line paid once', () => {
    const scenario = { horizonMonths: 6 } as Scenario;
    expect(amortisationMonths({ recursEveryMonths: 4 } as LineDef, scenario)).toBe(4);
    expect(amortisationMonths({ recursEveryMonths: null } as unknown as LineDef, scenario)).toBe(6);
    expect(amortisationMonths({} as LineDef, scenario)).toBe(6);
  });
});

describe('buildStrategyModels', () => {
  it('scales each model by the LCM of its amortisation periods, so its coefficients stay exact', () => {
    const m = byId(kindScenario());
    // Fine-tune: training every 4 months → 4. RAG: corpus and initial upsert once, over the 6-month
    // horizon → 6. Prompt-only: nothing one-off → 1. Hybrid: 6, 6 and 4 → lcm(6, 4) = 12.
    expect(['fineTune', 'rag', 'promptOnly', 'hybrid'].map((id) => m.get(id)!.monthlyScale)).toEqual([
      4, 6, 1, 12,
    ]);
  });

  it('monthly = recurring + each one-off ÷ its period; monthlyScaled = monthly × the scale (hybrid, hand-worked)', () => {
    const hybrid = byId(kindScenario()).get('hybrid')!;
    // At 1,000,000 requests, recurring: query embedding 100 × $0.10 = 10; vector storage 5,000 ×
    // 1,000 × 4 B = 0.02 GB × $1 = 0.02; reads 0.25 RU × 1M × $10/1M = 2.5; top-up 50 − 2.52 = 47.48;
    // tuned input (100 + 2 × 400 + 50) = 950 × $1 = 950; output 200 × $4 = 800; storage 2. Sum 1812.
    expect(evaluate(hybrid.recurring, M).toFixed()).toBe('1812');
    // One-offs: corpus 2M × $0.10/1M = 0.2 and upsert 5,000 × 4 WU × $2/1M = 0.04, over 6 months;
    // training 4M × $4/1M = 16 every 4 months. 1812 + 0.24 ÷ 6 + 16 ÷ 4 = 1812 + 0.04 + 4 = 1816.04.
    expect(evaluate(hybrid.monthly, M).toFixed()).toBe('1816.04');
    // Scaled by 12: 1812 × 12 + 0.24 × 2 + 16 × 3 = 21744 + 0.48 + 48 = 21792.48.
    expect(evaluate(hybrid.monthlyScaled, M).toFixed()).toBe('21792.48');
    // At no volume: storage 0.02 + top-up 49.98 + tuned storage 2 + 0.04 + 4 = 56.04.
    expect(evaluate(hybrid.monthly, new D(0)).toFixed()).toBe('56.04');
  });

  it('a 1/3-month share stays exact: no rounding until the division at the end', () => {
    const s = kindScenario();
    const input = { ...s, strategies: { fineTune: { ...s.strategies.fineTune!, retrainEveryMonths: 3 } } };
    const ft = build(input)[0]!;
    // 16 ÷ 3 is 5.333…: scaled by 3, the model holds 16 exactly; × 3 of 150 + 800 + 2 = 2856 + 16.
    expect(ft.monthlyScale).toBe(3);
    expect(evaluate(ft.monthlyScaled, M).toFixed()).toBe('2872');
    // 2872 ÷ 3 = 957.333…, the one division, at the end.
    expect(evaluate(ft.monthly, M).toFixed(20)).toBe('957.33333333333333333333');
  });

  it('carries what later steps read: kind, label, paths, training, re-training period', () => {
    const m = byId(kindScenario());
    const pick = (id: string) => {
      const x = m.get(id)!;
      return [x.kind, x.label, x.path, x.fineTunePath, x.trains, x.retrainEveryMonths, x.maxRequestsPerMonth];
    };
    expect(pick('fineTune')).toEqual([
      'fineTune',
      'Fine-tune',
      'strategies.fineTune',
      'strategies.fineTune',
      true,
      4,
      null,
    ]);
    expect(pick('rag')).toEqual(['rag', 'RAG', 'strategies.rag', null, false, null, null]);
    expect(pick('hybrid')).toEqual([
      'hybrid',
      'Hybrid (RAG + tuned)',
      'strategies.hybrid',
      'strategies.fineTune',
      true,
      4,
      null,
    ]);
  });

  it('builds a hybrid after the RAG it uses, even when listed first, and returns the scenario’s order', () => {
    const s = kindScenario();
    const input = {
      workload: s.workload,
      horizonMonths: 6,
      candidates: {
        h: { kind: 'hybrid', fineTune: 'ft', rag: 'r', topK: 2 },
        ft: { kind: 'fine-tune', ...s.strategies.fineTune },
        r: { kind: 'rag', ...s.strategies.rag },
      },
    };
    const models = build(input);
    expect(models.map((x) => x.id)).toEqual(['h', 'ft', 'r']);
    // The same hand-worked total as the `strategies` form: 1816.04.
    expect(evaluate(models[0]!.monthly, M).toFixed()).toBe('1816.04');
    expect(models[0]!.lines[0]!.id).toBe('h.embedding.corpus');
    expect(models[0]!.lines[0]!.label).toBe('h: embed the corpus');
  });

  describe('closed routes', () => {
    const s = kindScenario();
    const input = {
      workload: s.workload,
      horizonMonths: 6,
      strategies: { rag: s.strategies.rag },
      candidates: {
        h: { kind: 'hybrid', fineTune: 'shut', rag: 'rag' },
        shut: { kind: 'fine-tune', vendor: 'test-closed', model: 'm', training: { datasetTokens: 1 } },
      },
    };

    it('throws the lifecycle error when no list is given', () => {
      expect(() => build(input)).toThrow(
        expect.objectContaining({ code: 'offering_ended', path: 'candidates.shut.vendor' }),
      );
    });

    it('lists a closed candidate, and one built on it, in scenario order; the rest are built', () => {
      const closed: ClosedStrategy[] = [];
      const models = build(input, closed);
      expect(models.map((x) => x.id)).toEqual(['rag']);
      expect(closed.map((c) => [c.id, c.label, c.error.code])).toEqual([
        ['h', 'h', 'offering_ended'],
        ['shut', 'shut', 'offering_ended'],
      ]);
      // The hybrid is closed for the fine-tune's reason: the same error.
      expect(closed[0]!.error).toBe(closed[1]!.error);
      expect(closed[1]!.error.offering).toMatchObject({ vendor: 'test-closed', date: '2025-09-15' });
    });

    it('still throws an error that is not about a route’s dates', () => {
      const locked = {
        workload: s.workload,
        strategies: { promptOnly: { vendor: 'test-llm', model: 'locked', fewShotTokens: 0 } },
      };
      const closed: ClosedStrategy[] = [];
      let error: unknown;
      try {
        build(locked, closed);
      } catch (e) {
        error = e;
      }
      expect(error).toBeInstanceOf(TuneOrRagError);
      expect((error as TuneOrRagError).code).toBe('missing_price');
      expect(closed).toEqual([]);
    });
  });
});
