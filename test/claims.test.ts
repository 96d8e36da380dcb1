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

  it('evaluates the retrieval-tuning claim, saying that its training price is an assumption', () => {
    const text = renderClaims();
    const section = text.slice(text.indexOf('## 3.'), text.indexOf('## 4.'));
    expect(section).toContain('No vendor lists a price for tuning an embedding model or reranker');
    expect(section).toContain("Modal's table rate ($0.001097 a second = $3.9492 an hour)");
    expect(section).toContain('**Result: holds in 4 of 32 priced cases.**');
  }, 60_000);
});
