import * as z from 'zod/mini';
import { type SavedRun, savedRunFileSchema } from '../analysis/savedRun.js';
import { CliError } from './cliError.js';
import { findTooWide, INPUT_LIMITS, maxBracketDepth } from './inputLimits.js';
import { readText } from './loadScenarios.js';

/**
 * Reads a run saved with `compare --format json` (or `explain`) for `diff`.
 *
 * @throws `read_failed`, or `invalid_run_file` naming the field that does not match.
 */
export function readRunFile(file: string): SavedRun[] {
  let data: unknown;
  const text = readText(file, {
    bytes: INPUT_LIMITS.runFileBytes,
    code: 'invalid_run_file',
    what: 'a saved run',
  });
  // Depth before parsing, width after: both refused with the limit, before anything recurses.
  if (maxBracketDepth(text, true) > INPUT_LIMITS.depth) {
    throw new CliError(
      'invalid_run_file',
      `nested more than ${INPUT_LIMITS.depth} levels deep, the limit for a saved run; save runs with \`compare --format json --out FILE\``,
      file,
    );
  }
  try {
    data = JSON.parse(text);
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(
      'invalid_run_file',
      `not JSON: save runs with \`compare --format json --out FILE\``,
      file,
    );
  }
  const wide = findTooWide(data, INPUT_LIMITS.runFileWidth);
  if (wide !== undefined) {
    throw new CliError(
      'invalid_run_file',
      `\`${wide.path}\` has ${wide.size.toLocaleString('en-US')} entries, more than ${INPUT_LIMITS.runFileWidth.toLocaleString('en-US')}, the limit for a saved run`,
      file,
    );
  }
  const parsed = z.safeParse(savedRunFileSchema, data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const at = issue.path.map(String).join('.');
    throw new CliError(
      'invalid_run_file',
      `not a saved compare run (schemaVersion 1)${at === '' ? '' : ` at \`${at}\``}: ${issue.message}; save runs with \`compare --format json --out FILE\``,
      file,
    );
  }
  return parsed.data.runs;
}
