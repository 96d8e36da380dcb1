/**
 * Every strategy kind the library compares, in one list: its id (the scenario's key under
 * `strategies`), labels, the names users may type for it on the command line, and which other
 * strategies it builds on. CLI aliases, report labels, help text and the scenario's cross-field check
 * read this list; `src/kinds/registry.ts` pairs each kind with its module (schema, converter,
 * builder), so the compiler asks for a module when a kind is added here.
 */
export const STRATEGY_KINDS = [
  {
    id: 'fineTune',
    linePrefix: 'Fine-tune',
    label: 'Fine-tune',
    shortLabel: 'Fine-tune',
    cliName: 'fine-tune',
    aliases: ['finetune', 'ft'],
    trains: true,
    needs: [],
    summary: 'a tuned model: training, evaluation, storage, serving per token or on capacity',
    meets: ['styleOrFormat'],
    chartStyle: { colour: '#0072B2', dash: '' },
  },
  {
    id: 'rag',
    linePrefix: 'RAG',
    label: 'RAG',
    shortLabel: 'RAG',
    cliName: 'rag',
    aliases: [],
    trains: false,
    needs: [],
    summary: 'retrieval (embeddings, vector database, rerank) with a base model',
    meets: ['freshFacts', 'citations'],
    chartStyle: { colour: '#D55E00', dash: '7 4' },
  },
  {
    id: 'promptOnly',
    linePrefix: 'Prompt-only',
    label: 'Prompt-only',
    shortLabel: 'Prompt-only',
    cliName: 'prompt-only',
    aliases: ['promptonly'],
    trains: false,
    needs: [],
    summary: 'a base model with a long, cached instruction or few-shot block',
    // Few-shot examples can set a style, but a prompt does not hold a voice the way tuning does.
    meets: [],
    chartStyle: { colour: '#009E73', dash: '2 3' },
  },
  {
    id: 'hybrid',
    linePrefix: 'Hybrid',
    label: 'Hybrid (RAG + tuned)',
    shortLabel: 'Hybrid',
    cliName: 'hybrid',
    aliases: [],
    trains: true,
    needs: ['fineTune', 'rag'],
    summary: 'the tuned model with RAG retrieval',
    meets: ['styleOrFormat', 'freshFacts', 'citations'],
    chartStyle: { colour: '#CC79A7', dash: '9 3 2 3' },
  },
  {
    id: 'longContext',
    linePrefix: 'Long context',
    label: 'Long context (cached)',
    shortLabel: 'Long ctx',
    cliName: 'long-context',
    aliases: ['longcontext'],
    trains: false,
    needs: [],
    summary: 'a base model with the whole knowledge base in a cached prompt instead of retrieval',
    meets: ['freshFacts', 'citations'],
    chartStyle: { colour: '#E69F00', dash: '1 2' },
  },
  {
    id: 'retrievalTuning',
    linePrefix: 'Retrieval tuning',
    label: 'Retrieval tuning (tuned embeddings/rerank)',
    shortLabel: 'Retr. tuning',
    cliName: 'retrieval-tuning',
    aliases: ['retrievaltuning'],
    // It trains retrieval models only; the vendor closures in the tables are closures of LLM
    // fine-tuning, which this route does not use (a vendor whose tuning ended is refused by the builder).
    trains: false,
    needs: [],
    summary: 'RAG with a fine-tuned embedding model and/or reranker: training, re-embedding, serving',
    meets: ['freshFacts', 'citations'],
    chartStyle: { colour: '#56B4E9', dash: '6 2 1 2' },
  },
  {
    id: 'distillation',
    linePrefix: 'Distillation',
    label: 'Distillation (student tuned on a teacher)',
    shortLabel: 'Distill',
    cliName: 'distillation',
    aliases: ['distill'],
    // It trains (the student), so a closure to new fine-tuning jobs closes it.
    trains: true,
    needs: [],
    summary: "a small model fine-tuned on a large model's answers: teacher labelling, training, serving",
    meets: ['styleOrFormat'],
    chartStyle: { colour: '#F0E442', dash: '4 1 1 1' },
  },
] as const satisfies readonly StrategyKindInfo[];

/** What the registry says of one strategy kind. */
export interface StrategyKindInfo {
  readonly id: string;
  /** Shown in reports: `Hybrid (RAG + tuned)`. */
  readonly label: string;
  /** Starts its line items' labels in the `strategies` form: `Hybrid: training`. */
  readonly linePrefix: string;
  /** Narrow table columns: `Hybrid`. */
  readonly shortLabel: string;
  /** How the command line writes it: `fine-tune`, `prompt-only`. */
  readonly cliName: string;
  /** Other names accepted on the command line (the id and the CLI name always are). */
  readonly aliases: readonly string[];
  /** `true` when it trains a model, so a closure to new training jobs closes it. */
  readonly trains: boolean;
  /** Strategies it reuses, which the scenario must describe too. */
  readonly needs: readonly string[];
  readonly summary: string;
  /** Which needs it meets, for `recommend`'s qualitative rule (tune for style, retrieve for facts). */
  readonly meets: readonly ('styleOrFormat' | 'freshFacts' | 'citations')[];
  /** How charts draw it: an Okabe–Ito colour and a dash pattern, so lines differ without colour too. */
  readonly chartStyle: { readonly colour: string; readonly dash: string };
}

/** The strategies the library compares. */
export type StrategyId = (typeof STRATEGY_KINDS)[number]['id'];

/** Every strategy id, in the order reports list them. */
export const STRATEGY_IDS: readonly StrategyId[] = STRATEGY_KINDS.map((k) => k.id);

/** Each strategy's report label. */
export const STRATEGY_LABELS: Readonly<Record<StrategyId, string>> = Object.fromEntries(
  STRATEGY_KINDS.map((k) => [k.id, k.label]),
) as Record<StrategyId, string>;

/** The registry entry of a strategy id. */
export function strategyKind(id: StrategyId): (typeof STRATEGY_KINDS)[number] {
  return STRATEGY_KINDS.find((k) => k.id === id)!;
}

const BY_NAME: ReadonlyMap<string, StrategyId> = new Map(
  STRATEGY_KINDS.flatMap((k) => [k.id, k.cliName, ...k.aliases].map((name) => [name, k.id] as const)),
);

/** The strategy id for a name as typed (`fine-tune`, `fineTune`, `ft`, `prompt-only`…), or undefined. */
export function strategyIdOfName(name: string): StrategyId | undefined {
  return BY_NAME.get(name);
}

/** `fine-tune, rag, prompt-only, hybrid`: the names for help text and messages. */
export const STRATEGY_CLI_NAMES: string = STRATEGY_KINDS.map((k) => k.cliName).join(', ');
