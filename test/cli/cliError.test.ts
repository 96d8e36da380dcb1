import { describe, expect, it } from 'vitest';
import { CliError, type CliErrorCode, usageError } from '../../src/cli/cliError.js';

describe('CliError', () => {
  it('a usage error exits 2; every other code exits 1', () => {
    const others: CliErrorCode[] = [
      'read_failed',
      'write_failed',
      'file_exists',
      'invalid_input',
      'invalid_yaml',
      'invalid_json',
      'duplicate_key',
      'alias_limit',
      'forbidden_key',
      'unsupported_tag',
      'unknown_profile',
      'invalid_run_file',
      'too_many_points',
    ];
    expect(new CliError('usage', 'm').exitCode).toBe(2);
    for (const code of others) expect([code, new CliError(code, 'm').exitCode]).toEqual([code, 1]);
  });

  it('carries its code, message and path (empty by default) and is an Error named CliError', () => {
    const e = new CliError('read_failed', 'cannot read the file: no such file', 'missing.yaml');
    expect([e.name, e.code, e.message, e.path]).toEqual([
      'CliError',
      'read_failed',
      'cannot read the file: no such file',
      'missing.yaml',
    ]);
    expect(e).toBeInstanceOf(Error);
    expect(new CliError('invalid_yaml', 'x').path).toBe('');
  });
});

describe('usageError', () => {
  it('is a CliError with code usage, exit 2, at the path given', () => {
    const e = usageError('--set expects path=value', '--set');
    expect(e).toBeInstanceOf(CliError);
    expect([e.code, e.exitCode, e.message, e.path]).toEqual([
      'usage',
      2,
      '--set expects path=value',
      '--set',
    ]);
    expect(usageError('no path').path).toBe('');
  });
});
