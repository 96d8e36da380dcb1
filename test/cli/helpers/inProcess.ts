import type { Produced } from '../../../src/cli/writeOutput.js';
import { SCENARIOS } from './cli.js';

/**
 * Calls a command function in `cwd` (default: the scenario fixtures, as the goldens were made) and
 * returns what it produces as one string: no commander, no stdout.
 */
export async function inProcess(produce: () => Produced, cwd = SCENARIOS): Promise<string> {
  const before = process.cwd();
  process.chdir(cwd);
  try {
    const produced = produce();
    if (typeof produced === 'string') return produced;
    let text = '';
    for await (const chunk of produced) text += chunk;
    return text;
  } finally {
    process.chdir(before);
  }
}
