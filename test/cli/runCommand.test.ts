import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { flagsOf, inputOf, runCommand, type ScenarioCommandOptions } from '../../src/cli/runCommand.js';
import { isTuneOrRagError, TuneOrRagError } from '../../src/errors.js';
import { SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

const EXAMPLE = join(SCENARIOS, 'example.yaml');
const json = (extra: Partial<ScenarioCommandOptions> = {}): ScenarioCommandOptions => ({
  format: 'json',
  ...extra,
});
const table = { header: ['profile'], rows: [] };
const doc = { title: 'test', blocks: [] };

/** The error `call` throws (the test fails if it returns). */
function thrown(call: () => unknown): unknown {
  try {
    call();
  } catch (error) {
    return error;
  }
  throw new Error('expected a throw');
}

describe('runCommand', () => {
  it('runs every profile and writes the JSON envelope: command, tool, input, runs', () => {
    const text = runCommand(EXAMPLE, json({ set: ['rag.topK=8'] }), {
      command: 'probe',
      run: (scenario) => ({ name: scenario.name }),
      views: () => ({ csv: () => table, doc: () => doc }),
    });
    const out = JSON.parse(text);
    expect(Object.keys(out)).toEqual(['schemaVersion', 'command', 'tool', 'input', 'runs']);
    expect(out.command).toBe('probe');
    expect(out.tool.name).toBe('tune-or-rag');
    expect(out.input).toEqual({
      file: EXAMPLE,
      profiles: ['low', 'base', 'high'],
      set: ['rag.topK=8'],
      asOf: null,
      prices: [],
    });
    // Default run JSON: the profile, then the result's fields.
    expect(out.runs).toEqual([
      { profile: 'low', name: 'Support assistant' },
      { profile: 'base', name: 'Support assistant' },
      { profile: 'high', name: 'Support assistant' },
    ]);
  });

  it('takes a command’s own run JSON and input', () => {
    const out = JSON.parse(
      runCommand(undefined, json(), {
        command: 'probe',
        run: () => ({ n: 1 }),
        input: (loaded) => ({ count: loaded.length }),
        views: () => ({
          runJson: (r, i) => ({ i, profile: r.profile, hasScenario: typeof r.scenario === 'object' }),
          csv: () => table,
          doc: () => doc,
        }),
      }),
    );
    expect(out.input).toEqual({ count: 1 });
    expect(out.runs).toEqual([{ i: 0, profile: null, hasScenario: true }]);
  });

  it('calls views once, after every profile ran, and before anything is rendered', () => {
    const calls: string[] = [];
    const text = runCommand(
      EXAMPLE,
      { format: 'csv' },
      {
        command: 'probe',
        run: (scenario) => {
          calls.push(`run ${scenario.workload.requestsPerMonth}`);
          return {};
        },
        views: (runs) => {
          calls.push(`views ${runs.map((r) => r.profile).join(',')}`);
          return {
            csv: () => {
              calls.push('csv');
              return { header: ['profile'], rows: runs.map((r) => [r.profile]) };
            },
            doc: () => {
              calls.push('doc');
              return doc;
            },
          };
        },
      },
    );
    expect(calls).toEqual([
      expect.stringMatching(/^run /),
      expect.stringMatching(/^run /),
      expect.stringMatching(/^run /),
      'views low,base,high',
      'csv',
    ]);
    expect(text).toBe('profile\r\nlow\r\nbase\r\nhigh\r\n');
  });

  it('an error in views (more engine work) fails before any output', () => {
    const error = thrown(() =>
      runCommand(undefined, json(), {
        command: 'probe',
        run: () => ({}),
        views: () => {
          throw new CliError('usage', 'no views', '--probe');
        },
      }),
    );
    expect(error).toBeInstanceOf(CliError);
    expect((error as CliError).exitCode).toBe(2);
  });

  it('reports an engine error at the flag that set the option, and --as-of only when given', () => {
    const failing = (path: string) => () => {
      throw new TuneOrRagError('invalid_input', 'bad', { path });
    };
    const at = (opts: ScenarioCommandOptions, path: string) => {
      const error = thrown(() =>
        runCommand(undefined, opts, {
          command: 'probe',
          flags: { 'options.samples': '--samples' },
          run: failing(path),
          views: () => ({ csv: () => table, doc: () => doc }),
        }),
      );
      expect(isTuneOrRagError(error)).toBe(true);
      return (error as TuneOrRagError).path;
    };
    expect(at(json(), 'options.samples')).toBe('--samples');
    expect(at(json(), 'options.samples[0]')).toBe('--samples');
    expect(at(json(), 'asOf')).toBe('asOf');
    expect(at(json({ asOf: '2026-11-30' }), 'asOf')).toBe('--as-of');
  });

  it('a usage error in loading (a file and --preset) comes before any run', () => {
    let ran = false;
    const error = thrown(() =>
      runCommand(EXAMPLE, json({ preset: 'scale-up' }), {
        command: 'probe',
        run: () => {
          ran = true;
          return {};
        },
        views: () => ({ csv: () => table, doc: () => doc }),
      }),
    );
    expect((error as CliError).message).toBe('give a scenario file or --preset, not both');
    expect(ran).toBe(false);
  });
});

describe('flagsOf and inputOf', () => {
  it('flagsOf names --as-of only when it was given, beside the command’s own', () => {
    expect(flagsOf({}, { 'options.months': '--months' })).toEqual({ 'options.months': '--months' });
    expect(flagsOf({ asOf: '2026-01-01' })).toEqual({ asOf: '--as-of' });
  });

  it('inputOf: the file (null for the default), profiles, --set, --as-of and --prices', () => {
    expect(inputOf(undefined, {}, [{ profile: null, scenario: {} as never }])).toEqual({
      file: null,
      profiles: [null],
      set: [],
      asOf: null,
      prices: [],
    });
  });
});

describe('the commands built on it', () => {
  it('breakeven names --as-of for a date before the tables, with or without --between (was `asOf` without)', async () => {
    for (const args of [
      ['breakeven', '--as-of', '2026-01-01'],
      ['breakeven', '--between', 'rag,fine-tune', '--as-of', '2026-01-01'],
    ]) {
      const result = await runMain(args);
      expect(result.code).toBe(1);
      expect(result.stdout).toBe('');
      expect(result.stderr).toMatch(/^error \[no_price_at_date\] at --as-of: /);
    }
  });

  it('recommend keeps its own JSON input: file, preset, profiles', async () => {
    const result = await runMain(['recommend', '--preset', 'scale-up', '-f', 'json']);
    expect(result.code).toBe(0);
    expect(JSON.parse(result.stdout).input).toEqual({ file: null, preset: 'scale-up', profiles: [null] });
  });

  it('compare --volumes: a bad volume is a usage error before anything runs (exit 2)', async () => {
    const result = await runMain(['compare', '--volumes', '1e4,x']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error [usage] at --volumes: --volumes expects a whole number such as 1000 or 1e6; got `x`\n',
    );
  });
});
