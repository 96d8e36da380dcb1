import { describe, expect, it } from 'vitest';
import { checkAsOf } from '../../src/cli/checkAsOf.js';
import { CliError } from '../../src/cli/cliError.js';

function refusal(asOf: string): CliError {
  try {
    checkAsOf(asOf);
  } catch (error) {
    if (error instanceof CliError) return error;
    throw error;
  }
  throw new Error(`checkAsOf accepted ${asOf}`);
}

describe('checkAsOf', () => {
  it('accepts no date, and real calendar days (2024 is a leap year)', () => {
    // Years 0000–0099 too (Date.UTC read them as 1900–1999 and refused them; a scenario's asOf took them).
    for (const day of [undefined, '2025-06-01', '2024-02-29', '2025-12-31', '2100-02-28', '0050-06-01']) {
      expect(() => checkAsOf(day)).not.toThrow();
    }
  });

  // 2025 is not a leap year; April has 30 days; months run 01–12.
  it.each(['2025-02-29', '2025-02-30', '2025-04-31', '2025-13-01', '2025-00-10', '2025-01-00'])(
    '%s is not a real day: a usage error at --as-of',
    (day) => {
      const error = refusal(day);
      expect([error.code, error.path, error.exitCode]).toEqual(['usage', '--as-of', 2]);
      expect(error.message).toBe(`--as-of expects a real date YYYY-MM-DD, e.g. 2025-06-01; got \`${day}\``);
    },
  );

  it.each(['2025-6-01', '25-06-01', '2025/06/01', ' 2025-06-01', '2025-06-01T00:00', 'today', ''])(
    '%j is not written YYYY-MM-DD',
    (text) => {
      expect(refusal(text).code).toBe('usage');
    },
  );
});
