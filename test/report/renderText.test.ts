import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/report/renderHtml.js';
import { escapeMarkdown, renderMarkdown } from '../../src/report/renderMarkdown.js';
import { renderText, renderTextTable } from '../../src/report/renderText.js';
import { col, num, type ReportDoc, type ReportTable } from '../../src/report/reportDoc.js';

const wide: ReportTable = {
  kind: 'table',
  columns: [col('Name'), num('Amount'), col('Note', true), num('Other number column with a long header')],
  rows: [
    ['a'.repeat(60), '1,234.56', 'n'.repeat(40), '1'],
    ['b', '2', 'x', '22'],
  ],
};

describe('renderTextTable', () => {
  it('fits 100 columns: drops optional columns, then shortens text and headers', () => {
    const lines = renderTextTable(wide);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(100);
    expect(lines[0]).not.toContain('Note');
    expect(lines[2]).toContain('…');
    expect(lines[2]).toContain('1,234.56');
  });

  it('keeps a narrow table as it is, numbers right-aligned', () => {
    const lines = renderTextTable({
      kind: 'table',
      columns: [col('A'), num('B')],
      rows: [
        ['x', '1'],
        ['yy', '22'],
      ],
    });
    expect(lines).toEqual(['A    B', '------', 'x    1', 'yy  22']);
  });
});

describe('renderText / renderMarkdown / renderHtml', () => {
  const doc: ReportDoc = {
    title: 'T <&> | *x*',
    blocks: [
      { kind: 'heading', text: 'H' },
      { kind: 'paragraph', text: 'p' },
      { kind: 'list', items: ['i'] },
      { kind: 'table', columns: [col('A|B'), num('N')], rows: [['<script>', '1']] },
    ],
  };

  it('text', () => {
    expect(renderText(doc)).toBe('T <&> | *x*\n\nH\np\n\n- i\n\nA|B       N\n-----------\n<script>  1\n');
  });

  it('markdown escapes pipes and markup, aligns numbers right', () => {
    const md = renderMarkdown(doc);
    expect(md).toContain('| A\\|B | N |');
    expect(md).toContain('| --- | ---: |');
    expect(md).toContain('\\<script\\>');
    expect(escapeMarkdown('a|b*c')).toBe('a\\|b\\*c');
  });

  it('html escapes everything and has no script', () => {
    const html = renderHtml(doc);
    expect(html).toContain('&lt;script&gt;');
    expect(html).not.toContain('<script>');
    expect(html).toContain('<td class="n">1</td>');
    expect(escapeHtml(`"'&`)).toBe('&quot;&#39;&amp;');
  });
});
