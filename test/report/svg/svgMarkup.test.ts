import { describe, expect, it } from 'vitest';
import { D } from '../../../src/decimal.js';
import { compactCount, compactUsd, px } from '../../../src/report/svg/svgMarkup.js';

describe('svg markup helpers', () => {
  it.each([
    ['0', '0'],
    ['999', '999'],
    ['1000', '1K'],
    ['1234567', '1.23M'],
    ['541234.5', '541K'],
    ['2500000000', '2.5B'],
    ['0.125', '0.125'],
  ])('compactCount(%s) = %s', (value, expected) => {
    expect(compactCount(new D(value))).toBe(expected);
  });

  it.each([
    ['0.1', '$0.1'],
    ['150', '$150'],
    ['1000', '$1K'],
    ['25000', '$25K'],
  ])('compactUsd(%s) = %s', (value, expected) => {
    expect(compactUsd(new D(value))).toBe(expected);
  });

  it('px never prints -0 and keeps one decimal', () => {
    expect(px(-0.01)).toBe('0');
    expect(px(12.345)).toBe('12.3');
  });
});
