import type { ReportDoc } from './reportDoc.js';

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

const STYLE = [
  'body{font:14px/1.45 system-ui,sans-serif;margin:2rem;color:#1b1b1b;max-width:80rem}',
  'table{border-collapse:collapse;margin:.5rem 0 1rem}',
  'th,td{border:1px solid #d0d0d0;padding:.25rem .5rem;vertical-align:top}',
  'th{background:#f3f3f3;text-align:left}',
  '.n{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}',
  'pre{background:#f6f6f6;padding:.75rem;overflow-x:auto}',
].join('');
// Only pages with charts carry these rules, so chart-less reports stay as they were.
const FIGURE_STYLE =
  'figure{margin:1rem 0 1.5rem}figure svg{max-width:100%;height:auto}figcaption{color:#555;font-size:13px}';

/**
 * Renders a report as one self-contained HTML page (no scripts, no external resources), every value
 * escaped, numeric columns right-aligned.
 */
export function renderHtml(doc: ReportDoc): string {
  const out: string[] = [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<title>${escapeHtml(doc.title)}</title>`,
    `<style>${STYLE}${doc.blocks.some((b) => b.kind === 'figure') ? FIGURE_STYLE : ''}</style>`,
    '</head>',
    '<body>',
    `<h1>${escapeHtml(doc.title)}</h1>`,
  ];
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
        out.push(`<h2>${escapeHtml(block.text)}</h2>`);
        break;
      case 'paragraph':
        out.push(`<p>${escapeHtml(block.text)}</p>`);
        break;
      case 'list':
        out.push('<ul>', ...block.items.map((item) => `<li>${escapeHtml(item)}</li>`), '</ul>');
        break;
      case 'preformatted':
        out.push(`<pre>${escapeHtml(block.text.replace(/\n$/, ''))}</pre>`);
        break;
      case 'figure':
        // The SVG is built by our renderers, its text already escaped.
        out.push(
          `<figure>${block.svg.replace(/\n$/, '')}<figcaption>${escapeHtml(block.caption)}</figcaption></figure>`,
        );
        break;
      case 'table': {
        const cls = (i: number) => (block.columns[i]!.align === 'right' ? ' class="n"' : '');
        out.push('<table>', '<thead><tr>');
        out.push(
          ...block.columns.map((c, i) => `<th scope="col"${cls(i)}>${escapeHtml(c.header)}</th>`),
          '</tr></thead>',
          '<tbody>',
        );
        for (const row of block.rows) {
          out.push(
            `<tr>${block.columns.map((_, i) => `<td${cls(i)}>${escapeHtml(row[i] ?? '')}</td>`).join('')}</tr>`,
          );
        }
        out.push('</tbody>', '</table>');
        break;
      }
    }
  }
  out.push('</body>', '</html>');
  return `${out.join('\n')}\n`;
}
