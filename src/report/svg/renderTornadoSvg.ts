import type { SensitivityBar, SensitivityPoint, SensitivityResult } from '../../analysis/sensitivityWith.js';
import { D, type Dec } from '../../decimal.js';
import { shortPath } from '../uncertaintyReport.js';
import { compactCount, escapeXml, px, svgOpen, textWidth, toFloat } from './svgMarkup.js';

/** Options of {@link renderTornadoSvg}. */
export interface TornadoSvgOptions {
  /** Width in px (default 640). */
  readonly width?: number;
  /** The element id, and the prefix of its title/desc ids (default `tor-tornado`). */
  readonly id?: string;
  /** The visible and accessible title (default: "What moves the breakeven: <scenario name>"). */
  readonly title?: string;
  /** Strategy id → name shown (default: the id). */
  readonly labelOf?: (id: string) => string;
  /** Draw the cost ratio instead of the breakeven (default: what the result was ranked by). */
  readonly measure?: 'breakeven' | 'multiple';
}

const LOW_COLOUR = '#0072B2';
const HIGH_COLOUR = '#D55E00';
const ROW = 30;

function pointValue(point: SensitivityPoint, measure: 'breakeven' | 'multiple'): Dec | null {
  if (measure === 'multiple') return point.ratio;
  return point.breakeven.kind === 'crossover' ? point.breakeven.requestsPerMonth : null;
}

function outcomeText(point: SensitivityPoint, labelOf: (id: string) => string): string {
  const b = point.breakeven;
  if (b.kind === 'never') return `never: ${labelOf(b.cheaper)} cheaper`;
  if (b.kind === 'equal') return 'equal';
  return '';
}

/**
 * A tornado chart of a sensitivity result as a standalone SVG: one row per uncertain input, most
 * influential at the top, a bar from the base value to the value at the input's low (blue) and at
 * its high (orange), on a linear axis of the breakeven (requests/month) or of the cost ratio. An
 * end where the pair stops crossing is written out instead of drawn. Pure and deterministic, with a
 * title and a description for screen readers.
 *
 * @param result - A `sensitivity(...)` result.
 * @param options - Size, ids, labels and the measure drawn.
 * @returns SVG markup (a complete `<svg>` element).
 * @example
 * ```ts
 * const tornado = sensitivity({ ...defaultScenario(), uncertainty: { inputTokens: { low: 100, base: 150, high: 400 } } });
 * renderTornadoSvg(tornado).startsWith('<svg'); //=> true
 * ```
 * @category Charts
 */
export function renderTornadoSvg(result: SensitivityResult, options: TornadoSvgOptions = {}): string {
  const measure = options.measure ?? result.rankBy;
  const labelOf = options.labelOf ?? ((id: string) => id);
  const width = options.width ?? 640;
  const id = options.id ?? 'tor-tornado';
  const bars = result.bars;
  const labelWidth = Math.min(260, Math.max(120, ...bars.map((b) => textWidth(shortPath(b.path), 11) + 12)));
  const left = labelWidth + 10;
  const right = width - 20;
  const top = 64;
  const height = top + bars.length * ROW + 60;
  const [a, b] = result.between;
  const what =
    measure === 'breakeven' ? 'breakeven, requests/month' : `cost ratio ${labelOf(a)} ÷ ${labelOf(b)}`;
  const title =
    options.title ??
    `What moves the ${measure === 'breakeven' ? 'breakeven' : 'multiple'}: ${result.run.scenarioName}`;
  const base = pointValue(result.base, measure);
  // The axis spans every drawn value (base included).
  const values: Dec[] = [];
  if (base !== null) values.push(base);
  for (const bar of bars)
    for (const p of [bar.atLow, bar.atHigh]) {
      const v = pointValue(p, measure);
      if (v !== null) values.push(v);
    }
  let min = values[0] ?? new D(0);
  let max = values[0] ?? new D(1);
  for (const v of values) {
    if (v.lt(min)) min = v;
    if (v.gt(max)) max = v;
  }
  if (min.eq(max)) {
    min = min.minus(
      min
        .abs()
        .div(10)
        .plus(measure === 'breakeven' ? 1 : '0.01'),
    );
    max = max.plus(
      max
        .abs()
        .div(10)
        .plus(measure === 'breakeven' ? 1 : '0.01'),
    );
  }
  const lo = toFloat(min);
  const span = toFloat(max) - lo;
  const x = (v: Dec) => left + ((toFloat(v) - lo) / span) * (right - left);
  const fmt = (v: Dec) =>
    measure === 'breakeven' ? compactCount(v) : `${v.toSignificantDigits(3).toFixed()}×`;
  const descParts = bars.map((bar) => describeBar(bar, measure, labelOf, fmt));
  const out: string[] = [
    svgOpen(
      id,
      width,
      height,
      title,
      `Tornado chart of ${what} between ${labelOf(a)} and ${labelOf(b)}; base ${base === null ? outcomeText(result.base, labelOf) : fmt(base)}. ${descParts.join(' ')}`,
    ),
    `<text x="${px(16)}" y="24" font-size="15" font-weight="600">${escapeXml(title)}</text>`,
    `<text x="${px(16)}" y="44" font-size="11" fill="#444">${escapeXml(`${labelOf(a)} vs ${labelOf(b)}: ${what}. Blue: input at its low; orange: at its high.`)}</text>`,
  ];
  const axisY = top + bars.length * ROW + 6;
  out.push(`<line x1="${px(left)}" y1="${axisY}" x2="${px(right)}" y2="${axisY}" stroke="#888"/>`);
  for (let k = 0; k <= 4; k++) {
    const v = min.plus(max.minus(min).times(k).div(4));
    const tx = x(v);
    out.push(
      `<line x1="${px(tx)}" y1="${axisY}" x2="${px(tx)}" y2="${axisY + 4}" stroke="#888"/>`,
      `<text x="${px(tx)}" y="${axisY + 16}" font-size="10" text-anchor="middle" fill="#444">${escapeXml(fmt(v))}</text>`,
    );
  }
  if (base !== null) {
    const bx = x(base);
    out.push(
      `<line class="base" x1="${px(bx)}" y1="${top - 6}" x2="${px(bx)}" y2="${axisY}" stroke="#222" stroke-dasharray="3 3"/>`,
      `<text x="${px(bx)}" y="${top - 10}" font-size="10" text-anchor="middle">${escapeXml(`base ${fmt(base)}`)}</text>`,
    );
  }
  bars.forEach((bar, i) => {
    const y = top + i * ROW;
    out.push(
      `<text x="${px(labelWidth)}" y="${y + ROW / 2 + 4}" font-size="11" text-anchor="end">${escapeXml(shortPath(bar.path))}</text>`,
    );
    for (const [point, colour, side] of [
      [bar.atLow, LOW_COLOUR, 'low'],
      [bar.atHigh, HIGH_COLOUR, 'high'],
    ] as const) {
      const v = pointValue(point, measure);
      if (v === null || base === null) {
        const text = v === null ? outcomeText(point, labelOf) || 'no value' : fmt(v);
        out.push(
          `<text class="${side}" x="${px(side === 'low' ? left + 4 : right - 4)}" y="${y + ROW / 2 + 4}" font-size="10" fill="${colour}" text-anchor="${side === 'low' ? 'start' : 'end'}">${escapeXml(`${side}: ${text}`)}</text>`,
        );
        continue;
      }
      const x0 = Math.min(x(base), x(v));
      const w = Math.max(1, Math.abs(x(v) - x(base)));
      out.push(
        `<rect class="${side}" x="${px(x0)}" y="${y + 6}" width="${px(w)}" height="${ROW - 12}" fill="${colour}" fill-opacity="0.85"><title>${escapeXml(`${bar.path} at its ${side} (${point.value?.toFixed() ?? ''}): ${fmt(v)}`)}</title></rect>`,
      );
    }
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}

function describeBar(
  bar: SensitivityBar,
  measure: 'breakeven' | 'multiple',
  labelOf: (id: string) => string,
  fmt: (v: Dec) => string,
): string {
  const at = (p: SensitivityPoint) => {
    const v = pointValue(p, measure);
    return v === null ? outcomeText(p, labelOf) || 'no value' : fmt(v);
  };
  return `${bar.path}: low ${bar.low.toFixed()} gives ${at(bar.atLow)}, high ${bar.high.toFixed()} gives ${at(bar.atHigh)}.`;
}
