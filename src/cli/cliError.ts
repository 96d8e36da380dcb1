/**
 * Errors the CLI raises itself (files, YAML, argv), beside the engine's `TuneOrRagError`.
 *
 * - `usage` (exit 2): an unknown command or option, a malformed `--vary`/`--set`/`--format`.
 * - everything else (exit 1): a problem with the data, as for an engine error.
 */
export type CliErrorCode =
  | 'usage'
  | 'read_failed'
  | 'write_failed'
  | 'file_exists'
  | 'invalid_input'
  | 'invalid_yaml'
  | 'invalid_json'
  | 'duplicate_key'
  | 'alias_limit'
  | 'forbidden_key'
  | 'unsupported_tag'
  | 'unknown_profile'
  | 'invalid_run_file'
  | 'too_many_points';

/** A CLI error with a stable code, the path it concerns (file, field or option) and its exit code. */
export class CliError extends Error {
  override readonly name = 'CliError' as const;
  readonly code: CliErrorCode;
  readonly path: string;
  readonly exitCode: 1 | 2;

  constructor(code: CliErrorCode, message: string, path = '') {
    super(message);
    this.code = code;
    this.path = path;
    this.exitCode = code === 'usage' ? 2 : 1;
  }
}

/** A usage error (exit 2). */
export function usageError(message: string, path = ''): CliError {
  return new CliError('usage', message, path);
}
