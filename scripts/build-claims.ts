/**
 * Writes docs/claims.md from the price tables (scripts/claims.ts). `--check` fails when the
 * checked-in file differs from what would be generated.
 *
 *   npm run claims:build    regenerate
 *   npm run claims:check    verify (also run by `npm test`, through test/claims.test.ts)
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderClaims } from './claims.js';

const OUT = join(dirname(fileURLToPath(import.meta.url)), '..', 'docs/claims.md');
const text = renderClaims();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // A missing file is stale.
  }
  if (current !== text) {
    process.stderr.write('docs/claims.md is out of date: run `npm run claims:build`\n');
    process.exit(1);
  }
} else {
  writeFileSync(OUT, text);
  process.stdout.write('wrote docs/claims.md\n');
}
