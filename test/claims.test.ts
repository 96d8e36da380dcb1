import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderClaims } from '../scripts/claims.js';

describe('docs/claims.md', () => {
  it('is what scripts/claims.ts generates from the tables (npm run claims:build)', () => {
    const current = readFileSync(new URL('../docs/claims.md', import.meta.url), 'utf8');
    expect(renderClaims() === current, 'docs/claims.md is out of date: run `npm run claims:build`').toBe(
      true,
    );
  }, 60_000);

  it('regenerates identically (no clock, no randomness)', () => {
    expect(renderClaims()).toBe(renderClaims());
  }, 60_000);

  it('states the retrieval-tuning claim as not evaluable rather than inventing numbers', () => {
    expect(renderClaims()).toContain('**Not evaluable yet.** The library has no retrieval-tuning strategy');
  }, 60_000);
});
