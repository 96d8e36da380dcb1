import { wrap } from './renderCompareTable.js';
import type { ReportDoc, ReportTable } from './reportDoc.js';

/** The plain-text width every table and paragraph fits in. */
export const TEXT_WIDTH = 100;
const GAP = 2;

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, Math.max(0, width - 1))}…`;
}

/**
 * A plain-text table that fits `width` columns: optional columns are dropped from the right first,
 * then the widest left-aligned column is shortened with `…`.
 */
export function renderTextTable(table: ReportTable, width = TEXT_WIDTH): string[] {
  let keep = table.columns.map((_, i) => i);
  // Loops, not Math.max(...rows): spreading 200,000 rows as arguments overflowed the stack.
  const widest = (i: number, start: number) => {
    let max = start;
    for (const r of table.rows) max = Math.max(max, (r[i] ?? '').length);
    return max;
  };
  const natural = (i: number) => widest(i, table.columns[i]!.header.length);
  const total = (idx: number[], widths: Map<number, number>) =>
    idx.reduce((sum, i) => sum + widths.get(i)!, 0) + GAP * (idx.length - 1);
  const widths = new Map(keep.map((i) => [i, natural(i)]));
  for (let i = table.columns.length - 1; i >= 0 && total(keep, widths) > width; i--) {
    if (table.columns[i]!.optional) keep = keep.filter((k) => k !== i);
  }
  for (let guard = 0; total(keep, widths) > width && guard < 1000; guard++) {
    const lefts = keep.filter((i) => table.columns[i]!.align === 'left' && widths.get(i)! > 8);
    if (lefts.length === 0) break;
    const widest = lefts.reduce((a, b) => (widths.get(b)! > widths.get(a)! ? b : a));
    widths.set(widest, Math.max(8, widths.get(widest)! - (total(keep, widths) - width)));
  }
  // Numeric columns whose header is wider than their values: shorten the header.
  for (const i of keep) {
    if (total(keep, widths) <= width) break;
    const values = widest(i, 0);
    if (table.columns[i]!.align === 'right' && values < widths.get(i)!) widths.set(i, Math.max(values, 6));
  }
  const cell = (text: string, i: number) => {
    const w = widths.get(i)!;
    const t = truncate(text, w);
    return table.columns[i]!.align === 'right' ? t.padStart(w) : t.padEnd(w);
  };
  // Past every other measure, cut the line: the width is a promise.
  const line = (cells: readonly string[]) =>
    truncate(
      keep
        .map((i) => cell(cells[i] ?? '', i))
        .join(' '.repeat(GAP))
        .trimEnd(),
      width,
    );
  const out = [line(table.columns.map((c) => c.header)), '-'.repeat(Math.min(width, total(keep, widths)))];
  for (const r of table.rows) out.push(line(r));
  return out;
}

/** Renders a report as plain text for a terminal: at most 100 columns. */
export function renderText(doc: ReportDoc): string {
  const out: string[] = [...wrap(doc.title, TEXT_WIDTH, '  ')];
  let previous: ReportDoc['blocks'][number]['kind'] | 'title' = 'title';
  for (const block of doc.blocks) {
    if (block.kind === 'figure') continue;
    // A blank line between blocks, except under a heading and between paragraphs.
    if (previous !== 'heading' && !(previous === 'paragraph' && block.kind === 'paragraph')) out.push('');
    previous = block.kind;
    switch (block.kind) {
      case 'heading':
        out.push(block.text);
        break;
      case 'paragraph':
        out.push(...wrap(block.text, TEXT_WIDTH, '  '));
        break;
      case 'list':
        for (const item of block.items) out.push(...wrap(`- ${item}`, TEXT_WIDTH, '  '));
        break;
      case 'preformatted':
        for (const l of block.text.replace(/\n$/, '').split('\n')) out.push(l);
        break;
      case 'table':
        for (const l of renderTextTable(block)) out.push(l);
        break;
    }
  }
  return `${out.join('\n')}\n`;
}
