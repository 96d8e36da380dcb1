import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeArgs, ENTRIES, runCase } from './harness.js';

// The short run of the bad-input campaign (`npm run fuzz` runs 100,000 cases per entry).
const RUNS = 200;

describe('bad-input campaign (short run)', () => {
  for (const entry of ENTRIES) {
    it(`${entry.name}: only a TuneOrRagError with a code and a path escapes${entry.safe ? '; never throws' : ''}`, () => {
      fc.assert(
        fc.property(entry.args, (args) => {
          const outcome = runCase(entry, args);
          if (outcome.kind === 'bug') throw new Error(`${outcome.reason}\nargs: ${describeArgs(args)}`);
        }),
        { numRuns: RUNS },
      );
    });
  }

  it('covers every outcome at least once across entries (the generators reach the model)', () => {
    const kinds = new Set<string>();
    for (const entry of ENTRIES) {
      for (const args of fc.sample(entry.args, { numRuns: 100, seed: 42 }))
        kinds.add(runCase(entry, args).kind);
    }
    expect([...kinds].sort()).toEqual(['error', 'ok']);
  });
});
