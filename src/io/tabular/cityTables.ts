/**
 * A City as rows of each level's sheet, in the template's column order: the inverse of the importer,
 * so that exporting a city and importing the file gives the same city back.
 */
import type { City, Community } from '../../engine/scenario';
import { SHEET, SHEETS, type SheetSpec } from './columns';
import type { SheetLevel } from '../../registry';
import { writeCell } from './cells';
import type { Grid, Raw } from './grid';
import { provenanceCell } from './provenance';

export interface LevelRows {
  spec: SheetSpec;
  /** cells in spec.columns order */
  rows: Raw[][];
}

type Obj = Record<string, unknown>;

function dotted(obj: Obj, key: string): unknown {
  return key.split('.').reduce<unknown>((here, part) => (here !== null && typeof here === 'object' ? (here as Obj)[part] : undefined), obj);
}

function rowOf(spec: SheetSpec, obj: Obj, parent?: { id: string; name: string }): Raw[] {
  return spec.columns.map((column) => {
    if (column.key === 'parent.id') return parent?.id ?? null;
    if (column.key === 'parent.name') return parent?.name ?? null;
    if (column.key === 'provenance') return provenanceCell(obj as unknown as Community);
    return writeCell(dotted(obj, column.key), column);
  });
}

/** Every level's rows; a level with nothing to write (no facilities, no walking network) has none. */
export function cityTables(city: City | null): Record<SheetLevel, LevelRows> {
  const out = Object.fromEntries(SHEETS.map((spec) => [spec.level, { spec, rows: [] as Raw[][] }])) as Record<SheetLevel, LevelRows>;
  if (!city) return out;
  out.city.rows.push(rowOf(SHEET.city, { name: city.name, spatial: city.spatial, averageWage: city.averageWage, publicInstitutionPay: city.publicInstitutionPay }));
  for (const d of city.districts) {
    out.districts.rows.push(rowOf(SHEET.districts, d as unknown as Obj));
    for (const s of d.streets) {
      out.streets.rows.push(rowOf(SHEET.streets, s as unknown as Obj, d));
      for (const c of s.communities) out.communities.rows.push(rowOf(SHEET.communities, c as unknown as Obj, s));
    }
  }
  for (const f of city.facilities ?? []) out.facilities.rows.push(rowOf(SHEET.facilities, f as unknown as Obj));
  const network = city.walkingNetwork;
  if (network) {
    network.nodes.forEach(([a, b], index) => out.networkNodes.rows.push(rowOf(SHEET.networkNodes, { index, a, b })));
    network.edges.forEach(([from, to]) => out.networkEdges.rows.push(rowOf(SHEET.networkEdges, { from, to })));
  }
  return out;
}

/** The same rows as grids with a header row, as a CSV file or a plain sheet would hold them. */
export function cityGrids(city: City | null, language: 'zh' | 'en' = 'zh'): Grid[] {
  return Object.values(cityTables(city)).map(({ spec, rows }) => ({
    name: language === 'zh' ? spec.zh : spec.en,
    rows: [spec.columns.map((c) => (language === 'zh' ? c.zh : c.en)), ...rows],
  }));
}
