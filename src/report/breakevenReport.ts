import type { Crossover } from '../analysis/findBreakeven.js';
import type { BreakevenReport } from '../calculate.js';
import { type CandidateNames, candidateNames } from './candidateNames.js';
import { formatExact } from './formatUsd.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeBreakeven, describeRun, formatAmount, formatVolume } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

function crossoverRow(c: Crossover, names: CandidateNames): string[] {
  return [
    c.kind,
    c.kind === 'interval'
      ? `${formatVolume(c.requestsPerMonth)}–${formatVolume(c.untilRequestsPerMonth!)}`
      : formatVolume(c.requestsPerMonth),
    formatVolume(c.workloadTokensPerMonth),
    names.label(c.cheaperBelow),
    names.label(c.cheaperAbove),
    formatAmount(c.monthlyCost),
    c.exact === null ? '' : `${formatExact(c.exact.numerator)} ÷ ${formatExact(c.exact.denominator)}`,
  ];
}

/** Breakevens of one or more strategy pairs (per profile) as a format-neutral report. */
export function breakevenToDoc(runs: readonly ProfiledRun<readonly BreakevenReport[]>[]): ReportDoc {
  const first = runs[0]!.result[0]!;
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result[0]!.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    const names = candidateNames(result[0]!.run);
    for (const report of result) {
      const b = report.breakeven;
      blocks.push({
        kind: 'heading',
        text: `${names.label(b.between[0])} vs ${names.label(b.between[1])}`,
      });
      blocks.push({ kind: 'list', items: describeBreakeven(b) });
      if (b.kind === 'crossovers') {
        blocks.push({
          kind: 'table',
          columns: [
            col('Kind'),
            num('Requests/month'),
            num('Workload tokens/month'),
            col('Cheaper below'),
            col('Cheaper above'),
            num('USD/month there'),
            col('Exact (requests)', true),
          ],
          rows: b.crossovers.map((c) => crossoverRow(c, names)),
        });
      }
    }
  }
  blocks.push({
    kind: 'paragraph',
    text: 'Volumes are exact crossovers of the monthly costs, shown rounded; the exact fraction gives the precise value.',
  });
  return {
    title: `tune-or-rag breakeven: ${first.run.scenarioName}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per crossover (a pair that never crosses gets one row saying which is cheaper). */
export function breakevenToCsv(runs: readonly ProfiledRun<readonly BreakevenReport[]>[]): CsvTable {
  const header = [
    'profile',
    'strategyA',
    'strategyB',
    'result',
    'cheaperEverywhere',
    'crossoverKind',
    'requestsPerMonth',
    'workloadTokensPerMonth',
    'untilRequestsPerMonth',
    'exactNumerator',
    'exactDenominator',
    'cheaperBelow',
    'cheaperAbove',
    'monthlyCostUsd',
  ];
  const rows: (string | null)[][] = [];
  for (const { profile, result } of runs) {
    for (const { breakeven: b } of result) {
      const head = [profile, b.between[0], b.between[1], b.kind, b.kind === 'never' ? b.cheaper : null];
      if (b.kind !== 'crossovers') {
        rows.push([...head, ...Array<null>(9).fill(null)]);
        continue;
      }
      for (const c of b.crossovers) {
        rows.push([
          ...head,
          c.kind,
          c.requestsPerMonth.toFixed(),
          c.workloadTokensPerMonth.toFixed(),
          c.untilRequestsPerMonth?.toFixed() ?? null,
          c.exact?.numerator.toFixed() ?? null,
          c.exact?.denominator.toFixed() ?? null,
          c.cheaperBelow,
          c.cheaperAbove,
          c.monthlyCost.toFixed(),
        ]);
      }
    }
  }
  return { header, rows };
}
