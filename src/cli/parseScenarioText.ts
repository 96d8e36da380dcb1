import type { Node } from 'yaml';
import { CliError } from './cliError.js';
import { yamlModule } from './yamlModule.js';

/** Keys that could reach an object's prototype when the scenario is merged: refused anywhere. */
export const FORBIDDEN_KEYS: ReadonlySet<string> = new Set(['__proto__', 'constructor', 'prototype']);

/** Aliases allowed in one file: enough for shared blocks, far too few for an alias bomb. */
const MAX_ALIAS_COUNT = 50;

function joinPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return path === '' ? key : `${path}.${key}`;
}

function checkKeys(node: unknown, path: string, file: string): void {
  const { isAlias, isMap, isScalar, isSeq } = yamlModule();
  if (isMap(node)) {
    for (const pair of node.items) {
      const key = isScalar(pair.key) ? pair.key.value : isAlias(pair.key) ? pair.key.source : pair.key;
      const name = String(key);
      const at = joinPath(path, name);
      if (FORBIDDEN_KEYS.has(name)) {
        throw new CliError(
          'forbidden_key',
          `${file}: the key \`${name}\` is not allowed in a scenario (it could alter object prototypes); rename or remove it`,
          at,
        );
      }
      checkKeys(pair.value, at, file);
    }
  } else if (isSeq(node)) {
    node.items.forEach((item, i) => {
      checkKeys(item, joinPath(path, i), file);
    });
  }
}

/**
 * Parses a scenario file's text (YAML 1.2 core schema; JSON is YAML, so both go through here) into
 * plain data, the same as `JSON.parse` would give for the equivalent JSON. Refuses duplicate keys,
 * more than 50 aliases (alias bombs), `__proto__`/`constructor`/`prototype` keys, custom tags and
 * several documents in one file.
 *
 * @throws a {@link CliError}: `invalid_yaml`, `duplicate_key`, `alias_limit` or `forbidden_key`.
 */
export function parseScenarioText(text: string, file: string): unknown {
  const doc = yamlModule().parseDocument(text, {
    version: '1.2',
    schema: 'core',
    merge: false,
    uniqueKeys: true,
    strict: true,
    prettyErrors: true,
    stringKeys: true,
  });
  // Warnings (an unknown tag such as !!js/function) are refused too: a scenario is plain data.
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
  checkKeys(doc.contents as Node | null, '', file);
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
