import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'tsup';
import { expect } from 'vitest';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../../..');
export const FIXTURES = join(ROOT, 'test/fixtures');
export const SCENARIOS = join(FIXTURES, 'scenarios');
const GOLDEN = join(FIXTURES, 'golden');

function hashTree(dir: string, hash: ReturnType<typeof createHash>): void {
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) hashTree(path, hash);
    else {
      hash.update(path);
      hash.update(readFileSync(path));
    }
  }
}

let built: Promise<string> | undefined;

/**
 * Builds the CLI bundle (as `tsup.cli.config.ts` does) into a temporary directory named after a
 * hash of src/ and package.json, once: test files running in parallel share it, and a stale dist/
 * is never used.
 */
export function buildCli(): Promise<string> {
  built ??= (async () => {
    const hash = createHash('sha256');
    hashTree(join(ROOT, 'src'), hash);
    hash.update(readFileSync(join(ROOT, 'package.json')));
    const dir = join(tmpdir(), `tune-or-rag-cli-${hash.digest('hex').slice(0, 16)}`);
    const file = join(dir, 'cli.cjs');
    if (existsSync(file)) return file;
    const work = `${dir}.${process.pid}.${Date.now()}`;
    await build({
      entry: { cli: join(ROOT, 'src/cli/main.ts') },
      format: ['cjs'],
      target: 'node20',
      platform: 'node',
      noExternal: [/.*/],
      minify: true,
      outDir: work,
      config: false,
      silent: true,
    });
    try {
      renameSync(work, dir);
    } catch {
      // Another test file built it first: use theirs.
      rmSync(work, { recursive: true, force: true });
    }
    return file;
  })();
  return built;
}

export interface CliRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Runs the built CLI with `args` in `cwd` (default: the scenario fixtures). */
export function runCli(
  cli: string,
  args: readonly string[],
  options: { cwd?: string; input?: string } = {},
): CliRun {
  const result = spawnSync(process.execPath, [cli, ...args], {
    cwd: options.cwd ?? SCENARIOS,
    input: options.input ?? '',
    encoding: 'utf8',
    env: { ...process.env, TUNE_OR_RAG_DEBUG: '' },
    maxBuffer: 256 * 1024 * 1024,
  });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}

const VERSION = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')).version as string;

/** Replaces what changes between releases (the tool version) so goldens stay put. */
export function normalise(text: string): string {
  return text.replaceAll(`"version": "${VERSION}"`, '"version": "<version>"');
}

/**
 * Compares `text` with test/fixtures/golden/NAME; `UPDATE_GOLDEN=1` rewrites the file instead.
 */
export function expectGolden(name: string, text: string): void {
  const path = join(GOLDEN, name);
  const actual = normalise(text);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(GOLDEN, { recursive: true });
    writeFileSync(path, actual);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden ${name} was missing; written — rerun`);
    return;
  }
  expect(actual, `golden ${name} (UPDATE_GOLDEN=1 npx vitest run test/cli regenerates it)`).toBe(
    readFileSync(path, 'utf8'),
  );
}
