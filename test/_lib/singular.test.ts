import { describe, expect, it } from 'vitest';
import { singular } from '../../src/_lib/singular.js';

describe('singular', () => {
  it.each([
    ['tokens', 'token'],
    ['searches', 'search'],
    ['GB-months', 'GB-month'],
    ['boxes', 'box'],
    ['hours', 'hour'],
    ['USD', 'USD'],
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
