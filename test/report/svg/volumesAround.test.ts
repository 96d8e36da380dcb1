import { describe, expect, it } from 'vitest';
import { D } from '../../../src/decimal.js';
import { volumesAround } from '../../../src/report/svg/volumesAround.js';

describe('volumesAround', () => {
  it('three decades either side of the volume, 20 points a decade', () => {
    // 50,000 is in the decade 10^4: from 10^(4 − 3) = 10 to 10^(4 + 4) = 1e8, 7 decades × 20 + 1 points.
    const v = volumesAround(new D(50_000));
    expect(v).toHaveLength(141);
    expect(v[0]!.toFixed()).toBe('10');
    expect(v[v.length - 1]!.toFixed()).toBe('100000000');
    expect(v.every((x, i) => i === 0 || x.gt(v[i - 1]!))).toBe(true);
  });

  it('never below 1 request, and 1,000 stands in for no volume', () => {
    // 20 is in 10^1: from max(0, 1 − 3) = 10^0 = 1 to 10^5, 5 decades × 20 + 1 = 101 points; but
    // the 21 points of the first decade round to the 10 whole volumes 1…10, so 101 − 11 = 90 remain.
    const low = volumesAround(new D(20));
    expect(low[0]!.toFixed()).toBe('1');
    expect(low.slice(0, 10).map((x) => x.toFixed())).toEqual([
      '1',
      '2',
      '3',
      '4',
      '5',
      '6',
      '7',
      '8',
      '9',
      '10',
    ]);
    expect(low).toHaveLength(90);
    // 0: centred on 10^3, from 1 to 10^7.
    expect(volumesAround(new D(0)).map((x) => x.toFixed())).toEqual(
      volumesAround(new D(1000)).map((x) => x.toFixed()),
    );
  });
});
