import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distBrowser, hasChromium, ROOT } from './helpers/distPage.js';

// The charts are pure: the built report entry draws byte-identical SVG in Node and in Chromium.

/** Every chart of a few scenarios, as text; kept as source so the same code runs on both sides. */
const DRAW_ALL = `async (lib, report) => {
  const out = [];
  const base = lib.defaultScenario();
  const scenarios = [
    { ...base, asOf: '2026-11-01' },
    { ...base, asOf: '2026-11-01', name: 'Tom & Jerry <script>alert(1)</script> "quoted"', workload: { ...base.workload, requestsPerMonth: 1234567 } },
    { ...base, asOf: '2027-02-01', horizonMonths: 24 },
  ];
  for (const s of scenarios) {
    const result = lib.safeCompare(s);
    if (!result.success) { out.push(result.error.message); continue; }
    const volumes = report.volumesAround(result.data.run.requestsPerMonth).map((v) => v.toFixed());
    out.push(report.renderCostCurveSvg(lib.curve(s, { volumes }), { breakevens: result.data.breakevens, markRequestsPerMonth: result.data.run.requestsPerMonth }));
    out.push(report.renderCostCurveSvg(lib.curve(s)));
    out.push(report.renderHorizonSvg(lib.horizon(s)));
    out.push(report.renderHtml(report.compareToDoc([{ profile: null, result: result.data }])));
  }
  return out;
}`;
const drawAll = new Function(`return ${DRAW_ALL}`)() as (lib: unknown, report: unknown) => Promise<string[]>;

describe.skipIf(!hasChromium)('charts: Node and the browser build', () => {
  const browser = distBrowser('tune-or-rag chart determinism');

  it('draws byte-identical SVG and HTML', async () => {
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const report = await import(pathToFileURL(path.join(ROOT, 'dist/report.js')).href);
    const inNode = await drawAll(lib, report);
    expect(inNode.filter((s) => s.startsWith('<svg')).length).toBeGreaterThanOrEqual(6);
    expect(inNode.join('')).not.toContain('<script>alert');

    const { page, errors } = await browser.open();
    const inBrowser = (await page.evaluate(
      `(async () => (${DRAW_ALL})(await import('/dist/index.js'), await import('/dist/report.js')))()`,
    )) as string[];
    expect(errors).toEqual([]);
    expect(inBrowser).toHaveLength(inNode.length);
    inNode.forEach((text, i) => {
      expect(inBrowser[i], `output ${i}`).toBe(text);
    });
    // Each SVG parses as XML in the browser, with its accessible name.
    const parsed = (await page.evaluate(
      `(${JSON.stringify(inNode.filter((s) => s.startsWith('<svg')))}).map((s) => {
        const doc = new DOMParser().parseFromString(s, 'image/svg+xml');
        return doc.querySelector('parsererror') ? 'error' : doc.documentElement.querySelector('title').textContent;
      })`,
    )) as string[];
    expect(parsed).not.toContain('error');
    expect(parsed).toContain('Monthly cost by volume: Tom & Jerry <script>alert(1)</script> "quoted"');
  });
});
