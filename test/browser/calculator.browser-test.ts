import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { build } from 'vite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The calculator page (examples/web), built with Vite from the built package and served from
// 127.0.0.1, driven in headless Chromium: every number it shows must be the library's own.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const OUTPUT = path.join(ROOT, 'test-output');
const hasChromium = existsSync(CHROMIUM);

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
};

function serve(dir: string): Promise<Server> {
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const file = path.join(dir, path.normalize(url.pathname === '/' ? '/index.html' : url.pathname));
    if (!file.startsWith(dir + path.sep) || !existsSync(file)) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

// biome-ignore lint/suspicious/noExplicitAny: the built modules, loaded at run time.
type Lib = any;

/** What the page shows: each strategy's exact monthly total, and the scenario it priced. */
async function shown(page: Page) {
  await page.waitForFunction(() => document.body.dataset.state === 'ok');
  const totals = await page.$$eval('#summary [data-field="monthlyTotal"]', (cells) =>
    Object.fromEntries(
      cells.map((c) => [(c.closest('tr') as HTMLElement).dataset.strategy, (c as HTMLElement).dataset.exact]),
    ),
  );
  const scenario = JSON.parse((await page.textContent('#scenario-json')) ?? 'null');
  const crossovers = await page.$$eval('#charts .crossover', (gs) =>
    gs.map((g) => ({
      requests: g.getAttribute('data-requests'),
      from: g.getAttribute('data-from'),
      to: g.getAttribute('data-to'),
    })),
  );
  return { totals, scenario, crossovers };
}

/** The library's answer for the same scenario, in the same shape. */
function expected(lib: Lib, report: Lib, scenario: unknown) {
  const result = lib.compare(scenario);
  const totals = Object.fromEntries(
    result.strategies.map((s: Lib) => [s.strategy, s.monthlyTotal.toFixed()]),
  );
  const c = lib.curve(scenario, {
    volumes: report.volumesAround(result.run.requestsPerMonth).map((v: Lib) => v.toFixed()),
  });
  const crossovers = report
    .envelopeCrossovers(c.points, c.run.workloadTokensPerRequest, result.breakevens)
    .map((x: Lib) => ({ requests: x.requestsPerMonth.toFixed(), from: x.from, to: x.to }));
  const exact = result.breakevens.flatMap((b: Lib) =>
    b.kind === 'crossovers' ? b.crossovers.map((x: Lib) => x.requestsPerMonth.toFixed()) : [],
  );
  return { totals, crossovers, exact };
}

describe.skipIf(!hasChromium)('the calculator page in Chromium', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;
  let lib: Lib;
  let report: Lib;
  const outDir = path.join(tmpdir(), `tune-or-rag-web-${process.pid}`);

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/report.js'))) {
      throw new Error('dist/ is missing: run `npm run build` before `npm run test:browser`');
    }
    await build({
      configFile: path.join(ROOT, 'examples/web/vite.config.ts'),
      build: { outDir, emptyOutDir: true },
      logLevel: 'error',
    });
    lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    report = await import(pathToFileURL(path.join(ROOT, 'dist/report.js')).href);
    server = await serve(outDir);
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  }, 120_000);

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
    rmSync(outDir, { recursive: true, force: true });
  });

  it('shows the library’s numbers as the volume and a vendor change, and restores them from the URL', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    await page.goto(`${origin}/`);
    await page.waitForFunction(() => document.body.dataset.ready === 'true');

    // The default scenario, as the library prices it.
    let now = await shown(page);
    expect(now.scenario.workload.requestsPerMonth).toBe(200000);
    expect(now.totals).toEqual(expected(lib, report, now.scenario).totals);
    expect(Object.keys(now.totals)).toEqual(['fineTune', 'rag', 'promptOnly', 'hybrid']);

    // Volume: typed, then with the slider (log scale: 500 → 10^5).
    await page.fill('#requestsPerMonth', '1000000');
    await page.waitForFunction(() =>
      document.querySelector('#as-of')?.textContent?.includes('1,000,000 requests/month'),
    );
    now = await shown(page);
    expect(now.scenario.workload.requestsPerMonth).toBe(1000000);
    let want = expected(lib, report, now.scenario);
    expect(now.totals).toEqual(want.totals);
    await page.fill('#volume-slider', '500');
    await page.waitForFunction(() =>
      document.querySelector('#as-of')?.textContent?.includes('100,000 requests/month'),
    );
    now = await shown(page);
    expect(now.scenario.workload.requestsPerMonth).toBe(100000);
    want = expected(lib, report, now.scenario);
    expect(now.totals).toEqual(want.totals);

    // The crossover marker: where the library's envelope changes, at an exact breakeven volume.
    expect(now.crossovers.length).toBeGreaterThan(0);
    expect(now.crossovers).toEqual(want.crossovers);
    for (const c of now.crossovers) expect(want.exact).toContain(c.requests);
    expect(await page.textContent('#envelope')).toMatch(
      /^Cheapest: .+ at the low end, then .+ requests\/month/,
    );

    // A vendor: RAG generates with another vendor's model, picked from the listing for the date.
    const before = now.scenario.strategies.rag.generation.vendor;
    const other = await page.$eval(
      '[data-vendor="rag"]',
      (s, current) =>
        Array.from((s as HTMLSelectElement).options)
          .map((o) => o.value)
          .find((v) => v !== current),
      before,
    );
    expect(other).toBeDefined();
    await page.selectOption('[data-vendor="rag"]', other!);
    await page.waitForFunction(
      (vendor) =>
        document.querySelector('#scenario-json')?.textContent?.includes(`"vendor": "${vendor}"`) &&
        JSON.parse(document.querySelector('#scenario-json')!.textContent!).strategies.rag.generation
          .vendor === vendor,
      other,
    );
    now = await shown(page);
    expect(now.scenario.strategies.rag.generation.vendor).toBe(other);
    want = expected(lib, report, now.scenario);
    expect(now.totals).toEqual(want.totals);
    expect(now.crossovers).toEqual(want.crossovers);
    expect(await page.textContent('#as-of')).toMatch(/^Prices as of 2026-11-30 /);

    // An error shows next to the field that caused it, and clears when fixed.
    await page.fill('#outputTokens', 'lots');
    await page.waitForFunction(() => document.body.dataset.state === 'error');
    expect(await page.textContent('[data-path="workload.outputTokens"] .error')).toMatch(
      /outputTokens|number/,
    );
    await page.fill('#outputTokens', '250');
    now = await shown(page);

    mkdirSync(OUTPUT, { recursive: true });
    await page.screenshot({ path: path.join(OUTPUT, 'calculator.png'), fullPage: true });
    await page.screenshot({ path: path.join(OUTPUT, 'calculator-top.png') });

    // The shared URL gives the same state in a fresh page.
    const url = page.url();
    expect(url).toContain('v=100000');
    const again = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
    await again.goto(url);
    await again.waitForFunction(() => document.body.dataset.ready === 'true');
    const restored = await shown(again);
    expect(restored).toEqual(now);
    expect(await again.inputValue('#requestsPerMonth')).toBe('100000');
    expect(await again.inputValue('[data-vendor="rag"]')).toBe(other);
    expect(await again.textContent('#summary')).toBe(await page.textContent('#summary'));
    expect(errors).toEqual([]);
  });
});
