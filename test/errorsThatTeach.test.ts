import { describe, expect, it } from 'vitest';
import { compare, defaultScenario, isTuneOrRagError, type ScenarioInput } from '../src/index.js';

function errorOf(scenario: unknown): {
  code: string;
  path: string;
  message: string;
  issues: readonly { path: string; message: string }[];
} {
  try {
    compare(scenario as ScenarioInput);
  } catch (error) {
    if (isTuneOrRagError(error)) return error;
    throw error;
  }
  throw new Error('expected an error');
}

const base = defaultScenario();

describe('errors that teach', () => {
  it('reports three missing prices at once, each with its path and unit', () => {
    const scenario = {
      ...base,
      strategies: {
        // Together AI lists no per-token prices for either model: input and output of each are missing.
        promptOnly: { vendor: 'together', model: 'llama-3.1-8b-instruct', fewShotTokens: 0 },
        rag: { ...base.strategies.rag!, generation: { vendor: 'together', model: 'qwen3.5-9b' } },
      },
    };
    const error = errorOf(scenario);
    expect(error.code).toBe('missing_price');
    expect(error.issues.map((i) => i.path)).toEqual([
      'strategies.rag.generation.prices.input',
      'strategies.rag.generation.prices.output',
      'strategies.promptOnly.prices.input',
    ]);
    for (const issue of error.issues) expect(issue.message).toContain('USD per 1M tokens');
    expect(error.message).toContain('3 prices are missing');
  });

  it('one missing price is reported as before', () => {
    const scenario = {
      ...base,
      strategies: {
        rag: {
          ...base.strategies.rag!,
          generation: { vendor: 'together', model: 'qwen3.5-9b', prices: { input: '0.1' } },
        },
      },
    };
    const error = errorOf(scenario);
    expect(error.issues.map((i) => i.path)).toEqual(['strategies.rag.generation.prices.output']);
  });

  it.each([
    ['bedrock', 'unknown_vendor', 'Did you mean "aws-bedrock"?'],
    ['vertex', 'unknown_vendor', 'Did you mean "google-vertex"?'],
    ['OpenAI', 'invalid_input', 'expected a lower-case id: did you mean "openai"?'],
    ['Vertex', 'invalid_input', 'expected a lower-case id: did you mean "google-vertex"?'],
    ['gogle-vertex', 'unknown_vendor', 'Did you mean "google-vertex"?'],
  ])('vendor %s: %s, "%s"', (vendor, code, hint) => {
    const error = errorOf({
      ...base,
      strategies: { promptOnly: { ...base.strategies.promptOnly!, vendor } },
    });
    expect(error.code).toBe(code);
    expect(error.message).toContain(hint);
    expect(error.path).toBe('strategies.promptOnly.vendor');
  });

  it('unknown models name the nearest id', () => {
    const error = errorOf({
      ...base,
      strategies: { promptOnly: { ...base.strategies.promptOnly!, model: 'gemini-2.5-flsh' } },
    });
    expect(error.code).toBe('unknown_model');
    expect(error.message).toContain('Did you mean "gemini-2.5-flash"?');
  });

  it('money written as a number: "a YAML or JSON number", never "a JS number"', () => {
    const error = errorOf({
      ...base,
      strategies: { promptOnly: { ...base.strategies.promptOnly!, prices: { input: 0.3 } } },
    });
    expect(error.message).toContain('not a YAML or JSON number');
    expect(error.message).not.toContain('JS number');
  });

  it('several invalid fields: the message names each, not "(and 1 more issue)"', () => {
    const error = errorOf({
      ...base,
      horizonMonths: 0,
      workload: { ...base.workload, requestsPerMonth: -1 },
    });
    expect(error.message).not.toMatch(/more issue/);
    expect(error.message).toContain('; also `');
    expect(error.issues).toHaveLength(2);
  });
});
