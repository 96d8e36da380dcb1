import { formatExact } from '../../_lib/formatExact.js';
import type { HorizonReport } from '../../calculate.js';
import { D, type Dec } from '../../decimal.js';
import { candidateNames } from '../candidateNames.js';
import { formatAmount } from '../renderCompareTable.js';
import {
  chartAxes,
  chartFooter,
  chartHeading,
  markerCircle,
  plotArea,
  strategyPath,
  type XTick,
  type YTick,
} from './chartFrame.js';
import {
  compactUsd,
  escapeXml,
  type LegendEntry,
  px,
  styleOf,
  svgOpen,
  textWidth,
  toFloat,
  unavailableText,
} from './svgMarkup.js';

/** Options of {@link renderHorizonSvg}. */
export interface HorizonSvgOptions {
  /** Width in px (default 640). */
  readonly width?: number;
  /** Height in px (default 420). */
  readonly height?: number;
  /** The element id, and the prefix of its title/desc ids (default `tor-horizon`): unique per page. */
  readonly id?: string;
  /** The visible and accessible title (default: "Cumulative cost by month: <scenario name>"). */
  readonly title?: string;
}

/** A step of 1, 2 or 5 × 10^k giving at most `count` intervals up to `max`. */
function niceStep(max: Dec, count: number): Dec {
  if (max.lte(0)) return new D(1);
  const raw = max.div(count);
  const exponent = Math.floor(Math.log10(toFloat(raw)));
  const base = new D(10).pow(exponent);
  for (const m of [1, 2, 5, 10, 20]) {
    const step = base.times(m);
    if (step.gte(raw)) return step;
  }
  return base.times(50);
}

const MONTH_STEPS = [1, 2, 3, 6, 12, 24, 60, 120, 240];

/**
 * Cumulative cost by month (the cash view) as a standalone SVG: one line per strategy from month 0,
 * every breakeven month marked (the month the cheaper side of a pair changes), and every route
 * closure marked with its date where its line stops. Pure and deterministic, with a title and a
 * description for screen readers.
 *
 * @param horizon - A horizon report (`horizon(scenario, { months })`).
 * @param options - Size and ids.
 * @returns SVG markup (a complete `<svg>` element).
 * @example
 * ```ts
 * renderHorizonSvg(horizon(defaultScenario(), { months: 12 })).includes('<title'); //=> true
 * ```
 * @category Charts
 */
export function renderHorizonSvg(horizon: HorizonReport, options: HorizonSvgOptions = {}): string {
  const width = options.width ?? 640;
  const height = options.height ?? 420;
  const id = options.id ?? 'tor-horizon';
  const run = horizon.run;
  const months = horizon.months;
  const names = candidateNames(run);
  const ids = names.order.filter(
    (s) =>
      months.some((m) => m.cumulative[s] !== undefined) || horizon.closures.some((c) => c.strategy === s),
  );
  const title = options.title ?? `Cumulative cost by month: ${run.scenarioName}`;
  const lastMonth = Math.max(
    1,
    months[months.length - 1]?.month ?? 1,
    ...horizon.closures.map((c) => c.month - 1),
  );
  let max = new D(0);
  for (const m of months) for (const s of ids) if (m.cumulative[s]?.gt(max)) max = m.cumulative[s]!;
  const step = niceStep(max, 5);
  const yMax = max.lte(0) ? step : max.div(step).ceil().times(step);
  const monthStep = MONTH_STEPS.find((s) => lastMonth / s <= 12) ?? Math.ceil(lastMonth / 12);

  const area = plotArea(width, height, 72);
  const { left, right, top, bottom } = area;
  const xOf = (month: number) => left + (month / lastMonth) * (right - left);
  const yMaxF = toFloat(yMax);
  const yOf = (c: Dec) => bottom - (toFloat(c) / yMaxF) * (bottom - top);

  const asOf = run.asOf === null ? `newest prices, starting ${run.evaluatedOn}` : `prices as of ${run.asOf}`;
  const volume = `${formatExact(horizon.requestsPerMonth)} requests/month${horizon.growthPerMonth.isZero() ? '' : `, growing ${horizon.growthPerMonth.times(100).toFixed()}% a month`}`;
  const final = months[months.length - 1];
  const descParts = [
    `Line chart: cumulative cost in USD by month of ${ids.map((s) => names.label(s)).join(', ')} over ${lastMonth} months at ${volume}, ${asOf}; one-time costs fall in the month they are paid.`,
  ];
  if (final !== undefined) {
    descParts.push(
      `After month ${final.month}: ${ids
        .filter((s) => final.cumulative[s] !== undefined)
        .map((s) => `${names.label(s)} ${formatAmount(final.cumulative[s]!)}`)
        .join(', ')} USD; ${names.label(final.leader)} is the cheapest so far.`,
    );
  }
  for (const c of horizon.crossings) {
    descParts.push(
      `Month ${c.month}: ${names.label(c.cheaperFrom)} becomes cheaper than ${names.label(c.cheaperBefore)}.`,
    );
  }
  for (const c of horizon.closures) {
    descParts.push(
      `${names.label(c.strategy)} closes on ${c.error.offering?.date ?? c.monthStarts}: not priced from month ${c.month}.`,
    );
  }

  if (run.unavailable.length > 0) descParts.push(unavailableText(run));
  const yTicks: YTick[] = [];
  for (let v = new D(0); v.lte(yMax); v = v.plus(step)) yTicks.push({ y: px(yOf(v)), label: compactUsd(v) });
  const xTicks: XTick[] = [];
  for (let m = 0; m <= lastMonth; m += monthStep) xTicks.push({ x: px(xOf(m)), labels: [String(m)] });
  const out: string[] = [
    svgOpen(id, width, height, title, descParts.join(' ')),
    ...chartHeading(area, title, `Cumulative USD (cash view), ${volume}, ${asOf}`),
    ...chartAxes(area, {
      yTicks,
      xTicks,
      xTitle: 'Months from the start (end of month)',
      xTitleBelow: 34,
      yTitle: 'Cumulative USD',
    }),
  ];

  // Breakeven months: a guide at the month and its label, staggered so neighbours do not collide.
  horizon.crossings.forEach((c, i) => {
    const x = xOf(c.month);
    const labelY = top + 12 + (i % 3) * 13;
    const text = `Month ${c.month}: ${names.label(c.cheaperFrom)} cheaper than ${names.label(c.cheaperBefore)}`;
    const flip = x + 5 + textWidth(text, 10) > right;
    const at = months.find((m) => m.month === c.month);
    const value = at?.cumulative[c.cheaperFrom];
    out.push(
      `<g class="breakeven-month" data-month="${c.month}" data-from="${c.cheaperFrom}" data-before="${c.cheaperBefore}">`,
      `<title>${escapeXml(`Month ${c.month}: ${names.label(c.cheaperFrom)} becomes cheaper than ${names.label(c.cheaperBefore)} (cumulative)`)}</title>`,
      `<line x1="${px(x)}" y1="${px(labelY + 3)}" x2="${px(x)}" y2="${bottom}" stroke="#333333" stroke-dasharray="2 3"/>`,
      value === undefined ? '' : markerCircle(x, yOf(value), 4.5),
      `<text x="${px(flip ? x - 4 : x + 4)}" y="${px(labelY)}" text-anchor="${flip ? 'end' : 'start'}" font-size="10" fill="#1b1b1b">${escapeXml(text)}</text>`,
      '</g>',
    );
  });

  for (const s of ids) {
    const parts = [`M${px(xOf(0))} ${px(yOf(new D(0)))}`];
    for (const m of months) {
      const c = m.cumulative[s];
      if (c === undefined) break;
      parts.push(`L${px(xOf(m.month))} ${px(yOf(c))}`);
    }
    out.push(strategyPath(s, ids.indexOf(s), parts));
  }

  // Route closures: a cross where the line stops, a guide, and the date.
  horizon.closures.forEach((c, i) => {
    const month = c.month - 1;
    const x = xOf(month);
    const last = months.find((m) => m.month === month)?.cumulative[c.strategy] ?? new D(0);
    const y = yOf(last);
    const date = c.error.offering?.date ?? c.monthStarts;
    const text = `${names.label(c.strategy)} closes ${date}`;
    const labelY = bottom - 8 - (i % 3) * 13;
    const flip = x + 5 + textWidth(text, 10) > right;
    const colour = styleOf(c.strategy, ids.indexOf(c.strategy)).colour;
    out.push(
      `<g class="closure" data-strategy="${c.strategy}" data-month="${c.month}" data-date="${escapeXml(date)}">`,
      `<title>${escapeXml(`${names.label(c.strategy)}: ${c.error.offering?.offering ?? 'the route'} closes on ${date}; not priced from month ${c.month} (starting ${c.monthStarts})`)}</title>`,
      `<line x1="${px(x)}" y1="${px(y)}" x2="${px(x)}" y2="${bottom}" stroke="${colour}" stroke-width="1.5"/>`,
      `<path d="M${px(x - 5)} ${px(y - 5)} L${px(x + 5)} ${px(y + 5)} M${px(x - 5)} ${px(y + 5)} L${px(x + 5)} ${px(y - 5)}" stroke="${colour}" stroke-width="2.5"/>`,
      `<text x="${px(flip ? x - 4 : x + 4)}" y="${px(labelY)}" text-anchor="${flip ? 'end' : 'start'}" font-size="10" font-weight="600" fill="${colour}">${escapeXml(text)}</text>`,
      '</g>',
    );
  });

  const marks: LegendEntry[] = [];
  if (horizon.crossings.length > 0) {
    marks.push({
      label: 'Breakeven month',
      swatch: `<line x1="12" y1="-4" x2="12" y2="12" stroke="#333333" stroke-dasharray="2 3"/>${markerCircle(12, 4, 4.5)}`,
    });
  }
  if (horizon.closures.length > 0) {
    marks.push({
      label: 'Route closes',
      swatch: '<path d="M7 -1 L17 9 M7 9 L17 -1" stroke="#333333" stroke-width="2.5"/>',
    });
  }
  out.push(...chartFooter(area, height, { strategies: ids, marks, below: 58 }, run));
  return `${out.join('\n')}\n`;
}
