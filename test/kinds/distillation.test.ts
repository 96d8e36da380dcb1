import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario, type ScenarioInput } from '../../src/index.js';
import { STRATEGY_KINDS } from '../../src/strategyKinds.js';

/**
 * Distillation, the kind added to show what a new kind touches: its STRATEGY_KINDS entry
 * (src/strategyKinds.ts), its module (src/kinds/distillation.ts) and one line of src/kinds/registry.ts.
 *
 * The default scenario's fine-tune (Gemini 2.5 Flash on Vertex, re-trained monthly) is the student;
 * the teacher is Gemini 2.5 Pro on Vertex (table 2026-10-07: $1.25 input, $10 output per 1M tokens,
 * batch × 0.5), writing 20,000 answers of 800 input + 250 output tokens per training run.
 */
const teacher = {
  vendor: 'google-vertex',
  model: 'gemini-2.5-pro',
  serviceTier: 'batch',
  examples: 20_000,
  inputTokensPerExample: 800,
  outputTokensPerExample: 250,
};

function withDistilled(extra: Record<string, unknown> = {}): ScenarioInput {
  const s = defaultScenario();
  return {
    ...s,
    strategies: { fineTune: s.strategies.fineTune },
    candidates: { distilled: { kind: 'distillation', extends: 'fineTune', teacher, ...extra } },
  } as ScenarioInput;
}

describe('distillation', () => {
  it('is in the registry with its CLI name, and a candidate of it is named by kind', () => {
    expect(STRATEGY_KINDS.map((k) => k.id)).toContain('distillation');
    const result = compare(withDistilled());
    expect(result.run.candidates.map((c) => [c.id, c.kind, c.label])).toEqual([
      ['fineTune', 'fineTune', 'Fine-tune'],
      ['distilled', 'distillation', 'distilled'],
    ]);
  });

  it("adds the teacher's labelling to the student's fine-tune lines, repeated with each re-training", () => {
    const [student, distilled] = compare(withDistilled()).strategies;
    const amount = (id: string) => distilled!.lines.find((l) => l.id === id)!.amount.toFixed();
    // Input: 20,000 × 800 = 16,000,000 tokens × $1.25 / 1M × 0.5 (batch) = $10 per run.
    expect(amount('distilled.teacher.input')).toBe('10');
    // Output: 20,000 × 250 = 5,000,000 tokens × $10 / 1M × 0.5 = $25 per run.
    expect(amount('distilled.teacher.output')).toBe('25');
    // Re-trained every month: $35 a month on top of the same student lines.
    expect(distilled!.monthlyTotal.minus(student!.monthlyTotal).toFixed()).toBe('35');
    const studentLines = student!.lines.map((l) => [l.id.replace(/^fineTune/, ''), l.amount.toFixed()]);
    const ownLines = distilled!.lines
      .filter((l) => !l.id.startsWith('distilled.teacher.'))
      .map((l) => [l.id.replace(/^distilled/, ''), l.amount.toFixed()]);
    expect(ownLines).toEqual(studentLines);
  });

  it('amortises a one-off labelling over the horizon when the student is never re-trained', () => {
    const s = withDistilled({ retrainEveryMonths: 0 });
    const once = {
      ...s,
      strategies: { fineTune: { ...s.strategies!.fineTune!, retrainEveryMonths: 0 } },
    } as ScenarioInput;
    const [student, distilled] = compare(once).strategies;
    // $35 once over the default 12-month horizon: 35 ÷ 12 = 2.91666…
    expect(distilled!.monthlyTotal.minus(student!.monthlyTotal).toFixed(10)).toBe('2.9166666667');
  });

  it('a constant gap never breaks even: the student alone stays cheaper at every volume', () => {
    const result = breakeven(withDistilled(), { between: ['fineTune', 'distilled'] }).breakeven;
    expect(result.kind).toBe('never');
    expect(result.kind === 'never' && result.cheaper).toBe('fineTune');
  });

  it('refuses a teacher that is not a chat model of its vendor, naming the path', () => {
    const bad = withDistilled({ teacher: { ...teacher, model: 'no-such-model' } });
    expect(() => compare(bad)).toThrow(
      expect.objectContaining({ path: 'candidates.distilled.teacher.model' }),
    );
  });

  it('asks for the teacher, with its path, when it is missing', () => {
    const s = defaultScenario();
    const bad = {
      ...s,
      candidates: { distilled: { kind: 'distillation', extends: 'fineTune' } },
    } as ScenarioInput;
    expect(() => compare(bad)).toThrow(expect.objectContaining({ code: 'invalid_input' }));
    try {
      compare(bad);
    } catch (error) {
      expect((error as { path?: string }).path).toBe('candidates.distilled.teacher');
    }
  });
});
