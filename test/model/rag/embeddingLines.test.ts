import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/_lib/piecewise.js';
import { D } from '../../../src/decimal.js';
import { chunkCorpus, embeddingLines } from '../../../src/model/rag/embeddingLines.js';
import type { LineDef } from '../../../src/model/types.js';
import { ragContext } from './ragContext.js';

/** quantity × unit price at 1,000 requests/month, as a plain decimal string. */
const amountAt1000 = (line: LineDef) => evaluate(line.quantity, new D(1000)).times(line.unitPrice).toFixed();

describe('chunkCorpus', () => {
  it.each([
    // corpus, chunk, overlap → vectors, embedded tokens
    // 10,000 ÷ (500 − 100) = 25 vectors; 24 overlaps × 100 embedded twice: 10,000 + 2,400.
    [10_000, 500, 100, '25', '12400'],
    // No overlap: ⌈1,001 ÷ 500⌉ = 3 vectors, every token once.
    [1001, 500, 0, '3', '1001'],
    // An empty corpus: no vectors, no overlaps (not −1 × overlap).
    [0, 500, 100, '0', '0'],
  ])(
    '%i tokens in chunks of %i overlapping by %i: %s vectors, %s tokens embedded',
    (corpus, chunk, overlap, vectors, embedded) => {
      const { rag } = ragContext({ corpusTokens: corpus, chunkTokens: chunk, chunkOverlapTokens: overlap });
      const sizes = chunkCorpus(rag);
      expect(sizes.vectors.toFixed()).toBe(vectors);
      expect(sizes.embeddedTokens.toFixed()).toBe(embedded);
    },
  );
});

describe('embeddingLines', () => {
  it('embeds the corpus once, its churn monthly and every query, at $0.1 per 1M tokens', () => {
    const built = embeddingLines(ragContext());
    expect(built.lines.map((l) => [l.id, l.timing, amountAt1000(l)])).toEqual([
      // 12,400 tokens × $0.1 / 1M = $0.00124, once.
      ['rag.embedding.corpus', 'one_time', '0.00124'],
      // 12,400 × 10% = 1,240 tokens a month × $0.1 / 1M = $0.000124.
      ['rag.embedding.churn', 'monthly_fixed', '0.000124'],
      // 1,000 requests × 50 query tokens = 50,000 tokens × $0.1 / 1M = $0.005.
      ['rag.embedding.queries', 'per_volume', '0.005'],
    ]);
    expect(built.lines[0]!.basis).toBe('10,000 corpus tokens + 24 overlaps × 100, once');
    expect(built.vectors.toFixed()).toBe('25');
    expect(built.modelDimensions?.toFixed()).toBe('1000');
    expect(built.tables).toEqual({ 'test-llm': '2026-01-01' });
  });

  it('no churn, no churn line', () => {
    const built = embeddingLines(ragContext({ churnPerMonth: '0' }));
    expect(built.lines.map((l) => l.id)).toEqual(['rag.embedding.corpus', 'rag.embedding.queries']);
  });

  it('a per-character price × characters per token', () => {
    const built = embeddingLines(
      ragContext({ embedding: { vendor: 'test-llm', model: 'embed-chars', charactersPerToken: '4' } }),
    );
    // $0.025 per 1K characters × 4 characters per token = $0.0001 per token; × 12,400 = $1.24.
    expect(amountAt1000(built.lines[0]!)).toBe('1.24');
    expect(built.lines[0]!.basis).toBe(
      '10,000 corpus tokens + 24 overlaps × 100, once × 4 characters per token',
    );
    // The model states no dimensions.
    expect(built.modelDimensions).toBeNull();
  });

  it('a per-character price without characters per token is refused, naming the field', () => {
    const ctx = ragContext({ embedding: { vendor: 'test-llm', model: 'embed-chars' } });
    expect(() => embeddingLines(ctx)).toThrow(
      expect.objectContaining({ code: 'unit_mismatch', path: 'strategies.rag.embedding.charactersPerToken' }),
    );
  });
});
