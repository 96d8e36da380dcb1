import { logSpacedVolumes } from '../../analysis/computeCurve.js';
import { D, type Dec } from '../../decimal.js';

/**
 * Log-spaced volumes for a chart around a monthly volume: three decades either side (from at least
 * 1 request), 20 points a decade, so the curve is smooth and the volume sits mid-chart.
 *
 * @param requestsPerMonth - The volume to centre on.
 * @returns Ascending integer volumes.
 * @category Charts
 */
export function volumesAround(requestsPerMonth: Dec): Dec[] {
  const centre = requestsPerMonth.gt(0) ? Math.floor(Math.log10(requestsPerMonth.toNumber())) : 3;
  const lo = Math.max(0, centre - 3);
  const hi = Math.max(lo + 2, centre + 4);
  return logSpacedVolumes(new D(10).pow(lo), new D(10).pow(hi), (hi - lo) * 20 + 1);
}
