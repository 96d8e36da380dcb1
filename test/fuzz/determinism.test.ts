import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { safeCompare, safeCurve, safeHorizon } from '../../src/index.js';
import { validScenarios } from './harness.js';

// Determinism across runs: the same scenario gives byte-identical JSON in this process and in a
// fresh one (no dependence on call order, caches, Map iteration or the clock). Node vs the browser
// build is test/browser/determinism.browser-test.ts (`npm run test:browser`).

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

const SCRIPT = `
import { safeCompare, safeCurve, safeHorizon } from './src/index.ts';
import { validScenarios } from './test/fuzz/harness.ts';
const out = validScenarios().reverse().map((s) => [safeCompare(s), safeCurve(s), safeHorizon(s, { months: 24 })].map((r) => JSON.stringify(r)));
process.stdout.write(JSON.stringify(out.reverse()));
`;

function here(): string[][] {
  return validScenarios().map((s) =>
    [safeCompare(s), safeCurve(s), safeHorizon(s, { months: 24 })].map((r) => JSON.stringify(r)),
  );
}

describe('determinism', () => {
  it('the same scenario gives byte-identical JSON on every call', () => {
    expect(here()).toEqual(here());
  });

  it('and in a fresh process that runs the scenarios in reverse order', () => {
    const child = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', SCRIPT], {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(child.stderr).toBe('');
    const fresh = JSON.parse(child.stdout) as string[][];
    const mine = here();
    expect(fresh).toHaveLength(mine.length);
    for (const [i, outputs] of fresh.entries()) expect(outputs).toEqual(mine[i]);
    expect(mine.filter((o) => JSON.parse(o[0]!).success).length).toBeGreaterThanOrEqual(5);
  }, 30_000);
});
