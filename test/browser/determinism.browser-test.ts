import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { validScenarios } from '../fuzz/harness.js';
import { distBrowser, hasChromium, ROOT } from './helpers/distPage.js';

// Determinism across engines: the built ES module gives byte-identical JSON in Node and in Chromium.

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

describe.skipIf(!hasChromium)('determinism: Node and the browser build', () => {
  const browser = distBrowser('tune-or-rag determinism');

  it('gives byte-identical JSON for every calculation on every scenario', async () => {
    const scenarios = validScenarios();
    const lib = await import(pathToFileURL(path.join(ROOT, 'dist/index.js')).href);
    const inNode = await runAll(lib, scenarios);
    // The same results twice in one process (no hidden state between calls).
    expect(await runAll(lib, scenarios)).toEqual(inNode);

    const { page, errors } = await browser.open();
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
