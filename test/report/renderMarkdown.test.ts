import { describe, expect, it } from 'vitest';
import { escapeMarkdown, renderMarkdown } from '../../src/report/renderMarkdown.js';
import { col, num, type ReportDoc } from '../../src/report/reportDoc.js';

describe('escapeMarkdown', () => {
  it.each([
    ['a | b', 'a \\| b'],
    ['*bold* _it_ `code`', '\\*bold\\* \\_it\\_ \\`code\\`'],
    ['[link](x) <b>', '\\[link\\](x) \\<b\\>'],
    ['back\\slash', 'back\\\\slash'],
    ['two\nlines\r\nhere', 'two lines here'],
    ['$1,234.50', '$1,234.50'],
  ])('%j → %j', (text, expected) => {
    expect(escapeMarkdown(text)).toBe(expected);
  });
});

describe('renderMarkdown', () => {
  const doc: ReportDoc = {
    title: 'tune-or-rag compare: *demo*',
    blocks: [
      { kind: 'paragraph', text: 'Prices as of 2026-11-01.' },
      { kind: 'heading', text: 'Monthly cost' },
      {
        kind: 'table',
        columns: [col('Strategy'), num('USD/month')],
        rows: [['RAG | cached', '$362.38'], ['Fine-tune']],
      },
      { kind: 'figure', svg: '<svg/>', caption: 'not in Markdown' },
      { kind: 'list', items: ['one', 'two'] },
      { kind: 'preformatted', text: 'a ``` b\n' },
    ],
  };

  it('renders every block, numeric columns right-aligned, figures left out', () => {
    expect(renderMarkdown(doc)).toBe(
      [
        '# tune-or-rag compare: \\*demo\\*',
        '',
        'Prices as of 2026-11-01.',
        '',
        '## Monthly cost',
        '',
        '| Strategy | USD/month |',
        '| --- | ---: |',
        '| RAG \\| cached | $362.38 |',
        // A short row is padded with empty cells.
        '| Fine-tune |  |',
        '',
        '- one',
        '- two',
        '',
        '```text',
        // A fence inside the text cannot close the block early.
        "a ''' b",
        '```',
        '',
      ].join('\n'),
    );
  });
});
