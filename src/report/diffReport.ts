import type { AmountChange, DiffResult } from '../analysis/diffRuns.js';
import { formatUsd } from './formatUsd.js';
import { formatAmount } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

const isChanged = (c: AmountChange) => c.change === null || !c.change.isZero();

function cells(c: AmountChange): string[] {
  const signed = (d: NonNullable<AmountChange['change']>) =>
    (d.isPositive() && !d.isZero() ? '+' : '') + formatUsd(d);
  return [
    c.old === null ? '-' : formatUsd(c.old),
    c.new === null ? '-' : formatUsd(c.new),
    c.change === null ? (c.old === null ? 'added' : 'removed') : signed(c.change),
    c.percent === null
      ? c.change !== null && !c.change.isZero()
        ? 'new'
        : ''
      : `${c.percent.isPositive() && !c.percent.isZero() ? '+' : ''}${formatAmount(c.percent, 1)}%`,
  ];
}

/**
 * The diff as a report: per matched run, what changed in its inputs, then every strategy's monthly
 * total and its changed line items (all line items with `all`).
 */
export function diffToDoc(diff: DiffResult, files: readonly [string, string], all = false): ReportDoc {
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: `Old: ${files[0]}   New: ${files[1]}` }];
  for (const run of diff.runs) {
    const heading =
      run.profileA === run.profileB
        ? run.profileA === null
          ? run.scenarioName
          : `Profile ${run.profileA}`
        : `Profile ${run.profileA ?? '(none)'} → ${run.profileB ?? '(none)'}`;
    blocks.push({ kind: 'heading', text: heading });
    blocks.push({
      kind: 'list',
      items:
        run.facts.length === 0
          ? ['Same inputs, price tables and breakevens.']
          : run.facts.map((f) => `${f.field}: ${f.old ?? '(none)'} → ${f.new ?? '(none)'}`),
    });
    const rows: string[][] = [];
    for (const s of run.strategies) {
      rows.push([`${s.label}: monthly total`, ...cells(s)]);
      for (const l of s.lines) if (all || isChanged(l)) rows.push([`  ${l.id}`, ...cells(l)]);
    }
    blocks.push({
      kind: 'table',
      columns: [col('Monthly USD'), num('Old'), num('New'), num('Change'), num('% change')],
      rows,
    });
  }
  if (diff.onlyInA.length > 0)
    blocks.push({ kind: 'paragraph', text: `Only in the old run: ${diff.onlyInA.join(', ')}.` });
  if (diff.onlyInB.length > 0)
    blocks.push({ kind: 'paragraph', text: `Only in the new run: ${diff.onlyInB.join(', ')}.` });
  blocks.push({
    kind: 'paragraph',
    text: `Monthly amounts (one-time costs spread over their period); % change is of the old amount.${all ? '' : ' Unchanged line items are left out (--all shows them).'}`,
  });
  return { title: 'tune-or-rag diff', blocks };
}

/** One CSV row per strategy total and line item (all of them), exact decimals. */
export function diffToCsv(diff: DiffResult): CsvTable {
  const rows: (string | null)[][] = [];
  const amounts = (c: AmountChange) => [
    c.old?.toFixed() ?? null,
    c.new?.toFixed() ?? null,
    c.change?.toFixed() ?? null,
    c.percent?.toDecimalPlaces(6).toFixed() ?? null,
  ];
  for (const run of diff.runs) {
    for (const s of run.strategies) {
      rows.push([run.profileA, run.profileB, s.strategy, 'total', 'Monthly total', ...amounts(s)]);
      for (const l of s.lines)
        rows.push([run.profileA, run.profileB, s.strategy, l.id, l.label, ...amounts(l)]);
    }
  }
  return {
    header: [
      'profileOld',
      'profileNew',
      'strategy',
      'lineId',
      'label',
      'oldMonthlyUsd',
      'newMonthlyUsd',
      'changeUsd',
      'changePercent',
    ],
    rows,
  };
}

/** The diff as JSON: every run's changed facts and every strategy and line item. */
export function diffToJson(diff: DiffResult, files: readonly [string, string]): Record<string, unknown> {
  return { old: files[0], new: files[1], ...diff };
}
