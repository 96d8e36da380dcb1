import { formatExact } from '../../_lib/formatExact.js';
import type { CurvePoint } from '../../analysis/computeCurve.js';
import type { BreakevenResult } from '../../analysis/findBreakeven.js';
import type { CurveReport } from '../../calculate.js';
import type { Dec } from '../../decimal.js';
import type { CandidateId } from '../../model/types.js';
import { type CandidateNames, candidateNames, KIND_NAMES } from '../candidateNames.js';
import { cheapestOf } from '../curveReport.js';
import { formatAmount } from '../renderCompareTable.js';
import { chartAxes, chartFooter, chartHeading, markerCircle, plotArea, strategyPath } from './chartFrame.js';
import {
  compactCount,
  compactUsd,
  escapeXml,
  type LegendEntry,
  powerOfTen,
  px,
  svgOpen,
  textWidth,
  toFloat,
  unavailableText,
} from './svgMarkup.js';

/** Options of {@link renderCostCurveSvg}. */
export interface CostCurveSvgOptions {
  /**
   * The breakevens of the same scenario (`compare(...).breakevens`): crossovers are then placed at
   * their exact volumes. Without them, a crossover is interpolated between the two curve points around it.
   */
  readonly breakevens?: readonly BreakevenResult[];
  /** Width in px (default 640). */
  readonly width?: number;
  /** Height in px (default 420). */
  readonly height?: number;
  /** The element id, and the prefix of its title/desc ids (default `tor-cost-curve`): unique per page. */
  readonly id?: string;
  /** The visible and accessible title (default: "Monthly cost by volume: <scenario name>"). */
  readonly title?: string;
  /** Mark this monthly volume (e.g. the scenario's own) with a labelled vertical line. */
  readonly markRequestsPerMonth?: Dec;
}

/** A volume where the cheapest strategy changes, as drawn. */
export interface EnvelopeCrossover {
  readonly requestsPerMonth: Dec;
  readonly workloadTokensPerMonth: Dec;
  readonly monthlyCost: Dec;
  readonly from: CandidateId;
  readonly to: CandidateId;
  /** `true` when placed from an exact breakeven, `false` when interpolated between curve points. */
  readonly exact: boolean;
}

const cheapestAt = cheapestOf;

/**
 * The volumes where the cheapest strategy (the lower envelope) changes between consecutive curve
 * points, exact when the pair's breakeven is given.
 */
export function envelopeCrossovers(
  points: readonly CurvePoint[],
  tokensPerRequest: Dec,
  breakevens: readonly BreakevenResult[] = [],
): EnvelopeCrossover[] {
  const out: EnvelopeCrossover[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const p = points[i]!;
    const q = points[i + 1]!;
    const a = cheapestAt(p.monthly);
    const b = cheapestAt(q.monthly);
    if (a === null || b === null || a === b) continue;
    const pair = breakevens.find(
      (r) => r.kind === 'crossovers' && r.between.includes(a) && r.between.includes(b),
    );
    const found =
      pair?.kind === 'crossovers'
        ? pair.crossovers.filter(
            (c) => c.requestsPerMonth.gt(p.requestsPerMonth) && c.requestsPerMonth.lte(q.requestsPerMonth),
          )
        : [];
    const exact = found[found.length - 1];
    if (exact !== undefined) {
      out.push({
        requestsPerMonth: exact.requestsPerMonth,
        workloadTokensPerMonth: exact.workloadTokensPerMonth,
        monthlyCost: exact.monthlyCost,
        from: a,
        to: b,
        exact: true,
      });
      continue;
    }
    const pa = p.monthly[a];
    const pb = p.monthly[b];
    const qa = q.monthly[a];
    const qb = q.monthly[b];
    if (!pa || !pb || !qa || !qb) {
      // One side is over capacity at an end: the change happens at the capacity limit.
      out.push({
        requestsPerMonth: q.requestsPerMonth,
        workloadTokensPerMonth: q.workloadTokensPerMonth,
        monthlyCost: q.monthly[b]!,
        from: a,
        to: b,
        exact: false,
      });
      continue;
    }
    // Costs are linear between breakpoints: where the difference a − b reaches zero.
    const d0 = pa.minus(pb);
    const d1 = qa.minus(qb);
    const t = d0.div(d0.minus(d1));
    const r = p.requestsPerMonth.plus(q.requestsPerMonth.minus(p.requestsPerMonth).times(t));
    out.push({
      requestsPerMonth: r,
      workloadTokensPerMonth: r.times(tokensPerRequest),
      monthlyCost: pa.plus(qa.minus(pa).times(t)),
      from: a,
      to: b,
      exact: false,
    });
  }
  return out;
}

/** Decade ticks of a log axis covering [lo, hi] (both > 0), with 2× and 5× when it spans few decades. */
function logTicks(loExp: number, hiExp: number): { value: Dec; major: boolean }[] {
  const out: { value: Dec; major: boolean }[] = [];
  const few = hiExp - loExp <= 2;
  const every = hiExp - loExp > 8 ? 2 : 1;
  for (let e = loExp; e <= hiExp; e++) {
    out.push({ value: powerOfTen(e), major: (e - loExp) % every === 0 });
    if (few && e < hiExp) {
      out.push({ value: powerOfTen(e).times(2), major: true });
      out.push({ value: powerOfTen(e).times(5), major: true });
    }
  }
  return out;
}

const log10 = (value: Dec) => Math.log10(toFloat(value));

/**
 * Monthly cost of every strategy over volume as a standalone SVG: log–log axes with units (requests
 * and workload tokens per month, USD per month), one line per strategy, the cheapest envelope
 * highlighted, every change of the cheapest strategy marked and labelled with its volume, a legend,
 * and a title and description for screen readers. Pure: the same report gives the same bytes, in
 * Node and in a browser.
 *
 * @param curve - A curve report (`curve(scenario, { range })`); at least two volumes.
 * @param options - `breakevens` for exact crossover volumes, size and ids.
 * @returns SVG markup (a complete `<svg>` element).
 * @example
 * ```ts
 * const svg = renderCostCurveSvg(curve(defaultScenario()), { breakevens: compare(defaultScenario()).breakevens });
 * svg.startsWith('<svg'); //=> true
 * ```
 * @category Charts
 */
export function renderCostCurveSvg(curve: CurveReport, options: CostCurveSvgOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 420;
  const id = options.id ?? 'tor-cost-curve';
  const run = curve.run;
  const points = curve.points;
  const names = candidateNames(run);
  const ids = names.order.filter((s) => points.some((p) => p.monthly[s] !== undefined));
  const crossovers = envelopeCrossovers(points, run.workloadTokensPerRequest, options.breakevens);
  const title = options.title ?? `Monthly cost by volume: ${run.scenarioName}`;

  // Ranges (log): volumes from the points; costs from every positive value shown.
  const volumes = points.map((p) => p.requestsPerMonth).filter((v) => v.gt(0));
  const costs: Dec[] = [];
  for (const p of points) for (const s of ids) if (p.monthly[s]?.gt(0)) costs.push(p.monthly[s]!);
  for (const c of crossovers) if (c.monthlyCost.gt(0)) costs.push(c.monthlyCost);
  const minOf = (xs: Dec[]) => xs.reduce((m, x) => (x.lt(m) ? x : m));
  const maxOf = (xs: Dec[]) => xs.reduce((m, x) => (x.gt(m) ? x : m));
  const xLo = volumes.length > 0 ? Math.floor(log10(minOf(volumes))) : 0;
  let xHi = volumes.length > 0 ? Math.ceil(log10(maxOf(volumes))) : 1;
  if (xHi <= xLo) xHi = xLo + 1;
  const yLo = costs.length > 0 ? Math.floor(log10(minOf(costs))) : 0;
  let yHi = costs.length > 0 ? Math.ceil(log10(maxOf(costs))) : 1;
  if (yHi <= yLo) yHi = yLo + 1;

  const area = plotArea(width, height, 66);
  const { left, right, top, bottom } = area;
  const xOf = (v: Dec) => left + ((Math.max(log10(v), xLo) - xLo) / (xHi - xLo)) * (right - left);
  const yOf = (c: Dec) =>
    bottom - ((c.gt(0) ? Math.max(log10(c), yLo) - yLo : 0) / (yHi - yLo)) * (bottom - top);

  const asOf =
    run.asOf === null ? `newest prices (routes judged on ${run.evaluatedOn})` : `prices as of ${run.asOf}`;
  const perRequest = formatExact(run.workloadTokensPerRequest);
  const cheapestText = describeEnvelope(points, crossovers);
  const desc = [
    `Line chart, log–log: monthly cost in USD of ${ids.map((s) => names.label(s)).join(', ')} from ${formatExact(volumes[0] ?? points[0]!.requestsPerMonth)} to ${formatExact(volumes[volumes.length - 1] ?? points[0]!.requestsPerMonth)} requests per month (${perRequest} workload tokens per request), ${asOf}.`,
    cheapestText,
    unavailableText(run),
  ]
    .filter((t) => t !== '')
    .join(' ');

  const out: string[] = [
    svgOpen(id, width, height, title, desc),
    ...chartHeading(area, title, `USD per month, ${asOf}; ${perRequest} workload tokens per request`),
    ...chartAxes(area, {
      yTicks: logTicks(yLo, yHi).map((t) => ({
        y: px(yOf(t.value)),
        label: t.major ? compactUsd(t.value) : null,
      })),
      xTicks: logTicks(xLo, xHi).map((t) => ({
        x: px(xOf(t.value)),
        labels: t.major
          ? [compactCount(t.value), compactCount(t.value.times(run.workloadTokensPerRequest))]
          : [],
      })),
      xTitle: 'Requests per month (log scale); grey: workload tokens per month',
      xTitleBelow: 46,
      yTitle: 'USD per month (log scale)',
    }),
  ];

  // The cheapest envelope: a wide pale band under the lines, through the crossovers.
  const envelope: { v: Dec; c: Dec }[] = [];
  for (const p of points) {
    const best = cheapestAt(p.monthly);
    if (best !== null) envelope.push({ v: p.requestsPerMonth, c: p.monthly[best]! });
  }
  for (const c of crossovers) envelope.push({ v: c.requestsPerMonth, c: c.monthlyCost });
  envelope.sort((a, b) => a.v.comparedTo(b.v));
  if (envelope.length > 1) {
    out.push(
      `<path class="envelope" d="${envelope.map((e, i) => `${i === 0 ? 'M' : 'L'}${px(xOf(e.v))} ${px(yOf(e.c))}`).join(' ')}" fill="none" stroke="#000000" stroke-opacity="0.13" stroke-width="11" stroke-linejoin="round" stroke-linecap="round"/>`,
    );
  }

  // One line per strategy; a gap where the volume is over its capacity.
  for (const s of ids) {
    const parts: string[] = [];
    let pen = false;
    for (const p of points) {
      const c = p.monthly[s];
      if (c === undefined || c === null || p.requestsPerMonth.lte(0)) {
        pen = false;
        continue;
      }
      parts.push(`${pen ? 'L' : 'M'}${px(xOf(p.requestsPerMonth))} ${px(yOf(c))}`);
      pen = true;
    }
    out.push(strategyPath(s, ids.indexOf(s), parts));
  }

  // Crossovers: a marker on the envelope, a guide to the axis, the volume in requests and tokens.
  crossovers.forEach((c, i) => {
    const x = xOf(c.requestsPerMonth);
    const y = yOf(c.monthlyCost);
    const labelY = top + 12 + (i % 2) * 26;
    const line1 = `${compactCount(c.requestsPerMonth)} req/mo`;
    const line2 = `${compactCount(c.workloadTokensPerMonth)} tok/mo`;
    const flip = x + 6 + textWidth(line1, 10.5) > right;
    const anchor = flip ? 'end' : 'start';
    const tx = px(flip ? x - 5 : x + 5);
    const full = `${names.label(c.from)} → ${names.label(c.to)} at ${c.exact ? '' : 'about '}${formatAmount(c.requestsPerMonth)} requests/month (${formatAmount(c.workloadTokensPerMonth, 0)} workload tokens/month), ${formatAmount(c.monthlyCost)} USD/month`;
    out.push(
      `<g class="crossover" data-requests="${escapeXml(c.requestsPerMonth.toFixed())}" data-tokens="${escapeXml(c.workloadTokensPerMonth.toFixed())}" data-from="${c.from}" data-to="${c.to}">`,
      `<title>${escapeXml(full)}</title>`,
      `<line x1="${px(x)}" y1="${px(labelY - 10)}" x2="${px(x)}" y2="${bottom}" stroke="#333333" stroke-width="1" stroke-dasharray="2 3"/>`,
      markerCircle(x, y, 5),
      `<text x="${tx}" y="${px(labelY)}" text-anchor="${anchor}" font-size="10.5" font-weight="600" fill="#1b1b1b">${escapeXml(line1)}</text>`,
      `<text x="${tx}" y="${px(labelY + 12)}" text-anchor="${anchor}" font-size="10" fill="#555555">${escapeXml(line2)}</text>`,
      '</g>',
    );
  });

  const mark = options.markRequestsPerMonth;
  if (mark?.gt(0)) {
    const x = xOf(mark);
    const text = `this scenario: ${compactCount(mark)} req/mo`;
    const flip = x + 5 + textWidth(text, 10.5) > right;
    out.push(
      `<g class="volume-mark" data-requests="${escapeXml(mark.toFixed())}">`,
      `<line x1="${px(x)}" y1="${top}" x2="${px(x)}" y2="${bottom}" stroke="#1b1b1b" stroke-width="1.5"/>`,
      `<text x="${px(flip ? x - 5 : x + 5)}" y="${bottom - 8}" text-anchor="${flip ? 'end' : 'start'}" font-size="10.5" fill="#1b1b1b">${escapeXml(text)}</text>`,
      '</g>',
    );
  }

  const marks: LegendEntry[] = [
    {
      label: 'Cheapest',
      swatch: '<line x1="0" y1="4" x2="24" y2="4" stroke="#000000" stroke-opacity="0.13" stroke-width="11"/>',
    },
  ];
  if (crossovers.length > 0) marks.push({ label: 'Cheapest changes', swatch: markerCircle(12, 4, 5) });
  out.push(...chartFooter(area, height, { strategies: ids, marks, below: 64 }, run));
  return `${out.join('\n')}\n`;
}

/**
 * Which strategy is cheapest where, in one sentence: the cost chart's text alternative, also for
 * showing next to it.
 *
 * @param points - The curve's points.
 * @param crossovers - From {@link envelopeCrossovers} on the same points.
 * @category Charts
 */
export function describeEnvelope(
  points: readonly CurvePoint[],
  crossovers: readonly EnvelopeCrossover[],
  names: CandidateNames = KIND_NAMES,
): string {
  const first = points.map((p) => cheapestAt(p.monthly)).find((s) => s !== null);
  if (first === undefined || first === null) return 'No strategy is within capacity at these volumes.';
  if (crossovers.length === 0) return `${names.label(first)} is the cheapest across the range.`;
  const steps = crossovers.map(
    (c) =>
      `${names.label(c.to)} from ${c.exact ? '' : 'about '}${formatAmount(c.requestsPerMonth)} requests/month (${formatAmount(c.workloadTokensPerMonth, 0)} tokens/month)`,
  );
  return `Cheapest: ${names.label(first)} at the low end, then ${steps.join(', then ')}.`;
}
