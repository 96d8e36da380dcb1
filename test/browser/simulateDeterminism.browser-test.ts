import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { distBrowser, hasChromium, ROOT } from './helpers/distPage.js';

// The Monte Carlo is reproducible across engines: the same seed gives byte-identical JSON from the
// built ES module in Node and in Chromium (our own PRNG and +−×÷-only math; Decimal after the draw).

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

describe.skipIf(!hasChromium)('Monte Carlo determinism: Node and the browser build', () => {
  const browser = distBrowser('tune-or-rag determinism');

  it('gives byte-identical simulate and sensitivity JSON for the same seed', async () => {
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const inNode = await runIt(lib);
    const { page, errors } = await browser.open();
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
