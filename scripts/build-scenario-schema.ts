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
import { exampleScenarioModule } from './exampleScenarioTemplate.js';
import { annotateScenarioSchema } from './scenarioSchemaDocs.js';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const OUT = join(ROOT, 'schema/scenario.schema.json');
const TEMPLATE = join(ROOT, 'src/cli/exampleScenario.ts');

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
          'Named partial scenarios deep-merged over the rest of the file (objects merge, values and lists replace, null removes a field). The CLI runs every profile side by side, or the ones named with --profile; --as-of and --set apply after the profile.',
        type: 'object',
        additionalProperties: { type: 'object' },
      },
    },
  };
  return `${JSON.stringify(schema, null, 2)}\n`;
}

function read(file: string): string {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return ''; // Missing: reported as out of date.
  }
}

const text = await generate();
// The init template's comments are the schema's descriptions (scripts/exampleScenarioTemplate.ts).
const template = exampleScenarioModule(JSON.parse(text));
const outputs: [string, string, string][] = [
  [OUT, 'schema/scenario.schema.json', text],
  [TEMPLATE, 'src/cli/exampleScenario.ts', template],
];
if (process.argv.includes('--check')) {
  const stale = outputs.filter(([file, , content]) => read(file) !== content).map(([, name]) => name);
  if (stale.length > 0) {
    process.stderr.write(`${stale.join(' and ')} out of date: run \`npm run schema:build\`\n`);
    process.exit(1);
  }
  process.stdout.write('schema/scenario.schema.json and src/cli/exampleScenario.ts are up to date\n');
} else {
  for (const [file, name, content] of outputs) {
    writeFileSync(file, content);
    process.stdout.write(`wrote ${name}\n`);
  }
}
