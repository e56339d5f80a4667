/** The rows of the over-band list: communities above the size band's ceiling in a year, with names. */
import { overBand } from '../../engine/metrics/size';
import type { RunView } from '../../engine/runView';

export interface OverBandLine {
  name: string;
  district: string;
  street: string;
  households: number;
  committees: number;
}

export function overBandLines(view: RunView, y: number): OverBandLine[] {
  const t = view.communities;
  return overBand(view.sizeBand[y] ?? null, t, y).map((r) => ({
    name: t.name[r.community],
    district: view.districts[t.district[r.community]]?.name ?? '',
    street: t.street[r.community],
    households: r.households,
    committees: r.committees,
  }));
}
