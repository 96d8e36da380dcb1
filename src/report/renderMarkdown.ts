import type { ReportDoc } from './reportDoc.js';

/** Escapes text for a Markdown table cell or paragraph (pipes, HTML, emphasis). */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/\\/g, '\\\\')
    .replace(/([|*_`[\]<>])/g, '\\$1')
    .replace(/\r?\n/g, ' ');
}

/** Renders a report as GitHub-flavoured Markdown (tables with aligned numeric columns). */
export function renderMarkdown(doc: ReportDoc): string {
  const out: string[] = [`# ${escapeMarkdown(doc.title)}`];
  for (const block of doc.blocks) {
    if (block.kind === 'figure') continue;
    out.push('');
    switch (block.kind) {
      case 'heading':
        out.push(`## ${escapeMarkdown(block.text)}`);
        break;
      case 'paragraph':
        out.push(escapeMarkdown(block.text));
        break;
      case 'list':
        for (const item of block.items) out.push(`- ${escapeMarkdown(item)}`);
        break;
      case 'preformatted':
        out.push('```text', block.text.replace(/\n$/, '').replace(/```/g, "'''"), '```');
        break;
      case 'table':
        out.push(`| ${block.columns.map((c) => escapeMarkdown(c.header)).join(' | ')} |`);
        out.push(`|${block.columns.map((c) => (c.align === 'right' ? ' ---: ' : ' --- ')).join('|')}|`);
        for (const row of block.rows) {
          out.push(`| ${block.columns.map((_, i) => escapeMarkdown(row[i] ?? '')).join(' | ')} |`);
        }
        break;
    }
  }
  return `${out.join('\n')}\n`;
}
