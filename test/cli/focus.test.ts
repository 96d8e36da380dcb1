import { beforeAll, describe, expect, it } from 'vitest';
import { focusViolations } from '../helpers/focusRules.js';
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

describe('--format focus', () => {
  it.each([
    // The built-in default scenario's first two months (compare writes all 12; test/report checks them).
    ['focus-default.csv', ['horizon', '-f', 'focus', '--months', '2']],
    ['focus-capacity.csv', ['horizon', 'capacity.json', '-f', 'focus']],
  ])('%s: golden, and it meets the FOCUS 1.2 rules', (name, args) => {
    const text = ok(run(...args));
    expect(focusViolations(text)).toEqual([]);
    expectGolden(name, text);
  });

  it('explain writes the same file as compare; horizon --months cuts it', () => {
    const compare = ok(run('compare', 'capacity.json', '-f', 'focus'));
    expect(ok(run('explain', 'capacity.json', '-f', 'focus'))).toBe(compare);
    const one = ok(run('horizon', 'capacity.json', '-f', 'focus', '--months', '1'));
    // Month 1: training, minimum top-up, hosting, prompt-only input and output: 5 rows + header.
    expect(one.trimEnd().split('\r\n')).toHaveLength(6);
  });

  it('is refused by commands that do not project month by month', () => {
    const result = run('breakeven', '-f', 'focus');
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("argument 'focus' is invalid");
  });
});
