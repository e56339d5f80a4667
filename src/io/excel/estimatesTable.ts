/**
 * The results workbook's sheet of estimates: every community whose base figures are still estimates,
 * which figures, and what they rest on, with the count of both. Absent when nothing is estimated.
 */
import type { Scenario } from '../../engine/scenario';
import { PROVENANCE } from '../../i18n/columns';
import { ESTIMATES } from '../../i18n/estimates';
import type { Locale } from '../../i18n/messages';
import { estimateCounts, estimatedFieldsOf } from '../estimates';
import { provenanceCell } from '../tabular/provenance';
import type { Cell, SheetTable } from './resultsTables';

export function estimatesTable(scenario: Scenario, locale: Locale): SheetTable | null {
  const counts = estimateCounts(scenario.city);
  if (counts.communities === 0) return null;
  const m = ESTIMATES[locale];
  const language = locale === 'en' ? 'en' : 'zh';
  const rows: Cell[][] = [];
  for (const d of scenario.city.districts)
    for (const s of d.streets)
      for (const c of s.communities) {
        const fields = estimatedFieldsOf(c);
        if (fields.length === 0) continue;
        rows.push([c.id, c.name, fields.map((f) => PROVENANCE.field[f][language]).join(language === 'zh' ? '、' : ', '), provenanceCell(c, language)]);
      }
  rows.push([m.total, m.communities(counts.communities), m.figures(counts.figures), null]);
  return { name: m.sheet, header: [m.columns.id, m.columns.name, m.columns.fields, m.columns.source], rows, formats: [undefined, undefined, undefined, undefined], keys: 2 };
}
