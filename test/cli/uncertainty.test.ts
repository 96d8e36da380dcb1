import { beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type CliRun, expectGolden, runCli } from './helpers/cli.js';

let cli = '';
const run = (...args: string[]): CliRun => runCli(cli, args);

beforeAll(async () => {
  cli = await buildCli();
}, 120_000);

function ok(result: CliRun): string {
  expect(result.stderr).toBe('');
  expect(result.code).toBe(0);
  return result.stdout;
}

describe('tune-or-rag simulate', () => {
  it('table: golden; the same seed gives the same bytes', () => {
    const text = ok(run('simulate', 'uncertain.yaml', '--samples', '2000', '--seed', '7'));
    expectGolden('simulate-uncertain.txt', text);
    expect(ok(run('simulate', 'uncertain.yaml', '--samples', '2000', '--seed', '7'))).toBe(text);
  });

  it('csv and json carry exact decimal strings', () => {
    const csv = ok(run('simulate', 'uncertain.yaml', '-n', '500', '--seed', '1', '-f', 'csv'));
    expectGolden('simulate-uncertain.csv', csv);
    const json = JSON.parse(ok(run('simulate', 'uncertain.yaml', '-n', '500', '-f', 'json')));
    expect(json.command).toBe('simulate');
    const fineTune = json.runs[0].strategies[0];
    expect(typeof fineTune.monthlyCost.p50).toBe('string');
    expect(json.runs[0].percentile).toBe('nearest-rank');
    expect(ok(run('simulate', 'uncertain.yaml', '-n', '100', '-f', 'markdown'))).toContain('| Strategy |');
  });

  it('refuses bad flags (exit 2) and a scenario without uncertainty (exit 1)', () => {
    const bad = run('simulate', 'uncertain.yaml', '--samples', 'many');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('--samples');
    const none = run('simulate');
    expect(none.code).toBe(1);
    expect(none.stderr).toContain('uncertainty');
  });
});

describe('tune-or-rag sensitivity', () => {
  it('table and csv: golden, ranked', () => {
    expectGolden('sensitivity-uncertain.txt', ok(run('sensitivity', 'uncertain.yaml')));
    expectGolden('sensitivity-uncertain.csv', ok(run('sensitivity', 'uncertain.yaml', '-f', 'csv')));
  });

  it('svg: a tornado chart, golden', () => {
    const svg = ok(run('sensitivity', 'uncertain.yaml', '-f', 'svg'));
    expect(svg.startsWith('<svg')).toBe(true);
    expectGolden('sensitivity-uncertain.svg', svg);
  });

  it('--between and --rank-by', () => {
    const json = JSON.parse(
      ok(
        run(
          'sensitivity',
          'uncertain.yaml',
          '--between',
          'rag,fine-tune',
          '--rank-by',
          'multiple',
          '-f',
          'json',
        ),
      ),
    );
    expect(json.runs[0].between).toEqual(['rag', 'fineTune']);
    expect(json.runs[0].rankBy).toBe('multiple');
    expect(run('sensitivity', 'uncertain.yaml', '--rank-by', 'price').code).toBe(2);
  });
});
