import { describe, expect, it } from 'vitest';
import {
  breakevenCommand,
  compareCommand,
  curveCommand,
  explainCommand,
  horizonCommand,
  sweepCommand,
  validateCommand,
} from '../../../src/cli/commands/scenarioCommands.js';
import type { Format } from '../../../src/cli/formats.js';
import { expectGolden } from '../helpers/cli.js';
import { inProcess } from '../helpers/inProcess.js';

// The command functions called directly, in the scenario fixtures; each golden file was written by
// the CLI with the same options as flags (moved here from cli.test.ts, byte for byte).
const f = (format: Format) => ({ format });

describe('compareCommand', () => {
  it.each([
    ['compare-default.txt', undefined, {}], // compare
    ['compare-single.txt', 'single.json', {}],
    // OpenAI takes no new fine-tuning jobs from 2027-01-06: the route is shown closed, not priced.
    ['compare-closed.txt', 'single.json', { asOf: '2027-02-01' }],
    ['compare-closed.json', 'single.json', { asOf: '2027-02-01', ...f('json') }],
    ['compare-single.json', 'single.json', f('json')],
    ['compare-single.csv', 'single.json', f('csv')],
    ['compare-single.md', 'single.json', f('markdown')],
    ['compare-single.html', 'single.json', f('html')],
    ['compare-profiles.txt', 'example.yaml', {}],
    ['compare-profiles.csv', 'example.yaml', f('csv')],
    ['compare-single.svg', 'single.json', f('svg')],
    ['compare-closed.svg', 'single.json', { asOf: '2027-02-01', ...f('svg') }],
  ] as const)('%s', async (golden, file, opts) => {
    expectGolden(golden, await inProcess(() => compareCommand(file, { format: 'table', ...opts })));
  });
});

describe('explainCommand', () => {
  it.each([
    ['explain-single.txt', f('table')],
    ['explain-single.csv', f('csv')],
  ] as const)('%s', async (golden, opts) => {
    expectGolden(golden, await inProcess(() => explainCommand('single.json', opts)));
  });
});

describe('breakevenCommand', () => {
  it.each([
    ['breakeven-base.txt', 'example.yaml', { profile: ['base'], ...f('table') }],
    ['breakeven-pair.csv', 'example.yaml', { profile: ['base'], between: 'rag,fine-tune', ...f('csv') }],
    ['breakeven-pair.json', 'single.json', { between: 'rag,fineTune', ...f('json') }],
  ] as const)('%s', async (golden, file, opts) => {
    expectGolden(golden, await inProcess(() => breakevenCommand(file, opts)));
  });
});

describe('sweepCommand', () => {
  it.each([
    [
      'sweep-small.txt',
      { profile: ['base'], vary: ['requestsPerMonth=1e3..1e7:log:5', 'rag.topK=3,10'], ...f('table') },
    ],
    [
      'sweep-small.csv',
      {
        profile: ['low,high'],
        vary: ['requestsPerMonth=1e4,1e6', 'rag.churnPerMonth=0.0..0.1:lin:3'],
        ...f('csv'),
      },
    ],
  ] as const)('%s', async (golden, opts) => {
    expectGolden(golden, await inProcess(() => sweepCommand('example.yaml', opts)));
  });

  it('needs at least one --vary (usage, before anything is read)', () => {
    expect(() => sweepCommand('example.yaml', f('table'))).toThrow(
      expect.objectContaining({ code: 'usage', path: '--vary' }),
    );
  });
});

describe('curveCommand', () => {
  it.each([
    ['curve.txt', { points: '7', ...f('table') }],
    ['curve.csv', { volumes: '1e3,1e5,1e7', ...f('csv') }],
    ['curve-single.svg', { points: '25', ...f('svg') }],
  ] as const)('%s', async (golden, opts) => {
    expectGolden(golden, await inProcess(() => curveCommand('single.json', opts)));
  });
});

describe('horizonCommand', () => {
  it.each([
    ['horizon.txt', 'example.yaml', { profile: ['low'], months: '6', ...f('table') }],
    ['horizon.csv', 'single.json', { months: '3', ...f('csv') }],
    ['horizon-profiles.svg', 'example.yaml', { profile: ['low,high'], months: '12', ...f('svg') }],
    ['horizon-low.html', 'example.yaml', { profile: ['low'], months: '12', ...f('html') }],
  ] as const)('%s', async (golden, file, opts) => {
    expectGolden(golden, await inProcess(() => horizonCommand(file, opts)));
  });
});

describe('validateCommand', () => {
  it('names the file and counts its strategies', async () => {
    expect(await inProcess(() => validateCommand('single.json', {}))).toMatch(
      /^ok: single\.json: \d+ strateg/,
    );
  });
});
