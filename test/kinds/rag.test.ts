import { describe, expect, it } from 'vitest';
import * as z from 'zod/mini';
import { compareWith } from '../../src/calculate.js';
import { buildStrategyModels } from '../../src/kinds/buildStrategyModels.js';
import { buildRag, ragKind } from '../../src/kinds/rag.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import { kindScenario } from '../helpers/kindScenario.js';
import { testRegistry } from '../helpers/testTables.js';

const pricing = testRegistry();
const s = kindScenario();
const rag = s.strategies.rag!;
const only = { ...s, strategies: { rag } };

describe('ragKind', () => {
  it('schema: the retrieval and its generation; topK of at least 1', () => {
    expect(z.safeParse(ragKind.schema, rag).success).toBe(true);
    expect(z.safeParse(ragKind.schema, { ...rag, topK: 0 }).success).toBe(false);
    const { generation: _dropped, ...without } = rag;
    expect(z.safeParse(ragKind.schema, without).success).toBe(false);
  });

  it('parse sets the candidate’s `rag` at its path', () => {
    const c = parseScenario(only).candidates[0]!;
    expect([c.kind, c.path, c.rag!.path, c.rag!.topK.toFixed(), c.fineTune, c.generation]).toEqual([
      'rag',
      'strategies.rag',
      'strategies.rag',
      '3',
      null,
      null,
    ]);
  });

  it('build: retrieval lines, then generation with the retrieved chunks in every prompt', () => {
    const r = compareWith(only, { pricing }).strategies[0]!;
    const amounts = Object.fromEntries(r.lines.map((l) => [l.id, l.amount.toFixed()]));
    expect(amounts).toEqual({
      // 2,000,000 corpus tokens × $0.10/1M, once.
      'rag.embedding.corpus': '0.2',
      // 100 query tokens × 1,000,000 × $0.10/1M.
      'rag.embedding.queries': '10',
      // 2,000,000 ÷ 400 = 5,000 vectors × 4 WU (a 100-record request of 4 KB records) × $2/1M, once.
      'rag.vectorDb.initialWrites': '0.04',
      // 5,000 × 1,000 dims × 4 B = 0.02 GB × $1.
      'rag.vectorDb.storage': '0.02',
      // max(0.25, 0.02 GB × 1) = 0.25 RU × 1,000,000 × $10/1M.
      'rag.vectorDb.readUnits': '2.5',
      // Up to the $50 minimum: 50 − (0.02 + 2.5).
      'rag.vectorDb.minimumTopUp': '47.48',
      // (100 input + 3 chunks × 400 + 500 instruction) = 1,800 × 1,000,000 × $0.50/1M.
      'rag.generation.input': '900',
      // 200 × 1,000,000 × $2/1M.
      'rag.generation.output': '400',
    });
    // 10 + 0.02 + 2.5 + 47.48 + 900 + 400 = 1,360 a month, + (0.2 + 0.04) ÷ 6 months = 1,360.04.
    expect(r.monthlyTotal.toFixed()).toBe('1360.04');
    expect(r.lines.find((l) => l.id === 'rag.generation.input')!.basis).toBe(
      'requests/month × 1,800 tokens per request (100 user input + 3 chunks × 400 retrieved + 500 instruction)',
    );
  });

  it('buildRag hands its retrieval to the kinds that reuse it, with the prefixes to swap', () => {
    const scenario = parseScenario(only);
    const candidate = scenario.candidates[0]!;
    const parts = buildRag({
      scenario,
      candidate,
      registry: pricing,
      built: new Map(),
      idPrefix: 'x',
      labelPrefix: 'X',
    });
    expect([parts.retrieval!.idPrefix, parts.retrieval!.labelPrefix]).toEqual(['x', 'X']);
    // The retrieval's lines are the RAG's own, before the generation's.
    const retrievalIds = parts.retrieval!.lines.map((l) => l.id);
    expect(parts.lines.map((l) => l.id).slice(0, retrievalIds.length)).toEqual(retrievalIds);
    expect(retrievalIds.every((id) => /^x\.(embedding|vectorDb)\./.test(id))).toBe(true);
    expect(parts.tables).toEqual({ 'test-llm': '2026-01-01', 'test-vectors': '2026-01-01' });
    expect(parts.maxRequestsPerMonth).toBeNull();
  });

  it('a named candidate’s lines carry its name and label', () => {
    const m = buildStrategyModels(
      parseScenario({
        ...s,
        strategies: undefined,
        candidates: { docs: { kind: 'rag', label: 'Docs', ...rag } },
      }),
      pricing,
    )[0]!;
    expect([m.lines[0]!.id, m.lines[0]!.label]).toEqual(['docs.embedding.corpus', 'Docs: embed the corpus']);
  });
});
