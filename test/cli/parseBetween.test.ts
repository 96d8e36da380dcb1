import { describe, expect, it } from 'vitest';
import { CliError } from '../../src/cli/cliError.js';
import { parseBetween } from '../../src/cli/parseBetween.js';

function refusal(text: string): CliError {
  try {
    parseBetween(text);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`expected --between ${text} to be refused`);
}

describe('parseBetween', () => {
  it('no flag: undefined (the command picks its pairs)', () => {
    expect(parseBetween(undefined)).toBeUndefined();
  });

  it.each([
    ['rag,fine-tune', ['rag', 'fineTune']],
    [' fine-tune , prompt-only ', ['fineTune', 'promptOnly']],
    ['fineTune,rag', ['fineTune', 'rag']],
    // Any other name is a candidate's, checked by the engine.
    ['rag,my-candidate', ['rag', 'my-candidate']],
  ])('%j → %j', (text, ids) => {
    expect(parseBetween(text)).toEqual(ids);
  });

  it.each(['rag', 'rag,', ',rag', 'rag,fine-tune,prompt-only'])(
    '%j is not two names: usage (exit 2)',
    (text) => {
      const error = refusal(text);
      expect(error.code).toBe('usage');
      expect(error.exitCode).toBe(2);
      expect(error.path).toBe('--between');
      expect(error.message).toMatch(
        new RegExp(
          `^--between expects two strategies or candidates, e\\.g\\. --between rag,fine-tune \\(.*\\); got \`${text}\`$`,
        ),
      );
    },
  );

  it('the same strategy twice, by either name, is refused', () => {
    expect(refusal('rag,rag').message).toBe('--between needs two different strategies');
    expect(refusal('fine-tune,fineTune').message).toBe('--between needs two different strategies');
  });
});
