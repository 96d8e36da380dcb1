import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build, type Plugin } from 'esbuild';
import { describe, expect, it } from 'vitest';

// What a web page pays for each entry: the built files (dist/) bundled for the browser with their
// dependencies, minified, gzipped. Any Node built-in fails the bundle. `UPDATE_SIZES=1` rewrites
// docs/bundle-size.md; raise a budget only in the commit that causes the growth, and say why.

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
const DOC = path.join(ROOT, 'docs/bundle-size.md');

/**
 * Gzip budgets in bytes. Raised on 2026-11-30 when the reliability checks (options read once, input
 * limits), currencies and the FOCUS projection joined the core: 53.1 KB measured for core. Raised
 * again for issue 14 (simulate and sensitivity in the core, as `compare` is: the uncertainty schema,
 * path catalogue, sampler, compiled models, exact percentiles): core 53.1 → 62.0 KB; with the
 * report entry (its tables and the tornado chart) 78.4 KB; with the bundled prices 130.5 KB.
 * Raised again on 2026-11-30 when four branches met on main (candidates and the envelope,
 * capacity sizing, lifecycle/recommend/presets, simulate/sensitivity): core measured 74.1 KiB
 * (75,913 B), the bundled entry 140.2 KiB; then recommend, presets, simulate and sensitivity moved
 * to their own entry, `tune-or-rag/decide`: core 62.3 KiB, decide (with the core it uses) 66.4 KiB.
 */
const BUDGETS: Readonly<Record<string, number>> = {
  'tune-or-rag/core': 66_000,
  'tune-or-rag/decide': 71_000,
  'tune-or-rag/report': 32_000,
  'tune-or-rag/core + tune-or-rag/report': 94_500,
  'tune-or-rag/pricing': 88_000,
  'tune-or-rag (core + bundled prices)': 148_000,
};

const ENTRIES: Readonly<Record<string, string>> = {
  'tune-or-rag/core': "export * from './dist/core.js';",
  'tune-or-rag/decide': "export * from './dist/decide.js';",
  'tune-or-rag/report': "export * from './dist/report.js';",
  'tune-or-rag/core + tune-or-rag/report':
    "export * as core from './dist/core.js'; export * as report from './dist/report.js';",
  'tune-or-rag/pricing': "export * from './dist/pricing.js';",
  'tune-or-rag (core + bundled prices)': "export * from './dist/index.js';",
};

/** Fails on any import of a Node built-in (`fs`, `node:path`, …), naming the importer. */
const noNodeBuiltins: Plugin = {
  name: 'no-node-builtins',
  setup(b) {
    b.onResolve({ filter: /.*/ }, (args) => {
      if (isBuiltin(args.path)) {
        return { errors: [{ text: `Node built-in "${args.path}" imported by ${args.importer}` }] };
      }
      return undefined;
    });
  },
};

async function measure(source: string): Promise<{ raw: number; gzip: number }> {
  const result = await build({
    stdin: { contents: source, resolveDir: ROOT, loader: 'js' },
    bundle: true,
    platform: 'browser',
    format: 'esm',
    target: 'es2022',
    minify: true,
    write: false,
    logLevel: 'silent',
    plugins: [noNodeBuiltins],
  });
  const bytes = result.outputFiles[0]!.contents;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
}

function sizesDoc(sizes: Readonly<Record<string, { raw: number; gzip: number }>>): string {
  const kb = (n: number) => `${(n / 1024).toFixed(1)} KiB`;
  return [
    '# Bundle sizes',
    '',
    'What a web page pays for each entry: the built package bundled for the browser with its',
    'dependencies (decimal.js, zod/mini), esbuild `platform=browser`, minified, then gzip level 9.',
    'Measured and checked against the budgets by `test/browser/bundle.browser-test.ts` (part of',
    '`npm test`); `UPDATE_SIZES=1 npm run test:browser` rewrites this page.',
    '',
    '| entry | minified | gzip | gzip budget |',
    '| --- | ---: | ---: | ---: |',
    ...Object.entries(sizes).map(
      ([name, s]) => `| \`${name}\` | ${kb(s.raw)} | ${kb(s.gzip)} | ${kb(BUDGETS[name]!)} |`,
    ),
    '',
    'The bundled price tables are what makes `tune-or-rag` larger than `tune-or-rag/core`: a page that',
    'loads its own prices imports `tune-or-rag/core` and `createPricingRegistry`.',
    '',
  ].join('\n');
}

describe('browser bundles and size budgets', () => {
  it('bundles every entry for the browser without a Node built-in, within its gzip budget', async () => {
    if (!existsSync(path.join(ROOT, 'dist/report.js'))) {
      throw new Error('dist/ is missing: run `npm run build` before `npm run test:browser`');
    }
    const sizes: Record<string, { raw: number; gzip: number }> = {};
    for (const [name, source] of Object.entries(ENTRIES)) sizes[name] = await measure(source);
    for (const [name, s] of Object.entries(sizes)) {
      expect(s.gzip, `${name}: ${s.gzip} gzip bytes > budget ${BUDGETS[name]}`).toBeLessThanOrEqual(
        BUDGETS[name]!,
      );
    }
    const doc = sizesDoc(sizes);
    if (process.env.UPDATE_SIZES === '1') writeFileSync(DOC, doc);
    // The page lists every entry; its figures stay within 10% of what is measured.
    const written = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '';
    for (const [name, s] of Object.entries(sizes)) {
      const row = written.split('\n').find((l) => l.startsWith(`| \`${name}\` |`));
      expect(row, `docs/bundle-size.md lists ${name} (UPDATE_SIZES=1 npm run test:browser)`).toBeDefined();
      const shown = Number(/\| ([\d.]+) KiB \| [\d.]+ KiB \|$/.exec(row!)?.[1]) * 1024;
      expect(Math.abs(shown - s.gzip) / s.gzip, `${name}: docs/bundle-size.md is out of date`).toBeLessThan(
        0.1,
      );
    }
  });

  it('fails on a Node built-in', async () => {
    await expect(
      measure("import { readFileSync } from 'node:fs'; export const f = readFileSync;"),
    ).rejects.toThrow(/Node built-in "node:fs"/);
  });
});
