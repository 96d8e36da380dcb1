/**
 * One input per error code, run for docs/guarantees.md (test/fuzz/guaranteesDoc.test.ts checks that
 * every message quoted there is still what the library says).
 */
import {
  compare,
  compareWith,
  defaultScenario,
  type ErrorCode,
  extendPricingRegistry,
  getBundledPricing,
  parsePriceTable,
  parseScenario,
  type ScenarioInput,
} from '../../src/index.js';

const d = defaultScenario();
const rag = d.strategies.rag!;
const fineTune = d.strategies.fineTune!;

function only(strategies: ScenarioInput['strategies'], extra: Partial<ScenarioInput> = {}): ScenarioInput {
  return { ...d, ...extra, strategies };
}

export const ERROR_EXAMPLES: Readonly<
  Record<ErrorCode, { readonly what: string; readonly run: () => unknown }>
> = {
  invalid_input: {
    what: '`compare` with `rag.topK: 0`',
    run: () => compare(only({ rag: { ...rag, topK: 0 } })),
  },
  unknown_vendor: {
    what: 'a vendor no table names',
    run: () => compare(only({ promptOnly: { ...d.strategies.promptOnly!, vendor: 'acme' } })),
  },
  unknown_model: {
    what: 'a model the vendor does not list',
    run: () => compare(only({ promptOnly: { ...d.strategies.promptOnly!, model: 'gpt-9' } })),
  },
  fine_tuning_not_offered: {
    what: 'fine-tuning at a vendor that does not train models',
    run: () =>
      compare(only({ fineTune: { ...fineTune, vendor: 'openrouter', model: 'openai/gpt-4.1-mini' } })),
  },
  option_not_offered: {
    what: 'a training method the model is not offered with',
    run: () => compare(only({ fineTune: { ...fineTune, method: 'rft' } })),
  },
  missing_price: {
    what: 'a price the tables mark as unverified',
    run: () =>
      compare(
        only(
          {
            fineTune: {
              vendor: 'aws-bedrock',
              model: 'nova-lite',
              training: { datasetTokens: 1_000_000 },
              serving: { mode: 'capacity', option: 'pt-no-commit', copies: 1 },
            },
          },
          { asOf: '2026-11-30' },
        ),
      ),
  },
  no_price_at_date: {
    what: '`asOf` before the vendor’s first table',
    run: () => compare({ ...d, asOf: '2020-01-01' }),
  },
  invalid_price_table: {
    what: 'a table pricing tokens per hour',
    run: () =>
      parsePriceTable(
        {
          vendor: 'x',
          name: 'X',
          effectiveDate: '2025-01-01',
          currency: 'USD',
          sources: { page: { url: 'https://example.com', readOn: '2025-01-01', confidence: 'vendor' } },
          fineTuning: { offered: true },
          models: [
            {
              id: 'm',
              kind: 'chat',
              inference: {
                input: { usd: '1', per: '1M', unit: 'hour', source: 'page' },
                output: { usd: '2', per: '1M', unit: 'token', source: 'page' },
              },
            },
          ],
        },
        'pricing/x/2025-01-01.json',
      ),
  },
  unit_mismatch: {
    what: 'a per-character embedding price without `charactersPerToken`',
    run: () =>
      compare(
        only(
          {
            rag: { ...rag, embedding: { vendor: 'google-vertex', model: 'text-embedding-005' } },
          },
          { asOf: '2026-11-01' },
        ),
      ),
  },
  capacity_exceeded: {
    what: 'more requests than the autoscaled capacity serves',
    run: () =>
      compare(
        only(
          {
            fineTune: {
              vendor: 'aws-bedrock',
              model: 'cohere-command-light',
              training: { datasetTokens: 1_000_000 },
              prices: { training: '0.004' },
              serving: {
                mode: 'capacity',
                option: 'pt-no-commit',
                autoscale: { requestsPerCopyPerMonth: 50_000, maxCopies: 2 },
              },
            },
          },
          { asOf: '2026-07-01' },
        ),
      ),
  },
  offering_ended: {
    what: 'fine-tuning at OpenAI after its self-serve fine-tuning closed to new jobs',
    run: () =>
      compare(
        only({ fineTune: { ...fineTune, vendor: 'openai', model: 'gpt-4.1-mini' } }, { asOf: '2027-02-01' }),
      ),
  },
  context_window_exceeded: {
    what: 'long context larger than the model takes in one request',
    run: () =>
      compare(
        only({
          longContext: { vendor: 'anthropic', model: 'claude-haiku-4-5', contextTokens: 500_000 },
        }),
      ),
  },
  offering_not_yet_available: {
    what: 'a model priced on a date before the vendor sells it',
    run: () =>
      compareWith(
        only({ promptOnly: { vendor: 'acme', model: 'next', fewShotTokens: 0 } }, { asOf: '2026-12-01' }),
        {
          pricing: extendPricingRegistry(getBundledPricing(), [
            {
              vendor: 'acme',
              name: 'Acme',
              effectiveDate: '2026-11-01',
              currency: 'USD',
              sources: { page: { url: 'https://example.com', readOn: '2026-11-01', confidence: 'vendor' } },
              fineTuning: { offered: false, reason: 'inference only' },
              models: [
                {
                  id: 'next',
                  kind: 'chat',
                  lifecycle: { availableFrom: '2027-01-15', source: 'page' },
                  inference: {
                    input: { usd: '1', per: '1M', unit: 'token', source: 'page' },
                    output: { usd: '2', per: '1M', unit: 'token', source: 'page' },
                  },
                },
              ],
            },
          ]),
        },
      ),
  },
};

/** Also documented: a scenario that is not an object at all. */
export const ROOT_EXAMPLE = () => parseScenario(42);

/** The error an example throws (or undefined when it does not throw, which the test reports). */
export function errorOf(run: () => unknown): { code: string; path: string; message: string } | undefined {
  try {
    run();
  } catch (error) {
    const e = error as { code: string; path: string; message: string };
    return { code: e.code, path: e.path, message: e.message };
  }
  return undefined;
}
