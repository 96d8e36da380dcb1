import { describe, expect, it } from 'vitest';
import { D } from '../../src/decimal.js';
import { billedSeconds, PER_FACTOR, SECONDS_PER } from '../../src/pricing/units.js';

describe('units', () => {
  it.each([
    // seconds, increment → billed
    ['90', 60, '120'], // 1.5 minutes bill as 2
    ['120', 60, '120'], // exact multiples are not rounded up
    ['0', 60, '0'],
    ['2628000', 3600, '2628000'], // 730 hours, billed hourly
    ['1.2', 1, '2'],
    ['1.2', undefined, '1.2'], // no increment: as is
  ])('%s s in increments of %s s bill as %s s', (seconds, increment, billed) => {
    expect(billedSeconds(new D(seconds), increment).toFixed()).toBe(billed);
  });

  it('seconds per time unit and the per factors', () => {
    expect([SECONDS_PER.second, SECONDS_PER.minute, SECONDS_PER.hour].map((x) => x?.toFixed())).toEqual([
      '1',
      '60',
      '3600',
    ]);
    expect(SECONDS_PER.token).toBeUndefined();
    expect(Object.values(PER_FACTOR).map((x) => x.toFixed())).toEqual(['1', '1000', '1000000']);
  });
});
