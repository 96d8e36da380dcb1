import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fchmodSync,
  fchownSync,
  fsyncSync,
  lstatSync,
  openSync,
  readlinkSync,
  realpathSync,
  renameSync,
  type Stats,
  statSync,
  unlinkSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';
import { CliError, usageError } from './cliError.js';

/** What a command produces: the whole text, or chunks (a sweep streams its rows). */
export type Produced = string | Iterable<string> | AsyncIterable<string>;

/** Standard output is held back up to this size, so an early error prints nothing at all. */
const STDOUT_HOLD_BYTES = 4 * 1024 * 1024;

/** Links followed before giving up (Linux's own limit is 40). */
const MAX_LINKS = 40;

/** Why a file operation failed, in words, from its errno code; never the name of a temp file. */
export function describeFileError(error: unknown, file: string): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  switch (code) {
    case 'ENOENT':
      return existsSync(dirname(resolve(file)))
        ? 'the file system does not allow creating files there (a virtual file system such as /proc?)'
        : 'no such directory';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'read-only file system';
    case 'EISDIR':
      return 'it is a directory; give a file name';
    case 'ENOTDIR':
      return 'a parent of the path is not a directory';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENAMETOOLONG':
      return 'the file name is too long';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    case 'ENXIO':
      return 'nothing is reading from it (a socket or a FIFO without a reader)';
    case 'EXDEV':
      return 'it cannot be replaced across file systems';
    default:
      return code === undefined ? 'the system refused it' : `the system refused it (${code})`;
  }
}

function writeFailed(error: unknown, file: string): CliError {
  if (error instanceof CliError) return error;
  return new CliError('write_failed', `cannot write the file: ${describeFileError(error, file)}`, file);
}

/**
 * Where a write to `file` lands and what is there now. What exists is asked of the kernel first
 * (`stat` follows links, /dev/stdout's /proc magic links included): a regular file is replaced at
 * its real path; anything else is written through `file` itself. Only when nothing exists (a new
 * file, or a dangling link) are the links followed by hand, to create the link's target.
 */
function resolveTarget(file: string): { readonly path: string; readonly stat: Stats | undefined } {
  let stat: Stats | undefined;
  try {
    stat = statSync(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  if (stat !== undefined) return { path: stat.isFile() ? realpathSync(file) : file, stat };
  return followLinks(file);
}

/** The path a new file at `file` would have: dangling links followed to their (missing) target. */
function followLinks(file: string): { readonly path: string; readonly stat: Stats | undefined } {
  let path = resolve(file);
  for (let i = 0; i <= MAX_LINKS; i++) {
    // The directory's own links resolved first, so a relative link target is read as the kernel reads it.
    path = join(realpathSync(dirname(path)), basename(path));
    let stat: Stats;
    try {
      stat = lstatSync(path);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return { path, stat: undefined };
      throw error;
    }
    if (!stat.isSymbolicLink()) return { path, stat };
    path = resolve(dirname(path), readlinkSync(path));
  }
  throw Object.assign(new Error('ELOOP'), { code: 'ELOOP' });
}

/**
 * Checks `--out` before a command runs: refuses an empty name, a directory, and any of the command's
 * own input files (compared by device and inode, so a symbolic or hard link to an input is caught).
 *
 * @throws a usage error for an empty name; `write_failed` naming the user's path otherwise.
 */
export function checkOutput(out: string | undefined, inputs: readonly (string | undefined)[] = []): void {
  if (out === undefined || out === '-') return;
  if (out === '') throw usageError('--out needs a file name (or "-" for standard output)', '--out');
  let target: ReturnType<typeof resolveTarget>;
  try {
    target = resolveTarget(out);
  } catch (error) {
    throw writeFailed(error, out);
  }
  if (target.stat?.isDirectory()) {
    throw new CliError('write_failed', 'cannot write the file: it is a directory; give a file name', out);
  }
  if (target.stat === undefined) return;
  for (const input of inputs) {
    if (input === undefined || input === '-') continue;
    let stat: Stats;
    try {
      stat = statSync(input);
    } catch {
      continue; // An unreadable input fails later, with its own error.
    }
    // A folder of inputs (`--prices DIR`): no file below it may be the output.
    const inFolder =
      stat.isDirectory() &&
      target.stat.isFile() &&
      (() => {
        try {
          return realpathSync(out).startsWith(`${realpathSync(input)}${sep}`);
        } catch {
          return false;
        }
      })();
    if (inFolder || (stat.dev === target.stat.dev && stat.ino === target.stat.ino)) {
      throw new CliError(
        'write_failed',
        `--out names the input file ${input}: writing the report would replace it; choose another file`,
        out,
      );
    }
  }
}

/** Temp files being written, removed on SIGINT/SIGTERM and at exit. */
const pending = new Set<string>();

function removePending(): void {
  for (const tmp of pending) {
    try {
      unlinkSync(tmp);
    } catch {
      // Already gone.
    }
  }
  pending.clear();
}

function onSignal(signal: NodeJS.Signals): void {
  removePending();
  untrack();
  // Die of the same signal, so the shell sees an interrupted command (exit 130 for Ctrl-C).
  process.kill(process.pid, signal);
}

function track(tmp: string): void {
  if (pending.size === 0) {
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    process.on('exit', removePending);
  }
  pending.add(tmp);
}

function untrack(tmp?: string): void {
  if (tmp !== undefined) pending.delete(tmp);
  if (pending.size === 0) {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    process.off('exit', removePending);
  }
}

/** An open output: chunks go in, then `commit` (all of it lands) or `abort` (none of it does). */
export interface OutputSink {
  write(chunk: string): void;
  commit(): void;
  abort(): void;
}

/**
 * Opens `file` for writing. A regular file (or a new one) is written into a temporary file in the
 * same directory, flushed, and renamed over it on `commit`: a reader sees the old file or the new
 * one, never half of one, and the replaced file's mode (and owner, where allowed) is kept. A
 * symbolic link is followed: its target is replaced and the link kept. Anything else (a character
 * device such as /dev/null, a FIFO) is written directly, since renaming over it would replace it.
 *
 * @throws `write_failed` naming `file` (the user's path, never the temp file's) and the cause.
 */
export function openFileSink(file: string): OutputSink {
  let target: ReturnType<typeof resolveTarget>;
  try {
    target = resolveTarget(file);
  } catch (error) {
    throw writeFailed(error, file);
  }
  const { path, stat } = target;
  if (stat?.isDirectory()) {
    throw new CliError('write_failed', 'cannot write the file: it is a directory; give a file name', file);
  }
  if (stat !== undefined && !stat.isFile()) {
    let fd: number | undefined;
    try {
      fd = openSync(path, 'w');
    } catch (error) {
      throw writeFailed(error, file);
    }
    const direct = fd;
    return {
      write(chunk) {
        try {
          writeSync(direct, chunk);
        } catch (error) {
          throw writeFailed(error, file);
        }
      },
      commit() {
        closeSync(direct);
      },
      abort() {
        closeSync(direct);
      },
    };
  }
  const tmp = join(
    dirname(path),
    `.${basename(path).slice(0, 100)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`,
  );
  let fd: number | undefined;
  try {
    fd = openSync(tmp, 'wx', stat === undefined ? 0o666 : 0o600);
    track(tmp);
    if (stat !== undefined) {
      try {
        fchownSync(fd, stat.uid, stat.gid);
      } catch {
        // Only root may give a file away; the mode below still holds.
      }
      fchmodSync(fd, stat.mode & 0o7777);
    }
  } catch (error) {
    if (fd !== undefined) closeSync(fd);
    cleanup();
    throw writeFailed(error, file);
  }
  function cleanup(): void {
    try {
      unlinkSync(tmp);
    } catch {
      // Never created, or already renamed.
    }
    untrack(tmp);
  }
  const open = fd;
  let closed = false;
  const close = () => {
    if (!closed) {
      closed = true;
      closeSync(open);
    }
  };
  return {
    write(chunk) {
      try {
        writeSync(open, chunk);
      } catch (error) {
        close();
        cleanup();
        throw writeFailed(error, file);
      }
    },
    commit() {
      try {
        fsyncSync(open);
        close();
        renameSync(tmp, path);
        untrack(tmp);
      } catch (error) {
        close();
        cleanup();
        throw writeFailed(error, file);
      }
    },
    abort() {
      close();
      cleanup();
    },
  };
}

/** Standard output, held back up to {@link STDOUT_HOLD_BYTES} so that a short failed run prints nothing. */
function stdoutSink(): OutputSink {
  let held: string[] = [];
  let size = 0;
  let streaming = false;
  return {
    write(chunk) {
      if (streaming) {
        process.stdout.write(chunk);
        return;
      }
      held.push(chunk);
      size += chunk.length;
      if (size > STDOUT_HOLD_BYTES) {
        streaming = true;
        process.stdout.write(held.join(''));
        held = [];
      }
    },
    commit() {
      if (!streaming && held.length > 0) process.stdout.write(held.join(''));
      held = [];
    },
    abort() {
      held = [];
    },
  };
}

/** Lets signals and pipe errors be handled while a long output is produced. */
const breathe = () => new Promise<void>((done) => setImmediate(done));

/**
 * Writes a command's output to `--out FILE` (atomically, see {@link openFileSink}) or to standard
 * output. A streamed output is written chunk by chunk, so memory stays bounded; an error part-way
 * leaves the file untouched and removes the temp file.
 */
export async function writeOutput(
  content: Produced,
  out: string | undefined,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  checkOutput(out, inputs);
  const sink = out === undefined || out === '-' ? stdoutSink() : openFileSink(out);
  try {
    if (typeof content === 'string') sink.write(content);
    else {
      let last = performance.now();
      for await (const chunk of content) {
        sink.write(chunk);
        // Every 50 ms at most, let Ctrl-C (which removes the temp file) and pipe errors be handled.
        if (performance.now() - last > 50) {
          await breathe();
          last = performance.now();
        }
      }
    }
    sink.commit();
  } catch (error) {
    sink.abort();
    throw error;
  }
}

/** Writes `text` to `file` atomically (see {@link openFileSink}). */
export function writeFileAtomic(file: string, text: string): void {
  const sink = openFileSink(file);
  sink.write(text);
  sink.commit();
}
