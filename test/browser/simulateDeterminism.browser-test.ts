import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// The Monte Carlo is reproducible across engines: the same seed gives byte-identical JSON from the
// built ES module in Node and in Chromium (our own PRNG and +−×÷-only math; Decimal after the draw).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`test:browser skipped: ${CHROMIUM} is absent (CI installs Debian's chromium package).`);
}

const RUN = `async (lib) => {
  const base = lib.defaultScenario();
  const scenario = { ...base, uncertainty: {
    'workload.requestsPerMonth': { dist: 'triangular', low: 50000, mode: 115000, high: 400000 },
    'strategies.rag.generation.cachedPrefixHitRate': { dist: 'uniform', low: '0.3', high: '0.9' },
    'fine-tune.training.epochs': { dist: 'discrete', values: [1, 2, 3, 4] },
    'workload.outputTokens': { dist: 'lognormal', low: 150, high: 600 },
    'rag.topK': { low: 3, base: 5, high: 8 },
  } };
  return [
    JSON.stringify(lib.simulate(scenario, { samples: 3000, seed: 20261130 })),
    JSON.stringify(lib.sensitivity(scenario)),
  ];
}`;
const runIt = new Function(`return ${RUN}`)() as (lib: unknown) => Promise<string[]>;

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
};
const PAGE = `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({
  imports: {
    'decimal.js': '/node_modules/decimal.js/decimal.mjs',
    'zod/mini': '/node_modules/zod/mini/index.js',
  },
})}</script><title>tune-or-rag determinism</title>`;

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
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] ?? 'application/octet-stream' });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)));
}

describe.skipIf(!hasChromium)('Monte Carlo determinism: Node and the browser build', () => {
  let server: Server;
  let browser: Browser;
  let origin: string;

  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/index.js'))) {
      throw new Error('dist/index.js is missing: run `npm run build` before `npm run test:browser`');
    }
    server = await serve();
    origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('gives byte-identical simulate and sensitivity JSON for the same seed', async () => {
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const inNode = await runIt(lib);
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    const inBrowser = (await page.evaluate(
      `(async () => (${RUN})(await import('/dist/index.js')))()`,
    )) as string[];
    expect(errors).toEqual([]);
    expect(inBrowser).toEqual(inNode);
    // A real run, not two identical errors: every input drawn, percentiles present.
    const result = JSON.parse(inNode[0]!);
    expect(result.samples).toBe(3000);
    expect(result.strategies[0].monthlyCost.p50).toMatch(/^\d+\.\d+$/);
  });
});
