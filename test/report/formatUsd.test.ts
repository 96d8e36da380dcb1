import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { formatUsd } from '../../src/report/formatUsd.js';

describe('formatUsd', () => {
  it.each([
    ['1234.5', '1,234.50'],
    ['0.125', '0.12'], // half to even: 0.125 → 0.12
    ['0.135', '0.14'],
    ['0.01', '0.01'],
    // Under a cent: 4 significant digits, so it does not read as 0.00.
    ['0.004567891', '0.004568'],
    // A tie at the 5th significant digit rounds half to even: 0.0012345 → 0.001234 (4 is even).
    ['-0.0012345', '-0.001234'],
    ['0', '0.00'],
  ])('%s → %s', (value, shown) => {
    expect(formatUsd(new D(value))).toBe(shown);
  });
});
