import { Command, CommanderError, Option } from 'commander';
import { PRESETS } from '../scenario/presets/presets.js';
import { STRATEGY_CLI_NAMES } from '../strategyKinds.js';
import { formatError } from './formatError.js';
import { FOCUS_FORMATS, FORMATS, type OutputOptions } from './formats.js';
import { TOOL } from './tool.js';
import { checkOutput, type Produced, writeOutput } from './writeOutput.js';

// Exit codes: 0 success, 1 a domain error (bad scenario, missing price, unreadable file…), 2 a usage
// error (unknown command or option, malformed --vary/--set). Errors are one line, never a stack.
// Command modules are imported on first use, so `--help` or `init` never load the price tables.

// No default value: commander would print "(default: [])" in --help.
const collect = (value: string, previous: string[] = []) => [...previous, value];

let reportAllIssues = false;

function formatOption(formats: readonly string[]): Option {
  return new Option('-f, --format <format>', 'output format').choices(formats).default('table');
}

function addOutputOptions(command: Command, formats: readonly string[] = FORMATS): Command {
  return command
    .addOption(formatOption(formats))
    .option('-o, --out <file>', 'write to FILE (atomically: complete or not at all) instead of stdout')
    .option('--bom', 'CSV only: start with a UTF-8 byte-order mark, for Excel')
    .option(
      '--precision <n|full>',
      'CSV only: decimals of money columns, rounded half to even (default 2: cents; unit prices always in full); full: exact',
    );
}

function addScenarioOptions(command: Command): Command {
  return command
    .argument('[scenario]', 'scenario file, YAML or JSON ("-" reads stdin; none: the built-in default)')
    .option(
      '--preset <name>',
      `a buyer profile instead of a file: ${PRESETS.map((p) => p.name).join(', ')} (see \`tune-or-rag presets\`)`,
    )
    .option('-p, --profile <names>', 'run only these profiles (comma-separated, repeatable)', collect)
    .option(
      '-s, --set <path=value>',
      'override a field after the profile, e.g. rag.topK=8 (repeatable)',
      collect,
    )
    .option('--as-of <date>', "price date YYYY-MM-DD: each vendor's table in effect that day")
    .option(
      '--prices <path>',
      'your price tables: a JSON table or a folder of them, validated and used over the bundled ones (repeatable)',
      collect,
    )
    .option(
      '--stale-after <months>',
      'warn when a table used was last verified this many months before the price date (default 6)',
    )
    .option(
      '--currency <code>',
      'show amounts in this currency (ISO 4217, e.g. EUR), with --fx-rate and --fx-date',
    )
    .option('--fx-rate <rate>', 'units of --currency per 1 USD, e.g. 0.92: your rate, applied once, exactly')
    .option('--fx-date <date>', 'the day of --fx-rate, YYYY-MM-DD: shown next to every converted amount');
}

/**
 * Runs a command and writes what it produces. `--out` is checked before the command runs (an input
 * file named as the output is refused before any work), and again when it is written.
 */
async function emit(
  produce: () => Promise<Produced>,
  out?: string,
  inputs: readonly (string | undefined)[] = [],
): Promise<void> {
  checkOutput(out, inputs);
  await writeOutput(await produce(), out, inputs);
}

/** {@link emit} for commands that read a scenario file: the YAML parser is loaded only then. */
async function emitWithScenario(
  file: string | undefined,
  produce: () => Promise<Produced>,
  opts: { readonly out?: string } = {},
): Promise<void> {
  // The scenario and every --prices table or folder are inputs: --out may name none of them.
  const inputs = [file, ...pricesOf(opts)];
  checkOutput(opts.out, inputs);
  if (file !== undefined) await (await import('./yamlModule.js')).loadYaml();
  return emit(produce, opts.out, inputs);
}

/** The `--prices` paths of a command's options (files or folders the command reads). */
function pricesOf(opts: object): string[] {
  const prices = (opts as { prices?: unknown }).prices;
  return Array.isArray(prices) ? prices.filter((p): p is string => typeof p === 'string') : [];
}

function buildProgram(): Command {
  const program = new Command();
  program
    .name('tune-or-rag')
    .description(
      'Fine-tune or RAG? Exact monthly costs, breakevens and multiples of fine-tuning, RAG, prompt-only and hybrid LLM setups, from dated vendor price tables.',
    )
    .version(TOOL.version, '-V, --version')
    .exitOverride()
    .configureOutput({
      outputError: (message, write) =>
        write(`error [usage]: ${message.replace(/^error: /, '').trim()} (see --help)\n`),
    })
    .addHelpText(
      'after',
      `
Start here:
  tune-or-rag init                    write scenario.yaml, every field explained
  tune-or-rag compare scenario.yaml   every strategy, each profile side by side
  tune-or-rag explain scenario.yaml   every line item with its formula and price source
  tune-or-rag sweep scenario.yaml --vary requestsPerMonth=1e3..1e9:log:25 -f csv -o sweep.csv
  tune-or-rag compare scenario.yaml -f json -o before.json   (later: after.json)
  tune-or-rag diff before.json after.json

Exit codes: 0 ok, 1 a problem with the scenario or files, 2 a usage error. Docs: docs/cli.md.`,
    );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('compare')
        .description('every strategy at the scenario volume: totals, multiples, breakevens'),
    ),
    FOCUS_FORMATS,
  )
    .option('--volumes <list>', 'also the candidates × volumes matrix at these volumes: 1e4,1e5,1e6')
    .addHelpText(
      'after',
      `
Examples:
  tune-or-rag compare                                   the built-in default scenario
  tune-or-rag compare scenario.yaml --profile base --set requestsPerMonth=5e5
  tune-or-rag compare scenario.yaml -f json -o run.json save a run for \`diff\`
  tune-or-rag compare examples/scenarios/ten-vendors.yaml --volumes 1e4,1e5,1e6`,
    )
    .action((file: string | undefined, opts: OutputOptions) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/scenarioCommands.js')).compareCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('explain')
        .description('each line item: quantity × unit price = amount, and the price source'),
    ),
    FOCUS_FORMATS,
  ).action((file: string | undefined, opts: OutputOptions) =>
    emitWithScenario(
      file,
      async () => (await import('./commands/scenarioCommands.js')).explainCommand(file, opts),
      opts,
    ),
  );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('breakeven')
        .description('every monthly volume where the cheaper of two strategies changes (exact)'),
    ),
  )
    .option('-b, --between <a,b>', `two strategies: ${STRATEGY_CLI_NAMES} (default: every pair)`)
    .addHelpText('after', '\nExample:\n  tune-or-rag breakeven scenario.yaml --between rag,fine-tune')
    .action((file: string | undefined, opts: OutputOptions & { between?: string }) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/scenarioCommands.js')).breakevenCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('sweep')
        .description('vary fields over ranges or lists: cost, breakeven and multiple per point'),
    ),
  )
    .option('-v, --vary <path=values>', 'a field and its values (repeatable; see below)', collect)
    .option('-b, --between <a,b>', 'the pair for breakeven and multiple (default: fine-tune,rag)')
    .addHelpText(
      'after',
      `
--vary forms (ranges are inclusive; several --vary make a cartesian product, the first slowest
but the volume always fastest; csv and json stream up to 1,000,000 points, a table shows 10,000):
  requestsPerMonth=1e3..1e9:log:25      25 points evenly spaced on a log scale
  rag.churnPerMonth=0.0..0.2:lin:5      5 evenly spaced points (a decimal point keeps fractions)
  horizonMonths=6..36:step:6            every 6 from 6 to 36
  rag.topK=3,5,10                       a list (names too: rag.generation.model=gpt-4.1,gpt-4.1-mini)
Paths: workload fields by name (requestsPerMonth), strategies without "strategies."
(rag.topK, fine-tune.training.epochs), anything else in full (horizonMonths).

Example:
  tune-or-rag sweep scenario.yaml -p base --vary requestsPerMonth=1e3..1e9:log:25 \\
    --vary rag.topK=3,5,10 -f csv -o sweep.csv`,
    )
    .action((file: string | undefined, opts: OutputOptions & { vary?: string[]; between?: string }) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/scenarioCommands.js')).sweepCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program.command('curve').description('monthly cost of every strategy over a range of volumes'),
    ),
  )
    .option('--from <requests>', 'lowest monthly volume (default 1000)')
    .option('--to <requests>', 'highest monthly volume (default 1e9)')
    .option('--points <n>', 'points, log-spaced (default 25)')
    .option('--volumes <list>', 'exact volumes instead, comma-separated: 1e4,1e5,1e6')
    .action((file: string | undefined, opts: OutputOptions & Record<string, string>) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/scenarioCommands.js')).curveCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program.command('horizon').description('cumulative cost by month (cash view) and the breakeven months'),
    ),
    FOCUS_FORMATS,
  )
    .option('-m, --months <n>', "months to run (default: the scenario's horizonMonths)")
    .action((file: string | undefined, opts: OutputOptions & { months?: string }) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/scenarioCommands.js')).horizonCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('simulate')
        .description(
          "Monte Carlo over the scenario's uncertainty block: P10/P50/P90 of costs, breakevens, multiples",
        ),
    ),
  )
    .option('-n, --samples <n>', 'samples to draw (default 10000)')
    .option('--seed <s>', 'seed of the generator, 0 to 4294967295 (default 1): same seed, same numbers')
    .addHelpText(
      'after',
      `
The scenario's \`uncertainty\` block gives a range or a distribution per field (docs/uncertainty.md):
  uncertainty:
    workload.requestsPerMonth: { dist: triangular, low: 50000, mode: 115000, high: 400000 }
    rag.generation.cachedPrefixHitRate: { dist: uniform, low: "0.3", high: "0.9" }
    fine-tune.training.epochs: { low: 1, base: 3, high: 6 }      a range (triangular)

Example:
  tune-or-rag simulate scenario.yaml --samples 10000 --seed 42 -f csv -o simulation.csv`,
    )
    .action((file: string | undefined, opts: OutputOptions & { samples?: string; seed?: string }) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/uncertaintyCommands.js')).simulateCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('sensitivity')
        .description(
          'tornado: each uncertain input at its low and high alone, ranked by how far it moves the breakeven',
        ),
    ),
  )
    .option('-b, --between <a,b>', `the pair: ${STRATEGY_CLI_NAMES} (default: the first two strategies)`)
    .option('--rank-by <what>', 'breakeven (default) or multiple')
    .addHelpText(
      'after',
      '\nExample:\n  tune-or-rag sensitivity scenario.yaml --between fine-tune,rag -f svg -o tornado.svg',
    )
    .action((file: string | undefined, opts: OutputOptions & { between?: string; rankBy?: string }) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/uncertaintyCommands.js')).sensitivityCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    program
      .command('prices')
      .description("every price in the vendors' tables in effect, with its source")
      .argument('[vendor]', 'one vendor (default: all)')
      .option('--as-of <date>', 'tables in effect on this date YYYY-MM-DD (default: today)')
      .option('--prices <path>', 'your price tables over the bundled ones (repeatable)', collect),
  ).action((vendor: string | undefined, opts: OutputOptions & { asOf?: string; prices?: string[] }) =>
    emit(
      async () => (await import('./commands/pricingCommands.js')).pricesCommand(vendor, opts),
      opts.out,
      pricesOf(opts),
    ),
  );

  addOutputOptions(
    program
      .command('vendors')
      .description('what can be bought on a date: fine-tuning, models, vector DB plans, closings ahead')
      .option('--as-of <date>', 'what can be bought on this date YYYY-MM-DD (default: today)')
      .option('--prices <path>', 'your price tables over the bundled ones (repeatable)', collect),
  ).action((opts: OutputOptions & { asOf?: string; prices?: string[] }) =>
    emit(
      async () => (await import('./commands/pricingCommands.js')).vendorsCommand(opts),
      opts.out,
      pricesOf(opts),
    ),
  );

  addOutputOptions(
    addScenarioOptions(
      program
        .command('recommend')
        .description('the cost verdict, the rule the needs select, and what the constraints remove'),
    ),
  )
    .addHelpText(
      'after',
      `
The scenario's \`needs\` (styleOrFormat, freshFacts, citations) select the rule: tune for style,
retrieve for facts that change and need citations, both where both are needed. Its \`constraints\`
(dataPerimeter, weightsDownloadable, openForHorizon: default true) remove strategies, each with its
reason and source.

Example:
  tune-or-rag recommend --preset mid-market-perimeter`,
    )
    .action((file: string | undefined, opts: OutputOptions) =>
      emitWithScenario(
        file,
        async () => (await import('./commands/recommendCommand.js')).recommendCommand(file, opts),
        opts,
      ),
    );

  addOutputOptions(
    program.command('presets').description('the buyer profiles `--preset NAME` runs, with their assumptions'),
  ).action((opts: OutputOptions) =>
    emit(async () => (await import('./commands/presetCommands.js')).presetsCommand(opts), opts.out),
  );

  program
    .command('init')
    .description('write an example scenario with every field explained (refuses to overwrite)')
    .argument('[file]', 'where to write it ("-" prints it)', 'scenario.yaml')
    .option('--force', 'overwrite an existing file')
    .action((file: string, opts: { force?: boolean }) =>
      emit(async () => (await import('./commands/fileCommands.js')).initCommand(file, opts)),
    );

  program
    .command('validate')
    .description('check a scenario file: syntax, fields, every profile priced')
    .argument('<file>', 'scenario file, YAML or JSON')
    .option('-p, --profile <names>', 'check only these profiles', collect)
    .option('-s, --set <path=value>', 'override a field (repeatable)', collect)
    .option('--as-of <date>', 'price date YYYY-MM-DD')
    .action((file: string, opts: { profile?: string[]; set?: string[]; asOf?: string }) => {
      reportAllIssues = true;
      return emitWithScenario(file, async () =>
        (await import('./commands/scenarioCommands.js')).validateCommand(file, opts),
      );
    });

  addOutputOptions(
    program
      .command('diff')
      .description('compare two runs saved with `compare -f json`: by strategy and line item')
      .argument('<old>', 'the earlier run (JSON)')
      .argument('<new>', 'the later run (JSON)')
      .option('--all', 'show unchanged line items too'),
  )
    .addHelpText(
      'after',
      `
Example (a price-table change, or two scenarios):
  tune-or-rag compare scenario.yaml --as-of 2025-06-01 -f json -o before.json
  tune-or-rag compare scenario.yaml -f json -o after.json
  tune-or-rag diff before.json after.json -f csv -o diff.csv`,
    )
    .action((oldFile: string, newFile: string, opts: OutputOptions & { all?: boolean }) =>
      emit(
        async () => (await import('./commands/fileCommands.js')).diffCommand(oldFile, newFile, opts),
        opts.out,
        [oldFile, newFile],
      ),
    );
  return program;
}

function onStdoutError(error: NodeJS.ErrnoException): void {
  // A closed pipe (`| head`) is not an error of ours.
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
}

/** Runs the CLI on `argv` (as `process.argv`: node, script, arguments) and sets `process.exitCode`. */
export async function main(argv: readonly string[]): Promise<void> {
  if (!process.stdout.listeners('error').includes(onStdoutError)) process.stdout.on('error', onStdoutError);
  reportAllIssues = false;
  const program = buildProgram();
  try {
    await program.parseAsync(argv);
  } catch (error) {
    if (error instanceof CommanderError) {
      process.exitCode = error.exitCode === 0 ? 0 : 2;
      return;
    }
    const formatted = formatError(error, reportAllIssues);
    if (process.env.TUNE_OR_RAG_DEBUG && error instanceof Error) process.stderr.write(`${error.stack}\n`);
    process.stderr.write(`${formatted.lines.join('\n')}\n`);
    process.exitCode = formatted.exitCode;
  }
}
