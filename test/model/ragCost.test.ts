import { describe, expect, it } from 'vitest';
import { retrievalParts } from '../../src/model/ragCost.js';
import { ragContext } from './rag/ragContext.js';

describe('retrievalParts', () => {
  it('embedding, then vector-DB, then rerank lines, and every table read recorded by vendor', () => {
    const { scenario, rag, registry } = ragContext({
      rerank: { vendor: 'test-llm', model: 'rerank', candidates: 30 },
    });
    const tables: Record<string, string> = { earlier: '2025-01-01' };
    const parts = retrievalParts(scenario, rag, registry, 'hybrid.retrieval', 'Hybrid', tables);
    expect(parts.lines.map((l) => l.id)).toEqual([
      'hybrid.retrieval.embedding.corpus',
      'hybrid.retrieval.embedding.churn',
      'hybrid.retrieval.embedding.queries',
      'hybrid.retrieval.vectorDb.initialWrites',
      'hybrid.retrieval.vectorDb.storage',
      'hybrid.retrieval.vectorDb.readUnits',
      'hybrid.retrieval.vectorDb.churnWrites',
      'hybrid.retrieval.vectorDb.minimumTopUp',
      'hybrid.retrieval.rerank',
    ]);
    expect(parts.lines[0]!.label).toBe('Hybrid: embed the corpus');
    // The caller's record keeps what it had; vendors follow in the order they were read.
    expect(Object.entries(tables)).toEqual([
      ['earlier', '2025-01-01'],
      ['test-llm', '2026-01-01'],
      ['test-vectors', '2026-01-01'],
    ]);
    // 25 vectors × 4,000 B = 100,000 B: 0.0001 GB, 4 KB a record.
    expect(Object.fromEntries(Object.entries(parts.sizes).map(([k, v]) => [k, v.toFixed()]))).toEqual({
      vectors: '25',
      embeddedTokens: '12400',
      storageGb: '0.0001',
      recordKb: '4',
    });
    expect(parts.maxRequestsPerMonth).toBeNull();
  });
});
