import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffCommand, initCommand } from '../../../src/cli/commands/fileCommands.js';
import { compareCommand } from '../../../src/cli/commands/scenarioCommands.js';
import { EXAMPLE_SCENARIO_YAML } from '../../../src/cli/exampleScenario.js';
import { expectGolden, SCENARIOS } from '../helpers/cli.js';
import { inProcess } from '../helpers/inProcess.js';

describe('initCommand', () => {
  it('init.yaml: "-" returns the example; the fixture example.yaml is that example', () => {
    expectGolden('init.yaml', initCommand('-', {}));
    expect(readFileSync(join(SCENARIOS, 'example.yaml'), 'utf8')).toBe(initCommand('-', {}));
  });

  it('writes scenario.yaml once; again only with force; never over a directory', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-init-'));
    expect(await inProcess(() => initCommand(undefined, {}), dir)).toBe(
      'wrote scenario.yaml: edit it, then run `tune-or-rag compare scenario.yaml`\n',
    );
    expect(readFileSync(join(dir, 'scenario.yaml'), 'utf8')).toBe(EXAMPLE_SCENARIO_YAML);
    await expect(inProcess(() => initCommand(undefined, {}), dir)).rejects.toMatchObject({
      code: 'file_exists',
      path: 'scenario.yaml',
    });
    await expect(inProcess(() => initCommand(undefined, { force: true }), dir)).resolves.toContain('wrote');
    mkdirSync(join(dir, 'sub'));
    await expect(inProcess(() => initCommand('sub/', { force: true }), dir)).rejects.toMatchObject({
      code: 'write_failed',
      message: 'it is a directory; give a file name, e.g. `tune-or-rag init sub/scenario.yaml`',
    });
    expect(() => initCommand('', {})).toThrow(expect.objectContaining({ code: 'usage', path: 'file' }));
  });
});

describe('diffCommand', () => {
  it('diff of a price-date change and of two profiles (goldens moved from cli.test.ts)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-diff-'));
    const save = async (name: string, opts: Record<string, unknown>) => {
      const file = join(dir, name);
      writeFileSync(file, await inProcess(() => compareCommand('example.yaml', { format: 'json', ...opts })));
      return file;
    };
    const before = await save('before.json', { profile: ['base'], asOf: '2026-06-01' });
    const after = await save('after.json', { profile: ['base'] });
    const strip = (t: string) => t.replaceAll(dir, '<dir>');
    expectGolden('diff-as-of.txt', strip(diffCommand(before, after, { format: 'table' })));
    expectGolden('diff-as-of.csv', strip(diffCommand(before, after, { format: 'csv' })));
    const low = await save('low.json', { profile: ['low'] });
    const high = await save('high.json', { profile: ['high'] });
    expectGolden('diff-profiles.md', strip(diffCommand(low, high, { format: 'markdown' })));
  });

  it('a run against itself: every change is 0', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'tor-diff-'));
    const both = join(dir, 'both.json');
    writeFileSync(both, await inProcess(() => compareCommand('example.yaml', { format: 'json' })));
    const parsed = JSON.parse(diffCommand(both, both, { format: 'json' }));
    expect(parsed.command).toBe('diff');
    expect(parsed.runs).toHaveLength(3);
    for (const r of parsed.runs) for (const s of r.strategies) expect(s.change).toBe('0');
  });

  it('a file that is not a saved run is invalid_run_file', () => {
    expect(() =>
      diffCommand(join(SCENARIOS, 'single.json'), join(SCENARIOS, 'single.json'), { format: 'table' }),
    ).toThrow(expect.objectContaining({ code: 'invalid_run_file' }));
  });
});
