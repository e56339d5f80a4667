/**
 * Matching what a person typed as a header or sheet name to the format: Chinese or English, with or
 * without the unit, full-width or half-width brackets, any spacing or case.
 */
import { GUIDE_SHEET, SHEETS, type ColumnSpec, type SheetSpec } from './columns';
import type { SheetLevel } from '../../registry';

/** NFKC folds full-width brackets, digits and letters to their ASCII forms; spaces and a required-field star carry no meaning. */
export function normalize(text: string): string {
  return text.normalize('NFKC').toLowerCase().replace(/[\s*＊]+/g, '');
}

/** "户数（户）" → "户数": the header without its trailing unit. */
function withoutUnit(normalized: string): string {
  return normalized.replace(/\([^()]*\)$/, '');
}

function aliasesOf(column: ColumnSpec): string[] {
  const names = [column.zh, column.en, column.key].map(normalize);
  return [...new Set([...names, ...names.map(withoutUnit)].filter((n) => n !== ''))];
}

const COLUMN_INDEX = new Map<SheetLevel, Map<string, ColumnSpec>>(
  SHEETS.map((sheet) => {
    const byAlias = new Map<string, ColumnSpec>();
    for (const column of sheet.columns) for (const alias of aliasesOf(column)) if (!byAlias.has(alias)) byAlias.set(alias, column);
    return [sheet.level, byAlias];
  }),
);

/** The column of this sheet the header names, if any. */
export function matchColumn(sheet: SheetSpec, header: string): ColumnSpec | undefined {
  const n = normalize(header);
  if (n === '') return undefined;
  const index = COLUMN_INDEX.get(sheet.level)!;
  return index.get(n) ?? index.get(withoutUnit(n));
}

/** Which language a header is written in, so a missing column can be named the way the file names the rest. */
export function headerLanguage(column: ColumnSpec, header: string): 'zh' | 'en' | null {
  const n = normalize(header);
  if (n === normalize(column.zh) || n === withoutUnit(normalize(column.zh))) return 'zh';
  if (n === normalize(column.en) || n === withoutUnit(normalize(column.en))) return 'en';
  return null;
}

const SHEET_INDEX = new Map<string, SheetLevel>(
  SHEETS.flatMap((sheet) => [sheet.zh, sheet.en, sheet.level, ...sheet.aliases].map((name) => [normalize(name), sheet.level] as const)),
);

/** The level a sheet's name says it holds; 'guide' for the 说明 sheet; undefined when the name says nothing. */
export function levelOfSheetName(name: string): SheetLevel | 'guide' | undefined {
  const n = normalize(name);
  if ([GUIDE_SHEET.zh, GUIDE_SHEET.en, ...GUIDE_SHEET.aliases].some((g) => normalize(g) === n)) return 'guide';
  return SHEET_INDEX.get(n) ?? SHEET_INDEX.get(withoutUnit(n));
}
