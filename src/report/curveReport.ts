import { cheapestOf } from '../analysis/cheapestOf.js';
import type { CurvePoint } from '../analysis/computeCurve.js';
import type { CurveReport } from '../calculate.js';
import type { CandidateId } from '../model/types.js';
import { candidateNames } from './candidateNames.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeRun, formatAmount, formatVolume } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

/** The candidates present in a set of curve points, in the scenario's order. */
export function strategiesOf(points: readonly CurvePoint[], order: readonly CandidateId[]): CandidateId[] {
  return order.filter((id) => points.some((p) => p.monthly[id] !== undefined));
}

export { cheapestOf };

/** Monthly cost by volume (per profile) as a format-neutral report. */
export function curveToDoc(runs: readonly ProfiledRun<CurveReport>[]): ReportDoc {
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    for (const text of describeRun(result.run).slice(1)) blocks.push({ kind: 'paragraph', text });
    const names = candidateNames(result.run);
    const ids = strategiesOf(result.points, names.order);
    blocks.push({
      kind: 'table',
      columns: [
        num('Requests/month'),
        num('Tokens/month', true),
        ...ids.map((id) => num(names.label(id))),
        col('Cheapest'),
      ],
      rows: result.points.map((p) => {
        const cheapest = cheapestOf(p.monthly);
        return [
          formatVolume(p.requestsPerMonth),
          formatVolume(p.workloadTokensPerMonth),
          ...ids.map((id) => {
            const v = p.monthly[id];
            return v === null || v === undefined ? 'over capacity' : formatAmount(v);
          }),
          cheapest === null ? '-' : names.label(cheapest),
        ];
      }),
    });
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Monthly totals in USD (recurring + one-time spread over their period).',
  });
  const name = runs[0]!.result.run.scenarioName;
  return {
    title: `tune-or-rag curve: ${name}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per volume (per profile), a monthly-cost column per strategy. */
export function curveToCsv(runs: readonly ProfiledRun<CurveReport>[]): CsvTable {
  const order = candidateNames(runs.map((r) => r.result.run)).order;
  const ids = order.filter((id) => runs.some((r) => strategiesOf(r.result.points, order).includes(id)));
  return {
    header: [
      'profile',
      'requestsPerMonth',
      'workloadTokensPerMonth',
      ...ids.map((id) => `${id}MonthlyUsd`),
      'cheapest',
    ],
    rows: runs.flatMap(({ profile, result }) =>
      result.points.map((p) => [
        profile,
        p.requestsPerMonth.toFixed(),
        p.workloadTokensPerMonth.toFixed(),
        ...ids.map((id) => p.monthly[id]?.toFixed() ?? null),
        cheapestOf(p.monthly),
      ]),
    ),
  };
}

/**
 * The candidates × volumes matrix: one row per candidate (its label), one column per volume, the
 * monthly total in each cell, then the cheapest candidate at each volume. The shape
 * `compare --volumes` prints; `curveToDoc` is the same numbers with volumes as rows.
 */
export function matrixToDoc(runs: readonly ProfiledRun<CurveReport>[]): ReportDoc {
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    const names = candidateNames(result.run);
    const ids = strategiesOf(result.points, names.order);
    blocks.push({
      kind: 'table',
      columns: [
        col('Candidate (USD/month)'),
        ...result.points.map((p) => num(`${formatVolume(p.requestsPerMonth)} req`)),
      ],
      rows: [
        ...ids.map((id) => [
          names.label(id),
          ...result.points.map((p) => {
            const v = p.monthly[id];
            return v === null || v === undefined ? 'over cap.' : formatAmount(v, 0);
          }),
        ]),
      ],
    });
    blocks.push({
      kind: 'list',
      items: result.points.map((p) => {
        const best = cheapestOf(p.monthly);
        return `Cheapest at ${formatVolume(p.requestsPerMonth)} requests/month: ${best === null ? 'none within capacity' : names.label(best)}`;
      }),
    });
  }
  return {
    title: `Monthly cost by volume (candidates × volumes, USD): ${runs[0]!.result.run.scenarioName}`,
    blocks,
  };
}
