/** The results workbook's sheet of district staffing quotas (GOV2020-3a), where the rule set sets them. */
import type { RunView } from '../../engine/runView';
import { DATA } from '../../i18n/data';
import type { Locale } from '../../i18n/messages';
import type { SheetTable } from './resultsTables';

/** One row per district and year counted per district; null when every year counts per community. */
export function districtQuotaTable(view: RunView, locale: Locale): SheetTable | null {
  const q = view.districtQuotas;
  if (!q) return null;
  const m = DATA[locale].results;
  const c = m.quotaColumns;
  const rows = view.districts.flatMap((d, k) =>
    view.summary.years.flatMap((year, y) => {
      const quota = q.quota[k][y];
      const counted = q.counted[k][y];
      if (q.level[y] !== 'district' || quota === 0) return [];
      return [[d.name, year, quota, counted, Math.max(0, quota - counted), counted >= quota ? m.yes : m.no]];
    }),
  );
  return {
    name: m.districtQuotas,
    header: [c.district, c.year, m.withUnit(c.quota, m.unit.person), m.withUnit(c.counted, m.unit.person), m.withUnit(c.gap, m.unit.person), c.met],
    formats: [undefined, '0', '#,##0', '#,##0', '#,##0', undefined],
    keys: 2,
    rows,
  };
}
