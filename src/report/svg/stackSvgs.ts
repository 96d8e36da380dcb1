import { escapeXml } from './svgMarkup.js';

/** Reads the width and height of a chart our renderers made. */
function sizeOf(svg: string): { width: number; height: number } {
  const m = /^<svg [^>]*width="(\d+)" height="(\d+)"/.exec(svg);
  return { width: Number(m?.[1] ?? 640), height: Number(m?.[2] ?? 420) };
}

/**
 * Several charts (one per scenario profile) stacked in one SVG document, top to bottom: one file for
 * `--format svg`. A single chart is returned unchanged.
 *
 * @param charts - Complete `<svg>` elements from the chart renderers.
 * @param title - The accessible name of the whole.
 * @category Charts
 */
export function stackSvgs(charts: readonly string[], title: string): string {
  if (charts.length === 1) return charts[0]!;
  const sizes = charts.map(sizeOf);
  const width = Math.max(...sizes.map((s) => s.width));
  const height = sizes.reduce((sum, s) => sum + s.height, 0);
  const out = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="group">`,
    `<title>${escapeXml(title)}</title>`,
  ];
  let y = 0;
  charts.forEach((chart, i) => {
    out.push(chart.replace(/\n$/, '').replace(/^<svg /, `<svg y="${y}" `));
    y += sizes[i]!.height;
  });
  out.push('</svg>');
  return `${out.join('\n')}\n`;
}
