import type { CompareResult } from '../calculate.js';
import type { ReportBlock, ReportDoc, ReportFigure } from './reportDoc.js';

/**
 * The report with charts placed after the opening paragraphs (what was priced, prices as of,
 * warnings), before the first table: what a reader looks at first. With one group per profile, each
 * group goes under its "Profile …" heading instead.
 */
export function withFigures(doc: ReportDoc, groups: readonly (readonly ReportFigure[])[]): ReportDoc {
  const blocks = [...doc.blocks];
  const afterParagraphs = (from: number) => {
    let at = from;
    while (at < blocks.length && blocks[at]!.kind === 'paragraph') at++;
    return at;
  };
  const headings = blocks.flatMap((b, i) =>
    b.kind === 'heading' && b.text.startsWith('Profile ') ? [i] : [],
  );
  if (groups.length > 1 && headings.length === groups.length) {
    // From the last, so earlier positions stay valid.
    for (let g = groups.length - 1; g >= 0; g--)
      blocks.splice(afterParagraphs(headings[g]! + 1), 0, ...groups[g]!);
  } else {
    blocks.splice(afterParagraphs(0), 0, ...groups.flat());
  }
  return { ...doc, blocks };
}

/**
 * A "Sources" section: every price table a comparison used (vendor, version, when last verified) and
 * every page a price was read from, once each, in order.
 */
export function sourcesBlocks(results: readonly CompareResult[]): ReportBlock[] {
  const tables = new Set<string>();
  const pages = new Set<string>();
  for (const result of results) {
    for (const t of result.run.tableAges) {
      tables.add(
        `${t.name} (${t.vendor}) price table of ${t.effectiveDate}, last verified ${t.verifiedOn}${t.stale ? ' (stale)' : ''}`,
      );
    }
    for (const s of result.strategies) {
      for (const line of s.lines) {
        const p = line.price;
        if (p === null || p.overridden || p.sourceUrl === '') continue;
        pages.add(`${p.vendorName}: ${p.sourceUrl} (read ${p.readOn})`);
      }
    }
  }
  return [
    { kind: 'heading', text: 'Sources' },
    { kind: 'list', items: [...tables, ...pages] },
  ];
}
