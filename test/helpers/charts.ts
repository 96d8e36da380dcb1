import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { expect } from 'vitest';
import { defaultScenario } from '../../src/index.js';

/** Scenarios and checks shared by the chart tests (test/report/svg/). */
const SCENARIOS = join(import.meta.dirname, '../fixtures/scenarios');
export const single = () => JSON.parse(readFileSync(join(SCENARIOS, 'single.json'), 'utf8'));
export const base = () => ({ ...defaultScenario(), asOf: '2026-11-01' });

/** A horizon where fine-tuning overtakes RAG in month 2 and OpenAI's fine-tuning closes to new jobs. */
export function closingScenario() {
  const s = single();
  s.workload.requestsPerMonth = 4000;
  s.strategies.fineTune.retrainEveryMonths = 2;
  s.strategies.fineTune.training.datasetTokens = 6000000;
  return s;
}

/** Text outside the tags: what escaping must keep free of markup. */
export function textOf(svg: string): string {
  return svg.replace(/<[^>]*>/g, '');
}

export function expectWellEscaped(svg: string): void {
  const text = textOf(svg);
  expect(text).not.toMatch(/[<>]/);
  expect(text.replace(/&(amp|lt|gt|quot|#39);/g, '')).not.toContain('&');
  // Attribute values never hold a raw quote or angle bracket.
  for (const tag of svg.match(/<[^>]*>/g) ?? [])
    expect(tag).toMatch(/^<\/?[a-z]+(?:\s+[A-Za-z0-9:-]+="[^"<>]*")*\s*\/?>$/);
}
