/**
 * Generates schema/scenario.schema.json, the published JSON Schema of scenario files, from the zod
 * schema the library validates with (so the two cannot drift), with every field's description and
 * static default read from the source (scripts/scenarioSchemaDocs.ts). It fails when a field has no
 * description. `--check` fails when the checked-in file differs from what would be generated (run
 * in CI).
 *
 *   npm run schema:build    regenerate
 *   npm run schema:check    verify
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as z from 'zod/mini';
import { scenarioSchema } from '../src/scenario/scenarioSchema.js';
import { annotateScenarioSchema } from './scenarioSchemaDocs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'schema/scenario.schema.json');

async function generate(): Promise<string> {
  const generated = z.toJSONSchema(scenarioSchema, {
    io: 'input',
    target: 'draft-2020-12',
    // Money may also be a Decimal object in the API; files hold strings, which the schema states.
    unrepresentable: 'any',
  }) as Record<string, unknown>;
  const docs = await annotateScenarioSchema(generated);
  const faults = [
    ...docs.undocumented.map((path) => `${path}: no description; write a /** … */ comment on the field`),
    ...docs.problems,
  ];
  if (faults.length > 0) {
    process.stderr.write(`scenario schema:\n  ${faults.join('\n  ')}\n`);
    process.exit(1);
  }
  const base = docs.schema as Record<string, unknown> & { properties: Record<string, unknown> };
  const schema = {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: 'tune-or-rag scenario (version 1)',
    description:
      'A workload and the strategies to compare (fine-tune, RAG, prompt-only, hybrid). Counts are whole numbers (or digit strings), rates are fractions from 0 to 1, money is a decimal string. See docs/scenarios.md.',
    ...Object.fromEntries(Object.entries(base).filter(([k]) => k !== '$schema')),
    properties: {
      ...base.properties,
      profiles: {
        description:
          'Named partial scenarios deep-merged over the rest of the file (objects merge, values and lists replace, null removes a field). The CLI runs every profile side by side, or the ones named with --profile.',
        type: 'object',
        additionalProperties: { type: 'object' },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

const text = await generate();
if (process.argv.includes('--check')) {
  let current = '';
  try {
    current = readFileSync(OUT, 'utf8');
  } catch {
    // Missing: reported below.
  }
  if (current !== text) {
    process.stderr.write('schema/scenario.schema.json is out of date: run `npm run schema:build`\n');
    process.exit(1);
  }
  process.stdout.write('schema/scenario.schema.json is up to date\n');
} else {
  writeFileSync(OUT, text);
  process.stdout.write('wrote schema/scenario.schema.json\n');
}
