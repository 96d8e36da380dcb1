import { describe, expect, it } from 'vitest';
import { parseSetValue, toDecimalString } from '../../src/cli/parseSetValue.js';
import { REMOVE } from '../../src/cli/setPath.js';

describe('parseSetValue', () => {
  it.each([
    ['1e6', '1000000'],
    ['0.05', '0.05'],
    ['-0', '0'],
    ['.5', '0.5'],
    ['2500', '2500'],
    ['true', true],
    ['false', false],
    ["'2026'", '2026'],
    ['"quoted text"', 'quoted text'],
    ['hosted', 'hosted'],
  ])('%s → %j', (raw, value) => {
    expect(parseSetValue(raw)).toBe(value);
  });

  it('null removes the field', () => {
    expect(parseSetValue('null')).toBe(REMOVE);
  });

  it('keeps the text of a number too large to write out (validation then names the limit)', () => {
    expect(toDecimalString('1e999999999')).toBe('1e999999999');
    expect(toDecimalString('1e59')).toBe(`1${'0'.repeat(59)}`);
    expect(toDecimalString('abc')).toBeUndefined();
  });
});
