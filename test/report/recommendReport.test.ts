import { describe, expect, it } from 'vitest';
import type { RecommendResult } from '../../src/analysis/recommend.js';
import { compareWith } from '../../src/calculate.js';
import { D } from '../../src/decimal.js';
import { recommendToCsv, recommendToDoc } from '../../src/report/recommendReport.js';
import { testRegistry } from '../helpers/testTables.js';

const { run } = compareWith(
  {
    name: 'Docs bot',
    asOf: '2026-06-01',
    workload: { requestsPerMonth: 1000, instructionTokens: 0, inputTokens: 100, outputTokens: 50 },
    strategies: { promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 } },
  },
  { pricing: testRegistry() },
);

/** A recommendation written by hand: only what the report reads. */
const result = {
  run,
  needs: { styleOrFormat: true, freshFacts: false, citations: true },
  rule: 'rag-first',
  ruleText: 'Citations need retrieval.',
  eligible: [
    { strategy: 'rag', label: 'RAG', monthlyTotal: new D('362.38'), meetsNeeds: true, unmetNeeds: [] },
    {
      strategy: 'promptOnly',
      label: 'Prompt-only',
      // Half to even at 2 decimals: 1,000.005 → 1,000.00.
      monthlyTotal: new D('1000.005'),
      meetsNeeds: false,
      unmetNeeds: ['citations', 'freshFacts'],
    },
  ],
  removed: [
    {
      strategy: 'fineTune',
      label: 'Fine-tune',
      constraint: 'perimeter',
      reason: 'runs outside aws',
      sources: ['https://a.example'],
    },
  ],
  recommended: 'rag',
  breakevens: [],
  sureness: { note: 'Sure at this volume.' },
  verdict: 'Use RAG.',
  notes: ['A note.'],
} as unknown as RecommendResult;

describe('recommendToDoc', () => {
  const doc = recommendToDoc([{ profile: null, result }]);
  const blockAfter = (text: string) =>
    doc.blocks[doc.blocks.findIndex((b) => b.kind === 'heading' && b.text === text) + 1];

  it('the verdict, the rule with the needs stated, and the eligible strategies cheapest first', () => {
    expect(doc.title).toBe('tune-or-rag recommend: Docs bot');
    expect(blockAfter('Verdict')).toEqual({ kind: 'paragraph', text: 'Use RAG.' });
    expect(blockAfter('Rule: rag-first (needs: style or format, citations)')).toEqual({
      kind: 'paragraph',
      text: 'Citations need retrieval.',
    });
    const table = blockAfter('Eligible strategies, cheapest first (USD a month)');
    expect(table?.kind === 'table' ? table.rows : null).toEqual([
      ['RAG', '362.38', 'yes', ''],
      ['Prompt-only', '1,000.00', 'no', 'citations, fresh facts'],
    ]);
  });

  it('what the constraints removed, with their sources; then how sure, and the notes', () => {
    expect(blockAfter('Removed by constraints')).toEqual({
      kind: 'list',
      items: ['Fine-tune (perimeter): runs outside aws [https://a.example]'],
    });
    expect(doc.blocks.slice(-2)).toEqual([
      { kind: 'paragraph', text: 'Sure at this volume.' },
      { kind: 'paragraph', text: 'A note.' },
    ]);
  });

  it('no needs, nothing removed', () => {
    const plain = recommendToDoc([
      {
        profile: null,
        result: {
          ...result,
          needs: { styleOrFormat: false, freshFacts: false, citations: false },
          removed: [],
        },
      },
    ]);
    expect(plain.blocks).toContainEqual({ kind: 'heading', text: 'Rule: rag-first (needs: none stated)' });
    expect(plain.blocks).toContainEqual({ kind: 'list', items: ['None.'] });
  });
});

describe('recommendToCsv', () => {
  it('a row per strategy: eligible with its exact total, removed with the reason', () => {
    expect(recommendToCsv([{ profile: 'base', result }]).rows).toEqual([
      ['base', 'rag', 'eligible', '362.38', 'true', '', 'true', 'rag-first'],
      ['base', 'promptOnly', 'eligible', '1000.005', 'false', 'citations freshFacts', 'false', 'rag-first'],
      ['base', 'fineTune', 'removed', null, null, 'perimeter: runs outside aws', 'false', 'rag-first'],
    ]);
  });
});
