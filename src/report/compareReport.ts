import { singular } from '../_lib/singular.js';
import type { LineItem, StrategyCost } from '../analysis/evaluateStrategy.js';
import type { CompareResult } from '../calculate.js';
import { candidateNames } from './candidateNames.js';
import { formatExact, formatUsd } from './formatUsd.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import {
  breakevensToShow,
  COLUMNS_NOTE,
  describeBreakeven,
  describeEnvelope,
  describeMultiple,
  describeRun,
  formatAmount,
  renderCompareTable,
  wrap,
} from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { renderTextTable } from './renderText.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

const TIMING: Record<LineItem['timing'], string> = {
  one_time: 'one-time',
  monthly_fixed: 'monthly, fixed',
  per_volume: 'monthly, by volume',
};

/** `one-time, every 3 months`, `one-time, once (spread over 12 months)`, `monthly, by volume`. */
export function describeTiming(line: LineItem, horizonMonths: number): string {
  if (line.timing !== 'one_time') return TIMING[line.timing];
  return line.recursEveryMonths === null
    ? `one-time, once (spread over ${horizonMonths} months)`
    : `one-time, every ${line.recursEveryMonths} month${line.recursEveryMonths === 1 ? '' : 's'}`;
}

/**
 * The line item's arithmetic with its numbers: quantity × unit price = amount, and how the amount
 * becomes a monthly figure.
 */
export function lineFormula(line: LineItem, horizonMonths: number): string {
  const product =
    line.quantityUnit === 'USD'
      ? `$${formatExact(line.quantity)}`
      : `${formatExact(line.quantity)} ${line.quantityUnit} × $${formatExact(line.unitPrice)} per ${singular(line.quantityUnit)}`;
  const amount = `$${formatUsd(line.amount)}`;
  if (line.timing !== 'one_time') return `${product} = ${amount}/month`;
  const months = line.recursEveryMonths ?? horizonMonths;
  return `${product} = ${amount} per ${line.recursEveryMonths === null ? 'occurrence' : 'run'}; ÷ ${months} month${months === 1 ? '' : 's'} = $${formatUsd(line.monthlyAmount)}/month`;
}

/** Where a line item's price comes from, in one line. */
export function lineSource(line: LineItem): string {
  const p = line.price;
  if (p === null) return 'derived from the priced lines above (no price of its own)';
  const who = p.overridden
    ? `your figure (${p.subject} ${p.item})`
    : `${p.vendorName} (${p.vendor}) table ${p.tableDate}, ${p.subject} ${p.item}, effective ${p.effective}`;
  const url = p.sourceUrl === '' ? '' : `, ${p.sourceUrl}`;
  const read = p.readOn === '' ? '' : ` (read ${p.readOn}, ${p.confidence})`;
  return `${who}${url}${read}`;
}

function summaryRows(result: CompareResult): string[][] {
  const cheapest = result.strategies.find((s) => s.strategy === result.cheapest)!;
  return result.strategies
    .map((s) => [
      s.label,
      formatAmount(s.monthlyTotal),
      formatAmount(s.recurringMonthly),
      formatAmount(s.amortisedOneTimeMonthly),
      formatAmount(s.oneTimeTotal),
      s.strategy === cheapest.strategy
        ? 'cheapest'
        : cheapest.monthlyTotal.isZero()
          ? 'n/a (cheapest is $0)'
          : `${formatAmount(s.monthlyTotal.div(cheapest.monthlyTotal), 2)}× dearer`,
    ])
    .concat(
      result.run.unavailable.map((u) => [u.label, 'not priced', '-', '-', '-', closedLabel(u.error.code)]),
    );
}

/** What the compare table says in place of a closed route's numbers (the warning says why). */
export function closedLabel(code: string): string {
  return code === 'offering_not_yet_available' ? 'not yet on sale' : 'route closed';
}

function lineRows(strategy: StrategyCost, horizonMonths: number): string[][] {
  return strategy.lines.map((l) => [
    l.label,
    describeTiming(l, horizonMonths),
    `${formatExact(l.quantity)} ${l.quantityUnit}`,
    l.priceLabel,
    formatUsd(l.amount),
    formatUsd(l.monthlyAmount),
  ]);
}

function compareBlocks(result: CompareResult, explain: boolean): ReportBlock[] {
  const blocks: ReportBlock[] = describeRun(result.run).map((text) => ({ kind: 'paragraph', text }));
  blocks.push({
    kind: 'table',
    columns: [
      col('Strategy'),
      num('Monthly total (USD)'),
      num('Recurring/mo'),
      num('One-time/mo'),
      num('One-time paid'),
      col('vs cheapest'),
    ],
    rows: summaryRows(result),
  });
  blocks.push({
    kind: 'paragraph',
    text: COLUMNS_NOTE,
  });
  const names = candidateNames(result.run);
  const headline = result.multiples.find((m) => m.between.includes('fineTune') && m.between.includes('rag'));
  if (headline) {
    blocks.push({ kind: 'paragraph', text: `At this volume: ${describeMultiple(headline, 2, names)}` });
  }
  blocks.push({ kind: 'heading', text: 'Cheapest by volume' });
  blocks.push({ kind: 'list', items: describeEnvelope(result.envelope, names) });
  const shown = breakevensToShow(result);
  blocks.push({
    kind: 'heading',
    text:
      shown.length === result.breakevens.length
        ? 'Breakevens (monthly volume where the cheaper strategy changes)'
        : `Breakevens at the edges of the cheapest envelope (${shown.length} of ${result.breakevens.length} pairs)`,
  });
  blocks.push({ kind: 'list', items: shown.flatMap((b) => describeBreakeven(b, names)) });
  for (const s of result.strategies) {
    blocks.push({ kind: 'heading', text: `${s.label}: line items (USD)` });
    if (explain) {
      blocks.push({
        kind: 'table',
        columns: [col('Line item'), col('Formula'), col('Basis'), col('Source')],
        rows: s.lines.map((l) => [
          `${l.label} (${describeTiming(l, result.run.horizonMonths)})`,
          lineFormula(l, result.run.horizonMonths),
          l.basis,
          lineSource(l),
        ]),
      });
    } else {
      blocks.push({
        kind: 'table',
        columns: [
          col('Line item'),
          col('Timing'),
          num('Quantity'),
          col('Price'),
          num('Amount'),
          num('Monthly'),
        ],
        rows: lineRows(s, result.run.horizonMonths),
      });
    }
  }
  blocks.push({ kind: 'heading', text: 'Assumptions' });
  blocks.push({ kind: 'list', items: result.assumptions });
  return blocks;
}

/** Monthly totals of every profile side by side (strategies as rows, profiles as columns). */
export function sideBySideTable(runs: readonly ProfiledRun<CompareResult>[]): ReportBlock {
  const names = candidateNames(runs.map((r) => r.result.run));
  const ids = names.order.filter((id) =>
    runs.some(
      (r) =>
        r.result.strategies.some((s) => s.strategy === id) ||
        r.result.run.unavailable.some((u) => u.strategy === id),
    ),
  );
  return {
    kind: 'table',
    columns: [col('Monthly total (USD)'), ...runs.map((r) => num(r.profile ?? 'scenario'))],
    rows: [
      ...ids.map((id) => [
        names.label(id),
        ...runs.map((r) => {
          const s = r.result.strategies.find((x) => x.strategy === id);
          if (s !== undefined) return formatAmount(s.monthlyTotal);
          const closed = r.result.run.unavailable.find((u) => u.strategy === id);
          return closed === undefined ? '-' : closedLabel(closed.error.code);
        }),
      ]),
      ['Requests/month', ...runs.map((r) => formatExact(r.result.run.requestsPerMonth))],
      ['Cheapest', ...runs.map((r) => names.label(r.result.cheapest))],
    ],
  };
}

/** A comparison (or several profiles of one) as a format-neutral report, for Markdown and HTML. */
export function compareToDoc(runs: readonly ProfiledRun<CompareResult>[], explain = false): ReportDoc {
  const name = runs[0]!.result.run.scenarioName;
  const command = explain ? 'explain' : 'compare';
  if (runs.length === 1) {
    const run = runs[0]!;
    return {
      title: `tune-or-rag ${command}: ${name}${profileSuffix(run.profile)}`,
      blocks: compareBlocks(run.result, explain),
    };
  }
  const blocks: ReportBlock[] = [{ kind: 'heading', text: 'Profiles side by side' }, sideBySideTable(runs)];
  for (const run of runs) {
    blocks.push({ kind: 'heading', text: `Profile ${run.profile}` }, ...compareBlocks(run.result, explain));
  }
  return { title: `tune-or-rag ${command}: ${name}`, blocks };
}

/** The plain-text comparison: the compare table per profile, after a side-by-side summary. */
export function compareToText(runs: readonly ProfiledRun<CompareResult>[]): string {
  if (runs.length === 1) return renderCompareTable(runs[0]!.result, { profile: runs[0]!.profile });
  const head = [
    `tune-or-rag: ${runs[0]!.result.run.scenarioName}, ${runs.length} profiles side by side`,
    '',
    ...renderTextTable(sideBySideTable(runs) as Extract<ReportBlock, { kind: 'table' }>),
  ];
  const parts = runs.map((r) => renderCompareTable(r.result, { profile: r.profile }));
  return [`${head.join('\n')}\n`, ...parts].join(`\n${'='.repeat(100)}\n\n`);
}

/** The plain-text explanation: every line item with its formula filled in and its price's source. */
export function explainToText(runs: readonly ProfiledRun<CompareResult>[]): string {
  const out: string[] = [];
  for (const { profile, result } of runs) {
    if (out.length > 0) out.push('', '='.repeat(100), '');
    out.push(`tune-or-rag explain: ${result.run.scenarioName}${profileSuffix(profile)}`);
    for (const line of describeRun(result.run)) out.push(...wrap(line, 100, '  '));
    const h = result.run.horizonMonths;
    for (const s of result.strategies) {
      out.push('');
      out.push(
        `${s.label}: $${formatAmount(s.monthlyTotal)}/month = recurring $${formatAmount(s.recurringMonthly)} + one-time spread $${formatAmount(s.amortisedOneTimeMonthly)}`,
      );
      s.lines.forEach((l, i) => {
        const n = `${i + 1}.`.padEnd(4);
        out.push(...wrap(`  ${n}${l.label} [${describeTiming(l, h)}]`, 100, '        '));
        const pad = '                ';
        if (l.quantityUnit === 'USD') {
          out.push(...wrap(`      quantity: $${formatExact(l.quantity)} = ${l.basis}`, 100, pad));
          if (l.priceLabel !== '$1 per USD') out.push(...wrap(`      price:    ${l.priceLabel}`, 100, pad));
        } else {
          out.push(
            ...wrap(`      quantity: ${formatExact(l.quantity)} ${l.quantityUnit} = ${l.basis}`, 100, pad),
          );
          const perUnit = `$${formatExact(l.unitPrice)} per ${singular(l.quantityUnit)}`;
          out.push(...wrap(`      price:    ${l.priceLabel} = ${perUnit}`, 100, pad));
        }
        out.push(...wrap(`      amount:   ${lineFormula(l, h)}`, 100, '                '));
        out.push(...wrap(`      source:   ${lineSource(l)}`, 100, '                '));
      });
    }
    out.push('');
    out.push(
      'Amounts are exact; shown rounded to the cent (half-to-even), under a cent to 4 significant digits.',
    );
  }
  return `${out.join('\n')}\n`;
}

const LINE_HEADER = [
  'profile',
  'strategy',
  'strategyLabel',
  'lineId',
  'lineLabel',
  'timing',
  'recursEveryMonths',
  'quantity',
  'quantityUnit',
  'unitPriceUsd',
  'priceLabel',
  'amountUsd',
  'monthlyAmountUsd',
  'basis',
  'vendor',
  'subject',
  'priceItem',
  'tableDate',
  'effective',
  'sourceUrl',
  'readOn',
  'confidence',
  'overridden',
] as const;

/**
 * One CSV row per line item (per profile): exact decimal amounts (no rounding, no grouping) with the
 * price's provenance; `explain` adds the filled-in formula.
 */
export function compareToCsv(runs: readonly ProfiledRun<CompareResult>[], explain = false): CsvTable {
  const rows: (string | null)[][] = [];
  for (const { profile, result } of runs) {
    for (const s of result.strategies) {
      for (const l of s.lines) {
        const p = l.price;
        const row: (string | null)[] = [
          profile,
          s.strategy,
          s.label,
          l.id,
          l.label,
          l.timing,
          l.recursEveryMonths === null ? null : String(l.recursEveryMonths),
          l.quantity.toFixed(),
          l.quantityUnit,
          l.unitPrice.toFixed(),
          l.priceLabel,
          l.amount.toFixed(),
          l.monthlyAmount.toFixed(),
          l.basis,
          p?.vendor ?? null,
          p?.subject ?? null,
          p?.item ?? null,
          p?.tableDate ?? null,
          p?.effective ?? null,
          p?.sourceUrl ?? null,
          p?.readOn ?? null,
          p?.confidence ?? null,
          p === null ? null : String(p.overridden),
        ];
        if (explain) row.push(lineFormula(l, result.run.horizonMonths));
        rows.push(row);
      }
    }
  }
  return { header: explain ? [...LINE_HEADER, 'formula'] : [...LINE_HEADER], rows };
}
