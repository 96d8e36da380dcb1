import type { HorizonReport } from '../calculate.js';
import { candidateNames } from './candidateNames.js';
import { describeCrossings } from './describeCrossings.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeRun, formatAmount } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

function idsOf(result: HorizonReport) {
  return candidateNames(result.run).order.filter((id) => result.months[0]?.cumulative[id] !== undefined);
}

/** Cumulative cost by month (per profile) and the breakeven months, as a format-neutral report. */
export function horizonToDoc(runs: readonly ProfiledRun<HorizonReport>[]): ReportDoc {
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    const names = candidateNames(result.run);
    // Short column heads keep the table within 100 columns; the note under it says the figures are cumulative USD.
    const ids = idsOf(result);
    const growing = !result.growthPerMonth.isZero();
    if (growing) {
      blocks.push({
        kind: 'paragraph',
        text: `Volume grows ${formatAmount(result.growthPerMonth.times(100), 2)}% a month, compounded: month m runs requests × (1 + growth)^(m − 1).`,
      });
    }
    blocks.push({ kind: 'heading', text: 'Paid in the month (USD)' });
    blocks.push({
      kind: 'table',
      columns: [
        num('Month'),
        ...(growing ? [num('Requests')] : []),
        ...ids.map((id) => num(names.short(id))),
      ],
      rows: result.months.map((m) => [
        String(m.month),
        ...(growing ? [formatAmount(m.requestsPerMonth, 0)] : []),
        ...ids.map((id) => {
          const value = m.costs[id];
          return value === undefined ? 'closed' : formatAmount(value);
        }),
      ]),
    });
    blocks.push({ kind: 'heading', text: 'Cumulative (USD): the sum of the months so far' });
    blocks.push({
      kind: 'table',
      columns: [num('Month'), ...ids.map((id) => num(names.short(id))), col('Leader')],
      rows: result.months.map((m) => [
        String(m.month),
        ...ids.map((id) => {
          const value = m.cumulative[id];
          return value === undefined ? 'closed' : formatAmount(value);
        }),
        names.label(m.leader),
      ]),
    });
    if (result.closures.length > 0) {
      blocks.push({
        kind: 'heading',
        text: 'Routes that close inside the horizon (not priced from that month on, unless a fallback continues them)',
      });
      blocks.push({
        kind: 'list',
        items: result.closures.map(
          (c) =>
            `${names.label(c.strategy)}: ${c.continuesOn === null ? 'stops' : `continues on its fallback, ${c.continuesOn},`} at month ${c.month} (starting ${c.monthStarts}): ${c.error.detail}${c.fallbackError ? `; the fallback cannot be bought either: ${c.fallbackError.detail}` : ''}`,
        ),
      });
    }
    // The routes of a tuned model's life, when it has more than one (upgrades, a fallback).
    if ((result.phases ?? []).some((p) => p.kind !== 'initial')) {
      blocks.push({ kind: 'heading', text: 'Routes month by month (base-model upgrades and fallbacks)' });
      blocks.push({
        kind: 'list',
        items: result.phases.map(
          (p) =>
            `${names.label(p.strategy)}: months ${p.fromMonth}–${p.toMonth}: ${p.route} (${p.kind}; tables in effect on ${p.pricedOn}: ${Object.entries(
              p.tables,
            )
              .map(([v, d]) => `${v} ${d}`)
              .join(', ')})`,
        ),
      });
    }
    blocks.push({ kind: 'heading', text: 'Breakeven months (the cumulative leader changes)' });
    blocks.push({
      kind: 'list',
      items:
        result.crossings.length === 0
          ? ['None within the horizon: each pair keeps its order every month.']
          : describeCrossings(result.crossings, names),
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Cumulative USD, cash view: one-time costs fall in the months they are paid (month 1, and every N months when re-trained).',
  });
  const name = runs[0]!.result.run.scenarioName;
  return {
    title: `tune-or-rag horizon: ${name}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per month (per profile): paid and cumulative USD per strategy, and the leader. */
export function horizonToCsv(runs: readonly ProfiledRun<HorizonReport>[]): CsvTable {
  const order = candidateNames(runs.map((r) => r.result.run)).order;
  const ids = order.filter((id) => runs.some((r) => idsOf(r.result).includes(id)));
  return {
    header: [
      'profile',
      'month',
      'requestsPerMonth',
      ...ids.flatMap((id) => [`${id}PaidUsd`, `${id}CumulativeUsd`]),
      'leader',
    ],
    rows: runs.flatMap(({ profile, result }) =>
      result.months.map((m) => [
        profile,
        String(m.month),
        m.requestsPerMonth.toFixed(),
        ...ids.flatMap((id) => [m.costs[id]?.toFixed() ?? null, m.cumulative[id]?.toFixed() ?? null]),
        m.leader,
      ]),
    ),
  };
}
