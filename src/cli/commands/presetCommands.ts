import { PRESETS, type Preset } from '../../scenario/presets/presets.js';
import { dataPerimeterDefaults } from '../../scenario/scenarioSchema.js';
import type { OutputOptions } from '../formats.js';
import { renderAs } from '../renderAs.js';
import { TOOL } from '../tool.js';

/** The facts of a preset in words, read from its scenario (so the listing cannot drift from it). */
function describe(p: Preset): string[] {
  const s = p.scenario();
  const w = s.workload;
  const st = s.strategies ?? {};
  const out = [
    `${s.description ?? p.summary}`,
    `Volume: ${Number(w.requestsPerMonth).toLocaleString('en-US')} requests/month${w.growthPerMonth ? `, growing ${Number(w.growthPerMonth) * 100}% a month` : ''}; tokens per request ${w.instructionTokens} instruction + ${w.inputTokens} input + ${w.outputTokens} output; horizon ${s.horizonMonths ?? 12} months; prices as of ${s.asOf ?? 'today'}.`,
  ];
  if (st.fineTune) {
    const serving = st.fineTune.serving;
    const at =
      serving?.mode === 'capacity' && serving.vendor
        ? `, served at ${serving.vendor} (${serving.option})`
        : serving?.mode === 'capacity'
          ? `, served on ${serving.option}`
          : ', served per token';
    out.push(
      `Fine-tune: ${st.fineTune.vendor} ${st.fineTune.model} on ${Number(st.fineTune.training.datasetTokens).toLocaleString('en-US')} tokens × ${st.fineTune.training.epochs ?? 1} epochs, re-trained every ${st.fineTune.retrainEveryMonths ?? 'never'} months${at}${st.fineTune.lifecycle?.fallback ? `; falls back to ${st.fineTune.lifecycle.fallback.strategy} if the route closes` : ''}.`,
    );
  }
  if (st.rag) {
    out.push(
      `RAG: ${st.rag.embedding.vendor} ${st.rag.embedding.model}, ${st.rag.vectorDb.vendor} ${st.rag.vectorDb.plan}, top ${st.rag.topK}${st.rag.rerank ? ` reranked by ${st.rag.rerank.vendor} ${st.rag.rerank.model}` : ''}, answered by ${st.rag.generation.vendor} ${st.rag.generation.model}.`,
    );
  }
  if (st.promptOnly) {
    out.push(
      `Prompt-only: ${st.promptOnly.vendor} ${st.promptOnly.model} with ${st.promptOnly.fewShotTokens} few-shot tokens.`,
    );
  }
  if (st.hybrid) out.push('Hybrid: the tuned model with retrieval.');
  const needs = Object.entries(s.needs ?? {})
    .filter(([, v]) => v)
    .map(([k]) => k);
  out.push(`Needs: ${needs.join(', ') || 'none stated'}.`);
  const c = s.constraints ?? {};
  const rules = [
    c.dataPerimeter
      ? `data (${c.dataPerimeter.scope ?? dataPerimeterDefaults.scope}) inside ${c.dataPerimeter.clouds.join(' or ')}`
      : '',
    c.weightsDownloadable ? 'downloadable weights' : '',
    c.openForHorizon ? 'open for the whole horizon' : '',
  ].filter((r) => r !== '');
  out.push(`Constraints: ${rules.join('; ') || 'none'}.`);
  return out;
}

/** `presets`: the buyer profiles `--preset NAME` runs, each with its assumptions. */
export function presetsCommand(opts: OutputOptions): string {
  return renderAs(opts.format, {
    json: () => ({
      command: 'presets',
      tool: TOOL,
      presets: PRESETS.map((p) => ({
        name: p.name,
        title: p.title,
        summary: p.summary,
        scenario: p.scenario(),
      })),
    }),
    csv: () => ({
      header: ['name', 'title', 'summary'],
      rows: PRESETS.map((p) => [p.name, p.title, p.summary]),
    }),
    doc: () => ({
      title: 'tune-or-rag presets: four buyer profiles',
      blocks: [
        ...PRESETS.flatMap((p) => [
          { kind: 'heading' as const, text: `${p.name}: ${p.title}` },
          { kind: 'list' as const, items: describe(p) },
        ]),
        {
          kind: 'paragraph' as const,
          text: 'Run one with `tune-or-rag compare --preset NAME` (or horizon, explain, recommend); `-f json` shows its whole scenario. Assumptions are written in src/scenario/presets/ and docs/scenarios.md.',
        },
      ],
    }),
  });
}
