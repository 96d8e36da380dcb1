/**
 * Reads the field documentation of the scenario schema from the source, for the generated JSON
 * Schema (scripts/build-scenario-schema.ts). The descriptions are the `/** … *\/` comments on the
 * zod schemas' fields, written once in `src/spec/fields.ts`, `src/kinds/*.ts` and `src/scenario/`;
 * they are not in the runtime schema, which would ship every sentence in the `tune-or-rag/core`
 * bundle (docs/bundle-size.md). The TypeScript compiler links each property of `ScenarioInput`
 * (`z.input` of the schema) to the field it was declared as, which is also how typedoc documents
 * the input types, so the JSON Schema, editors and the API docs read the same comment.
 *
 * Static defaults come from the `<name>Defaults` object beside each `<name>Schema` (the converters
 * read the same object): a field declared in `trainingSchema` takes its `default` from
 * `trainingDefaults[field]`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const ENTRY = join(ROOT, 'src/scenario/scenarioSchema.ts');

type Json = Record<string, unknown>;

export interface SchemaDocs {
  /** The JSON Schema with a `description` (and, where static, a `default`) on every property. */
  readonly schema: Json;
  /** JSON paths of properties that have no description in the source. */
  readonly undocumented: readonly string[];
  /** Problems that make the source the wrong single source (a default stated twice, an unused default). */
  readonly problems: readonly string[];
}

function program(): ts.Program {
  const config = ts.getParsedCommandLineOfConfigFile(
    join(ROOT, 'tsconfig.json'),
    {},
    { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} },
  );
  if (config === undefined) throw new Error('tsconfig.json could not be read');
  return ts.createProgram([ENTRY], config.options);
}

/** A comment as one line: the JSON Schema's description, or the init template's comment. */
function oneLine(parts: ts.SymbolDisplayPart[]): string {
  return ts.displayPartsToString(parts).replace(/\s+/g, ' ').trim();
}

/**
 * Annotates a JSON Schema generated from `scenarioSchema` with the descriptions and defaults of its
 * fields, read from the source.
 */
export async function annotateScenarioSchema(base: Json): Promise<SchemaDocs> {
  const prog = program();
  const checker = prog.getTypeChecker();
  const entry = prog.getSourceFile(ENTRY);
  let alias: ts.TypeAliasDeclaration | undefined;
  entry?.forEachChild((node) => {
    if (ts.isTypeAliasDeclaration(node) && node.name.text === 'ScenarioInput') alias = node;
  });
  if (alias === undefined) throw new Error('ScenarioInput is not declared in src/scenario/scenarioSchema.ts');
  const rootType = checker.getTypeAtLocation(alias.name);

  const undocumented: string[] = [];
  const problems: string[] = [];
  const modules = new Map<string, Record<string, unknown>>();
  // Every `<name>Defaults` object met, and the fields of it that became a `default`.
  const defaultsSeen = new Map<string, Set<string>>();

  async function moduleOf(file: string): Promise<Record<string, unknown>> {
    let mod = modules.get(file);
    if (mod === undefined) {
      mod = (await import(pathToFileURL(file).href)) as Record<string, unknown>;
      modules.set(file, mod);
    }
    return mod;
  }

  /**
   * The comment on a symbol, or for a block (an object), on what its field is declared as
   * (`workload: workloadSchema`). A scalar field is never described by its type's comment
   * (`countSchema` says what a count is, not what this count counts).
   */
  function docOf(symbol: ts.Symbol, block: boolean, depth = 0): string {
    const own = oneLine(symbol.getDocumentationComment(checker));
    if (own !== '' || !block || depth > 4) return own;
    for (const decl of symbol.declarations ?? []) {
      if (!ts.isPropertyAssignment(decl)) continue;
      let init: ts.Expression = decl.initializer;
      // z.optional(x) documents x; a helper call (`overrides([...])`) documents what it returns.
      while (ts.isCallExpression(init)) {
        const callee = init.expression.getText();
        if ((callee === 'z.optional' || callee === 'z.nullable') && init.arguments[0] !== undefined) {
          init = init.arguments[0];
        } else {
          init = init.expression;
          break;
        }
      }
      let target = checker.getSymbolAtLocation(init);
      if (target !== undefined && target.flags & ts.SymbolFlags.Alias)
        target = checker.getAliasedSymbol(target);
      if (target !== undefined) {
        const text = docOf(target, block, depth + 1);
        if (text !== '') return text;
      }
    }
    return '';
  }

  /** The static default of a field: `<name>Defaults[field]` beside the `<name>Schema` it is declared in. */
  async function defaultOf(symbol: ts.Symbol): Promise<{ found: boolean; value?: unknown }> {
    for (const decl of symbol.declarations ?? []) {
      let node: ts.Node | undefined = decl;
      while (node !== undefined && !ts.isVariableDeclaration(node)) node = node.parent;
      if (node === undefined || !ts.isIdentifier(node.name)) continue;
      const name = node.name.text;
      if (!name.endsWith('Schema')) continue;
      const defaultsName = `${name.slice(0, -'Schema'.length)}Defaults`;
      const file = decl.getSourceFile().fileName;
      const mod = await moduleOf(file);
      const defaults = mod[defaultsName] as Record<string, unknown> | undefined;
      if (defaults === undefined) continue;
      const key = `${file.slice(ROOT.length + 1)}#${defaultsName}`;
      if (!defaultsSeen.has(key)) defaultsSeen.set(key, new Set());
      if (Object.hasOwn(defaults, symbol.name)) {
        defaultsSeen.get(key)!.add(symbol.name);
        return { found: true, value: defaults[symbol.name] };
      }
    }
    return { found: false };
  }

  /** The member of a union that a `oneOf` branch describes: the one whose discriminator matches. */
  function branchType(branch: Json, type: ts.Type): ts.Type | undefined {
    if (!type.isUnion()) return type;
    const props = (branch.properties ?? {}) as Record<string, Json>;
    return type.types.find((member) =>
      Object.entries(props).every(([key, prop]) => {
        const symbol = checker.getPropertyOfType(member, key);
        if (symbol === undefined) return false;
        if (!('const' in prop)) return true;
        const propType = checker.getNonNullableType(checker.getTypeOfSymbol(symbol));
        return propType.isLiteral() && propType.value === prop.const;
      }),
    );
  }

  /** An object, or a choice of objects (`serving`, `fallback`). */
  function isBlock(json: Json): boolean {
    if (json.type === 'object') return true;
    const union = (json.oneOf ?? json.anyOf) as Json[] | undefined;
    return union?.every((branch) => branch.type === 'object') ?? false;
  }

  async function walk(node: unknown, type: ts.Type | undefined, path: string): Promise<unknown> {
    if (typeof node !== 'object' || node === null || Array.isArray(node)) return node;
    const json = node as Json;
    const t = type === undefined ? undefined : checker.getNonNullableType(type);
    const out: Json = { ...json };
    if (json.properties !== undefined) {
      const props: Json = {};
      for (const [key, value] of Object.entries(json.properties as Json)) {
        const symbol = t === undefined ? undefined : checker.getPropertyOfType(t, key);
        const at = `${path}.${key}`;
        const inner = await walk(
          value,
          symbol === undefined ? undefined : checker.getTypeOfSymbol(symbol),
          at,
        );
        const block = isBlock(value as Json);
        const description = symbol === undefined ? '' : docOf(symbol, block);
        if (description === '') undocumented.push(at);
        const fallback = symbol === undefined ? { found: false } : await defaultOf(symbol);
        if (fallback.found && /\(default[ :]/.test(description)) {
          problems.push(
            `${at}: the default is stated in the comment too; keep it in the Defaults object only`,
          );
        }
        props[key] = {
          ...(description === '' ? {} : { description }),
          ...(fallback.found ? { default: fallback.value } : {}),
          ...(inner as Json),
        };
      }
      out.properties = props;
    }
    for (const union of ['oneOf', 'anyOf'] as const) {
      if (Array.isArray(json[union])) {
        out[union] = await Promise.all(
          (json[union] as Json[]).map((branch, i) =>
            walk(branch, t === undefined ? undefined : branchType(branch, t), `${path}/${union}[${i}]`),
          ),
        );
      }
    }
    if (json.items !== undefined) {
      const element = t === undefined ? undefined : checker.getIndexTypeOfType(t, ts.IndexKind.Number);
      out.items = await walk(json.items, element, `${path}[]`);
    }
    if (typeof json.additionalProperties === 'object' && json.additionalProperties !== null) {
      const value = t === undefined ? undefined : checker.getIndexTypeOfType(t, ts.IndexKind.String);
      out.additionalProperties = await walk(json.additionalProperties, value, `${path}.*`);
    }
    return out;
  }

  const schema = (await walk(base, rootType, '')) as Json;
  // A Defaults object whose field matched nothing names a field that does not exist (or moved).
  for (const [name, used] of defaultsSeen) {
    const [file, exported] = name.split('#') as [string, string];
    const defaults = (await moduleOf(join(ROOT, file)))[exported] as Record<string, unknown>;
    for (const key of Object.keys(defaults)) {
      if (!used.has(key)) problems.push(`${name}.${key} is the default of no field of the scenario`);
    }
  }
  return { schema, undocumented, problems };
}
