import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import type { PhaseModel } from '../../src/analysis/computeHorizon.js';
import { lifecycleRoutes } from '../../src/analysis/lifecycleRoutes.js';
import { D } from '../../src/decimal.js';
import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { testLlm, testRegistry } from '../helpers/testTables.js';

/** The test LLM from 2026-08-01 with SFT full at $10 per 1M training tokens (was $8). */
const dearer: PriceTable = {
  ...testLlm,
  effectiveDate: '2026-08-01',
  models: testLlm.models.map((m) =>
    m.id === 'small'
      ? {
          ...m,
          fineTuning: {
            ...m.fineTuning!,
            methods: m.fineTuning!.methods.map((o) =>
              o.variant === 'full'
                ? { ...o, price: { usd: '10', per: '1M', unit: 'training_token', source: 'page' } }
                : o,
            ),
          },
        }
      : m,
  ),
} as PriceTable;
const registry = testRegistry([dearer]);

function scenario(lifecycle?: Record<string, unknown>) {
  return parseScenario({
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 1000, instructionTokens: 0, inputTokens: 100, outputTokens: 100 },
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 3_000_000 },
        ...(lifecycle === undefined ? {} : { lifecycle }),
      },
      promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
    },
  });
}
/** The one-time training amount of a phase's model. */
const trainingOf = (phase: PhaseModel) => {
  const line = phase.model.lines.find((l) => l.id === 'fineTune.training')!;
  return evaluate(line.quantity, new D(0)).times(line.unitPrice).toFixed();
};

describe('lifecycleRoutes', () => {
  it('none without upgrades or a fallback (monitoring alone changes no route)', () => {
    expect(lifecycleRoutes(scenario(), registry)).toBeUndefined();
    expect(
      lifecycleRoutes(scenario({ monitoring: { evaluationRequestsPerMonth: 10 } }), registry),
    ).toBeUndefined();
  });

  it('an upgrade is priced on the tables in effect on its first day', () => {
    const routes = lifecycleRoutes(
      scenario({ upgrades: [{ month: 4, variant: 'full', training: { datasetTokens: 2_000_000 } }] }),
      registry,
    )!;
    const [upgrade, ...rest] = routes.upgrades('fineTune');
    expect(rest).toEqual([]);
    expect(upgrade!.month).toBe(4);
    // Started in July: 2,000,000 × $8 / 1M = $16 (the June table); in September: × $10 = $20.
    const july = upgrade!.build('2026-07-01');
    const september = upgrade!.build('2026-09-01');
    expect([trainingOf(july), trainingOf(september)]).toEqual(['16', '20']);
    expect([july.pricedOn, september.pricedOn]).toEqual(['2026-07-01', '2026-09-01']);
    expect(september.model.tables).toEqual({ 'test-llm': '2026-08-01' });
    expect(september.route).toContain('test-llm small');
    // Other candidates have no upgrades.
    expect(routes.upgrades('promptOnly')).toEqual([]);
  });

  it('a fallback to another strategy continues on that candidate, priced from its start', () => {
    const routes = lifecycleRoutes(scenario({ fallback: { strategy: 'promptOnly' } }), registry)!;
    const phase = routes.fallback('fineTune', '2026-09-01')!;
    expect(phase.model.id).toBe('promptOnly');
    expect(phase.scenario.asOf).toBe('2026-09-01');
    expect(phase.retrainEveryMonths).toBeNull();
    // 100 input × $2 + 100 output × $10 per 1M = $0.0012 a request × 1,000 = $1.20 a month.
    expect(evaluate(phase.model.monthly, new D(1000)).toFixed()).toBe('1.2');
    expect(routes.fallback('promptOnly', '2026-09-01')).toBeNull();
  });

  it('a fallback to another fine-tune is a new training run of the same candidate', () => {
    const routes = lifecycleRoutes(
      scenario({
        fallback: {
          strategy: 'fineTune',
          fineTune: {
            vendor: 'test-llm',
            model: 'small',
            variant: 'full',
            training: { datasetTokens: 1_000_000 },
          },
        },
      }),
      registry,
    )!;
    const phase = routes.fallback('fineTune', '2026-06-01')!;
    expect(phase.model.id).toBe('fineTune');
    // 1,000,000 × $8 / 1M = $8.
    expect(trainingOf(phase)).toBe('8');
  });
});
