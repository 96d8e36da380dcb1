import { describe, expect, it } from 'vitest';
import { InputIssues } from '../../src/_lib/inputIssues.js';
import { TuneOrRagError } from '../../src/errors.js';

const broken = (path: string, message: string) => () => {
  throw new TuneOrRagError('invalid_input', message, { path });
};

describe('InputIssues', () => {
  it('returns a rule’s value and throws nothing when every rule holds', () => {
    const issues = new InputIssues();
    expect(issues.check(() => 42)).toBe(42);
    expect(issues.count).toBe(0);
    expect(() => issues.throwIfAny()).not.toThrow();
  });

  it('rethrows a single broken rule as it was thrown (same message, same object)', () => {
    const issues = new InputIssues();
    let thrown: unknown;
    try {
      broken('a.b', 'expected 1')();
    } catch (error) {
      thrown = error;
    }
    issues.check(() => {
      throw thrown;
    });
    expect(() => issues.throwIfAny()).toThrow(thrown as Error);
  });

  it('names every broken rule: the first as the error, the others in the message and issues', () => {
    const issues = new InputIssues();
    expect(issues.check(broken('workload.requestsPerDay', 'give the volume once'))).toBeUndefined();
    issues.check(() => 'fine');
    issues.check(broken('candidates.x.kind', 'say which kind'));
    issues.check(broken('strategies.rag.chunkOverlapTokens', 'the overlap must be smaller'));
    expect(issues.count).toBe(3);
    try {
      issues.throwIfAny();
      expect.unreachable();
    } catch (error) {
      const e = error as TuneOrRagError;
      expect(e.code).toBe('invalid_input');
      expect(e.path).toBe('workload.requestsPerDay');
      expect(e.detail).toBe(
        'give the volume once; also `candidates.x.kind`: say which kind; `strategies.rag.chunkOverlapTokens`: the overlap must be smaller',
      );
      expect(e.issues.map((i) => i.path)).toEqual([
        'workload.requestsPerDay',
        'candidates.x.kind',
        'strategies.rag.chunkOverlapTokens',
      ]);
    }
  });

  it('lets any other error through at once: a missing price or a bug is not an input issue', () => {
    const issues = new InputIssues();
    expect(() =>
      issues.check(() => {
        throw new TuneOrRagError('missing_price', 'give it', { path: 'p' });
      }),
    ).toThrow(/missing_price/);
    expect(() =>
      issues.check(() => {
        throw new TypeError('a bug');
      }),
    ).toThrow(TypeError);
    expect(issues.count).toBe(0);
  });

  it('lists five others by name and counts the rest', () => {
    const issues = new InputIssues();
    for (let i = 0; i < 8; i += 1) issues.check(broken(`p${i}`, `m${i}`));
    try {
      issues.throwIfAny();
    } catch (error) {
      const e = error as TuneOrRagError;
      expect(e.detail).toBe('m0; also `p1`: m1; `p2`: m2; `p3`: m3; `p4`: m4; `p5`: m5; 2 more');
      expect(e.issues).toHaveLength(8);
    }
  });
});
