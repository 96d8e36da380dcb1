import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Browser, chromium } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { validScenarios } from '../fuzz/harness.js';

// Determinism across engines: the built ES module gives byte-identical JSON in Node and in Chromium.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`test:browser skipped: ${CHROMIUM} is absent (CI installs Debian's chromium package).`);
}

/**
 * What each side computes: every public calculation on every scenario, as JSON text. Kept as source
 * text so that the very same code runs in Node and in the page (vitest would rewrite a function).
 */
const RUN_ALL = `async (lib, scenarios) => {
  const out = [];
  for (const s of scenarios) {
    out.push(JSON.stringify(lib.safeCompare(s)));
    out.push(JSON.stringify(lib.safeBreakeven(s)));
    out.push(JSON.stringify(lib.safeMultiple(s)));
    out.push(JSON.stringify(lib.safeCurve(s)));
    out.push(JSON.stringify(lib.safeCurve(s, { volumes: [0, 1, 999, 12345, '123456789012345678901'] })));
    out.push(JSON.stringify(lib.safeHorizon(s, { months: 36 })));
  }
  return out;
}`;
const runAll = new Function(`return ${RUN_ALL}`)() as (
  lib: unknown,
  scenarios: unknown[],
) => Promise<string[]>;

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

describe.skipIf(!hasChromium)('determinism: Node and the browser build', () => {
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

  it('gives byte-identical JSON for every calculation on every scenario', async () => {
    const scenarios = validScenarios();
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const inNode = await runAll(lib, scenarios);
    // The same results twice in one process (no hidden state between calls).
    expect(await runAll(lib, scenarios)).toEqual(inNode);

    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(String(e)));
    await page.goto(`${origin}/`);
    const inBrowser = (await page.evaluate(
      `(async () => (${RUN_ALL})(await import('/dist/index.js'), ${JSON.stringify(scenarios)}))()`,
    )) as string[];
    expect(errors).toEqual([]);
    expect(inBrowser).toHaveLength(inNode.length);
    inNode.forEach((json, i) => {
      expect(inBrowser[i], `output ${i}`).toBe(json);
    });
    // At least the default scenario succeeded (not only identical errors).
    expect(JSON.parse(inNode[0]!).success).toBe(true);
  });
});
