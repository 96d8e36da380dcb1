import { main } from '../../../src/cli/program.js';
import type { CliRun } from './cli.js';

/**
 * Runs the CLI's `main` in this process (no build, no spawn: ~100× faster than `runCli`), capturing
 * what it writes to stdout and stderr and its exit code. `cwd` is entered for the run and left after.
 */
export async function runMain(args: readonly string[], options: { cwd?: string } = {}): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const stdoutWrite = process.stdout.write;
  const stderrWrite = process.stderr.write;
  const cwd = process.cwd();
  const capture =
    (sink: string[]) =>
    (chunk: string | Uint8Array): boolean => {
      sink.push(typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('utf8'));
      return true;
    };
  process.stdout.write = capture(out) as typeof process.stdout.write;
  process.stderr.write = capture(err) as typeof process.stderr.write;
  process.exitCode = undefined;
  try {
    if (options.cwd !== undefined) process.chdir(options.cwd);
    await main(['node', 'tune-or-rag', ...args]);
  } finally {
    process.chdir(cwd);
    process.stdout.write = stdoutWrite;
    process.stderr.write = stderrWrite;
  }
  const code = Number(process.exitCode ?? 0);
  process.exitCode = undefined;
  return { code, stdout: out.join(''), stderr: err.join('') };
}
