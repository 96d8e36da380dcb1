import { describe, expect, it } from 'vitest';
import { parseVary } from '../../src/cli/parseVary.js';

describe('parseVary', () => {
  it.each([
    // 1e3..1e6 in 4 log-spaced points: one per decade.
    ['requestsPerMonth=1e3..1e6:log:4', ['1000', '10000', '100000', '1000000']],
    // 0.0..0.1 in 3 linear points: step 0.05 (a decimal point keeps fractions).
    ['rag.churnPerMonth=0.0..0.1:lin:3', ['0', '0.05', '0.1']],
    // Every 3 from 1 up to 10 (inclusive where it lands).
    ['rag.topK=1..10:step:3', ['1', '4', '7', '10']],
    // Whole ends: 1..2 in 5 points round to 1, 1, 2, 2, 2 (half to even: 1.25 → 1, 1.5 → 2): repeats dropped.
    ['rag.topK=1..2:lin:5', ['1', '2']],
    ['rag.topK=3,5,10', ['3', '5', '10']],
  ])('%s', (spec, values) => {
    expect(parseVary(spec).values).toEqual(values);
  });

  it.each([
    ['requestsPerMonth=1..5', 'say how to fill the range'],
    ['requestsPerMonth=a..b:log:3', '`a` is not a number'],
    ['requestsPerMonth=1..1e99:log:3', 'more than 21 integer digits'],
  ])('%s is a usage error', (spec, message) => {
    expect(() => parseVary(spec)).toThrow(message);
  });
});
