import { afterAll, describe, expect, it } from 'vitest';
import { CLASSES, cleanUpClasses, runClass } from './classes.js';

// The short run of the issue-9 fault classes (`npm run fuzz` runs more of each): no escapes, and
// each class reaches every case it claims to cover.
const RUNS: Record<string, number> = {
  'files: --out never loses a file': 60,
  'sizes: limits refused fast, never a crash': 40,
};

afterAll(() => {
  cleanUpClasses();
});

describe('issue 9 fault classes (short run)', () => {
  for (const cls of CLASSES) {
    it(`${cls.name}: 0 escapes, every case reached`, async () => {
      const report = await runClass(cls, RUNS[cls.name] ?? 80, 9);
      expect(report.examples).toEqual([]);
      expect(report.escapes).toBe(0);
      expect(report.unreached).toEqual([]);
    }, 60_000);
  }
});
