import type * as Yaml from 'yaml';

let loaded: typeof Yaml | undefined;

/**
 * Loads the YAML parser. Commands call it only when they read a file, so `compare` on the built-in
 * scenario never evaluates the parser's ~110 KB (a measurable part of the CLI's cold start).
 */
export async function loadYaml(): Promise<void> {
  loaded ??= await import('yaml');
}

/** The YAML parser, once {@link loadYaml} has run. */
export function yamlModule(): typeof Yaml {
  if (loaded === undefined) throw new Error('internal: loadYaml() must run before a file is parsed');
  return loaded;
}
