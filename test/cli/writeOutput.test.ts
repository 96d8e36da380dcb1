import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeFileError } from '../../src/cli/writeOutput.js';
import { SCENARIOS } from './helpers/cli.js';
import { runMain } from './helpers/runMain.js';

const SINGLE = join(SCENARIOS, 'single.json');
const scratch = () => mkdtempSync(join(tmpdir(), 'tor-write-'));

/** A copy of the single-scenario fixture in a fresh directory. */
function inputCopy(): { dir: string; file: string; text: string } {
  const dir = scratch();
  const file = join(dir, 'in.json');
  const text = readFileSync(SINGLE, 'utf8');
  writeFileSync(file, text);
  return { dir, file, text };
}

const noTemp = (dir: string) => expect(readdirSync(dir).filter((n) => n.endsWith('.tmp'))).toEqual([]);

describe('--out never replaces an input file', () => {
  it('compare in.json -o in.json is refused and the input kept (regression)', async () => {
    const { dir, file, text } = inputCopy();
    const result = await runMain(['compare', file, '-o', file]);
    expect(result.code).toBe(1);
    expect(result.stderr).toBe(
      `error [write_failed] at ${file}: --out names the input file ${file}: writing the report would replace it; choose another file\n`,
    );
    expect(readFileSync(file, 'utf8')).toBe(text);
    noTemp(dir);
  });

  it('diff b.json a.json -o a.json is refused (regression)', async () => {
    const dir = scratch();
    const a = join(dir, 'a.json');
    const b = join(dir, 'b.json');
    expect((await runMain(['compare', SINGLE, '-f', 'json', '-o', a])).code).toBe(0);
    expect((await runMain(['compare', SINGLE, '-f', 'json', '-o', b])).code).toBe(0);
    const before = readFileSync(a, 'utf8');
    const result = await runMain(['diff', b, a, '-o', a]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('--out names the input file');
    expect(readFileSync(a, 'utf8')).toBe(before);
  });

  it('--prices tables, given as a file or a folder, are inputs too', async () => {
    const dir = scratch();
    mkdirSync(join(dir, 'quotes'));
    const table = join(dir, 'quotes', 'vendor-2026-11-15.json');
    writeFileSync(table, '{"a table": "kept"}');
    for (const [prices, out] of [
      [table, table],
      [join(dir, 'quotes'), table],
      [`${join(dir, 'quotes')}/`, table],
    ] as const) {
      for (const command of [['compare'], ['prices'], ['vendors']]) {
        const result = await runMain([...command, '--prices', prices, '-o', out]);
        expect(result.code, `${command} --prices ${prices}`).toBe(1);
        expect(result.stderr).toContain('--out names the input file');
      }
    }
    expect(readFileSync(table, 'utf8')).toBe('{"a table": "kept"}');
  });

  it('property: the input is caught through any relative path, symbolic link or hard link', async () => {
    const { dir, file, text } = inputCopy();
    symlinkSync(file, join(dir, 'link.json'));
    linkSync(file, join(dir, 'hard.json'));
    mkdirSync(join(dir, 'sub'));
    symlinkSync('..', join(dir, 'sub', 'up'));
    const spellings = ['in.json', './in.json', 'sub/../in.json', 'link.json', 'hard.json', 'sub/up/in.json'];
    const seen = new Set<string>();
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(...spellings),
        fc.constantFrom('compare', 'explain'),
        async (out, cmd) => {
          seen.add(out);
          const result = await runMain([cmd, 'in.json', '-o', out], { cwd: dir });
          expect(result.code).toBe(1);
          expect(result.stderr).toContain('--out names the input file');
          expect(readFileSync(file, 'utf8')).toBe(text);
        },
      ),
      { numRuns: 30, seed: 9 },
    );
    expect(seen.size).toBe(spellings.length);
  });
});

describe('--out onto what is not a regular file', () => {
  it('a FIFO is written to, not replaced (regression)', async () => {
    const dir = scratch();
    const fifo = join(dir, 'pipe');
    expect(spawnSync('mkfifo', [fifo]).status).toBe(0);
    const captured = join(dir, 'captured.csv');
    const reader = spawn('sh', ['-c', `cat "${fifo}" > "${captured}"`]);
    const exited = new Promise((done) => reader.on('exit', done));
    const result = await runMain(['compare', SINGLE, '-f', 'csv', '-o', fifo]);
    await exited;
    expect(result.code).toBe(0);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    expect(readFileSync(captured, 'utf8')).toBe((await runMain(['compare', SINGLE, '-f', 'csv'])).stdout);
    noTemp(dir);
  });

  it('a character device is written to, not replaced', async () => {
    const dir = scratch();
    const device = join(dir, 'null');
    // A private copy of /dev/null (c 1 3), so a regression could never replace the real one.
    if (spawnSync('mknod', [device, 'c', '1', '3']).status !== 0) return;
    const result = await runMain(['compare', SINGLE, '-o', device]);
    expect(result.code).toBe(0);
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    noTemp(dir);
  });

  it('a symbolic link stays a link and its target gets the report', async () => {
    const dir = scratch();
    const target = join(dir, 'real.csv');
    writeFileSync(target, 'old');
    symlinkSync('real.csv', join(dir, 'link.csv'));
    symlinkSync(join(dir, 'missing.csv'), join(dir, 'dangling.csv'));
    expect((await runMain(['compare', SINGLE, '-f', 'csv', '-o', join(dir, 'link.csv')])).code).toBe(0);
    expect(lstatSync(join(dir, 'link.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(target, 'utf8')).toMatch(/^profile,strategy,/);
    expect((await runMain(['compare', SINGLE, '-f', 'csv', '-o', join(dir, 'dangling.csv')])).code).toBe(0);
    expect(lstatSync(join(dir, 'dangling.csv')).isSymbolicLink()).toBe(true);
    expect(readFileSync(join(dir, 'missing.csv'), 'utf8')).toMatch(/^profile,strategy,/);
    noTemp(dir);
  });

  it('property: a replaced file keeps its mode', async () => {
    const dir = scratch();
    const file = join(dir, 'out.csv');
    const modes = new Set<number>();
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(0o600, 0o640, 0o644, 0o664, 0o755, 0o400), async (mode) => {
        modes.add(mode);
        writeFileSync(file, 'old');
        chmodSync(file, mode);
        expect((await runMain(['compare', SINGLE, '-f', 'csv', '-o', file])).code).toBe(0);
        expect(statSync(file).mode & 0o7777).toBe(mode);
      }),
      { numRuns: 20, seed: 3 },
    );
    expect(modes.size).toBeGreaterThanOrEqual(5);
  });
});

describe('file errors name the user’s path and the real cause', () => {
  it.each([
    ['a directory', (dir: string) => dir, 1, 'cannot write the file: it is a directory; give a file name'],
    [
      'a missing directory',
      (dir: string) => join(dir, 'no', 'x.csv'),
      1,
      'cannot write the file: no such directory',
    ],
    [
      'a file as a directory',
      (dir: string) => join(dir, 'f', 'x.csv'),
      1,
      'cannot write the file: a parent of the path is not a directory',
    ],
  ] as const)('-o to %s', async (_name, pathOf, code, message) => {
    const dir = scratch();
    writeFileSync(join(dir, 'f'), '');
    const out = pathOf(dir);
    const result = await runMain(['compare', '-o', out]);
    expect(result.code).toBe(code);
    expect(result.stderr).toBe(`error [write_failed] at ${out}: ${message}\n`);
    expect(result.stderr).not.toContain('.tmp');
  });

  it('an empty -o is a usage error', async () => {
    const result = await runMain(['compare', '-o', '']);
    expect(result.code).toBe(2);
    expect(result.stderr).toBe(
      'error [usage] at --out: --out needs a file name (or "-" for standard output)\n',
    );
  });

  it('a virtual or read-only file system is named as such', () => {
    const enoent = Object.assign(new Error('x'), { code: 'ENOENT' });
    expect(describeFileError(enoent, '/proc/report.csv')).toMatch(/does not allow creating files there/);
    expect(describeFileError(Object.assign(new Error('x'), { code: 'EROFS' }), '/x')).toBe(
      'read-only file system',
    );
    expect(describeFileError(new Error('/tmp/.x.123.tmp: boom'), '/x')).not.toContain('.tmp');
  });

  it('init DIR says to give a file name, and does not suggest --force', async () => {
    const dir = scratch();
    for (const args of [
      ['init', dir],
      ['init', dir, '--force'],
    ]) {
      const result = await runMain(args);
      expect(result.code).toBe(1);
      expect(result.stderr).toBe(
        `error [write_failed] at ${dir}: it is a directory; give a file name, e.g. \`tune-or-rag init ${dir}/scenario.yaml\`\n`,
      );
    }
    expect(readdirSync(dir)).toEqual([]);
  });
});

it('a failed run leaves neither the output nor a temp file', async () => {
  const dir = scratch();
  const out = join(dir, 'out.csv');
  expect((await runMain(['compare', join(SCENARIOS, 'bad-field.yaml'), '-o', out])).code).toBe(1);
  expect(existsSync(out)).toBe(false);
  noTemp(dir);
});
