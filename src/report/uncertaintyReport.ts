import { horizonOnlyNote } from '../analysis/horizonOnlyPaths.js';
import type { Percentiles } from '../analysis/percentiles.js';
import type { SensitivityPoint, SensitivityResult } from '../analysis/sensitivityWith.js';
import type { SimulateResult } from '../analysis/simulateWith.js';
import type { Dec } from '../decimal.js';
import type { Distribution } from '../scenario/parseUncertainty.js';
import { type ProfiledRun, profileSuffix } from './profiledRun.js';
import { describeRun, formatAmount, formatVolume } from './renderCompareTable.js';
import type { CsvTable } from './renderCsv.js';
import { col, num, type ReportBlock, type ReportDoc } from './reportDoc.js';

/** A field path as the command line writes it: `rag.topK`, `requestsPerMonth`. */
export function shortPath(path: string): string {
  return path.replace(/^strategies\./, '').replace(/^workload\./, '');
}

const percent = (p: Dec) => `${formatAmount(p.times(100), 1)}%`;
const ratio = (x: Dec) => `${formatAmount(x, 3)}×`;

/** How a distribution reads: `triangular 50,000 / 115,000 / 400,000`. */
export function describeDistribution(d: Distribution): string {
  const v = (x: Dec) => formatVolume(x);
  switch (d.dist) {
    case 'range':
      return `range ${v(d.low)} / ${v(d.base)} / ${v(d.high)} (triangular)`;
    case 'uniform':
      return `uniform ${v(d.low)} to ${v(d.high)}`;
    case 'triangular':
      return `triangular ${v(d.low)} / ${v(d.mode)} / ${v(d.high)}`;
    case 'lognormal':
      return `log-normal, P10 ${v(d.low)}, P90 ${v(d.high)}`;
    case 'discrete':
      return `one of ${d.values.map(v).join(', ')}${d.weights.every((w) => w.eq(d.weights[0]!)) ? '' : ` (weights ${d.weights.map((w) => w.toFixed()).join(', ')})`}`;
  }
}

function pcts(p: Percentiles | null, show: (x: Dec) => string): string[] {
  return p === null ? ['—', '—', '—'] : [show(p.p10), show(p.p50), show(p.p90)];
}

/** A Monte Carlo result (per profile) as a format-neutral report. */
export function simulateToDoc(
  runs: readonly ProfiledRun<SimulateResult>[],
  labelOf: (id: string) => string,
): ReportDoc {
  const first = runs[0]!.result;
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    blocks.push({
      kind: 'paragraph',
      text: `${result.samples.toLocaleString('en-US')} samples, seed ${result.seed}. Percentiles are nearest-rank (P10 = the value at rank ⌈0.1 n⌉ in ascending order); every sample is priced exactly.`,
    });
    blocks.push({ kind: 'heading', text: 'Uncertain inputs' });
    blocks.push({
      kind: 'table',
      columns: [col('Input'), col('Distribution'), num('Low'), num('Base'), num('High')],
      rows: result.inputs.map((u) => [
        shortPath(u.path),
        describeDistribution(u.distribution),
        formatVolume(u.low),
        formatVolume(u.base),
        formatVolume(u.high),
      ]),
    });
    const simulateNote = horizonOnlyNote(
      result.inputs.map((u) => u.path),
      'simulate',
    );
    if (simulateNote !== null) blocks.push({ kind: 'paragraph', text: simulateNote });
    blocks.push({ kind: 'heading', text: 'Monthly cost (USD)' });
    blocks.push({
      kind: 'table',
      columns: [col('Strategy'), num('P10'), num('P50'), num('P90'), num('Cheapest')],
      rows: result.strategies.map((s) => [
        s.label,
        ...pcts(s.monthlyCost, (x) => formatAmount(x)),
        percent(s.cheapest.probability),
      ]),
    });
    blocks.push({ kind: 'heading', text: 'Breakevens' });
    blocks.push({
      kind: 'table',
      columns: [
        col('Pair'),
        num('Crosses'),
        num('P10 requests/month'),
        num('P50'),
        num('P90'),
        col('Never (always cheaper)', true),
      ],
      rows: result.breakevens.map((b) => [
        `${labelOf(b.between[0])} vs ${labelOf(b.between[1])}`,
        percent(b.crossover.probability),
        ...pcts(b.crossover.requestsPerMonth, (x) => formatAmount(x, 0)),
        [
          ...b.never.map((n) => `${labelOf(n.cheaper)} ${percent(n.probability)}`),
          ...(b.equal.count > 0 ? [`equal ${percent(b.equal.probability)}`] : []),
        ].join(', ') || '—',
      ]),
    });
    blocks.push({ kind: 'heading', text: 'Multiples (cost of the first ÷ cost of the second)' });
    blocks.push({
      kind: 'table',
      columns: [col('Pair'), num('P10'), num('P50'), num('P90'), num('First cheaper')],
      rows: result.multiples.map((m) => [
        `${labelOf(m.between[0])} ÷ ${labelOf(m.between[1])}`,
        ...pcts(m.ratio, ratio),
        percent(m.firstCheaper.probability),
      ]),
    });
  }
  return {
    title: `tune-or-rag simulate: ${first.run.scenarioName}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per profile, metric and pair or strategy, with P10/P50/P90 and shares. */
export function simulateToCsv(runs: readonly ProfiledRun<SimulateResult>[]): CsvTable {
  const header = ['profile', 'metric', 'strategyA', 'strategyB', 'p10', 'p50', 'p90', 'share', 'outcome'];
  const rows: (string | null)[][] = [];
  const p = (x: Percentiles | null) =>
    x === null ? [null, null, null] : [x.p10.toFixed(), x.p50.toFixed(), x.p90.toFixed()];
  for (const { profile, result } of runs) {
    rows.push([profile, 'requestsPerMonth', null, null, ...p(result.requestsPerMonth), null, null]);
    for (const s of result.strategies) {
      rows.push([
        profile,
        'monthlyCostUsd',
        s.strategy,
        null,
        ...p(s.monthlyCost),
        s.cheapest.probability.toFixed(),
        'cheapest',
      ]);
    }
    for (const b of result.breakevens) {
      const [a, c] = b.between;
      rows.push([
        profile,
        'breakevenRequestsPerMonth',
        a,
        c,
        ...p(b.crossover.requestsPerMonth),
        b.crossover.probability.toFixed(),
        'crosses',
      ]);
      rows.push([
        profile,
        'breakevenWorkloadTokensPerMonth',
        a,
        c,
        ...p(b.crossover.workloadTokensPerMonth),
        b.crossover.probability.toFixed(),
        'crosses',
      ]);
      for (const n of b.never)
        rows.push([
          profile,
          'breakevenNever',
          a,
          c,
          null,
          null,
          null,
          n.probability.toFixed(),
          `${n.cheaper} always cheaper`,
        ]);
      if (b.equal.count > 0)
        rows.push([
          profile,
          'breakevenEqual',
          a,
          c,
          null,
          null,
          null,
          b.equal.probability.toFixed(),
          'equal',
        ]);
    }
    for (const m of result.multiples) {
      rows.push([
        profile,
        'costRatio',
        m.between[0],
        m.between[1],
        ...p(m.ratio),
        m.firstCheaper.probability.toFixed(),
        'first cheaper',
      ]);
    }
  }
  return { header, rows };
}

/** The breakeven of a tornado point in words. */
export function describePoint(point: SensitivityPoint, labelOf: (id: string) => string): string {
  const b = point.breakeven;
  if (b.kind === 'crossover') return formatAmount(b.requestsPerMonth, 0);
  if (b.kind === 'never') return `never (${labelOf(b.cheaper)} cheaper)`;
  return 'equal';
}

/** A tornado (per profile) as a format-neutral report: one row per input, most influential first. */
export function sensitivityToDoc(
  runs: readonly ProfiledRun<SensitivityResult>[],
  labelOf: (id: string) => string,
): ReportDoc {
  const first = runs[0]!.result;
  const blocks: ReportBlock[] = [];
  for (const { profile, result } of runs) {
    if (runs.length > 1) blocks.push({ kind: 'heading', text: `Profile ${profile}` });
    blocks.push(...describeRun(result.run).map((text): ReportBlock => ({ kind: 'paragraph', text })));
    const [a, b] = result.between;
    blocks.push({
      kind: 'paragraph',
      text: `${labelOf(a)} vs ${labelOf(b)}: breakeven at base ${describePoint(result.base, labelOf)} requests/month; cost ratio at base ${result.base.ratio === null ? '—' : ratio(result.base.ratio)}. Each input moved alone to its low and its high, ranked by how far it moves the ${result.rankBy}.`,
    });
    blocks.push({
      kind: 'table',
      columns: [
        num('#'),
        col('Input'),
        num('Low'),
        num('High'),
        num('Breakeven at low'),
        num('Breakeven at high'),
        num('Swing (requests)'),
        num('Ratio at low', true),
        num('Ratio at high', true),
      ],
      rows: result.bars.map((bar, i) => [
        String(i + 1),
        shortPath(bar.path),
        formatVolume(bar.low),
        formatVolume(bar.high),
        describePoint(bar.atLow, labelOf),
        describePoint(bar.atHigh, labelOf),
        bar.changesOutcome
          ? 'changes the answer'
          : bar.breakevenSwing === null
            ? '—'
            : formatAmount(bar.breakevenSwing, 0),
        bar.atLow.ratio === null ? '—' : ratio(bar.atLow.ratio),
        bar.atHigh.ratio === null ? '—' : ratio(bar.atHigh.ratio),
      ]),
    });
    const sensitivityNote = horizonOnlyNote(
      result.bars.map((bar) => bar.path),
      'sensitivity',
    );
    if (sensitivityNote !== null) blocks.push({ kind: 'paragraph', text: sensitivityNote });
  }
  return {
    title: `tune-or-rag sensitivity: ${first.run.scenarioName}${profileSuffix(runs.length === 1 ? runs[0]!.profile : null)}`,
    blocks,
  };
}

/** One CSV row per profile and input, in rank order, with the exact values. */
export function sensitivityToCsv(runs: readonly ProfiledRun<SensitivityResult>[]): CsvTable {
  const header = [
    'profile',
    'rank',
    'input',
    'low',
    'base',
    'high',
    'breakevenAtLow',
    'breakevenAtBase',
    'breakevenAtHigh',
    'breakevenSwing',
    'changesOutcome',
    'ratioAtLow',
    'ratioAtBase',
    'ratioAtHigh',
    'multipleSwing',
  ];
  const be = (p: SensitivityPoint) =>
    p.breakeven.kind === 'crossover'
      ? p.breakeven.requestsPerMonth.toFixed()
      : p.breakeven.kind === 'never'
        ? `never:${p.breakeven.cheaper}`
        : 'equal';
  const rows: (string | null)[][] = [];
  for (const { profile, result } of runs) {
    result.bars.forEach((bar, i) => {
      rows.push([
        profile,
        String(i + 1),
        shortPath(bar.path),
        bar.low.toFixed(),
        bar.base.toFixed(),
        bar.high.toFixed(),
        be(bar.atLow),
        be(result.base),
        be(bar.atHigh),
        bar.breakevenSwing?.toFixed() ?? null,
        String(bar.changesOutcome),
        bar.atLow.ratio?.toFixed() ?? null,
        result.base.ratio?.toFixed() ?? null,
        bar.atHigh.ratio?.toFixed() ?? null,
        bar.multipleSwing?.toFixed() ?? null,
      ]);
    });
  }
  return { header, rows };
}
