import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { parseWholeFlag } from '../../src/cli/parseWholeFlag.js';
import { runMain } from './helpers/runMain.js';

function refusal(call: () => unknown): CliError {
  try {
    call();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('parseWholeFlag: a count (no range)', () => {
  it.each([
    ['1000', '1000'],
    ['1e6', '1000000'],
    ['2.5e3', '2500'],
    ['+42', '42'],
    [' 7 ', '7'],
    ['0', '0'],
    ['9'.repeat(21), '9'.repeat(21)],
  ])('%j → %j, an exact decimal string', (text, value) => {
    expect(parseWholeFlag(text, '--to')).toBe(value);
  });

  it.each([
    ['1.5', '--to expects a whole number such as 1000 or 1e6; got `1.5`'],
    ['-5', '--to expects a whole number such as 1000 or 1e6; got `-5`'],
    ['lots', '--to expects a whole number such as 1000 or 1e6; got `lots`'],
    ['', '--to expects a whole number such as 1000 or 1e6; got ``'],
    ['1e30', '--to: `1e30` has more than 21 digits, the limit for a count'],
    ['1e999999999', '--to: `1e999999999` has more than 21 digits, the limit for a count'],
  ])('%j is a usage error (exit 2) at the flag', (text, message) => {
    const error = refusal(() => parseWholeFlag(text, '--to'));
    expect(error.code).toBe('usage');
    expect(error.exitCode).toBe(2);
    expect(error.path).toBe('--to');
    expect(error.message).toBe(message);
  });
});

describe('parseWholeFlag: a bounded number (range)', () => {
  const samples = { min: 1, max: 1_000_000 };

  it.each([
    ['1', 1],
    ['1000000', 1_000_000],
    ['1e4', 10_000],
    [' 25 ', 25],
  ])('%j → %d', (text, value) => {
    expect(parseWholeFlag(text, '--samples', samples)).toBe(value);
  });

  it('takes 0 and the largest 32-bit seed, and nothing beyond', () => {
    const seed = { min: 0, max: 4_294_967_295 };
    expect(parseWholeFlag('0', '--seed', seed)).toBe(0);
    expect(parseWholeFlag('4294967295', '--seed', seed)).toBe(4_294_967_295);
    expect(refusal(() => parseWholeFlag('4294967296', '--seed', seed)).message).toBe(
      '--seed expects a whole number from 0 to 4,294,967,295; got `4294967296`',
    );
  });

  it.each([
    ['0', '--samples expects a whole number from 1 to 1,000,000; got `0`'],
    ['many', '--samples expects a whole number from 1 to 1,000,000; got `many`'],
    ['2.5', '--samples expects a whole number from 1 to 1,000,000; got `2.5`'],
    ['-3', '--samples expects a whole number from 1 to 1,000,000; got `-3`'],
    ['1e400', '--samples expects a whole number from 1 to 1,000,000; got `1e400`'],
    ['0x10', '--samples expects a whole number from 1 to 1,000,000; got `0x10`'],
  ])('%j is a usage error naming the range', (text, message) => {
    const error = refusal(() => parseWholeFlag(text, '--samples', samples));
    expect(error.code).toBe('usage');
    expect(error.path).toBe('--samples');
    expect(error.message).toBe(message);
  });

  it('names the unit when given; four-digit bounds are written without a separator', () => {
    expect(
      refusal(() => parseWholeFlag('soon', '--stale-after', { min: 1, max: 120, unit: 'months' })).message,
    ).toBe('--stale-after expects a whole number of months from 1 to 120; got `soon`');
    expect(refusal(() => parseWholeFlag('0', '--months', { min: 1, max: 1200 })).message).toBe(
      '--months expects a whole number from 1 to 1200; got `0`',
    );
  });

  it('property: every whole number in the range comes back as itself, in digits or with an exponent', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 1_000_000 }), (n) => {
        expect(parseWholeFlag(String(n), '--samples', samples)).toBe(n);
        expect(parseWholeFlag(n.toExponential(), '--samples', samples)).toBe(n);
      }),
    );
  });
});

describe('every number flag goes through it (exit 2, the same words)', () => {
  it.each([
    [
      ['curve', '--points', '1'],
      'error [usage] at --points: --points expects a whole number from 2 to 100,000; got `1`\n',
    ],
    [
      ['curve', '--volumes', '1000,x'],
      'error [usage] at --volumes: --volumes expects a whole number such as 1000 or 1e6; got `x`\n',
    ],
    [
      ['compare', '--volumes', '1e25'],
      'error [usage] at --volumes: --volumes: `1e25` has more than 21 digits, the limit for a count\n',
    ],
    [
      ['horizon', '--months', '1201'],
      'error [usage] at --months: --months expects a whole number from 1 to 1200; got `1201`\n',
    ],
    [
      ['simulate', '--seed', '-1'],
      'error [usage] at --seed: --seed expects a whole number from 0 to 4,294,967,295; got `-1`\n',
    ],
    [
      ['compare', '--stale-after', '0'],
      'error [usage] at --stale-after: --stale-after expects a whole number of months from 1 to 120; got `0`\n',
    ],
  ])('%j', async (args, stderr) => {
    const result = await runMain(args);
    expect(result.stderr).toBe(stderr);
    expect(result.code).toBe(2);
    expect(result.stdout).toBe('');
  });
});
