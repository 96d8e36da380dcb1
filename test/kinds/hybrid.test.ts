import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compareWith } from '../../src/calculate.js';
import { hybridKind, hybridSchema } from '../../src/kinds/hybrid.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const s = kindScenario();
const costs = (input: unknown) =>
  new Map(compareWith(input, { pricing }).strategies.map((c) => [c.strategy, c] as const));

describe('hybridKind', () => {
  it('schema: only `topK`, optional, at least 1', () => {
    expect(hybridKind.schema).toBe(hybridSchema);
    expect(z.safeParse(hybridSchema, {}).success).toBe(true);
    expect(z.safeParse(hybridSchema, { topK: 2 }).success).toBe(true);
    expect(z.safeParse(hybridSchema, { topK: 0 }).success).toBe(false);
  });

  it('parse keeps `topK` (or null) in its spec; the parts come from the candidates it uses', () => {
    const parsed = parseScenario(s);
    const hybrid = parsed.candidates.find((c) => c.kind === 'hybrid')!;
    expect((hybrid.spec as { topK: { toFixed(): string } }).topK.toFixed()).toBe('2');
    expect(hybrid.uses).toEqual({ fineTune: 'fineTune', rag: 'rag' });
    const bare = parseScenario({ ...s, strategies: { ...s.strategies, hybrid: {} } });
    expect(bare.candidates.find((c) => c.kind === 'hybrid')!.spec).toEqual({ topK: null });
  });

  it('reuses the RAG’s retrieval lines under its own ids, at the same amounts', () => {
    const c = costs(s);
    const rag = c.get('rag')!.lines.filter((l) => /^rag\.(embedding|vectorDb)\./.test(l.id));
    const hybrid = c.get('hybrid')!.lines;
    expect(rag).toHaveLength(6);
    expect(hybrid.slice(0, 6).map((l) => [l.id, l.label, l.amount.toFixed()])).toEqual(
      rag.map((l) => [l.id.replace(/^rag/, 'hybrid'), l.label.replace(/^RAG/, 'Hybrid'), l.amount.toFixed()]),
    );
    // The RAG's generation is not part of the hybrid: the tuned model answers instead.
    expect(hybrid.some((l) => l.id.startsWith('hybrid.generation'))).toBe(false);
  });

  it('the tuned model reads its own topK of chunks: 2 here, the RAG’s 3 when not given', () => {
    const two = costs(s).get('hybrid')!;
    // Retrieval 10 + 0.02 + 2.5 + 47.48 = 60; tuned input (100 + 2 × 400 + 50) = 950 × $1 = 950;
    // output 200 × $4 = 800; storage 2; one-offs 0.24 ÷ 6 + 16 ÷ 4 = 4.04. Total 1,816.04.
    expect(two.lines.find((l) => l.id === 'hybrid.serving.input')!.amount.toFixed()).toBe('950');
    expect(two.monthlyTotal.toFixed()).toBe('1816.04');
    const three = costs({ ...s, strategies: { ...s.strategies, hybrid: {} } }).get('hybrid')!;
    // One more chunk of 400 tokens × 1,000,000 requests × $1/1M = $400 more.
    expect(three.lines.find((l) => l.id === 'hybrid.serving.input')!.amount.toFixed()).toBe('1350');
    expect(three.monthlyTotal.toFixed()).toBe('2216.04');
  });

  it('as a named candidate, names the fine-tune and RAG it combines, and labels lines with its own label', () => {
    const input = {
      ...s,
      candidates: { mix: { kind: 'hybrid', label: 'Mix', fineTune: 'fineTune', rag: 'rag', topK: 1 } },
    };
    const mix = costs(input).get('mix')!;
    expect(mix.lines[0]!.id).toBe('mix.embedding.corpus');
    expect(mix.lines[0]!.label).toBe('Mix: embed the corpus');
    // One chunk: 100 + 400 + 50 = 550 × $1 = 550; 1,816.04 − 950 + 550 = 1,416.04.
    expect(mix.monthlyTotal.toFixed()).toBe('1416.04');
  });
});

describe('hybrid: rules across the parts it reuses', () => {
  it("refuses a topK above the reused reranker's candidates, at the hybrid's own path", () => {
    const s = defaultScenario();
    const input = {
      ...s,
      strategies: {
        ...s.strategies,
        rag: {
          ...s.strategies.rag,
          topK: 5,
          rerank: { vendor: 'cohere', model: 'rerank-v3.5', candidates: 8 },
        },
        hybrid: { topK: 10 },
      },
    };
    // RAG's own topK 5 ≤ 8 candidates passes; the hybrid's 10 chunks would be priced in every
    // prompt while the reused rerank line scores only 8.
    expect(() => parseScenario(input)).toThrow(
      expect.objectContaining({
        code: 'invalid_input',
        path: 'strategies.hybrid.topK',
        detail:
          'rerank needs at least topK candidates: the reused reranker scores 8, fewer than this topK of 10',
      }),
    );
    // At the limit it is accepted.
    const ok = { ...input, strategies: { ...input.strategies, hybrid: { topK: 8 } } };
    expect(parseScenario(ok).candidates.map((c) => c.name)).toContain('hybrid');
  });
});
