import type { PriceTable } from '../../src/pricing/priceTableSchema.js';
import { createPricingRegistry, type PricingRegistry } from '../../src/pricing/registry.js';

/**
 * Round, made-up prices for hand-computed tests (independent of the bundled data, which may change).
 * Every amount is chosen so the arithmetic in the tests is easy to check by eye.
 */
const source = { url: 'https://example.com/prices', readOn: '2026-01-01', confidence: 'vendor' as const };

export const testLlm: PriceTable = {
  vendor: 'test-llm',
  name: 'Test LLM',
  effectiveDate: '2026-01-01',
  currency: 'USD',
  sources: { page: source },
  fineTuning: { offered: true, billsValidationTokens: true },
  models: [
    {
      id: 'big',
      kind: 'chat',
      inference: {
        input: { usd: '2', per: '1M', unit: 'token', source: 'page' },
        cachedInput: { usd: '0.2', per: '1M', unit: 'token', source: 'page' },
        cacheWrite5m: { usd: '2.5', per: '1M', unit: 'token', source: 'page' },
        cacheWrite1h: { usd: '4', per: '1M', unit: 'token', source: 'page' },
        output: { usd: '10', per: '1M', unit: 'token', source: 'page' },
        batch: { factor: '0.5', source: 'page' },
        longContext: {
          aboveInputTokens: 200000,
          input: { usd: '4', per: '1M', unit: 'token', source: 'page' },
          output: { usd: '15', per: '1M', unit: 'token', source: 'page' },
        },
      },
    },
    {
      id: 'small',
      kind: 'chat',
      inference: {
        input: { usd: '0.5', per: '1M', unit: 'token', source: 'page' },
        cachedInput: { usd: '0.125', per: '1M', unit: 'token', source: 'page' },
        output: { usd: '2', per: '1M', unit: 'token', source: 'page' },
      },
      fineTuning: {
        methods: [
          {
            method: 'sft',
            variant: 'lora',
            price: { usd: '4', per: '1M', unit: 'training_token', source: 'page' },
            minimumCharge: { usd: '10', unit: 'job', source: 'page' },
          },
          {
            method: 'sft',
            variant: 'full',
            price: { usd: '8', per: '1M', unit: 'training_token', source: 'page' },
          },
          { method: 'rft', price: { usd: '100', unit: 'hour', source: 'page', billingIncrementSeconds: 1 } },
        ],
        tunedInference: {
          input: { usd: '1', per: '1M', unit: 'token', source: 'page' },
          cachedInput: { usd: '0.25', per: '1M', unit: 'token', source: 'page' },
          output: { usd: '4', per: '1M', unit: 'token', source: 'page' },
        },
        capacity: [
          {
            id: 'pt',
            name: 'Provisioned, no commitment',
            unitName: 'model unit',
            price: { usd: '20', unit: 'hour', source: 'page' },
            commitmentMonths: 0,
          },
          {
            id: 'pt-6m',
            name: 'Provisioned, 6 months',
            unitName: 'model unit',
            price: { usd: '10', unit: 'hour', source: 'page' },
            commitmentMonths: 6,
          },
        ],
        dedicatedHardware: true,
        storage: { usd: '2', unit: 'month', source: 'page' },
      },
    },
    {
      id: 'locked',
      kind: 'chat',
      inference: {
        input: { missing: true, per: '1M', unit: 'token', reason: 'not published' },
        output: { usd: '1', per: '1M', unit: 'token', source: 'page' },
      },
      fineTuning: {
        methods: [
          {
            method: 'sft',
            price: { missing: true, per: '1K', unit: 'training_token', reason: 'no list price' },
          },
        ],
        dedicatedHardware: true,
      },
    },
    {
      id: 'embed',
      kind: 'embedding',
      embedding: { input: { usd: '0.1', per: '1M', unit: 'token', source: 'page' }, dimensions: 1000 },
    },
    {
      id: 'embed-chars',
      kind: 'embedding',
      embedding: { input: { usd: '0.025', per: '1K', unit: 'character', source: 'page' } },
    },
    {
      id: 'rerank',
      kind: 'rerank',
      rerank: {
        price: { usd: '2', per: '1K', unit: 'search', source: 'page' },
        documentsPerSearch: 100,
        tokensPerDocument: 500,
      },
    },
  ],
  hardware: [
    {
      id: 'gpu',
      name: 'Test GPU',
      price: { usd: '3.6', unit: 'hour', source: 'page', billingIncrementSeconds: 60 },
    },
    {
      id: 'cmu',
      name: 'Custom model unit',
      price: { usd: '0.1', unit: 'minute', source: 'page', billingIncrementSeconds: 300 },
      storagePerUnit: { usd: '2', unit: 'month', source: 'page' },
    },
  ],
};

export const testVectors: PriceTable = {
  vendor: 'test-vectors',
  name: 'Test Vectors',
  effectiveDate: '2026-01-01',
  currency: 'USD',
  sources: { page: source },
  fineTuning: { offered: false, reason: 'a vector database' },
  models: [],
  vectorDb: [
    {
      id: 'serverless',
      name: 'Serverless',
      minimumMonthly: { usd: '50', unit: 'month', source: 'page' },
      storage: { usd: '1', unit: 'gb_month', source: 'page' },
      readUnits: { usd: '10', per: '1M', unit: 'read_unit', source: 'page' },
      writeUnits: { usd: '2', per: '1M', unit: 'write_unit', source: 'page' },
      metering: {
        readUnitsPerGbPerQuery: '1',
        minReadUnitsPerQuery: '0.25',
        writeUnitsPerKb: '1',
        minWriteUnitsPerRequest: '5',
        source: 'page',
      },
    },
    {
      id: 'hosted',
      name: 'Hosted Postgres',
      platformFee: { usd: '25', unit: 'month', source: 'page' },
      includedCredit: { usd: '10', unit: 'month', source: 'page' },
      storage: { usd: '0.5', unit: 'gb_month', source: 'page' },
      includedStorageGb: '8',
      instances: [
        {
          id: 'small',
          name: 'Small',
          price: { usd: '0.02', unit: 'hour', source: 'page', billingIncrementSeconds: 3600 },
        },
      ],
    },
  ],
};

export function testRegistry(extra: readonly PriceTable[] = []): PricingRegistry {
  return createPricingRegistry([testLlm, testVectors, ...extra]);
}
