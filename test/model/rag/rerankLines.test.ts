import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/_lib/piecewise.js';
import { D } from '../../../src/decimal.js';
import { rerankLines } from '../../../src/model/rag/rerankLines.js';
import { ragContext } from './ragContext.js';

describe('rerankLines', () => {
  it.each([
    // A document is chunk + query = 500 + 50 = 550 tokens: ⌈550 ÷ 500⌉ = 2 pieces.
    // 30 candidates × 2 = 60 documents: ⌈60 ÷ 100⌉ = 1 search a request.
    [30, '1', '2'],
    // 80 × 2 = 160 documents: ⌈160 ÷ 100⌉ = 2 searches; 2,000 searches × $2 / 1K = $4.
    [80, '2', '4'],
  ])('%i candidates: %s searches a request, $%s at 1,000 requests', (candidates, perRequest, usd) => {
    const built = rerankLines(ragContext({ rerank: { vendor: 'test-llm', model: 'rerank', candidates } }));
    expect(built.lines).toHaveLength(1);
    const line = built.lines[0]!;
    expect(line.id).toBe('rag.rerank');
    expect(line.quantity.slopes[0]!.toFixed()).toBe(perRequest);
    expect(evaluate(line.quantity, new D(1000)).times(line.unitPrice).toFixed()).toBe(usd);
    expect(built.tables).toEqual({ 'test-llm': '2026-01-01' });
  });

  it('no rerank: no lines and no table read', () => {
    expect(rerankLines(ragContext())).toEqual({ lines: [], tables: {} });
  });
});
