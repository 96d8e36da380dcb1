import type { Node } from 'yaml';
import { CliError } from './cliError.js';
import { INPUT_LIMITS, maxBracketDepth } from './inputLimits.js';
import { yamlModule } from './yamlModule.js';

/** Keys that could reach an object's prototype when the scenario is merged: refused anywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Aliases allowed in one file: enough for shared blocks, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 50;

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

/**
 * The tags of the YAML 1.2 core schema, the only explicit tags a scenario may carry, and `!`, the
 * non-specific tag, which only says "a plain string, mapping or list".
 */
const CORE_TAGS: ReadonlySet<string> = new Set([
  '!',
  ...['str', 'int', 'float', 'bool', 'null', 'map', 'seq'].map((t) => `tag:yaml.org,2002:${t}`),
]);

function shortTag(tag: string): string {
  return tag.startsWith('tag:yaml.org,2002:') ? `!!${tag.slice('tag:yaml.org,2002:'.length)}` : tag;
}

function checkTag(node: unknown, at: string, file: string): void {
  const tag = (node as { tag?: unknown } | null)?.tag;
  if (typeof tag === 'string' && !CORE_TAGS.has(tag)) {
    // Other tags (!!set, !!binary, !!timestamp, !custom…) would be read as something else than what
    // was written (a tagged mapping as an empty one): a scenario is plain data.
    throw new CliError(
      'unsupported_tag',
      `${file}: the YAML tag \`${shortTag(tag)}\` is not allowed: a scenario is plain data (core schema tags only: !!str, !!int, !!float, !!bool, !!null, !!map, !!seq); remove the tag`,
      at === '' ? file : at,
    );
  }
}

interface Walk {
  readonly file: string;
  /** Line and column of an offset, for a duplicate key. */
  readonly where: (offset: number | undefined) => string;
}

/**
 * Refuses non-core tags, prototype keys, duplicate keys, too-wide mappings and too-deep nesting, at
 * every depth (keys, values and list items). Duplicate keys are found here with a set per mapping:
 * the parser's own check (`uniqueKeys`) compares every pair and took a minute for 100,000 keys.
 */
function checkNodes(node: unknown, path: string, walk: Walk, depth: number): void {
  const { isAlias, isMap, isScalar, isSeq } = yamlModule();
  const { file } = walk;
  checkTag(node, path, file);
  if ((isMap(node) || isSeq(node)) && depth > INPUT_LIMITS.depth) {
    throw new CliError(
      'invalid_input',
      `${file}: nested more than ${INPUT_LIMITS.depth} levels deep, the limit for a scenario file`,
      path === '' ? file : path,
    );
  }
  if (isMap(node)) {
    if (node.items.length > INPUT_LIMITS.scenarioMappingKeys) {
      throw new CliError(
        'invalid_input',
        `${file}: a mapping with ${node.items.length.toLocaleString('en-US')} keys, more than ${INPUT_LIMITS.scenarioMappingKeys.toLocaleString('en-US')}, the limit for a scenario file`,
        path === '' ? file : path,
      );
    }
    const seen = new Set<string>();
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : isAlias(pair.key) ? pair.key.source : pair.key;
      const name = String(key);
      const at = joinPath(path, name);
      checkTag(pair.key, at, file);
      if (FORBIDDEN_KEYS.has(name)) {
        throw new CliError(
          'forbidden_key',
          `${file}: the key \`${name}\` is not allowed in a scenario (it could alter object prototypes); rename or remove it`,
          at,
        );
      }
      if (seen.has(name)) {
        const range = (pair.key as { range?: [number, number, number] } | null)?.range;
        throw new CliError(
          'duplicate_key',
          `Map keys must be unique: \`${name}\` appears twice; each key may appear once per mapping`,
          walk.where(range?.[0]),
        );
      }
      seen.add(name);
      checkNodes(pair.value, at, walk, depth + 1);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      checkNodes(item, joinPath(path, i), walk, depth + 1);
    });
  }
}

/**
 * Parses a scenario file's text (YAML 1.2 core schema; JSON is YAML, so both go through here) into
 * plain data, the same as `JSON.parse` would give for the equivalent JSON. Refuses duplicate keys,
 * more than 50 aliases (alias bombs), `__proto__`/`constructor`/`prototype` keys, every explicit tag
 * outside the core schema (on mappings, lists, scalars and keys, at any depth) and several documents
 * in one file.
 *
 * @throws a {@link CliError}: `invalid_yaml`, `duplicate_key`, `alias_limit`, `forbidden_key` or
 *   `unsupported_tag`.
 */
export function parseScenarioText(text: string, file: string): unknown {
  // Flow nesting is measured before parsing (linear): 100,000 `[` would overflow the stack later.
  if (maxBracketDepth(text, false) > INPUT_LIMITS.depth) {
    throw new CliError(
      'invalid_input',
      `${file}: nested more than ${INPUT_LIMITS.depth} levels deep, the limit for a scenario file`,
      file,
    );
  }
  const { LineCounter, parseDocument } = yamlModule();
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: false,
    strict: true,
    prettyErrors: true,
    stringKeys: true,
    lineCounter,
  });
  // Tags first: a non-core tag can also be what makes the document invalid (`!!set {a: 1}`), and
  // naming the tag says more than the error it causes.
  checkNodes(
    doc.contents as Node | null,
    '',
    {
      file,
      where: (offset) => {
        if (offset === undefined) return file;
        const pos = lineCounter.linePos(offset);
        return `${file}:${pos.line}:${pos.col}`;
      },
    },
    1,
  );
  // Other warnings are refused too: a scenario is plain data.
  const first = doc.errors[0] ?? doc.warnings[0];
  if (first !== undefined) {
    const pos = first.linePos?.[0];
    const where = pos === undefined ? file : `${file}:${pos.line}:${pos.col}`;
    const message = first.message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
    if (first.code === 'DUPLICATE_KEY') {
      throw new CliError('duplicate_key', `${message}: each key may appear once per mapping`, where);
    }
    throw new CliError('invalid_yaml', message, where);
  }
  try {
    return doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT });
  } catch (error) {
    if (error instanceof ReferenceError || /alias/i.test(String((error as Error).message))) {
      throw new CliError(
        'alias_limit',
        `${file}: too many aliases (more than ${MAX_ALIAS_COUNT} expansions); write the values out`,
        file,
      );
    }
    throw new CliError('invalid_yaml', `${file}: ${(error as Error).message}`, file);
  }
}
