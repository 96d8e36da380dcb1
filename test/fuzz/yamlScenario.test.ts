import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import YAML from 'yaml';
import { CliError } from '../../src/cli/cliError.js';
import { parseScenarioText } from '../../src/cli/parseScenarioText.js';
import { safeCompare } from '../../src/index.js';
import { scenarioArb } from './harness.js';

// YAML scenario files: the same data as the equivalent JSON, and hostile YAML refused (or neutral).

function code(fn: () => unknown): string {
  try {
    fn();
    return 'accepted';
  } catch (error) {
    if (error instanceof CliError) return error.code;
    throw error;
  }
}

describe('YAML scenario files', () => {
  it('a scenario written as YAML parses to the same data, and the same result, as its JSON', () => {
    fc.assert(
      fc.property(scenarioArb, (value) => {
        let json: string | undefined;
        try {
          json = JSON.stringify(value);
        } catch {
          return; // not JSON (BigInt, too deep): nothing to compare
        }
        if (json === undefined) return;
        const data = JSON.parse(json);
        let fromYaml: unknown;
        let fromJson: unknown;
        try {
          fromYaml = parseScenarioText(YAML.stringify(data), 'scenario.yaml');
          fromJson = parseScenarioText(json, 'scenario.json');
        } catch (error) {
          // Refused keys (__proto__, constructor, prototype) are refused in both spellings.
          expect(error).toBeInstanceOf(CliError);
          expect(code(() => parseScenarioText(json!, 'scenario.json'))).toBe((error as CliError).code);
          return;
        }
        expect(fromYaml).toEqual(data);
        expect(fromJson).toEqual(data);
        expect(JSON.stringify(safeCompare(fromYaml))).toBe(JSON.stringify(safeCompare(data)));
      }),
      { numRuns: 150 },
    );
  });

  it('refuses an alias bomb, duplicate keys and prototype keys', () => {
    const bomb = [
      'a: &a ["x","x","x","x","x","x","x","x","x","x"]',
      'b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a,*a]',
      'c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b,*b]',
      'd: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c,*c]',
      'e: [*d,*d,*d,*d,*d,*d,*d,*d,*d,*d]',
    ].join('\n');
    expect(code(() => parseScenarioText(bomb, 'bomb.yaml'))).toBe('alias_limit');
    expect(code(() => parseScenarioText('workload:\n  inputTokens: 1\n  inputTokens: 2\n', 'd.yaml'))).toBe(
      'duplicate_key',
    );
    expect(
      code(() => parseScenarioText('{"workload": {"inputTokens": 1, "inputTokens": 2}}', 'd.json')),
    ).toBe('duplicate_key');
    for (const text of [
      '__proto__:\n  polluted: true\n',
      '{"a": {"constructor": {"prototype": {"polluted": 1}}}}',
    ]) {
      expect(code(() => parseScenarioText(text, 'p.yaml'))).toBe('forbidden_key');
    }
    expect(({} as { polluted?: unknown }).polluted).toBeUndefined();
  });
});
