import type { CandidateId } from '../model/types.js';
import { STRATEGY_CLI_NAMES } from '../strategyKinds.js';
import { usageError } from './cliError.js';
import { strategyIdOf } from './resolveScenarioPath.js';

/**
 * Parses `--between rag,fine-tune` into two candidate names: a kind's name (`fine-tune`) is its
 * `strategies` entry (`fineTune`); any other name is a candidate's, checked by the engine.
 */
export function parseBetween(text: string | undefined): [CandidateId, CandidateId] | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',').map((p) => p.trim());
  const ids = parts.map((p) => strategyIdOf(p) ?? p);
  if (parts.length !== 2 || ids.some((id) => id === '')) {
    throw usageError(
      `--between expects two strategies or candidates, e.g. --between rag,fine-tune (${STRATEGY_CLI_NAMES}, or names under \`candidates\`); got \`${text}\``,
      '--between',
    );
  }
  if (ids[0] === ids[1]) throw usageError('--between needs two different strategies', '--between');
  return ids as [CandidateId, CandidateId];
}
