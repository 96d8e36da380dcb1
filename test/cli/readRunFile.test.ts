import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffRuns } from '../../src/analysis/diffRuns.js';
import { SAVED_DECIMAL_CHARS } from '../../src/analysis/savedRun.js';
import { CliError } from '../../src/cli/cliError.js';
import { readRunFile } from '../../src/cli/readRunFile.js';
import { compare, defaultScenario } from '../../src/index.js';
import { renderJsonReport } from '../../src/report/renderJsonReport.js';

const scratch = () => mkdtempSync(join(tmpdir(), 'tor-run-'));

function write(data: unknown): string {
  const file = join(scratch(), 'run.json');
  writeFileSync(file, typeof data === 'string' ? data : JSON.stringify(data));
  return file;
}

/** A run as `compare -f json` saves it (envelope fields the reader ignores included). */
function savedCompare(): Record<string, unknown> {
  const scenario = { ...defaultScenario(), asOf: '2026-11-30' };
  return JSON.parse(
    renderJsonReport({
      command: 'compare',
      tool: { name: 'tune-or-rag', version: '0.0.0' },
      runs: [{ profile: null, scenario, ...compare(scenario) }],
    }),
  );
}

function refusal(file: string): CliError {
  try {
    readRunFile(file);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected readRunFile to throw');
}

describe('readRunFile', () => {
  it('reads a saved compare run: the fields diff reads, and only those', () => {
    const runs = readRunFile(write(savedCompare()));
    expect(runs).toHaveLength(1);
    const [run] = runs;
    expect(run!.profile).toBeNull();
    expect(run!.run.asOf).toBe('2026-11-30');
    expect(run!.strategies.length).toBeGreaterThan(1);
    expect(Object.keys(run!.strategies[0]!).sort()).toEqual(['label', 'lines', 'monthlyTotal', 'strategy']);
    expect(run!.strategies[0]!.monthlyTotal).toMatch(/^\d+(\.\d+)?$/);
    // What it returns is what diffRuns takes: the same run twice changes nothing.
    const diff = diffRuns(runs, runs);
    expect(diff.runs[0]!.facts).toEqual([]);
    expect(diff.runs[0]!.strategies.every((s) => s.change?.isZero())).toBe(true);
  });

  it('names the field that does not match (invalid_run_file, exit 1)', () => {
    const data = savedCompare();
    (data.runs as { strategies: { monthlyTotal: string }[] }[])[0]!.strategies[0]!.monthlyTotal = '12,50';
    const error = refusal(write(data));
    expect(error.code).toBe('invalid_run_file');
    expect(error.exitCode).toBe(1);
    expect(error.message).toMatch(
      /^not a saved compare run \(schemaVersion 1\) at `runs\.0\.strategies\.0\.monthlyTotal`: .*; save runs with `compare --format json --out FILE`$/,
    );
  });

  it('names the limit on a decimal’s length, before any pattern runs over it', () => {
    const data = savedCompare();
    (data.runs as { run: { requestsPerMonth: string } }[])[0]!.run.requestsPerMonth = '9'.repeat(
      SAVED_DECIMAL_CHARS + 1,
    );
    expect(refusal(write(data)).message).toContain(
      `at \`runs.0.run.requestsPerMonth\`: a number with more than ${SAVED_DECIMAL_CHARS} characters;`,
    );
  });

  it('refuses another command’s output, and text that is not JSON', () => {
    expect(refusal(write({ ...savedCompare(), command: 'curve' })).message).toContain('at `command`');
    expect(refusal(write({ ...savedCompare(), schemaVersion: 2 })).message).toContain('at `schemaVersion`');
    const notJson = refusal(write('{"runs": ['));
    expect(notJson.code).toBe('invalid_run_file');
    expect(notJson.message).toBe('not JSON: save runs with `compare --format json --out FILE`');
  });

  it('a missing file is read_failed, naming the file', () => {
    const file = join(scratch(), 'absent.json');
    const error = refusal(file);
    expect(error.code).toBe('read_failed');
    expect(error.path).toBe(file);
    expect(error.message).toBe('cannot read the file: no such file');
  });
});
