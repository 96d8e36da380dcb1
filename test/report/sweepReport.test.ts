import { describe, expect, it } from 'vitest';
import type { BreakevenResult } from '../../src/analysis/findBreakeven.js';
import { D } from '../../src/decimal.js';
import { describeBreakevenShort } from '../../src/report/sweepReport.js';

const d = (x: string | number) => new D(x);

describe('describeBreakevenShort', () => {
  it('each crossover as a whole volume, grouped', () => {
    const b = {
      kind: 'crossovers',
      crossovers: [{ requestsPerMonth: d('14028.47') }, { requestsPerMonth: d('1000000.5') }],
    } as unknown as BreakevenResult;
    // Rounded half to even: 14,028.47 → 14,028; 1,000,000.5 → 1,000,000.
    expect(describeBreakevenShort(b)).toBe('14,028; 1,000,000');
  });

  it('never names the cheaper side by its kind label (an unknown id by itself), equal, none', () => {
    expect(describeBreakevenShort({ kind: 'never', cheaper: 'rag-b' } as unknown as BreakevenResult)).toBe(
      'never (rag-b)',
    );
    expect(describeBreakevenShort({ kind: 'equal' } as unknown as BreakevenResult)).toBe('equal');
    expect(describeBreakevenShort(null)).toBe('-');
  });
});
