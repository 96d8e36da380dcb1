import { describe, expect, it } from 'vitest';
import { breakeven, compare, defaultScenario, type ScenarioInput } from '../../src/index.js';

const base = defaultScenario();
const total = (s: ScenarioInput, id: string) =>
  compare(s)
    .strategies.find((c) => c.strategy === id)!
    .monthlyTotal.toFixed();

describe('named candidates', () => {
  const scenario: ScenarioInput = {
    ...base,
    candidates: {
      'ft-copy': { extends: 'fineTune', label: 'Gemini Flash tuned (copy)' },
      'rag-topk8': { extends: 'rag', topK: 8 },
      'hybrid-2': { kind: 'hybrid', fineTune: 'ft-copy', rag: 'rag-topk8', topK: 2 },
    },
  };

  it('keeps the four strategies and adds each candidate after them, in order', () => {
    const run = compare(scenario).run;
    expect(run.candidates.map((c) => [c.id, c.kind, c.label])).toEqual([
      ['fineTune', 'fineTune', 'Fine-tune'],
      ['rag', 'rag', 'RAG'],
      ['promptOnly', 'promptOnly', 'Prompt-only'],
      ['hybrid', 'hybrid', 'Hybrid (RAG + tuned)'],
      ['ft-copy', 'fineTune', 'Gemini Flash tuned (copy)'],
      ['rag-topk8', 'rag', 'rag-topk8'],
      ['hybrid-2', 'hybrid', 'hybrid-2'],
    ]);
  });

  it('an exact copy costs what its original costs, to the last digit', () => {
    expect(total(scenario, 'ft-copy')).toBe('289.494');
    expect(total(scenario, 'fineTune')).toBe('289.494');
  });

  it('prices a changed field by hand: RAG with 8 chunks instead of 5', () => {
    // 3 more chunks × 512 tokens × 200,000 requests = 307,200,000 input tokens more at Gemini 2.5
    // Flash's $0.30 per 1M = $92.16; nothing else depends on topK (Pinecone reads are per query).
    // 362.380001024 + 92.16 = 454.540001024.
    expect(total(scenario, 'rag-topk8')).toBe('454.540001024');
  });

  it('a hybrid combines the candidates it names, by hand', () => {
    // Against the built-in hybrid (3 chunks): 1 chunk fewer × 512 tokens × 200,000 requests =
    // 102,400,000 tuned input tokens × $0.30/1M = $30.72 a month, and the monthly evaluation run
    // (1,000 requests) 512,000 tokens fewer = $0.1536. 437.094801024 − 30.8736 = 406.221201024.
    // The retrieval is rag-topk8's, which costs what RAG's does (topK changes only generation).
    expect(total(scenario, 'hybrid-2')).toBe('406.221201024');
    const lines = compare(scenario).strategies.find((c) => c.strategy === 'hybrid-2')!.lines;
    expect(lines.map((l) => l.id)).toContain('hybrid-2.vectorDb.readUnits');
    expect(lines.map((l) => l.label)).toContain('hybrid-2: embed the corpus');
  });

  it('every pair has a breakeven, and any pair can be asked for by name', () => {
    const r = compare(scenario);
    expect(r.breakevens).toHaveLength((7 * 6) / 2);
    const b = breakeven(scenario, { between: ['ft-copy', 'rag-topk8'] }).breakeven;
    expect(b.between).toEqual(['ft-copy', 'rag-topk8']);
    expect(b.kind).toBe('crossovers');
  });

  it('a scenario of candidates alone is valid; the default pair is the first fine-tune and RAG', () => {
    const only: ScenarioInput = {
      workload: base.workload,
      asOf: base.asOf,
      candidates: {
        tuned: { kind: 'fine-tune', ...base.strategies.fineTune! },
        retrieval: { kind: 'rag', ...base.strategies.rag! },
      },
    };
    expect(total(only, 'tuned')).toBe('289.494');
    expect(total(only, 'retrieval')).toBe('362.380001024');
    // The same breakeven as the four-strategy form: 1,202.567987712 ÷ 0.010386 requests/month.
    const b = breakeven(only).breakeven;
    expect(b.between).toEqual(['tuned', 'retrieval']);
    const old = breakeven(base).breakeven;
    expect(b.kind === 'crossovers' && old.kind === 'crossovers').toBe(true);
    if (b.kind === 'crossovers' && old.kind === 'crossovers') {
      expect(b.crossovers[0]!.requestsPerMonth.eq(old.crossovers[0]!.requestsPerMonth)).toBe(true);
    }
  });
});

describe('candidate errors name the field', () => {
  const bad = (candidates: NonNullable<ScenarioInput['candidates']>) => {
    try {
      compare({ ...base, candidates });
    } catch (error) {
      return error as { code: string; path: string; message: string };
    }
    throw new Error('expected an error');
  };

  it('an unknown base', () => {
    const e = bad({ x: { extends: 'nope' } });
    expect([e.code, e.path]).toEqual(['invalid_input', 'candidates.x.extends']);
    expect(e.message).toContain('names no candidate or strategy');
  });

  it('a circle of extends', () => {
    const e = bad({ a: { extends: 'b' }, b: { extends: 'a' } });
    expect(e.path).toBe('candidates.a.extends');
    expect(e.message).toContain('a → b → a');
  });

  it('no kind', () => {
    expect(bad({ x: { topK: 3 } }).path).toBe('candidates.x.kind');
  });

  it("a kind's required fields, checked after the merge, with the candidate's path", () => {
    const e = bad({ x: { kind: 'rag', topK: 3 } });
    expect(e.path).toBe('candidates.x.embedding');
    expect(e.message).toContain('`candidates.x.vectorDb`');
  });

  it('a hybrid naming a candidate of the wrong kind', () => {
    const e = bad({ h: { kind: 'hybrid', fineTune: 'rag', rag: 'rag' } });
    expect(e.path).toBe('candidates.h.fineTune');
    expect(e.message).toContain('name a fine-tune one (fineTune)');
  });

  it('a name taken by a strategy', () => {
    expect(bad({ rag: { extends: 'rag' } }).path).toBe('candidates.rag');
  });

  it('a price missing in a candidate is asked for at the candidate', () => {
    const e = bad({
      x: { extends: 'fineTune', vendor: 'modal', model: 'meta-llama/Llama-3.1-8B-Instruct' },
    });
    expect(e.path.startsWith('candidates.x.')).toBe(true);
  });
});
