import { describe, expect, it } from 'vitest';
import { formatExact, groupThousands } from '../../src/_lib/formatExact.js';
import { D } from '../../src/decimal.js';

describe('groupThousands', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1,000'],
    ['-1234567.5', '-1,234,567.5'],
    ['12345.000001', '12,345.000001'],
    ['100000', '100,000'],
  ])('%s → %s', (plain, grouped) => {
    expect(groupThousands(plain)).toBe(grouped);
  });

  it('groups a 100,000-digit number in linear time (a run file once held one)', () => {
    const digits = '9'.repeat(100_000);
    const started = performance.now();
    const grouped = groupThousands(digits);
    expect(performance.now() - started).toBeLessThan(1000);
    // 100,000 digits: 33,333 groups of 3 after a head of 1, so 33,333 commas.
    expect(grouped.split(',')).toHaveLength(33_334);
  });
});

describe('formatExact', () => {
  it('every digit, no exponent', () => {
    expect(formatExact(new D('1.5e7'))).toBe('15,000,000');
    expect(formatExact(new D('1e-7'))).toBe('0.0000001');
    expect(formatExact(new D(1).div(3))).toBe('0.3333333333333333333333333333333333333333');
  });
});
