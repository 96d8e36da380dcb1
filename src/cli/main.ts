import { readFileSync } from 'node:fs';
import { Command } from 'commander';
import { isTuneOrRagError } from '../errors.js';
import { compare } from '../index.js';
import { renderCompareTable } from '../report/renderCompareTable.js';
import { defaultScenario } from '../scenario/defaultScenario.js';

// Exit codes: 0 success, 1 a domain error (bad scenario, missing price…), 2 a usage error.
function fail(error: unknown): never {
  if (isTuneOrRagError(error)) {
    process.stderr.write(`error: ${error.message}\n`);
    process.exit(1);
  }
  process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}

const program = new Command();
program
  .name('tune-or-rag')
  .description('Fine-tune or RAG? Exact costs, breakevens and multiples.')
  .exitOverride((err) => {
    process.exit(err.exitCode === 0 ? 0 : 2);
  });

program
  .command('compare')
  .description('every strategy at the scenario volume (no file: the built-in default scenario)')
  .argument('[scenario]', 'scenario file (JSON)')
  .option('--format <format>', 'table or json', 'table')
  .action((file: string | undefined, opts: { format: string }) => {
    try {
      const scenario =
        file === undefined ? defaultScenario() : (JSON.parse(readFileSync(file, 'utf8')) as never);
      const result = compare(scenario);
      process.stdout.write(
        opts.format === 'json' ? `${JSON.stringify(result, null, 2)}\n` : renderCompareTable(result),
      );
    } catch (error) {
      fail(error);
    }
  });

program.parse();
