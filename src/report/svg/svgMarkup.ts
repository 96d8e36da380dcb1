import { groupThousands } from '../../_lib/formatExact.js';
import type { RunInfo } from '../../calculate.js';
import { D, type Dec } from '../../decimal.js';
import type { CandidateId, StrategyId } from '../../model/types.js';
import { STRATEGY_KINDS } from '../../strategyKinds.js';

/** Escapes text for SVG/XML element content and attribute values (also drops C0 controls XML forbids). */
export function escapeXml(text: string): string {
  return (
    text
      // biome-ignore lint/suspicious/noControlCharactersInRegex: XML 1.0 forbids these characters.
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&#39;')
  );
}

/** A pixel coordinate to one decimal, never `-0`: the same number gives the same bytes everywhere. */
export function px(value: number): string {
  const rounded = Math.round(value * 10) / 10;
  return String(rounded === 0 ? 0 : rounded);
}

const SCALES: readonly [string, string][] = [
  ['1e12', 'T'],
  ['1e9', 'B'],
  ['1e6', 'M'],
  ['1e3', 'K'],
];

/** A count for a chart label, 3 significant digits: `1234567` → `1.23M`, exact in decimal. */
export function compactCount(value: Dec): string {
  const abs = value.abs();
  for (const [scale, suffix] of SCALES) {
    if (abs.gte(scale)) return `${value.div(scale).toSignificantDigits(3).toFixed()}${suffix}`;
  }
  if (value.isInteger()) return value.toFixed();
  return value.toSignificantDigits(3).toFixed();
}

/** A USD amount for a chart label: `$1.23K`, `$0.05`. */
export function compactUsd(value: Dec): string {
  return value.abs().lt(1000)
    ? `$${groupThousands(value.toSignificantDigits(3).toFixed())}`
    : `$${compactCount(value)}`;
}

/** A Decimal as a float for pixel arithmetic only (never for amounts shown). */
export function toFloat(value: Dec): number {
  return value.toNumber();
}

/** 10^exponent as a Decimal (exact). */
export function powerOfTen(exponent: number): Dec {
  return new D(10).pow(exponent);
}

/** How each strategy is drawn: its registry entry's Okabe–Ito colour (distinguishable with every common colour-vision deficiency) plus a dash pattern, so lines differ without colour too. */
export const STRATEGY_STYLES: Readonly<
  Record<StrategyId, { readonly colour: string; readonly dash: string }>
> = /* @__PURE__ */ Object.fromEntries(STRATEGY_KINDS.map((k) => [k.id, k.chartStyle])) as Record<
  StrategyId,
  { readonly colour: string; readonly dash: string }
>;

// Candidates beyond the five kinds: the rest of the Okabe–Ito palette, then the kinds' colours with
// other dashes, so twelve lines still differ by colour or by dash.
const PALETTE: readonly { readonly colour: string; readonly dash: string }[] = [
  { colour: '#0072B2', dash: '' },
  { colour: '#D55E00', dash: '7 4' },
  { colour: '#009E73', dash: '2 3' },
  { colour: '#CC79A7', dash: '9 3 2 3' },
  { colour: '#E69F00', dash: '1 2' },
  { colour: '#56B4E9', dash: '' },
  { colour: '#000000', dash: '4 2' },
  { colour: '#F0E442', dash: '' },
  { colour: '#0072B2', dash: '1 3' },
  { colour: '#D55E00', dash: '' },
  { colour: '#009E73', dash: '8 2' },
  { colour: '#CC79A7', dash: '' },
];

/**
 * How a candidate's line is drawn: its kind's style in the `strategies` form (`fineTune`, `rag`…),
 * else the palette entry of its position among the lines drawn.
 */
export function styleOf(id: CandidateId, index: number): { readonly colour: string; readonly dash: string } {
  return (
    (STRATEGY_STYLES as Readonly<Record<string, { colour: string; dash: string }>>)[id] ??
    PALETTE[Math.max(0, index) % PALETTE.length]!
  );
}

/** One legend entry. */
export interface LegendEntry {
  readonly label: string;
  /** SVG markup of the 24×12 swatch, drawn at the origin. */
  readonly swatch: string;
}

/** Approximate width of 11 px system-ui text, enough to lay out a legend without a DOM. */
export function textWidth(text: string, fontSize = 11): number {
  return text.length * fontSize * 0.56;
}

/** Lays a legend out in rows that fit `width`, starting at (x, y). */
export function renderLegend(entries: readonly LegendEntry[], x: number, y: number, width: number): string {
  const out: string[] = ['<g class="legend" font-size="11">'];
  let cx = x;
  let cy = y;
  for (const entry of entries) {
    const w = 30 + textWidth(entry.label) + 16;
    if (cx > x && cx + w > x + width) {
      cx = x;
      cy += 18;
    }
    out.push(
      `<g transform="translate(${px(cx)},${px(cy)})">${entry.swatch}<text x="30" y="4" dominant-baseline="middle">${escapeXml(entry.label)}</text></g>`,
    );
    cx += w;
  }
  out.push('</g>');
  return out.join('');
}

/** A note naming the strategies a run could not price (closed or not yet open on its date), or nothing. */
export function unavailableNote(run: RunInfo, x: number, y: number): string {
  const text = unavailableText(run);
  if (text === '') return '';
  return `<text class="unavailable" x="${px(x)}" y="${px(y)}" font-size="10.5" fill="#7a4b00">${escapeXml(text)}</text>`;
}

/** The sentence of {@link unavailableNote}, for a chart's description too. */
export function unavailableText(run: RunInfo): string {
  if (run.unavailable.length === 0) return '';
  const names = run.unavailable.map((u) => u.label).join(', ');
  return `Not priced: ${names} cannot be bought on ${run.evaluatedOn} (see the warnings).`;
}

/** A legend swatch for a strategy line. */
export function lineSwatch(id: CandidateId, index: number): string {
  const s = styleOf(id, index);
  return `<line x1="0" y1="4" x2="24" y2="4" stroke="${s.colour}" stroke-width="2.5"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}/>`;
}

/** The root element with its accessible name and description (ids derived from `id`). */
export function svgOpen(id: string, width: number, height: number, title: string, desc: string): string {
  // An XML name: letters first, then letters, digits, `-` and `_`.
  const cleaned = id.replace(/[^A-Za-z0-9_-]/g, '-');
  const safeId = /^[A-Za-z]/.test(cleaned) ? cleaned : `tor-${cleaned}`;
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${safeId}-title ${safeId}-desc" font-family="system-ui, -apple-system, 'Segoe UI', sans-serif" id="${safeId}">`,
    `<title id="${safeId}-title">${escapeXml(title)}</title>`,
    `<desc id="${safeId}-desc">${escapeXml(desc)}</desc>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
  ].join('\n');
}
