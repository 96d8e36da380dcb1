import { strategyIdOfName } from '../strategyKinds.js';
import {
  countSchema,
  growthSchema,
  moneySchema,
  positiveCountSchema,
  quantitySchema,
  rateSchema,
  scenarioSchema,
  workloadSchema,
} from './scenarioSchema.js';

/**
 * What a numeric scenario field holds, which decides how a sampled float becomes its Decimal:
 * counts are whole numbers (`positiveCount` at least 1), rates fractions from 0 to 1, growth a
 * monthly rate above −1, quantities and money non-negative decimals.
 */
export type NumericFieldKind = 'count' | 'positiveCount' | 'rate' | 'quantity' | 'money' | 'growth';

// The schema's own leaf schemas, by identity: the catalogue is read off the schema, so it cannot drift.
const LEAVES: readonly (readonly [unknown, NumericFieldKind])[] = [
  [countSchema, 'count'],
  [positiveCountSchema, 'positiveCount'],
  [rateSchema, 'rate'],
  [quantitySchema, 'quantity'],
  [moneySchema, 'money'],
  [growthSchema, 'growth'],
];

// zod's documented definition object (`_zod.def`), read only to list the schema's fields.
interface Def {
  readonly type: string;
  readonly shape?: Readonly<Record<string, unknown>>;
  readonly innerType?: unknown;
  readonly options?: readonly unknown[];
  readonly keyType?: unknown;
  readonly valueType?: unknown;
  readonly entries?: Readonly<Record<string, string>>;
}
const defOf = (schema: unknown): Def => (schema as { _zod: { def: Def } })._zod.def;

function walk(schema: unknown, path: string, out: Map<string, NumericFieldKind>): void {
  const leaf = LEAVES.find(([s]) => s === schema);
  if (leaf !== undefined) {
    out.set(path, leaf[1]);
    return;
  }
  const def = defOf(schema);
  switch (def.type) {
    case 'optional':
      walk(def.innerType, path, out);
      return;
    case 'object':
      for (const [key, child] of Object.entries(def.shape ?? {}))
        walk(child, path === '' ? key : `${path}.${key}`, out);
      return;
    case 'union':
      for (const option of def.options ?? []) walk(option, path, out);
      return;
    case 'record': {
      const keys = defOf(def.keyType).entries;
      if (keys !== undefined)
        for (const key of Object.values(keys)) walk(def.valueType, `${path}.${key}`, out);
      return;
    }
    default:
      return;
  }
}

let catalogue: ReadonlyMap<string, NumericFieldKind> | null = null;

/**
 * Every numeric field of a scenario, by its dotted path (`workload.requestsPerMonth`,
 * `strategies.rag.generation.prices.input`), with its kind. The currency block is left out: its
 * rate converts results for display and is not a cost input.
 */
export function numericScenarioPaths(): ReadonlyMap<string, NumericFieldKind> {
  if (catalogue === null) {
    const all = new Map<string, NumericFieldKind>();
    walk(scenarioSchema, '', all);
    for (const key of [...all.keys()]) if (key.startsWith('currency.')) all.delete(key);
    catalogue = all;
  }
  return catalogue;
}

/**
 * The kind of a numeric field of a named candidate (`candidates.rag-b.topK`): the candidate's kind
 * (its own or inherited through `extends`) decides its fields, so the path is looked up as that
 * kind's `strategies.<kind>.<field>`. `undefined` when the field is not numeric for that kind.
 *
 * @param kind - The candidate's strategy kind as written (`rag`, `fine-tune`…).
 */
export function candidateFieldKind(kind: string, field: string): NumericFieldKind | undefined {
  const id = strategyIdOfName(kind);
  return id === undefined ? undefined : numericScenarioPaths().get(`strategies.${id}.${field}`);
}

/** Workload fields may be named alone (`requestsPerDay`): every field of the workload's schema. */
const WORKLOAD_SHORT: ReadonlySet<string> = new Set(Object.keys(workloadSchema.shape));

/**
 * A field path as the command line's `--set` and `--vary` take it, in the scenario's own spelling:
 * workload fields may be named alone (`requestsPerMonth`), strategies without `strategies.` and by
 * their CLI names (`rag.topK`, `fine-tune.training.epochs` → `strategies.fineTune.training.epochs`).
 */
export function canonicalScenarioPath(path: string): string {
  const parts = path.split('.');
  const [head, ...rest] = parts as [string, ...string[]];
  if (WORKLOAD_SHORT.has(head) && rest.length === 0) return `workload.${head}`;
  const strategy = strategyIdOfName(head);
  if (strategy !== undefined && rest.length > 0) return ['strategies', strategy, ...rest].join('.');
  if (head === 'strategies' && rest.length > 0) {
    const [second, ...tail] = rest as [string, ...string[]];
    return ['strategies', strategyIdOfName(second) ?? second, ...tail].join('.');
  }
  return path;
}
