import { describe, expect, it } from 'vitest';
import { sensitivityCommand, simulateCommand } from '../../../src/cli/commands/uncertaintyCommands.js';
import { expectGolden } from '../helpers/cli.js';
import { inProcess } from '../helpers/inProcess.js';

// The command functions called in-process (they ran through the built CLI as a subprocess before);
// the golden files are unchanged, byte for byte.

describe('simulateCommand', () => {
  it('table: golden; the same seed gives the same bytes', async () => {
    const opts = { format: 'table', samples: '2000', seed: '7' } as const;
    const text = await inProcess(() => simulateCommand('uncertain.yaml', opts));
    expectGolden('simulate-uncertain.txt', text);
    expect(await inProcess(() => simulateCommand('uncertain.yaml', opts))).toBe(text);
  });

  it('csv and json carry exact decimal strings', async () => {
    const csv = await inProcess(() =>
      simulateCommand('uncertain.yaml', { format: 'csv', samples: '500', seed: '1' }),
    );
    expectGolden('simulate-uncertain.csv', csv);
    const json = JSON.parse(
      await inProcess(() => simulateCommand('uncertain.yaml', { format: 'json', samples: '500' })),
    );
    expect(json.command).toBe('simulate');
    const fineTune = json.runs[0].strategies[0];
    expect(fineTune.monthlyCost.p50).toMatch(/^\d+(\.\d+)?$/);
    expect(json.runs[0].percentile).toBe('nearest-rank');
    expect(
      await inProcess(() => simulateCommand('uncertain.yaml', { format: 'markdown', samples: '100' })),
    ).toContain('| Strategy |');
  });

  it('refuses bad flags (usage, exit 2) and a scenario without uncertainty (exit 1)', async () => {
    expect(() => simulateCommand('uncertain.yaml', { format: 'table', samples: 'many' })).toThrow(
      expect.objectContaining({ code: 'usage', path: '--samples', exitCode: 2 }),
    );
    expect(() => simulateCommand('uncertain.yaml', { format: 'table', seed: '-1' })).toThrow(
      expect.objectContaining({ code: 'usage', path: '--seed' }),
    );
    await expect(inProcess(() => simulateCommand(undefined, { format: 'table' }))).rejects.toMatchObject({
      code: 'invalid_input',
      path: 'uncertainty',
    });
  });
});

describe('sensitivityCommand', () => {
  it('table and csv: golden, ranked', async () => {
    expectGolden(
      'sensitivity-uncertain.txt',
      await inProcess(() => sensitivityCommand('uncertain.yaml', { format: 'table' })),
    );
    expectGolden(
      'sensitivity-uncertain.csv',
      await inProcess(() => sensitivityCommand('uncertain.yaml', { format: 'csv' })),
    );
  });

  it('svg: a tornado chart, golden', async () => {
    const svg = await inProcess(() => sensitivityCommand('uncertain.yaml', { format: 'svg' }));
    expect(svg.startsWith('<svg')).toBe(true);
    expectGolden('sensitivity-uncertain.svg', svg);
  });

  it('--between and --rank-by', async () => {
    const json = JSON.parse(
      await inProcess(() =>
        sensitivityCommand('uncertain.yaml', {
          format: 'json',
          between: 'rag,fine-tune',
          rankBy: 'multiple',
        }),
      ),
    );
    expect(json.runs[0].between).toEqual(['rag', 'fineTune']);
    expect(json.runs[0].rankBy).toBe('multiple');
    expect(() => sensitivityCommand('uncertain.yaml', { format: 'table', rankBy: 'price' })).toThrow(
      expect.objectContaining({
        code: 'usage',
        path: '--rank-by',
        message: '--rank-by expects breakeven or multiple; got `price`',
      }),
    );
  });
});
