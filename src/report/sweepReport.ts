import type { BreakevenResult } from '../analysis/findBreakeven.js';
import type { MultipleResult } from '../analysis/multipleOf.js';
import type { SweepPlan, SweepPoint, SweepResult } from '../analysis/sweep.js';
import type { Dec } from '../decimal.js';

export type { SweepAxis, SweepPlan, SweepPoint, SweepResult } from '../analysis/sweep.js';

import { type CandidateNames, candidateNames, KIND_NAMES } from './candidateNames.js';

import { ALL_PAIRS_UP_TO, formatAmount, formatVolume } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportDoc } from './reportDoc.js';

/** The breakeven volumes of a result, rounded to whole requests: `14,028`, `never (RAG cheaper)`, `equal`. */
export function describeBreakevenShort(
  b: BreakevenResult | null,
  names: CandidateNames = KIND_NAMES,
): string {
  if (b === null) return '-';
  if (b.kind === 'never') return `never (${names.label(b.cheaper)})`;
  if (b.kind === 'equal') return 'equal';
  return b.crossovers.map((c) => formatVolume(c.requestsPerMonth.toDecimalPlaces(0))).join('; ');
}

function describeMultipleShort(m: MultipleResult | null, names: CandidateNames): string {
  if (m === null) return '-';
  if (m.kind === 'equal') return 'equal';
  if (m.kind === 'zero') return `${names.label(m.free)} free`;
  return `${names.label(m.cheaper)} ${formatAmount(m.times, 2)}×`;
}

const hasProfiles = (result: SweepResult) => new Set(result.points.map((p) => p.profile)).size > 1;

/** The cheapest and the next cheapest of a point (those over capacity left out). */
function firstTwo(p: SweepPoint, ids: readonly string[]): [string | null, string | null] {
  const priced = ids.filter((id) => p.monthly[id] != null);
  priced.sort((a, b) => p.monthly[a]!.comparedTo(p.monthly[b]!));
  return [priced[0] ?? null, priced[1] ?? null];
}

/**
 * A column per candidate while they fit a page (up to {@link ALL_PAIRS_UP_TO}); beyond that the
 * cheapest and the runner-up of each point with their costs, and every candidate in CSV and JSON.
 */
function costColumns(result: SweepResult, names: CandidateNames) {
  const ids = result.strategies;
  const money = (v: Dec | null | undefined) => (v == null ? 'over cap.' : formatAmount(v, 0));
  if (ids.length <= ALL_PAIRS_UP_TO) {
    return {
      columns: [...ids.map((id) => num(names.short(id))), col('Cheapest')],
      cells: (p: SweepPoint) => [
        ...ids.map((id) => money(p.monthly[id])),
        p.cheapest === null ? '-' : names.label(p.cheapest),
      ],
      note: 'Strategy columns: monthly total in USD, rounded to whole dollars.',
    };
  }
  return {
    columns: [col('Cheapest'), num('USD/mo'), col('Next cheapest'), num('USD/mo ')],
    cells: (p: SweepPoint) => {
      const [first, second] = firstTwo(p, ids);
      return [
        first === null ? '-' : names.label(first),
        first === null ? '-' : money(p.monthly[first]),
        second === null ? '-' : names.label(second),
        second === null ? '-' : money(p.monthly[second]),
      ];
    },
    note: `${ids.length} candidates: each row shows the cheapest two, monthly totals in USD rounded to whole dollars; -f csv or -f json has every candidate's cost at every point.`,
  };
}

/** The sweep as a format-neutral report: one row per point. */
export function sweepToDoc(result: SweepResult): ReportDoc {
  const profiles = hasProfiles(result);
  // The plan's candidates: a named candidate by its label, a `strategies` entry by its kind's.
  const names = candidateNames(result);
  const pair = result.between;
  const pairName = pair === null ? '' : `${names.label(pair[0])} vs ${names.label(pair[1])}`;
  const axes = result.axes.filter((a) => !a.volume);
  const volumeIndex = result.axes.findIndex((a) => a.volume);
  const costs = costColumns(result, names);
  return {
    title: `tune-or-rag sweep: ${result.scenarioName}`,
    blocks: [
      {
        kind: 'paragraph',
        text: `${result.points.length} points: ${result.axes.map((a) => `${a.path} (${a.values.length})`).join(' × ')}${profiles ? ' per profile' : ''}.`,
      },
      {
        kind: 'table',
        columns: [
          ...(profiles ? [col('Profile')] : []),
          ...axes.map((a) => num(a.path)),
          num('Requests/mo'),
          ...costs.columns,
          ...(pair === null ? [] : [num('Breakeven req/mo', true), col('Multiple', true)]),
        ],
        rows: result.points.map((p) => [
          ...(profiles ? [p.profile ?? ''] : []),
          ...result.axes.flatMap((a, i) => (a.volume ? [] : [p.values[i]!])),
          formatVolume(p.requestsPerMonth),
          ...costs.cells(p),
          ...(pair === null
            ? []
            : [describeBreakevenShort(p.breakeven, names), describeMultipleShort(p.multiple, names)]),
        ]),
      },
      {
        kind: 'paragraph',
        text: `${costs.note}${pair === null ? '' : ` Breakeven: ${pairName}, in requests/month (rounded), for that row's scenario. Multiple (when it fits; always in CSV and JSON): how many times cheaper the cheaper of the two is at that row's volume.`}${volumeIndex >= 0 ? '' : " Volume: the scenario's."}`,
      },
    ],
  };
}

/** A sweep without its points: what the header of a streamed output needs. */
export type SweepShape = SweepPlan;

/** The CSV header of a sweep. */
export function sweepCsvHeader(shape: SweepShape): string[] {
  return [
    'profile',
    ...shape.axes.filter((a) => !a.volume).map((a) => a.path),
    'requestsPerMonth',
    'workloadTokensPerMonth',
    ...shape.strategies.map((id) => `${id}MonthlyUsd`),
    'cheapest',
    'pairA',
    'pairB',
    'multipleCheaper',
    'multipleTimes',
    'breakeven',
    'breakevenRequestsPerMonth',
    'breakevenWorkloadTokensPerMonth',
    'cheaperBelow',
    'cheaperAbove',
  ];
}

/** The CSV cells of one sweep point. */
export function sweepCsvRow(shape: SweepShape, p: SweepPoint): (string | null)[] {
  const b = p.breakeven;
  const m = p.multiple;
  const crossovers = b?.kind === 'crossovers' ? b.crossovers : [];
  return [
    p.profile,
    ...shape.axes.flatMap((a, i) => (a.volume ? [] : [p.values[i]!])),
    p.requestsPerMonth.toFixed(),
    p.workloadTokensPerMonth.toFixed(),
    ...shape.strategies.map((id) => p.monthly[id]?.toFixed() ?? null),
    p.cheapest,
    shape.between?.[0] ?? null,
    shape.between?.[1] ?? null,
    m === null ? null : m.kind === 'ratio' ? m.cheaper : m.kind === 'zero' ? m.free : 'equal',
    m?.kind === 'ratio' ? m.times.toFixed() : null,
    b === null ? null : b.kind === 'never' ? `never:${b.cheaper}` : b.kind,
    crossovers.length === 0 ? null : crossovers.map((c) => c.requestsPerMonth.toFixed()).join(';'),
    crossovers.length === 0 ? null : crossovers.map((c) => c.workloadTokensPerMonth.toFixed()).join(';'),
    crossovers.length === 0 ? null : crossovers.map((c) => c.cheaperBelow).join(';'),
    crossovers.length === 0 ? null : crossovers.map((c) => c.cheaperAbove).join(';'),
  ];
}

/**
 * One CSV row per point: the axis values, exact monthly USD per strategy, the cheapest, and the
 * pair's multiple and breakeven (several crossovers are joined with `;`).
 */
export function sweepToCsv(result: SweepResult): CsvTable {
  return { header: sweepCsvHeader(result), rows: result.points.map((p) => sweepCsvRow(result, p)) };
}

/** The JSON of one sweep point, with its axis values by path. */
export function sweepPointToJson(shape: SweepShape, p: SweepPoint): Record<string, unknown> {
  return {
    profile: p.profile,
    values: Object.fromEntries(shape.axes.map((a, i) => [a.path, p.values[i]])),
    requestsPerMonth: p.requestsPerMonth,
    workloadTokensPerMonth: p.workloadTokensPerMonth,
    monthly: p.monthly,
    cheapest: p.cheapest,
    multiple: p.multiple,
    breakeven: p.breakeven,
  };
}

/** The sweep as JSON, without its points (streamed after it): the axes, pair and strategies. */
export function sweepHeadToJson(shape: SweepShape): Record<string, unknown> {
  return {
    scenarioName: shape.scenarioName,
    axes: shape.axes,
    between: shape.between,
    strategies: shape.strategies,
  };
}

/** The sweep as JSON: the axes and one object per point with its axis values by path. */
export function sweepToJson(result: SweepResult): Record<string, unknown> {
  return { ...sweepHeadToJson(result), points: result.points.map((p) => sweepPointToJson(result, p)) };
}
