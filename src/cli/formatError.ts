import { escapeControl } from '../_lib/escapeControl.js';
import { isTuneOrRagError } from '../errors.js';
import { CliError } from './cliError.js';

/** What the CLI prints for an error, and the exit code. */
export interface FormattedError {
  readonly lines: readonly string[];
  readonly exitCode: 1 | 2;
}

/** One line, whatever the path and message hold: control characters and line breaks are escaped. */
function line(code: string, path: string, message: string): string {
  return escapeControl(`error [${code}]${path === '' ? '' : ` at ${path}`}: ${message}`);
}

/**
 * One readable line per error: `error [code] at path: message`, never a stack trace. Engine errors
 * exit 1; CLI usage errors exit 2; anything unexpected is reported as `internal` and exits 1.
 * `allIssues` lists every issue of an engine error, one line each (for `validate`).
 */
export function formatError(error: unknown, allIssues = false): FormattedError {
  if (error instanceof CliError) {
    return { lines: [line(error.code, error.path, error.message)], exitCode: error.exitCode };
  }
  if (isTuneOrRagError(error)) {
    if (allIssues && error.issues.length > 1) {
      return { lines: error.issues.map((i) => line(error.code, i.path, i.message)), exitCode: 1 };
    }
    return { lines: [line(error.code, error.path, error.detail)], exitCode: 1 };
  }
  const message = error instanceof Error ? error.message : String(error);
  return {
    lines: [line('internal', '', `${message} (a bug: please report it with the command you ran)`)],
    exitCode: 1,
  };
}
