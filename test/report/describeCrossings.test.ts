import { describe, expect, it } from 'vitest';
import type { HorizonCrossing } from '../../src/analysis/computeHorizon.js';
import { defaultScenario, horizon } from '../../src/index.js';
import { describeCrossings } from '../../src/report/describeCrossings.js';

describe('describeCrossings', () => {
  it('one change: cheaper from then on', () => {
    const crossings: HorizonCrossing[] = [
      { between: ['fineTune', 'rag'], month: 4, cheaperBefore: 'rag', cheaperFrom: 'fineTune' },
    ];
    expect(describeCrossings(crossings)).toEqual([
      'Fine-tune vs RAG: month 4, Fine-tune cheaper from then on to the end of the horizon (was RAG).',
    ]);
  });

  it('an alternating leader lists every change and never says "from then on"', () => {
    // Fine-tune re-trained every 3 months for $300 with no recurring cost, RAG $120 a month:
    // cumulative FT 300, 300, 300, 600, 600, 600 vs RAG 120, 240, 360, 480, 600, 720.
    // RAG leads in months 1–2, FT in 3, RAG in 4 (5 is a tie: RAG keeps it), FT in 6.
    const crossings: HorizonCrossing[] = [
      { between: ['fineTune', 'rag'], month: 3, cheaperBefore: 'rag', cheaperFrom: 'fineTune' },
      { between: ['fineTune', 'rag'], month: 4, cheaperBefore: 'fineTune', cheaperFrom: 'rag' },
      { between: ['fineTune', 'rag'], month: 6, cheaperBefore: 'rag', cheaperFrom: 'fineTune' },
      { between: ['rag', 'promptOnly'], month: 2, cheaperBefore: 'promptOnly', cheaperFrom: 'rag' },
    ];
    const text = describeCrossings(crossings);
    expect(text).toEqual([
      'Fine-tune vs RAG: the cheaper side changes 3 times (RAG cheaper at first; then month 3 Fine-tune, month 4 RAG, month 6 Fine-tune); Fine-tune is cheaper at the end of the horizon.',
      'RAG vs Prompt-only: month 2, RAG cheaper from then on to the end of the horizon (was Prompt-only).',
    ]);
    expect(text[0]).not.toContain('from then on');
  });

  it('the default scenario re-trained every 3 months: fine-tune and prompt-only trade places', () => {
    const base = defaultScenario();
    const scenario = {
      ...base,
      strategies: {
        fineTune: { ...base.strategies.fineTune!, retrainEveryMonths: 3 },
        promptOnly: base.strategies.promptOnly,
      },
    };
    const result = horizon(scenario, { months: 6 });
    // Fine-tune pays 150 training + 0.694 evaluation in months 1 and 4, and 13.8 + 125 = 138.8 a month:
    // cumulative 289.494, 428.294, 567.094, 856.588, 995.388, 1134.188.
    // Prompt-only pays 52.2 + 17.28 + 125 = 194.48 a month: 194.48, 388.96, 583.44, 777.92, 972.40, 1166.88.
    expect(result.months.map((m) => m.cumulative.fineTune?.toFixed())).toEqual([
      '289.494',
      '428.294',
      '567.094',
      '856.588',
      '995.388',
      '1134.188',
    ]);
    expect(describeCrossings(result.crossings)).toEqual([
      'Fine-tune vs Prompt-only: the cheaper side changes 3 times (Prompt-only cheaper at first; then month 3 Fine-tune, month 4 Prompt-only, month 6 Fine-tune); Fine-tune is cheaper at the end of the horizon.',
    ]);
  });
});
