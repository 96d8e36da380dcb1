import { describe, expect, it } from 'vitest';
import { evaluate } from '../../src/_lib/piecewise.js';
import { D } from '../../src/decimal.js';
import { type FineTuneParts, fineTuneParts } from '../../src/model/fineTuneCost.js';
import type { LineDef } from '../../src/model/types.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import type { FineTuneInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * The test table's `small` model: SFT LoRA $4 / 1M training tokens (minimum $10 a job), SFT full $8,
 * RFT $100 an hour (billed per second); tuned inference $1 input, $0.25 cached, $4 output per 1M;
 * capacity `pt` $20 an hour, `pt-6m` $10 an hour on a 6-month term; hardware `gpu` $3.60 an hour
 * billed per minute; storage $2 a month; the table bills validation tokens.
 *
 * Workload: 1,000 requests a month of 100 instruction + 50 input + 20 output tokens.
 */
function build(fineTune: Partial<FineTuneInput>, tables: Record<string, string> = {}): FineTuneParts {
  const scenario = parseScenario({
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 1000, instructionTokens: 100, inputTokens: 50, outputTokens: 20 },
    strategies: {
      fineTune: {
        vendor: 'test-llm',
        model: 'small',
        variant: 'lora',
        training: { datasetTokens: 1_000_000 },
        ...fineTune,
      },
    },
  });
  const w = scenario.workload;
  return fineTuneParts(
    scenario,
    scenario.fineTune!,
    testRegistry(),
    'ft',
    'ft',
    { uncachedInput: w.inputTokens, uncachedBasis: '50 user input' },
    tables,
  );
}
/** Each line as [id, timing, amount at 1,000 requests a month]. */
const summary = (lines: readonly LineDef[]) =>
  lines.map((l) => [l.id, l.timing, evaluate(l.quantity, new D(1000)).times(l.unitPrice).toFixed()]);
const errorOf = (fineTune: Partial<FineTuneInput>) => {
  try {
    build(fineTune);
  } catch (error) {
    return error as { code: string; path: string; detail: string };
  }
  throw new Error('expected a throw');
};

describe('fineTuneParts: per-token training and serving', () => {
  it('training, tuned-model tokens, the evaluation run and storage', () => {
    const tables: Record<string, string> = {};
    const parts = build(
      {
        training: { datasetTokens: 1_000_000, epochs: 3, validationTokens: 100_000, evalPasses: 2 },
        evaluationRequests: 500,
      },
      tables,
    );
    expect(summary(parts.lines)).toEqual([
      // (1,000,000 × 3 epochs + 100,000 validation × 2 passes) = 3,200,000 tokens × $4 / 1M = $12.80,
      // above the $10 minimum: no top-up.
      ['ft.training', 'one_time', '12.8'],
      // (100 instruction + 50 input) = 150 tokens × 1,000 requests × $1 / 1M = $0.15.
      ['ft.serving.input', 'per_volume', '0.15'],
      // 20 × 1,000 × $4 / 1M = $0.08.
      ['ft.serving.output', 'per_volume', '0.08'],
      // 500 requests × (150 × $1 + 20 × $4) / 1M = 500 × $0.00023 = $0.115 a run.
      ['ft.evaluation', 'one_time', '0.115'],
      ['ft.storage', 'monthly_fixed', '2'],
    ]);
    expect(parts.lines[0]!.basis).toBe(
      '1,000,000 dataset tokens × 3 epochs + 100,000 validation tokens × 2 passes, per run',
    );
    expect(parts.lines[0]!.label).toBe('ft: Training (SFT lora)');
    expect(parts.maxRequestsPerMonth).toBeNull();
    expect([parts.buckets.input.toFixed(), parts.buckets.output.toFixed()]).toEqual(['150', '20']);
    expect(tables).toEqual({ 'test-llm': '2026-01-01' });
  });

  it('a run below the per-job minimum is topped up to it', () => {
    const parts = build({ training: { datasetTokens: 500_000 } });
    // 500,000 × $4 / 1M = $2; the $10 minimum adds $8.
    expect(summary(parts.lines).slice(0, 2)).toEqual([
      ['ft.training', 'one_time', '2'],
      ['ft.training.minimum', 'one_time', '8'],
    ]);
    expect(parts.lines[1]!.basis).toBe('minimum charge $10 − training $2, per run');
  });

  it('re-training every 6 months makes every one-time line recur', () => {
    const parts = build({ retrainEveryMonths: 6, evaluationRequests: 10 });
    expect(
      parts.lines.filter((l) => l.timing === 'one_time').map((l) => [l.id, l.recursEveryMonths]),
    ).toEqual([
      // 1,000,000 × $4 / 1M = $4: the top-up to the $10 minimum is paid at every run too.
      ['ft.training', 6],
      ['ft.training.minimum', 6],
      ['ft.evaluation', 6],
    ]);
  });

  it("the user's training price replaces the table's", () => {
    const parts = build({ prices: { training: '6' } });
    // 1,000,000 × $6 / 1M = $6, topped up to the $10 minimum.
    expect(summary(parts.lines).slice(0, 2)).toEqual([
      ['ft.training', 'one_time', '6'],
      ['ft.training.minimum', 'one_time', '4'],
    ]);
    expect(parts.lines[0]!.price?.overridden).toBe(true);
  });
});

describe('fineTuneParts: training priced by time', () => {
  it('hours × GPUs × the hourly price', () => {
    const parts = build({
      method: 'rft',
      variant: undefined,
      training: { datasetTokens: 1000, hours: '2.5', gpus: 2 },
    });
    // 2.5 h = 9,000 s (whole seconds) × 2 GPUs = 18,000 s = 5 hours × $100 = $500.
    expect(summary(parts.lines)[0]).toEqual(['ft.training', 'one_time', '500']);
    expect(parts.lines[0]!.basis).toBe('2.5 hours, billed as 9,000 s × 2 GPU(s), per run');
  });

  it('tokens ÷ tokens per second, rounded up to a whole second', () => {
    const parts = build({
      method: 'rft',
      variant: undefined,
      training: { datasetTokens: 1_000_000, tokensPerSecond: 300 },
    });
    // 1,000,000 ÷ 300 = 3,333.3… → 3,334 s × $100 / 3,600 s = $92.6111…
    expect(parts.lines[0]!.quantity.intercepts[0]!.times(3600).toFixed()).toBe('3334');
    const amount = evaluate(parts.lines[0]!.quantity, new D(0)).times(parts.lines[0]!.unitPrice);
    expect(amount.toFixed(6)).toBe('92.611111');
  });

  it('neither hours nor a rate: refused, asking for one', () => {
    expect(errorOf({ method: 'rft', variant: undefined })).toMatchObject({
      code: 'invalid_input',
      path: 'strategies.fineTune.training.hours',
    });
  });
});

describe('fineTuneParts: capacity serving', () => {
  it('a committed term bills every hour of the month, whatever the active hours', () => {
    const parts = build({
      serving: { mode: 'capacity', option: 'pt-6m', copies: 1, activeHoursPerMonth: 100 },
      evaluationRequests: 500,
    });
    // 730 h × 1 unit × $10 = $7,300 a month; no token lines, and no evaluation line (capacity runs it).
    expect(summary(parts.lines)).toEqual([
      // 1,000,000 × $4 / 1M = $4, + $6 to the $10 minimum.
      ['ft.training', 'one_time', '4'],
      ['ft.training.minimum', 'one_time', '6'],
      ['ft.serving.capacity', 'monthly_fixed', '7300'],
      ['ft.storage', 'monthly_fixed', '2'],
    ]);
    expect(parts.lines[2]!.label).toBe('ft: Provisioned, 6 months (6-month term)');
    expect(parts.notes).toEqual([
      'Provisioned, 6 months is a 6-month commitment: every hour of the month is billed, whatever activeHoursPerMonth says.',
      'The evaluation run uses the provisioned capacity, which is billed by time already: no extra line.',
    ]);
    // Every token of a request is billed as input, none cached.
    expect([parts.buckets.input.toFixed(), parts.buckets.cachedInput.toFixed()]).toEqual(['150', '0']);
  });

  it('without a term, only the active hours, for each copy', () => {
    const parts = build({ serving: { mode: 'capacity', option: 'pt', copies: 2, activeHoursPerMonth: 100 } });
    // 100 h × 2 copies × $20 = $4,000.
    expect(summary(parts.lines)[2]).toEqual(['ft.serving.capacity', 'monthly_fixed', '4000']);
  });

  it('dedicated hardware billed per minute: the active time rounded up to whole minutes', () => {
    const parts = build({
      serving: { mode: 'capacity', option: 'gpu', copies: 1, activeHoursPerMonth: '10.01' },
    });
    // 10.01 h = 36,036 s → 601 minutes = 36,060 s × $3.60 / 3,600 s = $36.06.
    const line = parts.lines[2]!;
    expect(line.id).toBe('ft.serving.capacity');
    // Compared at 20 decimals: the quantity is 36,060 ÷ 3,600 = 10.01666… hours (divided before the
    // price), so the amount carries a 1e-38 rounding remainder (reported; see the session notes).
    expect(evaluate(line.quantity, new D(0)).times(line.unitPrice).toFixed(20)).toBe(
      '36.06000000000000000000',
    );
  });

  it('an option the model does not have is refused, listing the options', () => {
    expect(errorOf({ serving: { mode: 'capacity', option: 'tpu', copies: 1 } })).toMatchObject({
      code: 'option_not_offered',
      path: 'strategies.fineTune.serving.option',
      detail: 'Test LLM has no capacity option "tpu" for this model; options: pt, pt-6m, gpu, cmu',
    });
  });
});

describe('fineTuneParts: what cannot be tuned', () => {
  it('a vendor that does not fine-tune', () => {
    expect(errorOf({ vendor: 'test-vectors' })).toMatchObject({
      code: 'fine_tuning_not_offered',
      path: 'strategies.fineTune.vendor',
      detail: 'Test Vectors does not offer fine-tuning: a vector database',
    });
  });

  it('a model the vendor does not tune, listing those it does', () => {
    expect(errorOf({ model: 'big' })).toMatchObject({
      code: 'fine_tuning_not_offered',
      path: 'strategies.fineTune.model',
      detail: 'Test LLM does not fine-tune "big"; models it can tune: small, locked',
    });
  });

  it('a method the model does not offer, and a method with two variants and none chosen', () => {
    expect(errorOf({ method: 'dpo' })).toMatchObject({
      code: 'option_not_offered',
      path: 'strategies.fineTune.method',
      detail: 'Test LLM offers no dpo training for small; offered: sft/lora, sft/full, rft',
    });
    expect(errorOf({ variant: undefined })).toMatchObject({
      code: 'invalid_input',
      path: 'strategies.fineTune.variant',
      detail: 'small has sft training as lora or full: choose one with `variant`',
    });
  });

  it('a model without per-token serving asks for a capacity option', () => {
    expect(errorOf({ model: 'locked', variant: undefined, prices: { training: '5' } })).toMatchObject({
      code: 'option_not_offered',
      path: 'strategies.fineTune.serving',
      detail:
        'Test LLM serves tuned locked on capacity billed by time, not per token: set `strategies.fineTune.serving` to { mode: "capacity", option: "gpu" | "cmu" }',
    });
  });

  it('a training price the table does not publish is asked for', () => {
    expect(errorOf({ model: 'locked', variant: undefined })).toMatchObject({
      code: 'missing_price',
      path: 'strategies.fineTune.prices.training',
    });
  });
});
