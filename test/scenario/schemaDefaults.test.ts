import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { recommendWith } from '../../src/analysis/recommend.js';
import { parseScenario } from '../../src/scenario/parseScenario.js';
import type { ScenarioInput } from '../../src/scenario/scenarioSchema.js';
import { testRegistry } from '../helpers/testTables.js';

/**
 * The `default` of every field in the published JSON Schema is what the library does when the field
 * is left out: a scenario parsed with the field omitted equals the same scenario with the default
 * written. The defaults are declared once (`<name>Defaults` beside each schema) and read by both the
 * converters and scripts/scenarioSchemaDocs.ts; this checks that the converters really read them.
 */

type Json = Record<string, unknown>;
const SCHEMA = JSON.parse(
  readFileSync(new URL('../../schema/scenario.schema.json', import.meta.url), 'utf8'),
) as Json;

/** A scenario with every block that has a defaulted field present (it is parsed, not priced). */
function everyBlock(): Json {
  const fineTuneRoute = { vendor: 'v', model: 'm', training: { datasetTokens: 1000 } };
  const generation = { vendor: 'v', model: 'm' };
  const rag = {
    embedding: { vendor: 'v', model: 'e' },
    corpusTokens: 100_000,
    topK: 3,
    vectorDb: { vendor: 'db', plan: 'p' },
    rerank: { vendor: 'v', model: 'r', candidates: 10 },
    generation,
  };
  return {
    workload: { requestsPerMonth: 10_000, instructionTokens: 500, inputTokens: 100, outputTokens: 200 },
    strategies: {
      fineTune: {
        ...fineTuneRoute,
        serving: {
          mode: 'capacity',
          option: 'gpu',
          autoscale: { maxCopies: 4 },
          throughput: { amount: 100, unit: 'tokens_per_second' },
        },
        lifecycle: {
          upgrades: [{ month: 3, training: { datasetTokens: 2000 } }],
          monitoring: { usdPerMonth: '10' },
          fallback: { strategy: 'fineTune', fineTune: fineTuneRoute },
        },
      },
      rag,
      promptOnly: { ...generation, fewShotTokens: 100 },
      longContext: { ...generation, contextTokens: 1000 },
      hybrid: {},
      retrievalTuning: {
        ...rag,
        embeddingTuning: { datasetTokens: 10 },
        rerankTuning: { datasetTokens: 10, hours: 1 },
      },
    },
  };
}

interface DefaultedField {
  /** Where it is in the scenario, key by key. */
  readonly path: readonly (string | number)[];
  /** Its name, description and default: the same declaration wherever it is reused. */
  readonly declaration: string;
  readonly value: unknown;
}

/** The branch of a `oneOf` that describes a value: every key of the value is one of its properties. */
function branchFor(schema: Json, value: Json): Json | undefined {
  const branches = (schema.oneOf ?? schema.anyOf) as Json[] | undefined;
  return branches?.find((branch) => {
    const props = (branch.properties ?? {}) as Record<string, Json>;
    return Object.entries(value).every(
      ([key, v]) => key in props && (!('const' in props[key]!) || props[key]!.const === v),
    );
  });
}

/** Every defaulted property of the schema whose parent object is present in `value`. */
function defaultedFields(schema: Json, value: unknown, path: (string | number)[] = []): DefaultedField[] {
  if (typeof value !== 'object' || value === null) return [];
  if (Array.isArray(value)) {
    return value.flatMap((item, i) => defaultedFields(schema.items as Json, item, [...path, i]));
  }
  const object = value as Json;
  const described = schema.properties === undefined ? branchFor(schema, object) : schema;
  if (described?.properties === undefined) return [];
  const out: DefaultedField[] = [];
  for (const [key, prop] of Object.entries(described.properties as Record<string, Json>)) {
    if ('default' in prop) {
      out.push({
        path: [...path, key],
        declaration: `${key}: ${JSON.stringify(prop.default)} (${prop.description})`,
        value: prop.default,
      });
    }
    out.push(...defaultedFields(prop, object[key], [...path, key]));
  }
  return out;
}

function withField(scenario: Json, path: readonly (string | number)[], value: unknown): Json {
  const copy = structuredClone(scenario);
  let parent = copy as Record<string | number, unknown>;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === undefined) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** A parsed scenario as plain data, every Decimal as its string. */
const parsed = (input: Json) => JSON.parse(JSON.stringify(parseScenario(input)));

/** Every default the JSON Schema states, once per declaration. */
function allDeclarations(schema: unknown, out = new Set<string>()): Set<string> {
  if (typeof schema !== 'object' || schema === null) return out;
  const json = schema as Json;
  for (const [key, prop] of Object.entries((json.properties ?? {}) as Record<string, Json>)) {
    if ('default' in prop) out.add(`${key}: ${JSON.stringify(prop.default)} (${prop.description})`);
  }
  for (const [key, child] of Object.entries(json)) {
    if (key !== 'properties') allDeclarations(child, out);
    else for (const prop of Object.values(child as Json)) allDeclarations(prop, out);
  }
  return out;
}

const scenario = everyBlock();
// `constraints` is kept as written for `recommend`: its defaults are checked on recommend's answer.
const fields = defaultedFields(SCHEMA, scenario).filter((f) => f.path[0] !== 'constraints');

describe('the JSON Schema defaults are what the library does with the field left out', () => {
  it('the fixture reaches every declared default (but those of `constraints`)', () => {
    const reached = new Set(fields.map((f) => f.declaration));
    const missing = [...allDeclarations(SCHEMA)].filter(
      (d) => !reached.has(d) && !/^(scope|weightsDownloadable|openForHorizon):/.test(d),
    );
    expect(missing).toEqual([]);
    expect(fields.length).toBeGreaterThanOrEqual(60);
  });

  it.each(fields.map((f) => [f.path.join('.'), f] as const))('%s', (_path, field) => {
    const omitted = withField(scenario, field.path, undefined);
    const written = withField(scenario, field.path, field.value);
    expect(parsed(written)).toEqual(parsed(omitted));
  });

  it.each([
    [
      'dataPerimeter.scope',
      { dataPerimeter: { clouds: ['aws', 'gcp'] } },
      { dataPerimeter: { clouds: ['aws', 'gcp'], scope: 'training' } },
    ],
    ['weightsDownloadable', {}, { weightsDownloadable: false }],
    ['openForHorizon', {}, { openForHorizon: true }],
  ])('constraints.%s: recommend answers the same', (_name, omitted, written) => {
    const pricing = testRegistry();
    const input = (constraints: Json): ScenarioInput =>
      ({
        workload: {
          requestsPerMonth: 1_000_000,
          instructionTokens: 500,
          inputTokens: 100,
          outputTokens: 200,
        },
        constraints,
        strategies: {
          promptOnly: { vendor: 'test-llm', model: 'big', fewShotTokens: 0 },
          fineTune: {
            vendor: 'test-llm',
            model: 'small',
            variant: 'full',
            training: { datasetTokens: 50_000_000 },
          },
        },
      }) as ScenarioInput;
    const answer = (constraints: Json) =>
      JSON.parse(JSON.stringify(recommendWith(input(constraints), { pricing })));
    expect(answer(written)).toEqual(answer(omitted));
  });
});
