import { describe, expect, it } from 'vitest';
import { escapeHtml, renderHtml } from '../../src/report/renderHtml.js';
import { col, num, type ReportDoc } from '../../src/report/reportDoc.js';

describe('escapeHtml', () => {
  it('escapes the five characters that can break out of content or an attribute', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe(
      '&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;',
    );
  });

  it('escapes & first, so an entity is shown, not decoded', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });
});

describe('renderHtml', () => {
  const doc: ReportDoc = {
    title: '<script>alert(1)</script>',
    blocks: [
      { kind: 'heading', text: 'Costs' },
      { kind: 'table', columns: [col('Strategy'), num('USD')], rows: [['<b>RAG</b>', '1.00'], ['x']] },
      { kind: 'list', items: ['a & b'] },
      { kind: 'preformatted', text: 'raw <text>\n' },
    ],
  };
  const html = renderHtml(doc);

  it('escapes every value: a title cannot inject a script', () => {
    expect(html).not.toContain('<script>');
    expect(html).toContain('<title>&lt;script&gt;alert(1)&lt;/script&gt;</title>');
    expect(html).toContain('<h1>&lt;script&gt;alert(1)&lt;/script&gt;</h1>');
    expect(html).toContain('<td>&lt;b&gt;RAG&lt;/b&gt;</td>');
  });

  it('right-aligns numeric columns, header and cells, and pads short rows', () => {
    expect(html).toContain(
      '<thead><tr>\n<th scope="col">Strategy</th>\n<th scope="col" class="n">USD</th>\n</tr></thead>',
    );
    expect(html).toContain('<tr><td>&lt;b&gt;RAG&lt;/b&gt;</td><td class="n">1.00</td></tr>');
    expect(html).toContain('<tr><td>x</td><td class="n"></td></tr>');
  });

  it('lists, preformatted text without its last newline, one self-contained page', () => {
    expect(html).toContain('<ul>\n<li>a &amp; b</li>\n</ul>');
    expect(html).toContain('<pre>raw &lt;text&gt;</pre>');
    expect(html.startsWith('<!doctype html>\n<html lang="en">')).toBe(true);
    expect(html.endsWith('</body>\n</html>\n')).toBe(true);
    expect(html).not.toMatch(/<script|<link|src=/);
  });

  it('adds the figure style only to a page with a figure, and keeps the SVG as made', () => {
    expect(html).not.toContain('figcaption{');
    const withFigure = renderHtml({
      title: 't',
      blocks: [{ kind: 'figure', svg: '<svg width="1" height="1"></svg>\n', caption: 'Cost & volume' }],
    });
    expect(withFigure).toContain('figcaption{');
    expect(withFigure).toContain(
      '<figure><svg width="1" height="1"></svg><figcaption>Cost &amp; volume</figcaption></figure>',
    );
  });
});
