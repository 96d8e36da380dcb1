import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect } from 'vitest';

const GOLDEN = resolve(dirname(fileURLToPath(import.meta.url)), '../fixtures/golden');

/** Compares `text` with test/fixtures/golden/<name>; `UPDATE_GOLDEN=1` rewrites it. */
export function expectGoldenFile(name: string, text: string): void {
  const path = join(GOLDEN, name);
  if (process.env.UPDATE_GOLDEN === '1' || !existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, text);
    if (process.env.UPDATE_GOLDEN !== '1') throw new Error(`golden ${name} was missing; written — rerun`);
    return;
  }
  expect(text, `golden ${name} (UPDATE_GOLDEN=1 npx vitest run test/report regenerates it)`).toBe(
    readFileSync(path, 'utf8'),
  );
}
