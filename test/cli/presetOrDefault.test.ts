import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { presetOrDefault } from '../../src/cli/presetOrDefault.js';
import { defaultScenario } from '../../src/index.js';

function refusal(call: () => unknown): CliError {
  try {
    call();
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error('expected a usage error');
}

describe('presetOrDefault', () => {
  it('no --preset: the built-in default scenario, with or without a file', () => {
    expect(presetOrDefault(undefined, undefined)()).toEqual(defaultScenario());
    expect(presetOrDefault('scenario.yaml', undefined)()).toEqual(defaultScenario());
  });

  it('--preset NAME: that preset’s scenario', () => {
    const scenario = presetOrDefault(undefined, 'scale-up')();
    expect(scenario).not.toEqual(defaultScenario());
    expect(typeof scenario.name).toBe('string');
  });

  it('a file and a preset together, or an unknown preset, are usage errors at --preset', () => {
    const both = refusal(() => presetOrDefault('scenario.yaml', 'scale-up'));
    expect([both.code, both.exitCode, both.path]).toEqual(['usage', 2, '--preset']);
    expect(both.message).toBe('give a scenario file or --preset, not both');
    const unknown = refusal(() => presetOrDefault(undefined, 'nope'));
    expect(unknown.path).toBe('--preset');
    expect(unknown.message).toBe(
      'no preset "nope"; presets: early-startup, scale-up, mid-market-perimeter, enterprise-multicloud',
    );
  });
});
