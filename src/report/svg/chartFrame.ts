import type { RunInfo } from '../../calculate.js';
import type { CandidateId } from '../../model/types.js';
import { candidateNames } from '../candidateNames.js';
import {
  escapeXml,
  type LegendEntry,
  lineSwatch,
  px,
  renderLegend,
  styleOf,
  unavailableNote,
} from './svgMarkup.js';

/**
 * The frame every chart shares: plot area, heading, grid and axes, one line per strategy, the
 * legend and the closing note. The charts differ in their scales and marks, not in these.
 */

/** Where the data is drawn, in px: the axes run along `left` and `bottom`. */
export interface PlotArea {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** The plot area of a `width` × `height` chart whose y labels need `left` px. */
export function plotArea(width: number, height: number, left: number): PlotArea {
  return { left, right: width - 18, top: 58, bottom: height - 104 };
}

/** The visible title and the line under it (units, prices date). */
export function chartHeading(area: PlotArea, title: string, subtitle: string): string[] {
  return [
    `<text x="${area.left}" y="24" font-size="15" font-weight="600" fill="#1b1b1b">${escapeXml(title)}</text>`,
    `<text x="${area.left}" y="42" font-size="11" fill="#555555">${escapeXml(subtitle)}</text>`,
  ];
}

/** A grid line across the plot at y (px), labelled on the y axis unless `label` is null. */
export interface YTick {
  readonly y: string;
  readonly label: string | null;
}

/** A grid line across the plot at x (px), with a label under the axis and an optional grey second one. */
export interface XTick {
  readonly x: string;
  readonly labels: readonly [] | readonly [string] | readonly [string, string];
}

export interface AxesOptions {
  readonly yTicks: readonly YTick[];
  readonly xTicks: readonly XTick[];
  /** The x axis title, and how far below the axis it sits (px). */
  readonly xTitle: string;
  readonly xTitleBelow: number;
  readonly yTitle: string;
}

/** The grid, the tick labels, both axis lines and both axis titles, as one `axes` group. */
export function chartAxes(area: PlotArea, options: AxesOptions): string[] {
  const { left, right, top, bottom } = area;
  const out = ['<g class="axes" font-size="10.5" fill="#333333">'];
  for (const { y, label } of options.yTicks) {
    out.push(`<line x1="${left}" y1="${y}" x2="${right}" y2="${y}" stroke="#e3e3e3"/>`);
    if (label !== null)
      out.push(
        `<text x="${left - 6}" y="${y}" text-anchor="end" dominant-baseline="middle">${escapeXml(label)}</text>`,
      );
  }
  for (const { x, labels } of options.xTicks) {
    out.push(`<line x1="${x}" y1="${top}" x2="${x}" y2="${bottom}" stroke="#e3e3e3"/>`);
    const [main, sub] = labels;
    if (main !== undefined)
      out.push(`<text x="${x}" y="${bottom + 15}" text-anchor="middle">${escapeXml(main)}</text>`);
    if (sub !== undefined)
      out.push(
        `<text x="${x}" y="${bottom + 28}" text-anchor="middle" fill="#777777" font-size="9.5">${escapeXml(sub)}</text>`,
      );
  }
  out.push(
    `<line x1="${left}" y1="${bottom}" x2="${right}" y2="${bottom}" stroke="#333333"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${bottom}" stroke="#333333"/>`,
    `<text x="${px((left + right) / 2)}" y="${bottom + options.xTitleBelow}" text-anchor="middle" font-size="11.5">${escapeXml(options.xTitle)}</text>`,
    `<text transform="translate(16,${px((top + bottom) / 2)}) rotate(-90)" text-anchor="middle" font-size="11.5">${escapeXml(options.yTitle)}</text>`,
    '</g>',
  );
  return out;
}

/** A strategy's line through `commands` (SVG path commands), in its colour and dash pattern. */
export function strategyPath(id: CandidateId, index: number, commands: readonly string[]): string {
  const style = styleOf(id, index);
  return `<path class="line" data-strategy="${id}" d="${commands.join(' ')}" fill="none" stroke="${style.colour}" stroke-width="2.5"${style.dash ? ` stroke-dasharray="${style.dash}"` : ''} stroke-linejoin="round"/>`;
}

/** An open marker (white fill, black ring) at a point the chart calls out. */
export function markerCircle(cx: number, cy: number, r: number): string {
  return `<circle cx="${px(cx)}" cy="${px(cy)}" r="${r}" fill="#ffffff" stroke="#000000" stroke-width="2"/>`;
}

/**
 * The end of a chart: the legend (every strategy shown, then the chart's own marks) `below` px under
 * the axis, the note on strategies the run could not price, and the closing tag.
 */
export function chartFooter(
  area: PlotArea,
  height: number,
  legend: {
    readonly strategies: readonly CandidateId[];
    readonly marks: readonly LegendEntry[];
    readonly below: number;
  },
  run: RunInfo,
): string[] {
  const entries: LegendEntry[] = [
    ...legend.strategies.map((s, i) => ({ label: candidateNames(run).label(s), swatch: lineSwatch(s, i) })),
    ...legend.marks,
  ];
  const out = [renderLegend(entries, area.left, area.bottom + legend.below, area.right - area.left)];
  const note = unavailableNote(run, area.left, height - 8);
  if (note !== '') out.push(note);
  out.push('</svg>');
  return out;
}
