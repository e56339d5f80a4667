/** The districts' staffing quotas in one year, as the Results tab and its CSV show them (GOV2020-3a). */
import type { RunView } from '../../engine/runView';

export interface DistrictQuotaRow {
  id: string;
  name: string;
  quota: number;
  counted: number;
  /** max(0, quota − counted) */
  gap: number;
  met: boolean;
}

/** One row per district with a quota that year; empty when the year counts per community. */
export function districtQuotaRows(view: RunView, y: number): DistrictQuotaRow[] {
  const q = view.districtQuotas;
  if (!q || q.level[y] !== 'district') return [];
  return view.districts.flatMap((d, k) => {
    const quota = q.quota[k][y];
    const counted = q.counted[k][y];
    return quota > 0 ? [{ id: d.id, name: d.name, quota, counted, gap: Math.max(0, quota - counted), met: counted >= quota }] : [];
  });
}
