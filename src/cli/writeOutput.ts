import { randomBytes } from 'node:crypto';
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { CliError } from './cliError.js';

/**
 * Writes `text` to `file` atomically: into a temporary file in the same directory, flushed to disk,
 * then renamed over the target. A reader sees the old file or the new one, never half of one, and a
 * failure leaves no file behind.
 *
 * @throws `write_failed` naming the file.
 */
export function writeFileAtomic(file: string, text: string): void {
  const tmp = join(dirname(file), `.${basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`);
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', 0o644);
    writeSync(fd, text);
    fsyncSync(fd);
    closeSync(fd);
    fd = undefined;
    renameSync(tmp, file);
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      // Nothing to clean up: the temporary file was never created.
    }
    const code = (error as NodeJS.ErrnoException).code;
    const why =
      code === 'ENOENT'
        ? 'no such directory'
        : code === 'EACCES'
          ? 'permission denied'
          : String((error as Error).message);
    throw new CliError('write_failed', `cannot write the file: ${why}`, file);
  }
}

/** Writes the output to `--out FILE` (atomically) or to standard output. */
export function writeOutput(text: string, out: string | undefined): void {
  if (out === undefined || out === '-') process.stdout.write(text);
  else writeFileAtomic(out, text);
}
