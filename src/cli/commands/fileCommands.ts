import { existsSync, statSync } from 'node:fs';
import { diffRuns } from '../../analysis/diffRuns.js';
import { diffToCsv, diffToDoc, diffToJson } from '../../report/diffReport.js';
import { CliError, usageError } from '../cliError.js';
import { EXAMPLE_SCENARIO_YAML } from '../exampleScenario.js';
import type { OutputOptions } from '../formats.js';
import { readRunFile } from '../readRunFile.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';
import { writeFileAtomic } from '../writeOutput.js';

/** `init [file] [--force]`: writes the example scenario; `-` prints it. Returns what to print. */
export function initCommand(file: string | undefined, opts: { readonly force?: boolean }): string {
  const target = file ?? 'scenario.yaml';
  if (target === '-') return EXAMPLE_SCENARIO_YAML;
  if (target === '') throw usageError('init needs a file name (or "-" to print the example)', 'file');
  // A directory cannot be overwritten, with or without --force: say so instead of suggesting it.
  if (existsSync(target) && statSync(target).isDirectory()) {
    throw new CliError(
      'write_failed',
      `it is a directory; give a file name, e.g. \`tune-or-rag init ${target.replace(/\/+$/, '')}/scenario.yaml\``,
      target,
    );
  }
  if (!opts.force && existsSync(target)) {
    throw new CliError('file_exists', 'the file exists; pass --force to overwrite it', target);
  }
  writeFileAtomic(target, EXAMPLE_SCENARIO_YAML);
  return `wrote ${target}: edit it, then run \`tune-or-rag compare ${target}\`\n`;
}

/** `diff <old.json> <new.json>`: two saved runs compared by strategy and line item. */
export function diffCommand(
  oldFile: string,
  newFile: string,
  opts: OutputOptions & { readonly all?: boolean },
): string {
  const diff = diffRuns(readRunFile(oldFile), readRunFile(newFile));
  const files = [oldFile, newFile] as const;
  return renderAs(
    opts.format,
    {
      json: () => ({ command: 'diff', tool: TOOL, ...diffToJson(diff, files) }),
      csv: () => diffToCsv(diff),
      doc: () => diffToDoc(diff, files, opts.all === true),
    },
    opts,
  );
}
