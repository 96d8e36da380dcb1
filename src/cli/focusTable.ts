import { focusToCsv } from '../report/focusReport.js';
import type { CsvTable } from '../report/renderCsv.js';
import { projectCharges } from './engine.js';
import type { LoadedScenario } from './loadScenarios.js';

/** `--format focus`: every profile's charges, month by month, as FOCUS 1.2 rows. */
export function focusTable(loaded: readonly LoadedScenario[], months?: number): CsvTable {
  return focusToCsv(
    loaded.map((l) => ({
      profile: l.profile,
      result: projectCharges(l.scenario, months === undefined ? {} : { months }),
    })),
  );
}
