import { describe, expect, it } from 'vitest';
import type { TuneOrRagError } from '../../src/errors.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';

function errorOf(input: unknown): TuneOrRagError {
  try {
    parseScenario(input);
  } catch (error) {
    return error as TuneOrRagError;
  }
  throw new Error('expected parseScenario to throw');
}

describe('parseScenario', () => {
  it('turns the default scenario into Decimals with its defaults filled in', () => {
    const s = parseScenario(defaultScenario());
    expect(s.candidates.map((c) => c.name)).toEqual(['fineTune', 'rag', 'promptOnly', 'hybrid']);
    expect(s.hoursPerMonth.toFixed()).toBe('730');
    expect(s.horizonMonths).toBe(12);
    // 600 instruction + 150 input + 250 output.
    expect(s.workload.tokensPerRequest.toFixed()).toBe('1000');
    // The hybrid takes the fine-tune's tuned model and the RAG's retrieval (its `uses`).
    const hybrid = s.candidates.find((c) => c.name === 'hybrid')!;
    expect(hybrid.uses).toEqual({ fineTune: 'fineTune', rag: 'rag' });
    expect(hybrid.fineTune).toBe(s.fineTune);
    expect(hybrid.rag).toBe(s.rag);
    // Prompt-only keeps its base model as `generation` and its few-shot tokens in its kind's spec.
    const prompt = s.candidates.find((c) => c.name === 'promptOnly')!;
    expect(prompt.generation?.model).toBe('gemini-2.5-flash');
    expect((prompt.spec as { fewShotTokens: { toFixed(): string } }).fewShotTokens.toFixed()).toBe('3000');
  });

  it('reports every broken cross-field rule in one error, not the first alone', () => {
    const s = defaultScenario();
    const input = {
      ...s,
      hoursPerMonth: 800,
      workload: { ...s.workload, requestsPerDay: 100 },
      strategies: {
        ...s.strategies,
        rag: { ...s.strategies.rag, chunkTokens: 256, chunkOverlapTokens: 256 },
      },
      candidates: {
        nokind: { label: 'no kind' },
        lost: { extends: 'nowhere' },
        'rag-b': { extends: 'rag', kind: 'rag', chunkOverlapTokens: 600 },
        // Names a broken RAG candidate: not reported again as "no candidate is named".
        'hybrid-b': { kind: 'hybrid', fineTune: 'fineTune', rag: 'rag-b' },
        'hybrid-c': { kind: 'hybrid', fineTune: 'promptOnly', rag: 'rag' },
      },
    };
    const e = errorOf(input);
    expect(e.code).toBe('invalid_input');
    expect(e.path).toBe('hoursPerMonth');
    expect(e.issues.map((i) => i.path)).toEqual([
      'hoursPerMonth',
      'workload.requestsPerDay',
      'strategies.rag.chunkOverlapTokens',
      'candidates.nokind.kind',
      'candidates.lost.extends',
      'candidates.rag-b.chunkOverlapTokens',
      'candidates.hybrid-c.fineTune',
    ]);
    expect(e.detail).toMatch(
      /^expected hours in a month between 0 \(exclusive\) and 744; also `workload.requestsPerDay`: give the volume once/,
    );
    // Seven issues: the first, five named after it, and one counted.
    expect(e.detail).toMatch(/; 1 more$/);
  });

  it('throws one broken rule exactly as before (message unchanged)', () => {
    const s = defaultScenario();
    const e = errorOf({ ...s, hoursPerMonth: 800 });
    expect(e.message).toBe(
      '[tune-or-rag] invalid_input at `hoursPerMonth`: expected hours in a month between 0 (exclusive) and 744',
    );
    expect(e.issues).toEqual([
      { path: 'hoursPerMonth', message: 'expected hours in a month between 0 (exclusive) and 744' },
    ]);
  });
});
