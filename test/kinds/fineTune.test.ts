import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compareWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import { fineTuneKind } from '../../src/kinds/fineTune.js';
import { emptyCandidate, type ParseContext } from '../../src/spec/specs.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const s = kindScenario();
const ctx: ParseContext = {
  input: { workload: s.workload },
  workload: {
    requestsPerMonth: new D(1_000_000),
    instructionTokens: new D(500),
    inputTokens: new D(100),
    outputTokens: new D(200),
  },
  hoursPerMonth: new D(730),
  parse: () => {
    throw new Error('no lifecycle: not called');
  },
};

describe('fineTuneKind', () => {
  it('schema: vendor, model and training are required; the training block is strict', () => {
    expect(z.safeParse(fineTuneKind.schema, s.strategies.fineTune).success).toBe(true);
    expect(z.safeParse(fineTuneKind.schema, { vendor: 'test-llm', model: 'small' }).success).toBe(false);
    const typo = { ...s.strategies.fineTune, training: { datasetTokens: 1, epoch: 2 } };
    expect(z.safeParse(fineTuneKind.schema, typo).success).toBe(false);
  });

  it('parse sets the candidate’s tuned model at its path, and nothing else', () => {
    const data = z.parse(fineTuneKind.schema, s.strategies.fineTune);
    const c = fineTuneKind.parse(data, emptyCandidate('ft', 'FT', 'fineTune', 'candidates.ft'), ctx);
    expect([c.name, c.label, c.path, c.rag, c.generation, c.spec, c.uses]).toEqual([
      'ft',
      'FT',
      'candidates.ft',
      null,
      null,
      null,
      {},
    ]);
    expect([c.fineTune!.path, c.fineTune!.model, c.fineTune!.retrainEveryMonths]).toEqual([
      'candidates.ft',
      'small',
      4,
    ]);
    expect(c.fineTune!.tunedInstructionTokens.toFixed()).toBe('50');
  });

  it('build: training per run, the tuned model serving the user’s input and its short prompt', () => {
    const result = compareWith({ ...s, strategies: { fineTune: s.strategies.fineTune } }, { pricing });
    const ft = result.strategies[0]!;
    const amounts = Object.fromEntries(ft.lines.map((l) => [l.id, l.amount.toFixed()]));
    // Training: 2,000,000 × 2 epochs = 4,000,000 tokens × $4/1M = $16 (over the $10 minimum: no top-up).
    // Input: (100 user + 50 tuned instruction) × 1,000,000 × $1/1M = $150. Output: 200 × $4 = $800.
    expect(amounts).toEqual({
      'fineTune.training': '16',
      'fineTune.serving.input': '150',
      'fineTune.serving.output': '800',
      'fineTune.storage': '2',
    });
    expect(ft.lines[0]!.recursEveryMonths).toBe(4);
    // 150 + 800 + 2 + 16 ÷ 4 = 956.
    expect(ft.monthlyTotal.toFixed()).toBe('956');
    expect(ft.lines.find((l) => l.id === 'fineTune.serving.input')!.basis).toBe(
      'requests/month × 150 tokens per request (100 user input + 50 instruction)',
    );
  });

  it('build: a run below the minimum charge is topped up to it', () => {
    const small = { ...s.strategies.fineTune!, training: { datasetTokens: 1_000_000, epochs: 2 } };
    const ft = compareWith({ ...s, strategies: { fineTune: small } }, { pricing }).strategies[0]!;
    // 1,000,000 × 2 × $4/1M = $8 < $10: a $2 top-up each run. Monthly: 952 + (8 + 2) ÷ 4 = 954.5.
    expect(ft.lines.find((l) => l.id === 'fineTune.training.minimum')!.amount.toFixed()).toBe('2');
    expect(ft.monthlyTotal.toFixed()).toBe('954.5');
  });
});
