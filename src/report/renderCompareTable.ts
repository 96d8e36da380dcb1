import { describeCurrency } from '../_lib/currency.js';
import { groupThousands } from '../_lib/formatExact.js';
import type { CheapestEnvelope } from '../analysis/cheapestEnvelope.js';
import type { BreakevenResult } from '../analysis/findBreakeven.js';
import type { MultipleResult } from '../analysis/multipleOf.js';
import type { CompareResult, RunInfo } from '../calculate.js';
import { type Dec, formatDecimalUnchecked, type RoundingMode } from '../decimal.js';
import { type CandidateNames, candidateNames, KIND_NAMES } from './candidateNames.js';

/** Says how the compare table's columns add up (the one-time payment is not a monthly figure). */
export const COLUMNS_NOTE =
  'Monthly total = Recurring/mo + One-time/mo, where One-time/mo spreads each one-time payment (One-time paid: training, corpus embedding) over its period: the re-training interval, or the horizon when paid once.';

/** Options of {@link renderCompareTable}. */
export interface RenderOptions {
  /** Decimals for USD amounts (default 2). */
  readonly decimals?: number;
  readonly rounding?: RoundingMode;
  /** Include the assumptions block (default true). */
  readonly assumptions?: boolean;
  /** The scenario profile this run is for, shown in the title. */
  readonly profile?: string | null;
}

/** `1234567.891` → `1,234,567.89` (rounded once, here). */
export function formatAmount(value: Dec, decimals = 2, rounding: RoundingMode = 'halfEven'): string {
  return groupThousands(formatDecimalUnchecked(value, decimals, rounding));
}

/** A volume for humans: whole numbers grouped, fractions to 2 decimals. */
export function formatVolume(value: Dec): string {
  return formatAmount(value, value.isInteger() ? 0 : 2);
}

/**
 * The lines that say what a run priced: the volume; the price tables, their dates and ages; then one
 * line per warning (a route not priced because it closed, a stale table, a promotion, a closure
 * ahead). Every report prints them.
 */
export function describeRun(run: RunInfo): string[] {
  const ages = new Map(run.tableAges.map((t) => [t.vendor, t]));
  const tables = Object.entries(run.tables)
    .map(([vendor, date]) => {
      const age = ages.get(vendor);
      return age === undefined ? `${vendor} ${date}` : `${vendor} ${date} (${age.ageDays} days old)`;
    })
    .join(', ');
  const when = run.asOf === null ? `newest, routes judged on ${run.evaluatedOn}` : `as of ${run.asOf}`;
  const given =
    run.volume.unit === 'requestsPerDay'
      ? `${formatVolume(run.volume.value)} requests/day × ${formatVolume(run.hoursPerMonth.div(24))} days/month = `
      : run.volume.unit === 'tokensPerMonth'
        ? `${formatVolume(run.volume.value)} tokens/month ÷ ${formatVolume(run.workloadTokensPerRequest)} tokens/request = `
        : '';
  return [
    `${given}${formatVolume(run.requestsPerMonth)} requests/month × ${formatVolume(run.workloadTokensPerRequest)} workload tokens/request = ${formatVolume(run.workloadTokensPerMonth)} tokens/month`,
    `Prices ${when} (dataset ${run.pricingDataVersion}): ${tables}`,
    ...(run.currency.source === 'user'
      ? [`Amounts in ${run.currency.code}: ${describeCurrency(run.currency)}; vendor prices quoted in USD.`]
      : []),
    ...run.warnings.map((w) => `Warning: ${w.message}`),
  ];
}

/** One sentence for a breakeven between two strategies. */
export function describeBreakeven(result: BreakevenResult, names: CandidateNames = KIND_NAMES): string[] {
  // Plain JS may pass an index here (`breakevens.flatMap(describeBreakeven)`): names come only from an object.
  const label = (typeof names === 'object' && names !== null ? names : KIND_NAMES).label;
  const [a, b] = result.between;
  const head = `${label(a)} vs ${label(b)}`;
  const upper = result.range.toRequestsPerMonth;
  const range = upper === null ? 'at any volume' : `up to ${formatVolume(upper)} requests/month (capacity)`;
  switch (result.kind) {
    case 'equal':
      return [`${head}: equal cost ${range}.`];
    case 'never':
      return [`${head}: never breaks even; ${label(result.cheaper)} is cheaper ${range}.`];
    case 'crossovers':
      return result.crossovers.map((c) => {
        const where =
          c.kind === 'interval'
            ? `from ${formatVolume(c.requestsPerMonth)} to ${formatVolume(c.untilRequestsPerMonth!)} requests/month (equal cost)`
            : `at ${formatVolume(c.requestsPerMonth)} requests/month = ${formatVolume(c.workloadTokensPerMonth)} workload tokens/month${c.kind === 'step' ? ' (capacity step)' : ''}`;
        return `${head}: ${where}; ${label(c.cheaperBelow)} cheaper below, ${label(c.cheaperAbove)} above.`;
      });
  }
}

/** At most this many candidates get every pairwise breakeven in text reports (JSON has them all). */
export const ALL_PAIRS_UP_TO = 6;

/** One line per stretch of the cheapest envelope: `0 – 541,285.92 requests/month: Prompt-only`. */
export function describeEnvelope(envelope: CheapestEnvelope, names: CandidateNames): string[] {
  const out = envelope.segments.map((s) => {
    const to = s.toRequestsPerMonth;
    const span =
      to === null
        ? `from ${formatVolume(s.fromRequestsPerMonth)}`
        : `${formatVolume(s.fromRequestsPerMonth)} – ${formatVolume(to)}${s.endsBy === 'ceiling' ? ' (its capacity ceiling)' : s.endsBy === 'step' ? ' (capacity step)' : ''}`;
    const tokens =
      to === null
        ? `from ${formatVolume(s.fromWorkloadTokensPerMonth)} tokens`
        : `${formatVolume(s.fromWorkloadTokensPerMonth)} – ${formatVolume(s.toWorkloadTokensPerMonth!)} tokens`;
    return `${span} requests/month (${tokens}/month): ${names.label(s.candidate)}`;
  });
  if (envelope.neverCheapest.length > 0) {
    out.push(`Never the cheapest: ${envelope.neverCheapest.map((id) => names.label(id)).join('; ')}.`);
  }
  return out;
}

/**
 * The breakevens a text report lists: every pair up to {@link ALL_PAIRS_UP_TO} candidates; beyond,
 * the pairs whose crossover is an edge of the cheapest envelope (the rest are in JSON and `breakeven`).
 */
export function breakevensToShow(result: CompareResult): readonly BreakevenResult[] {
  if (result.strategies.length <= ALL_PAIRS_UP_TO) return result.breakevens;
  const edges = new Set<string>();
  const s = result.envelope.segments;
  for (let i = 0; i + 1 < s.length; i++) edges.add([s[i]!.candidate, s[i + 1]!.candidate].sort().join('|'));
  return result.breakevens.filter((b) => edges.has([...b.between].sort().join('|')));
}

/** One sentence for a multiple. */
export function describeMultiple(
  result: MultipleResult,
  decimals = 2,
  names: CandidateNames = KIND_NAMES,
): string {
  const label = (typeof names === 'object' && names !== null ? names : KIND_NAMES).label;
  const [a, b] = result.between;
  switch (result.kind) {
    case 'equal':
      return `${label(a)} and ${label(b)} cost the same.`;
    case 'zero':
      return `${label(result.free)} costs nothing at this volume; the other costs $${formatAmount(result.otherCost, decimals)}/month (no finite multiple).`;
    case 'ratio':
      return `${label(result.cheaper)} is ${formatAmount(result.times, 2)}× cheaper than ${label(result.dearer)}.`;
  }
}

function pad(text: string, width: number, right = false): string {
  return right ? text.padStart(width) : text.padEnd(width);
}

/**
 * Renders a comparison as a plain-text table that fits 100 columns: the run, each strategy's
 * monthly total, recurring part and one-time cost, the multiples against the cheapest, every
 * breakeven, and the assumptions. Amounts are rounded here, once.
 */
export function renderCompareTable(result: CompareResult, options: RenderOptions = {}): string {
  const decimals = options.decimals ?? 2;
  const money = (value: Dec) => formatAmount(value, decimals, options.rounding);
  const lines: string[] = [];
  lines.push(
    `tune-or-rag: ${result.run.scenarioName}${options.profile ? ` [profile ${options.profile}]` : ''}`,
  );
  for (const line of describeRun(result.run)) lines.push(...wrap(line, 100, '  '));
  lines.push('');
  const cheapest = result.strategies.find((s) => s.strategy === result.cheapest)!;
  const names = candidateNames(result.run);
  const header = [
    'Strategy (USD)',
    'Monthly total',
    'Recurring/mo',
    'One-time/mo',
    'One-time paid',
    'vs cheapest',
  ];
  const widths = [22, 14, 14, 13, 15, 20];
  lines.push(header.map((h, i) => pad(h, widths[i]!, i > 0)).join(''));
  lines.push('-'.repeat(widths.reduce((a, b) => a + b, 0)));
  // Beyond six candidates the rows are the ranking, cheapest first; up to six, the scenario's order.
  const rows =
    result.strategies.length > ALL_PAIRS_UP_TO
      ? result.ranking.map((id) => result.strategies.find((x) => x.strategy === id)!)
      : result.strategies;
  if (rows !== result.strategies) lines.push('(cheapest first)');
  for (const s of rows) {
    let versus = 'cheapest';
    if (s.strategy !== cheapest.strategy) {
      versus = cheapest.monthlyTotal.isZero()
        ? 'n/a (cheapest is $0)'
        : `${formatAmount(s.monthlyTotal.div(cheapest.monthlyTotal), 2)}× dearer`;
    }
    // A label wider than its column gets a line of its own, so the table keeps to 100 columns.
    if (s.label.length >= widths[0]!) lines.push(s.label);
    const row = [
      s.label.length >= widths[0]! ? '' : s.label,
      money(s.monthlyTotal),
      money(s.recurringMonthly),
      money(s.amortisedOneTimeMonthly),
      money(s.oneTimeTotal),
      versus,
    ];
    lines.push(row.map((cell, i) => pad(cell, widths[i]!, i > 0)).join(''));
  }
  for (const u of result.run.unavailable) {
    if (u.label.length >= widths[0]!) lines.push(u.label);
    const row = [
      u.label.length >= widths[0]! ? '' : u.label,
      'not priced',
      '-',
      '-',
      '-',
      u.error.code === 'offering_ended' ? 'route closed' : 'not yet on sale',
    ];
    lines.push(row.map((cell, i) => pad(cell, widths[i]!, i > 0)).join(''));
  }
  lines.push('');
  lines.push(...wrap(COLUMNS_NOTE, 100, '  '));
  const headline = result.multiples.find(
    (m) =>
      (m.between[0] === 'fineTune' && m.between[1] === 'rag') ||
      (m.between[0] === 'rag' && m.between[1] === 'fineTune'),
  );
  if (headline) {
    lines.push(...wrap(`At this volume: ${describeMultiple(headline, decimals, names)}`, 100, '  '));
  }
  lines.push('');
  lines.push('Cheapest by volume:');
  for (const line of describeEnvelope(result.envelope, names)) lines.push(...wrap(`  ${line}`, 100, '    '));
  lines.push('');
  const shown = breakevensToShow(result);
  lines.push(
    ...wrap(
      shown.length === result.breakevens.length
        ? 'Breakevens (monthly volume where the cheaper strategy changes):'
        : `Breakevens at the edges of the cheapest envelope (${shown.length} of ${result.breakevens.length} pairs; JSON or \`breakeven --between a,b\` has any pair):`,
      100,
      '  ',
    ),
  );
  for (const b of shown)
    for (const sentence of describeBreakeven(b, names)) lines.push(...wrap(`  ${sentence}`, 100, '    '));
  if (options.assumptions !== false) {
    lines.push('');
    lines.push('Assumptions:');
    for (const a of result.assumptions) lines.push(...wrap(`- ${a}`, 100, '  '));
  }
  return `${lines.join('\n')}\n`;
}

/** Wraps text at word boundaries to `width` columns. */
export function wrap(text: string, width: number, indent = ''): string[] {
  const out: string[] = [];
  // Leading spaces are the first line's indent: keep them (splitting on ' ' would drop them).
  const lead = /^ */.exec(text)![0];
  let line = '';
  for (const word of text.slice(lead.length).split(' ')) {
    if (line !== '' && line.length + 1 + word.length > width) {
      out.push(line);
      line = indent + word;
    } else {
      line = line === '' ? (out.length === 0 ? lead + word : word) : `${line} ${word}`;
    }
  }
  if (line !== '') out.push(line);
  return out;
}
