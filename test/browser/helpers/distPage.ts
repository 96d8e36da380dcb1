import { existsSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Browser, chromium, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** The repository root (dist/ and node_modules/ are served from here). */
export const ROOT = fileURLToPath(new URL('../../..', import.meta.url));
/** Debian's chromium, the only browser the tests use (never a downloaded one). */
export const CHROMIUM = '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
if (!hasChromium) {
  console.warn(`test:browser skipped: ${CHROMIUM} is absent (CI installs Debian's chromium package).`);
}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.html': 'text/html',
};

/** An empty page whose import map resolves the library's two dependencies to node_modules. */
function pageHtml(title: string): string {
  return `<!doctype html><meta charset="utf-8"><script type="importmap">${JSON.stringify({
    imports: {
      'decimal.js': '/node_modules/decimal.js/decimal.mjs',
      'zod/mini': '/node_modules/zod/mini/index.js',
    },
  })}</script><title>${title}</title>`;
}

/** Serves the page at `/` and, below it, dist/ and the two dependencies only. */
function serve(title: string): Promise<Server> {
  const html = pageHtml(title);
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname === '/') {
      res.writeHead(200, { 'content-type': 'text/html' }).end(html);
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

/**
 * For a `describe` block: serves the built library and launches chromium once (beforeAll), closes
 * both after (afterAll). `open()` gives a fresh page on the served `/` and the errors it throws.
 */
export function distBrowser(title: string): { open(): Promise<{ page: Page; errors: string[] }> } {
  let server: Server | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    if (!existsSync(path.join(ROOT, 'dist/index.js'))) {
      throw new Error('dist/index.js is missing: run `npm run build` before `npm run test:browser`');
    }
    server = await serve(title);
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
    });
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });
  return {
    async open() {
      const page = await browser!.newPage();
      const errors: string[] = [];
      page.on('pageerror', (e) => errors.push(String(e)));
      await page.goto(`http://127.0.0.1:${(server!.address() as AddressInfo).port}/`);
      return { page, errors };
    },
  };
}
