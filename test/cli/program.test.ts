import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type CliRun, SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

// Most tests run the CLI's main() in this process (what the bundle runs, without a build or a
// spawn); the "built bundle" block at the end runs the bundle itself as a subprocess.
const run = (...args: string[]): Promise<CliRun> => runMain(args, { cwd: SCENARIOS });

function ok(result: CliRun): string {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

// The golden outputs of each command are in test/cli/commands/<module>.test.ts, which call the
// command functions directly; this file runs program.ts's main() in-process for what only the whole program shows (parsing,
// exit codes, --out, --help); main.test.ts runs the built bundle, whose entry is main.ts.

describe('output properties', () => {
  it('every table line fits 100 columns', async () => {
    for (const args of [
      ['compare', 'example.yaml'],
      ['explain', 'example.yaml'],
      ['breakeven', 'example.yaml'],
      [
        'sweep',
        'example.yaml',
        '--vary',
        'requestsPerMonth=1e3..1e9:log:5',
        '--vary',
        'rag.topK=3,5',
        '--vary',
        'horizonMonths=6,12',
      ],
      ['curve', 'example.yaml'],
      ['horizon', 'example.yaml'],
      ['prices'],
      ['vendors'],
    ]) {
      // URLs are never broken (they must stay clickable); every other line fits.
      for (const line of ok(await run(...args)).split('\n')) {
        if (!line.includes('https://'))
          expect(line.length, `${args.join(' ')}: ${line}`).toBeLessThanOrEqual(100);
      }
    }
    // Eight commands in a row, in-process: still allow for a loaded machine.
  }, 30_000);

  it('JSON carries schemaVersion, decimal strings and the merged scenario', async () => {
    const json = JSON.parse(
      ok(await run('compare', 'example.yaml', '-p', 'high', '-f', 'json', '--set', 'rag.topK=6')),
    );
    expect(json.schemaVersion).toBe(1);
    expect(json.command).toBe('compare');
    expect(json.runs[0].profile).toBe('high');
    expect(json.runs[0].scenario.strategies.rag.topK).toBe('6');
    expect(json.runs[0].scenario.workload.requestsPerMonth).toBe(2000000);
    expect(typeof json.runs[0].strategies[0].monthlyTotal).toBe('string');
    expect(json.runs[0].strategies[0].monthlyTotal).toMatch(/^\d+(\.\d+)?$/);
  });

  it('YAML and the equivalent JSON give the same run', async () => {
    const yamlRun = JSON.parse(ok(await run('compare', 'example.yaml', '-p', 'base', '-f', 'json')));
    const dir = mkdtempSync(join(tmpdir(), 'tor-json-'));
    const file = join(dir, 'same.json');
    const { profiles: _p, ...base } = yamlRun.runs[0].scenario;
    writeFileSync(file, JSON.stringify(base));
    const jsonRun = JSON.parse(ok(await run('compare', file, '-f', 'json')));
    expect(jsonRun.runs[0].strategies).toEqual(yamlRun.runs[0].strategies);
    expect(jsonRun.runs[0].breakevens).toEqual(yamlRun.runs[0].breakevens);
  });

  it('CSV neutralises formula cells but keeps negative numbers', async () => {
    const csv = ok(await run('compare', 'injection.yaml', '-f', 'csv'));
    const lines = csv.split('\r\n');
    expect(lines[0]!.startsWith('profile,strategy,')).toBe(true);
    expect(csv).toContain("'@SUM(A1:A2)");
    expect(csv).toContain("'-1+2");
    expect(csv).toContain("'+cmd");
    expect(csv).not.toMatch(/(^|,)[=+@]/m);
    expect(csv).not.toMatch(/(^|,)-(?!\d+(\.\d+)?(,|\r?$))/m);
    const diffDir = mkdtempSync(join(tmpdir(), 'tor-neg-'));
    const a = join(diffDir, 'a.json');
    const b = join(diffDir, 'b.json');
    ok(await run('compare', 'single.json', '-f', 'json', '-o', a));
    ok(await run('compare', 'single.json', '--set', 'requestsPerMonth=1000', '-f', 'json', '-o', b));
    const diff = ok(await run('diff', a, b, '-f', 'csv'));
    expect(diff).toMatch(/,-\d+(\.\d+)?,/);
  });

  it('sweeps 10 × 10 × 100 points', async () => {
    const out = await run(
      'sweep',
      'example.yaml',
      '-p',
      'base',
      '--vary',
      'rag.topK=1..10:step:1',
      '--vary',
      'fine-tune.training.epochs=1..10:lin:10',
      '--vary',
      'requestsPerMonth=1e3..1e9:log:100',
      '-f',
      'csv',
    );
    expect(out.stderr).toBe('');
    expect(out.code).toBe(0);
    const lines = out.stdout.trimEnd().split('\r\n');
    expect(lines).toHaveLength(1 + 10 * 10 * 100);
    expect(lines[0]).toContain('rag.topK,fine-tune.training.epochs,requestsPerMonth');
  }, 60_000);

  it('--out writes the file, and nothing on failure', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-out-'));
    const out = join(dir, 'run.csv');
    const result = await run('compare', 'single.json', '-f', 'csv', '-o', out);
    expect(result.code).toBe(0);
    expect(result.stdout).toBe('');
    expect(readFileSync(out, 'utf8')).toBe(ok(await run('compare', 'single.json', '-f', 'csv')));
    const failed = join(dir, 'failed.csv');
    expect((await run('compare', 'bad-field.yaml', '-o', failed)).code).toBe(1);
    expect((await run('sweep', 'example.yaml', '--vary', 'rag.topK=0,1', '-o', failed)).code).toBe(1);
    expect(existsSync(failed)).toBe(false);
    writeFileSync(failed, 'previous');
    expect((await run('compare', 'missing.yaml', '-o', failed)).code).toBe(1);
    expect(readFileSync(failed, 'utf8')).toBe('previous');
    expect(readdirSync(dir).sort()).toEqual(['failed.csv', 'run.csv']);
  });

  it('init writes once and refuses to overwrite without --force; the file validates', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-init-'));
    const first = await runMain(['init'], { cwd: dir });
    expect(first.code).toBe(0);
    const again = await runMain(['init'], { cwd: dir });
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      'error [file_exists] at scenario.yaml: the file exists; pass --force to overwrite it\n',
    );
    expect((await runMain(['init', '--force'], { cwd: dir })).code).toBe(0);
    const valid = await runMain(['validate', 'scenario.yaml'], { cwd: dir });
    expect(valid.code).toBe(0);
    expect(valid.stdout).toContain('ok: scenario.yaml: 4 strategies');
  });
});

describe('errors: one line, the right exit code, never a stack', () => {
  const cases: [string, string[], number, string][] = [
    ['unknown command', ['frobnicate'], 2, "error [usage]: unknown command 'frobnicate' (see --help)\n"],
    ['unknown option', ['compare', '--colour'], 2, "error [usage]: unknown option '--colour' (see --help)\n"],
    ['bad format', ['compare', '-f', 'xml'], 2, 'error [usage]: option '],
    [
      'svg where there is no chart',
      ['sweep', '--vary', 'requestsPerMonth=1e3,1e4', '-f', 'svg'],
      2,
      'error [usage] at --format: --format svg is offered by curve, horizon and compare',
    ],
    [
      'bad --vary',
      ['sweep', '--vary', 'requestsPerMonth=1..5'],
      2,
      'error [usage] at --vary: --vary requestsPerMonth=1..5: say how to fill the range',
    ],
    [
      'bad --vary number',
      ['sweep', '--vary', 'requestsPerMonth=a..b:log:3'],
      2,
      'error [usage] at --vary: `a` is not a number',
    ],
    ['sweep without --vary', ['sweep'], 2, 'error [usage] at --vary: sweep needs at least one --vary'],
    [
      'too many points',
      ['sweep', '--vary', 'requestsPerMonth=1..1e9:log:100000', '--vary', 'rag.topK=1..20:step:1'],
      2,
      'error [usage] at --vary: the sweep has ',
    ],
    ['bad --set', ['compare', '--set', 'rag.topK'], 2, 'error [usage] at --set: --set expects path=value'],
    [
      'bad --between',
      ['breakeven', '--between', 'rag'],
      2,
      'error [usage] at --between: --between expects two strategies',
    ],
    [
      'missing file',
      ['compare', 'missing.yaml'],
      1,
      'error [read_failed] at missing.yaml: cannot read the file: no such file\n',
    ],
    [
      'bad field',
      ['compare', 'bad-field.yaml'],
      1,
      'error [invalid_input] at strategies.promptOnly: invalid scenario: unknown field(s) `fewshot`',
    ],
    [
      'bad value via --set',
      ['compare', '--set', 'rag.topK=2.5'],
      1,
      'error [invalid_input] at strategies.rag.topK: ',
    ],
    [
      'unknown vendor',
      ['compare', '--set', 'rag.generation.vendor=nope'],
      1,
      'error [unknown_vendor] at strategies.rag.generation.vendor: no price table for vendor "nope"',
    ],
    [
      'unknown profile',
      ['compare', 'example.yaml', '-p', 'mid'],
      1,
      'error [unknown_profile] at --profile: no profile "mid" in example.yaml; profiles: low, base, high\n',
    ],
    [
      'duplicate key',
      ['compare', 'duplicate-key.yaml'],
      1,
      'error [duplicate_key] at duplicate-key.yaml:3:1: Map keys must be unique',
    ],
    [
      'alias bomb',
      ['compare', 'alias-bomb.yaml'],
      1,
      'error [alias_limit] at alias-bomb.yaml: alias-bomb.yaml: too many aliases',
    ],
    [
      'proto key',
      ['compare', 'proto-key.yaml'],
      1,
      'error [forbidden_key] at strategies.rag.__proto__: proto-key.yaml: the key `__proto__` is not allowed',
    ],
    [
      'proto path in --set',
      ['compare', '--set', 'constructor.x=1'],
      1,
      'error [forbidden_key] at constructor.x: `constructor` cannot be part of a field path\n',
    ],
    ['syntax error', ['compare', 'syntax-error.yaml'], 1, 'error [invalid_yaml] at syntax-error.yaml:'],
    [
      'sweep point error',
      ['sweep', 'example.yaml', '-p', 'base', '--vary', 'rag.topK=5,0'],
      1,
      'error [invalid_input] at strategies.rag.topK: ',
    ],
    [
      'diff of a non-run',
      ['diff', 'single.json', 'single.json'],
      1,
      'error [invalid_run_file] at single.json: not a saved compare run',
    ],
    [
      'prices of an unknown vendor',
      ['prices', 'nope'],
      1,
      'error [unknown_vendor] at vendor: no price table for vendor "nope"',
    ],
    ['no command', [], 2, ''],
  ];
  it.each(cases)('%s', async (_name, args, code, message) => {
    const result = await run(...args);
    expect(result.code).toBe(code);
    expect(result.stdout).toBe(code === 2 && args.length === 0 ? '' : '');
    if (message !== '') expect(result.stderr.startsWith(message), result.stderr).toBe(true);
    expect(result.stderr).not.toMatch(/\n\s+at /);
    if (args.length > 0) expect(result.stderr.trimEnd().split('\n')).toHaveLength(1);
  });

  it('--help exits 0 and shows the examples', async () => {
    const help = await run('--help');
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('tune-or-rag init');
    const sweep = await run('sweep', '--help');
    expect(sweep.code).toBe(0);
    expect(sweep.stdout).toContain('requestsPerMonth=1e3..1e9:log:25');
  });

  it('validate lists every issue, one per line', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-val-'));
    writeFileSync(
      join(dir, 'two.yaml'),
      'version: 1\nworkload: { requestsPerMonth: -1, instructionTokens: 1, inputTokens: x, outputTokens: 1 }\nstrategies: {}\n',
    );
    const result = await runMain(['validate', 'two.yaml'], { cwd: dir });
    expect(result.code).toBe(1);
    const lines = result.stderr.trimEnd().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines) expect(line).toMatch(/^error \[invalid_input\] at workload\.\w+: /);
  });
});
