import { describe, expect, it } from 'vitest';
import { didYouMean, lowerCaseHint } from '../../src/_lib/didYouMean.js';
import { singular } from '../../src/_lib/singular.js';

const VENDORS = [
  'anthropic',
  'aws-bedrock',
  'azure-openai',
  'google-vertex',
  'openai',
  'pinecone',
  'together',
];

describe('didYouMean', () => {
  it.each([
    ['OpenAI', ['openai']], // case
    ['bedrock', ['aws-bedrock']], // short names
    ['vertex', ['google-vertex']],
    ['azure', ['azure-openai']],
    ['openia', ['openai']], // two letters swapped: edit distance 2
    ['pincone', ['pinecone']], // one letter dropped
    ['togther', ['together']],
    ['zzz', []], // nothing close
  ])('%s → %o', (input, expected) => {
    expect(didYouMean(input, VENDORS)).toEqual(expected);
  });

  it('models: only the closest', () => {
    const models = ['gemini-2.5-pro', 'gemini-2.5-flash', 'gemini-2.0-flash', 'gemini-3.5-flash'];
    expect(didYouMean('gemini-2.5-flsh', models)).toEqual(['gemini-2.5-flash']);
  });

  it.each([
    ['OpenAI', 'openai'],
    ['Vertex', 'google-vertex'],
    ['Bedrock', 'aws-bedrock'],
    ['Gemini-2.5-Flash', 'gemini-2.5-flash'],
    ['openai', null], // already lower-case: the id check passes, nothing to hint
    ['Open AI', null], // a space: lower-casing does not make it an id
  ])('lowerCaseHint(%s) = %s', (input, expected) => {
    expect(lowerCaseHint(input)).toBe(expected);
  });
});

describe('singular', () => {
  it.each([
    ['searches', 'search'],
    ['tokens', 'token'],
    ['months', 'month'],
    ['GB-months', 'GB-month'],
    ['write units', 'write unit'],
    ['USD', 'USD'],
  ])('%s → %s', (plural, one) => {
    expect(singular(plural)).toBe(one);
  });
});
