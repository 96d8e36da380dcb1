import { describe, expect, it } from 'vitest';
import { withFlags } from '../../src/cli/withFlags.js';
import { TuneOrRagError } from '../../src/errors.js';

const flags = { 'options.range.to': '--to', 'options.between': '--between' };

function thrown(error: unknown): unknown {
  try {
    withFlags(flags, () => {
      throw error;
    });
  } catch (e) {
    return e;
  }
  throw new Error('withFlags did not rethrow');
}

describe('withFlags', () => {
  it('returns what the call returns', () => {
    expect(withFlags(flags, () => 42)).toBe(42);
  });

  it('reports an error at an option path, or under it, at the flag the user typed', () => {
    const cause = new Error('root');
    const error = new TuneOrRagError('invalid_input', 'expected a volume', {
      path: 'options.range.to',
      issues: [
        { path: 'options.range.to', message: 'expected a volume' },
        { path: 'options.between[1]', message: 'unknown' },
        { path: 'workload.requestsPerMonth', message: 'kept' },
      ],
      cause,
    });
    const renamed = thrown(error) as TuneOrRagError;
    expect(renamed).toBeInstanceOf(TuneOrRagError);
    expect([renamed.code, renamed.path, renamed.detail, renamed.cause]).toEqual([
      'invalid_input',
      '--to',
      'expected a volume',
      cause,
    ]);
    expect(renamed.issues).toEqual([
      { path: '--to', message: 'expected a volume' },
      { path: '--between', message: 'unknown' },
      { path: 'workload.requestsPerMonth', message: 'kept' },
    ]);
    expect(
      (thrown(new TuneOrRagError('invalid_input', 'x', { path: 'options.range.to.x' })) as TuneOrRagError)
        .path,
    ).toBe('--to');
  });

  it('a path that only starts with the same letters, or none of them, is left as it is (the same error)', () => {
    const sibling = new TuneOrRagError('invalid_input', 'x', { path: 'options.range.top' });
    expect(thrown(sibling)).toBe(sibling);
    const scenario = new TuneOrRagError('invalid_input', 'x', { path: 'strategies.rag.topK' });
    expect(thrown(scenario)).toBe(scenario);
  });

  it('passes any other error through untouched', () => {
    const plain = new RangeError('boom');
    expect(thrown(plain)).toBe(plain);
  });
});
