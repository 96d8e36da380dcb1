import { canonicalScenarioPath } from '../scenario/numericPaths.js';
import { strategyIdOfName } from '../strategyKinds.js';
import { CliError, usageError } from './cliError.js';
import { FORBIDDEN_KEYS } from './parseScenarioText.js';

/** The canonical strategy id for `fine-tune`, `fineTune`, `prompt-only`…, or undefined. */
export function strategyIdOf(name: string): string | undefined {
  return strategyIdOfName(name);
}

/**
 * Turns a field path as typed on the command line into the scenario's path: the workload fields
 * and strategies may be named without their parent (`requestsPerMonth` → `workload.requestsPerMonth`,
 * `rag.topK` → `strategies.rag.topK`, `fine-tune.epochs` → `strategies.fineTune.epochs`).
 *
 * @throws a usage error for an empty segment, `forbidden_key` for `__proto__` and the like.
 */
export function resolveScenarioPath(path: string): string[] {
  const parts = path.split('.');
  if (parts.some((p) => p === '')) {
    throw usageError(
      `\`${path}\` is not a field path; write it like workload.requestsPerMonth or rag.topK`,
      path,
    );
  }
  for (const part of parts) {
    if (FORBIDDEN_KEYS.has(part)) {
      throw new CliError('forbidden_key', `\`${part}\` cannot be part of a field path`, path);
    }
  }
  // A strategy named alone (`--set rag=null`) is the whole strategy; anything else is spelled as
  // the uncertainty block spells it (one list of short names, read off the schema).
  const strategy = parts.length === 1 ? strategyIdOf(parts[0]!) : undefined;
  if (strategy !== undefined) return ['strategies', strategy];
  return canonicalScenarioPath(path).split('.');
}
