import { describe, expect, it } from 'vitest';
import { TuneOrRagError } from '../../src/errors.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import type { FineTuneInput } from '../../src/spec/fields.js';
import { type LifecycleScenarioInput, parseLifecycle } from '../../src/spec/parseLifecycle.js';

const workload = { requestsPerMonth: 1000, instructionTokens: 600, inputTokens: 150, outputTokens: 250 };
const input: LifecycleScenarioInput = { workload, strategies: { fineTune: {}, rag: {} } };
const base: FineTuneInput = {
  vendor: 'test-llm',
  model: 'small',
  training: { datasetTokens: 1_000_000, epochs: 2 },
  retrainEveryMonths: 3,
  prices: { training: '4' },
};
const AT = 'candidates.ft';
const parse = (lifecycle: FineTuneInput['lifecycle'], scenario = input) =>
  parseLifecycle({ ...base, lifecycle }, AT, scenario, parseScenario);

/** [code, path] of the error a parse throws. */
function refusal(run: () => unknown): [string, string] {
  try {
    run();
  } catch (error) {
    if (error instanceof TuneOrRagError) return [error.code, error.path];
    throw error;
  }
  throw new Error('expected a refusal');
}

describe('parseLifecycle', () => {
  it('is null without a `lifecycle` block, and parse is not called', () => {
    const never = () => {
      throw new Error('not called');
    };
    expect(parseLifecycle(base, AT, input, never)).toBeNull();
  });

  it('monitoring: requests default to 0, the own figure to null; money kept exact', () => {
    expect(parse({ monitoring: {} })).toEqual({
      upgrades: [],
      monitoring: expect.anything(),
      fallback: null,
    });
    const m = parse({ monitoring: {} })!.monitoring!;
    expect([m.evaluationRequestsPerMonth.toFixed(), m.usdPerMonth]).toEqual(['0', null]);
    const n = parse({ monitoring: { evaluationRequestsPerMonth: 500, usdPerMonth: '120.50' } })!.monitoring!;
    expect([n.evaluationRequestsPerMonth.toFixed(), n.usdPerMonth!.toFixed()]).toEqual(['500', '120.5']);
  });

  it('an upgrade replaces only the fields written and keeps the rest of the current route', () => {
    const life = parse({ upgrades: [{ month: 4, training: { datasetTokens: 3_000_000 } }] })!;
    expect(life.upgrades).toHaveLength(1);
    const u = life.upgrades[0]!;
    expect(u.month).toBe(4);
    expect(u.fineTune.path).toBe(`${AT}.lifecycle.upgrades[0]`);
    // The new training block replaces the old one whole: epochs back to its default of 1.
    expect([u.fineTune.training.datasetTokens.toFixed(), u.fineTune.training.epochs.toFixed()]).toEqual([
      '3000000',
      '1',
    ]);
    // Same model: the price override and the re-training period carry over.
    expect([u.fineTune.model, u.fineTune.prices.training!.toFixed(), u.fineTune.retrainEveryMonths]).toEqual([
      'small',
      '4',
      3,
    ]);
  });

  it('a new model drops the old price overrides (they priced the old model) unless given again', () => {
    const life = parse({
      upgrades: [
        { month: 2, model: 'big' },
        { month: 5, prices: { training: '9' } },
      ],
    })!;
    const [first, second] = life.upgrades;
    expect([first!.fineTune.model, first!.fineTune.prices]).toEqual(['big', {}]);
    // Upgrades build on each other: the second keeps `big` and adds its own price.
    expect([second!.fineTune.model, second!.fineTune.prices.training!.toFixed()]).toEqual(['big', '9']);
    // Writing the same model again is no change of model: the override stays.
    const same = parse({ upgrades: [{ month: 2, model: 'small' }] })!;
    expect(same.upgrades[0]!.fineTune.prices.training!.toFixed()).toBe('4');
  });

  it('lists upgrades in month order from month 2 to 1200: 1, a repeat and 1201 are refused', () => {
    const at = (i: number) => `${AT}.lifecycle.upgrades[${i}].month`;
    expect(refusal(() => parse({ upgrades: [{ month: 1 }] }))).toEqual(['invalid_input', at(0)]);
    expect(refusal(() => parse({ upgrades: [{ month: 3 }, { month: 3 }] }))).toEqual([
      'invalid_input',
      at(1),
    ]);
    expect(refusal(() => parse({ upgrades: [{ month: 1201 }] }))).toEqual(['invalid_input', at(0)]);
    expect(parse({ upgrades: [{ month: 2 }, { month: 1200 }] })!.upgrades.map((u) => u.month)).toEqual([
      2, 1200,
    ]);
  });

  it('an upgrade’s own error names the field under the upgrade, not `strategies.fineTune`', () => {
    const [code, path] = refusal(() => parse({ upgrades: [{ month: 2, retrainEveryMonths: 1201 }] }));
    expect([code, path]).toEqual(['invalid_input', `${AT}.lifecycle.upgrades[0].retrainEveryMonths`]);
  });

  it('carries monitoring to the routes it switches to', () => {
    const life = parse({ monitoring: { usdPerMonth: '10' }, upgrades: [{ month: 2 }] })!;
    expect(life.upgrades[0]!.fineTune.lifecycle!.monitoring!.usdPerMonth!.toFixed()).toBe('10');
  });

  it('a fallback to another strategy needs that strategy described in the scenario', () => {
    expect(parse({ fallback: { strategy: 'rag' } })!.fallback).toEqual({ strategy: 'rag' });
    expect(refusal(() => parse({ fallback: { strategy: 'promptOnly' } }))).toEqual([
      'invalid_input',
      `${AT}.lifecycle.fallback.strategy`,
    ]);
  });

  it('a fallback fine-tune is parsed as a route of its own, at its path', () => {
    const f = parse({
      fallback: {
        strategy: 'fineTune',
        fineTune: { vendor: 'test-llm', model: 'big', training: { datasetTokens: 7 } },
      },
    })!.fallback!;
    expect(f.strategy).toBe('fineTune');
    if (f.strategy !== 'fineTune') return;
    expect([f.fineTune.path, f.fineTune.model, f.fineTune.training.datasetTokens.toFixed()]).toEqual([
      `${AT}.lifecycle.fallback.fineTune`,
      'big',
      '7',
    ]);
    expect(
      refusal(() =>
        parse({
          fallback: {
            strategy: 'fineTune',
            fineTune: {
              vendor: 'test-llm',
              model: 'big',
              training: { datasetTokens: 7 },
              retrainEveryMonths: 5000,
            },
          },
        }),
      ),
    ).toEqual(['invalid_input', `${AT}.lifecycle.fallback.fineTune.retrainEveryMonths`]);
  });

  it('does not mutate the fine-tune it reads', () => {
    const raw: FineTuneInput = { ...base, lifecycle: { upgrades: [{ month: 2, model: 'big' }] } };
    const copy = structuredClone(raw);
    parseLifecycle(raw, AT, input, parseScenario);
    expect(raw).toEqual(copy);
  });
});
