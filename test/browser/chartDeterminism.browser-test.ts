import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The charts are pure: the built report entry draws byte-identical SVG in Node and in Chromium.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);

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

const PAGE = `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({
  imports: {
    'decimal.js': '/node_modules/decimal.js/decimal.mjs',
    'zod/mini': '/node_modules/zod/mini/index.js',
  },
})}</script><title>tune-or-rag chart determinism</title>`;

function serve(): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(PAGE);
      return;
    }
    const file = path.join(ROOT, path.normalize(url.pathname));
    const allowed = ['dist', 'node_modules/decimal.js', 'node_modules/zod'].some((dir) =>
      file.startsWith(path.join(ROOT, dir) + path.sep),
    );
    if (!allowed || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type':
        file.endsWith('.js') || file.endsWith('.mjs') ? 'text/javascript' : 'application/octet-stream',
    });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('charts: Node and the browser build', () => {
  let server: Server;
  let browser: Browser;

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/report.js'))) {
      throw new Error('dist/report.js is missing: run `npm run build` before `npm run test:browser`');
    }
    server = await serve();
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('draws byte-identical SVG and HTML', async () => {
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const report = await import(pathToFileURL(path.join(ROOT, 'dist/report.js')).href);
    const inNode = await drawAll(lib, report);
    expect(inNode.filter((s) => s.startsWith('<svg')).length).toBeGreaterThanOrEqual(6);
    expect(inNode.join('')).not.toContain('<script>alert');

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
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
