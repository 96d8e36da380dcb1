import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { parseScenarioText } from '../../src/cli/parseScenarioText.js';
import { SCENARIOS } from './helpers/cli.js';

function codeOf(fn: () => unknown): { code: string; path: string } {
  try {
    fn();
  } catch (error) {
    expect(error).toBeInstanceOf(CliError);
    return { code: (error as CliError).code, path: (error as CliError).path };
  }
  throw new Error('did not throw');
}

describe('parseScenarioText', () => {
  it('gives the same data as JSON.parse for the equivalent JSON', () => {
    const json = readFileSync(join(SCENARIOS, 'single.json'), 'utf8');
    expect(parseScenarioText(json, 'single.json')).toEqual(JSON.parse(json));
    const yaml =
      'version: 1\nasOf: 2026-11-01\nworkload: { requestsPerMonth: 1e3, inputTokens: 10 }\nrate: 0.05\nname: "007"\n';
    expect(parseScenarioText(yaml, 'x.yaml')).toEqual({
      version: 1,
      asOf: '2026-11-01',
      workload: { requestsPerMonth: 1000, inputTokens: 10 },
      rate: 0.05,
      name: '007',
    });
  });

  it('keeps dates as strings and does not apply YAML 1.1 booleans', () => {
    expect(parseScenarioText('a: yes\nb: 2026-01-01\nc: on\n', 'x')).toEqual({
      a: 'yes',
      b: '2026-01-01',
      c: 'on',
    });
  });

  it('refuses duplicate keys with the line', () => {
    expect(codeOf(() => parseScenarioText('a: 1\nb: 2\na: 3\n', 'f.yaml'))).toEqual({
      code: 'duplicate_key',
      path: 'f.yaml:3:1',
    });
    expect(codeOf(() => parseScenarioText('{"a": 1, "a": 2}', 'f.json')).code).toBe('duplicate_key');
  });

  it('refuses alias bombs', () => {
    const bomb = readFileSync(join(SCENARIOS, 'alias-bomb.yaml'), 'utf8');
    const started = Date.now();
    expect(codeOf(() => parseScenarioText(bomb, 'bomb.yaml')).code).toBe('alias_limit');
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('allows a few aliases', () => {
    expect(parseScenarioText('a: &x { k: 1 }\nb: *x\n', 'f')).toEqual({ a: { k: 1 }, b: { k: 1 } });
  });

  it.each(['__proto__', 'constructor', 'prototype'])('refuses the key %s, naming its path', (key) => {
    const text = `strategies:\n  rag:\n    ${key}: { polluted: true }\n`;
    expect(codeOf(() => parseScenarioText(text, 'f.yaml'))).toEqual({
      code: 'forbidden_key',
      path: `strategies.rag.${key}`,
    });
    expect(codeOf(() => parseScenarioText(`{"list": [{"${key}": 1}]}`, 'f.json'))).toEqual({
      code: 'forbidden_key',
      path: `list[0].${key}`,
    });
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('refuses syntax errors, several documents and custom tags', () => {
    expect(codeOf(() => parseScenarioText('a: [1, 2\n', 'f')).code).toBe('invalid_yaml');
    expect(codeOf(() => parseScenarioText('a: 1\n---\nb: 2\n', 'f')).code).toBe('invalid_yaml');
    expect(codeOf(() => parseScenarioText('a: !!js/function "x"\n', 'f')).code).toBe('unsupported_tag');
  });
});

describe('explicit tags outside the core schema are refused at every depth', () => {
  it('a tagged mapping in a profile is refused, not read as empty (regression)', () => {
    const text =
      'workload: { requestsPerMonth: 1000 }\nprofiles:\n  big: !!set\n    workload: { requestsPerMonth: 9 }\n';
    expect(codeOf(() => parseScenarioText(text, 'f.yaml'))).toEqual({
      code: 'unsupported_tag',
      path: 'profiles.big',
    });
    expect(() => parseScenarioText(text, 'f.yaml')).toThrowErrorMatchingInlineSnapshot(
      `[CliError: f.yaml: the YAML tag \`!!set\` is not allowed: a scenario is plain data (core schema tags only: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq); remove the tag]`,
    );
  });

  it('core schema tags are still read as YAML 1.2 says', () => {
    expect(parseScenarioText('a: !!str 1\nb: !!map { c: !!int 2 }\nd: !!seq [!!null ""]\n', 'f')).toEqual({
      a: '1',
      b: { c: 2 },
      d: [null],
    });
  });

  it('property: any non-core tag on a mapping, list, scalar or key, at any depth', () => {
    const kinds = new Map<string, number>();
    const tags = [
      '!!set',
      '!!omap',
      '!!pairs',
      '!!binary',
      '!!timestamp',
      '!custom',
      '!<tag:x.com,2000:y>',
      '!!js/function',
    ];
    fc.assert(
      fc.property(
        fc.constantFrom(...tags),
        fc.constantFrom('mapping', 'list', 'scalar', 'key'),
        fc.integer({ min: 0, max: 6 }),
        fc.boolean(),
        (tag, kind, depth, flow) => {
          kinds.set(kind, (kinds.get(kind) ?? 0) + 1);
          const leaf =
            kind === 'mapping'
              ? `${tag} { x: 1 }`
              : kind === 'list'
                ? `${tag} [1]`
                : kind === 'scalar'
                  ? `${tag} aGVsbG8=`
                  : `{ ${tag} k: 1 }`;
          let text = leaf;
          for (let i = 0; i < depth; i++) text = i % 2 === 0 || flow ? `{ a${i}: ${text} }` : `[ ${text} ]`;
          const error = codeOf(() => parseScenarioText(`root: ${text}\n`, 'f'));
          expect(error.code).toBe('unsupported_tag');
          expect(error.path.startsWith('root')).toBe(true);
        },
      ),
      { numRuns: 200, seed: 7 },
    );
    for (const kind of ['mapping', 'list', 'scalar', 'key']) expect(kinds.get(kind)).toBeGreaterThan(20);
  });
});
