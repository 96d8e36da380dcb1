import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCENARIO_YAML } from '../../src/cli/exampleScenario.js';
import { loadScenarios } from '../../src/cli/loadScenarios.js';
import { parseScenarioText } from '../../src/cli/parseScenarioText.js';
import { parseSetValue } from '../../src/cli/parseSetValue.js';
import { parseVary } from '../../src/cli/parseVary.js';
import { resolveScenarioPath } from '../../src/cli/resolveScenarioPath.js';
import { deepMerge, REMOVE, setPath } from '../../src/cli/setPath.js';
import { defaultScenario } from '../../src/scenario/defaultScenario.js';

function file(text: string): string {
  const path = join(mkdtempSync(join(tmpdir(), 'tor-load-')), 's.yaml');
  writeFileSync(path, text);
  return path;
}

const BASE = `version: 1
asOf: "2026-01-01"
workload: { requestsPerMonth: 100, instructionTokens: 1, inputTokens: 2, outputTokens: 3 }
strategies:
  rag: { topK: 5, chunkTokens: 512 }
profiles:
  low: { workload: { requestsPerMonth: 10 } }
  high: { workload: { requestsPerMonth: 1000 }, strategies: { rag: { topK: 8, chunkTokens: null } }, asOf: "2026-06-01" }
`;

describe('loadScenarios: file, then profile, then --as-of, then --set', () => {
  it('runs every profile in file order, deep-merged over the base', () => {
    const runs = loadScenarios(file(BASE), {}, defaultScenario);
    expect(runs.map((r) => r.profile)).toEqual(['low', 'high']);
    const [low, high] = runs.map((r) => r.scenario as unknown as Record<string, unknown>);
    expect(low!.workload).toEqual({
      requestsPerMonth: 10,
      instructionTokens: 1,
      inputTokens: 2,
      outputTokens: 3,
    });
    expect(high!.strategies).toEqual({ rag: { topK: 8 } });
    expect(high!.asOf).toBe('2026-06-01');
    expect('profiles' in low!).toBe(false);
  });

  it('--as-of beats the profile and --set beats both, in order', () => {
    const [high] = loadScenarios(
      file(BASE),
      {
        profile: ['high'],
        asOf: '2027-01-01',
        set: ['rag.topK=3', 'requestsPerMonth=1e6', 'rag.topK=4', 'asOf=2028-01-01'],
      },
      defaultScenario,
    );
    const s = high!.scenario as unknown as Record<string, Record<string, unknown>>;
    expect(s.asOf).toBe('2028-01-01');
    expect(s.strategies!.rag).toEqual({ topK: '4' });
    expect(s.workload!.requestsPerMonth).toBe('1000000');
  });

  it('selects profiles by comma list, and refuses unknown ones', () => {
    expect(
      loadScenarios(file(BASE), { profile: ['high,low'] }, defaultScenario).map((r) => r.profile),
    ).toEqual(['high', 'low']);
    expect(() => loadScenarios(file(BASE), { profile: ['mid'] }, defaultScenario)).toThrow(
      /no profile "mid"/,
    );
  });

  it('uses the built-in default without a file, and does not mutate it', () => {
    const before = defaultScenario();
    const [run] = loadScenarios(undefined, { set: ['rag.topK=9'] }, defaultScenario);
    expect((run!.scenario.strategies!.rag as { topK: unknown }).topK).toBe('9');
    expect(defaultScenario()).toEqual(before);
  });

  it('the init template is the built-in default plus profiles', () => {
    const data = parseScenarioText(EXAMPLE_SCENARIO_YAML, 'init') as Record<string, unknown>;
    const { profiles, name: _n, description: _d, ...rest } = data;
    const { name: _dn, ...expected } = defaultScenario() as Record<string, unknown>;
    expect(rest).toEqual(expected);
    expect(Object.keys(profiles as object)).toEqual(['low', 'base', 'high']);
  });
});

describe('setPath and deepMerge', () => {
  it('do not mutate their inputs', () => {
    const input = { a: { b: 1 }, c: 2 };
    const frozen = structuredClone(input);
    expect(setPath(input, ['a', 'b'], 3)).toEqual({ a: { b: 3 }, c: 2 });
    expect(setPath(input, ['a', 'x', 'y'], 1)).toEqual({ a: { b: 1, x: { y: 1 } }, c: 2 });
    expect(setPath(input, ['c'], REMOVE)).toEqual({ a: { b: 1 } });
    expect(deepMerge(input, { a: { d: 4 }, c: null })).toEqual({ a: { b: 1, d: 4 } });
    expect(input).toEqual(frozen);
  });

  it('lists replace, they do not merge', () => {
    expect(deepMerge({ l: [1, 2, 3] }, { l: [9] })).toEqual({ l: [9] });
  });
});

describe('command-line values and paths', () => {
  it.each([
    ['1e6', '1000000'],
    ['0.05', '0.05'],
    ['2500', '2500'],
    ['true', true],
    ['false', false],
    ['gpt-4.1', 'gpt-4.1'],
    ["'2026'", '2026'],
    ['2026-01-01', '2026-01-01'],
  ])('--set value %j → %j', (raw, value) => {
    expect(parseSetValue(raw)).toEqual(value);
  });

  it.each([
    ['requestsPerMonth', 'workload.requestsPerMonth'],
    ['rag.topK', 'strategies.rag.topK'],
    ['fine-tune.training.epochs', 'strategies.fineTune.training.epochs'],
    ['prompt-only.fewShotTokens', 'strategies.promptOnly.fewShotTokens'],
    ['strategies.fine-tune.model', 'strategies.fineTune.model'],
    ['horizonMonths', 'horizonMonths'],
    ['workload.inputTokens', 'workload.inputTokens'],
  ])('path %s → %s', (path, full) => {
    expect(resolveScenarioPath(path).join('.')).toBe(full);
  });

  it('parses --vary ranges and lists', () => {
    expect(parseVary('requestsPerMonth=1e3..1e6:log:4')).toEqual({
      path: 'requestsPerMonth',
      field: 'workload.requestsPerMonth',
      values: ['1000', '10000', '100000', '1000000'],
      volume: true,
    });
    expect(parseVary('rag.topK=3,5,10').values).toEqual(['3', '5', '10']);
    expect(parseVary('rag.topK=1..10:lin:4').values).toEqual(['1', '4', '7', '10']);
    expect(parseVary('rag.churnPerMonth=0.0..0.1:lin:3').values).toEqual(['0', '0.05', '0.1']);
    expect(parseVary('horizonMonths=6..20:step:6').values).toEqual(['6', '12', '18']);
    expect(parseVary('rag.topK=1..3:log:10').values).toEqual(['1', '2', '3']);
    expect(parseVary('rag.generation.model=gpt-4.1,gpt-4.1-mini').values).toEqual([
      'gpt-4.1',
      'gpt-4.1-mini',
    ]);
  });

  it.each([
    'requestsPerMonth',
    'requestsPerMonth=',
    'requestsPerMonth=1..5',
    'requestsPerMonth=5..1:lin:3',
    'requestsPerMonth=0..5:log:3',
    'requestsPerMonth=1..5:lin:1',
    'requestsPerMonth=1..5:step:0',
    'requestsPerMonth=a..b:lin:3',
    'rag.topK=1,,2',
    '.topK=1',
  ])('refuses --vary %j as a usage error', (spec) => {
    expect(() => parseVary(spec)).toThrow(expect.objectContaining({ code: 'usage', exitCode: 2 }));
  });
});

describe('--set with numbers no field accepts', () => {
  it('keeps a huge or tiny exponent as text so validation names the field (no out-of-memory)', async () => {
    const { parseSetValue } = await import('../../src/cli/parseSetValue.js');
    expect(parseSetValue('1e999999999')).toBe('1e999999999');
    expect(parseSetValue('1e-999999999')).toBe('1e-999999999');
    expect(parseSetValue('1e6')).toBe('1000000');
    expect(parseSetValue('0.05')).toBe('0.05');
  });
});
