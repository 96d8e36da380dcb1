import { describe, expect, it } from 'vitest';
import type { CompareResult } from '../../src/calculate.js';
import type { ReportDoc, ReportFigure } from '../../src/report/reportDoc.js';
import { sourcesBlocks, withFigures } from '../../src/report/withFigures.js';

const fig = (caption: string): ReportFigure => ({ kind: 'figure', svg: '<svg/>', caption });
const shape = (doc: ReportDoc) => doc.blocks.map((b) => (b.kind === 'figure' ? b.caption : b.kind));

describe('withFigures', () => {
  it('puts the charts after the opening paragraphs, before the first table', () => {
    const doc: ReportDoc = {
      title: 't',
      blocks: [
        { kind: 'paragraph', text: 'priced' },
        { kind: 'paragraph', text: 'warning' },
        { kind: 'table', columns: [], rows: [] },
        { kind: 'paragraph', text: 'later' },
      ],
    };
    expect(shape(withFigures(doc, [[fig('A'), fig('B')]]))).toEqual([
      'paragraph',
      'paragraph',
      'A',
      'B',
      'table',
      'paragraph',
    ]);
  });

  it('a document that opens with a table gets its charts first', () => {
    const doc: ReportDoc = { title: 't', blocks: [{ kind: 'table', columns: [], rows: [] }] };
    expect(shape(withFigures(doc, [[fig('A')]]))).toEqual(['A', 'table']);
  });

  it('places figures under each profile heading', () => {
    const doc = {
      title: 't',
      blocks: [
        { kind: 'heading', text: 'Profile a' },
        { kind: 'paragraph', text: 'p' },
        { kind: 'list', items: [] },
        { kind: 'heading', text: 'Profile b' },
        { kind: 'list', items: [] },
      ],
    } as const;
    const out = withFigures(doc, [[fig('A')], [fig('B')]]);
    expect(shape(out)).toEqual(['heading', 'paragraph', 'A', 'list', 'heading', 'B', 'list']);
    // A fresh document: the input keeps its five blocks.
    expect(doc.blocks).toHaveLength(5);
  });

  it('groups that do not match the profile headings go together at the top', () => {
    const doc: ReportDoc = { title: 't', blocks: [{ kind: 'heading', text: 'Profile a' }] };
    expect(shape(withFigures(doc, [[fig('A')], [fig('B')]]))).toEqual(['A', 'B', 'heading']);
  });
});

describe('sourcesBlocks', () => {
  const price = (vendorName: string, sourceUrl: string, overridden = false) => ({
    vendorName,
    sourceUrl,
    readOn: '2026-11-01',
    overridden,
  });
  const result = (tables: object[], lines: object[]) =>
    ({ run: { tableAges: tables }, strategies: [{ lines }] }) as unknown as CompareResult;
  const table = {
    name: 'OpenAI',
    vendor: 'openai',
    effectiveDate: '2026-10-01',
    verifiedOn: '2026-11-01',
    stale: false,
  };

  it('lists each table and each page once, in order; overrides and derived lines have no page', () => {
    const blocks = sourcesBlocks([
      result(
        [table],
        [
          { price: price('OpenAI', 'https://openai.com/api/pricing') },
          { price: null },
          { price: price('OpenAI', 'https://openai.com/api/pricing') },
          { price: price('OpenAI', 'https://x.example/mine', true) },
          { price: price('OpenAI', '') },
        ],
      ),
      result(
        [{ ...table, name: 'Pinecone', vendor: 'pinecone', stale: true }, table],
        [{ price: price('Pinecone', 'https://pinecone.io/pricing') }],
      ),
    ]);
    expect(blocks).toEqual([
      { kind: 'heading', text: 'Sources' },
      {
        kind: 'list',
        items: [
          'OpenAI (openai) price table of 2026-10-01, last verified 2026-11-01',
          'Pinecone (pinecone) price table of 2026-10-01, last verified 2026-11-01 (stale)',
          'OpenAI: https://openai.com/api/pricing (read 2026-11-01)',
          'Pinecone: https://pinecone.io/pricing (read 2026-11-01)',
        ],
      },
    ]);
  });
});
