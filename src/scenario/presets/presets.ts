import type { ScenarioInput } from '../scenarioSchema.js';
import { earlyStartup } from './earlyStartup.js';
import { enterpriseMultiCloud } from './enterpriseMultiCloud.js';
import { midMarketPerimeter } from './midMarketPerimeter.js';
import { scaleUp } from './scaleUp.js';

/** One buyer profile: a complete scenario with its assumptions stated in it. */
export interface Preset {
  /** The name `--preset` takes. */
  readonly name: string;
  readonly title: string;
  readonly summary: string;
  /** A fresh copy of the scenario each call. */
  readonly scenario: () => ScenarioInput;
}

/**
 * The four buyer profiles (docs/scenarios.md, "Presets"). Kept in TypeScript rather than YAML files
 * so the browser build can import them without a file system; `tune-or-rag presets` prints them and
 * `tune-or-rag compare --preset NAME -f json` shows a preset as data.
 */
export const PRESETS: readonly Preset[] = [
  {
    name: 'early-startup',
    title: 'Early startup shipping fast',
    summary: '20k requests/month growing 15%; fresh facts; Gemini on Vertex, Pinecone Builder',
    scenario: earlyStartup,
  },
  {
    name: 'scale-up',
    title: 'Scale-up with product-market fit and rising volume',
    summary: '1M requests/month growing 8%; voice + cited changing facts; fallback to RAG',
    scenario: scaleUp,
  },
  {
    name: 'mid-market-perimeter',
    title: 'Mid-market company whose data must stay in its AWS or GCP perimeter',
    summary: '300k requests/month; report format + citations; Vertex tuning, retrieval all in AWS',
    scenario: midMarketPerimeter,
  },
  {
    name: 'enterprise-multicloud',
    title: 'Enterprise standardising across teams and clouds',
    summary: '5M requests/month; downloadable weights: tuned at Together, served on Bedrock',
    scenario: enterpriseMultiCloud,
  },
];

/** The preset called `name`, or undefined. */
export function findPreset(name: string): Preset | undefined {
  return PRESETS.find((p) => p.name === name);
}
