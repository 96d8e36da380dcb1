import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliRun, expectGolden, runCli, SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

const run = (...args: string[]): Promise<CliRun> => runMain(args, { cwd: SCENARIOS });

function ok(result: CliRun): string {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

/**
 * The built bundle (dist/cli.cjs as `npm start` runs it) as a subprocess: what in-process runs cannot
 * show: the bundling itself, the shebang-less entry calling main(process.argv), real stdin, and the
 * exit code set on a real process.
 */
describe('the built bundle (subprocess smoke tests)', () => {
  let cli = '';
  const runBundle = (...args: string[]): CliRun => runCli(cli, args);

  beforeAll(async () => {
    cli = await buildCli();
  }, 120_000);

  it('gives the golden output, byte for byte, as main() in-process does', () => {
    expectGolden('compare-single.json', ok(runBundle('compare', 'single.json', '--format', 'json')));
  });

  it('exits 1 with one line on a domain error, 2 on a usage error', () => {
    const missing = runBundle('compare', 'missing.yaml');
    expect(missing.code).toBe(1);
    expect(missing.stderr).toBe('error [read_failed] at missing.yaml: cannot read the file: no such file\n');
    const usage = runBundle('compare', '--colour');
    expect(usage.code).toBe(2);
    expect(usage.stderr).toBe("error [usage]: unknown option '--colour' (see --help)\n");
  });

  it('reads the scenario from stdin with "-"', async () => {
    const text = readFileSync(join(SCENARIOS, 'single.json'), 'utf8');
    const out = runCli(cli, ['compare', '-', '-f', 'csv'], { input: text });
    expect(out.code).toBe(0);
    expect(out.stdout).toBe(ok(await run('compare', 'single.json', '-f', 'csv')));
  });

  it('--version exits 0 with the version', () => {
    const version = runBundle('--version');
    expect(version.code).toBe(0);
    expect(version.stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });
});
