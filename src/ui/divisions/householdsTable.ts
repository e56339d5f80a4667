/**
 * Real households for communities from the division codes, from a table the user already has (a
 * civil-affairs return saved as CSV, or columns pasted from a spreadsheet): statistical code,
 * households and, optionally, residents. A row that names a community replaces those estimates and
 * clears their marks.
 */
import type { City, Community } from '../../engine/scenario';
import { splitCsvLine } from '../../io/divisions/csvRows';
import { estimatedFieldsOf, withEstimatedFields } from '../../io/estimates';
import { readTypedNumber } from '../../io/typedNumber';
import { COMMUNITY_ESTIMATES } from './estimates';

export interface HouseholdRow {
  households: number;
  residents?: number;
}

export interface HouseholdProblem {
  line: number;
  zh: string;
  en: string;
}

export interface HouseholdTable {
  rows: Map<string, HouseholdRow>;
  problems: HouseholdProblem[];
}

const CODE = /^\d{12}$/;

function count(text: string | undefined): number | null {
  if (text === undefined || text.trim() === '') return null;
  const n = readTypedNumber(text, 'plain') ?? NaN;
  return Number.isInteger(n) && n >= 0 ? n : NaN;
}

/** Tab-separated when pasted from a spreadsheet, comma-separated from a CSV file; a header row is skipped. */
export function parseHouseholds(text: string): HouseholdTable {
  const rows = new Map<string, HouseholdRow>();
  const problems: HouseholdProblem[] = [];
  const lines = text.replace(/^\uFEFF/, '').split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const fields = (raw.includes('\t') ? raw.split('\t') : splitCsvLine(raw)).map((f) => f.trim());
    const code = fields[0].replace(/^'/, '');
    if (!CODE.test(code)) {
      // The first line may be a header ("统计代码,户数,常住人口").
      if (line > 1 || /^\d/.test(code)) problems.push({ line, zh: `第${line}行：“${code}”不是12位统计用区划代码`, en: `line ${line}: "${code}" is not a 12-digit statistical code` });
      return;
    }
    const households = count(fields[1]);
    const residents = count(fields[2]);
    if (households === null || Number.isNaN(households)) {
      problems.push({ line, zh: `第${line}行：户数应为不小于0的整数`, en: `line ${line}: households must be a whole number, 0 or more` });
      return;
    }
    if (Number.isNaN(residents)) {
      problems.push({ line, zh: `第${line}行：常住人口应为不小于0的整数，或留空`, en: `line ${line}: residents must be a whole number, 0 or more, or left empty` });
      return;
    }
    rows.set(code, residents === null ? { households } : { households, residents });
  });
  return { rows, problems };
}

/**
 * The community with real households, their estimate mark gone (and the residents' when given);
 * residents not given follow at the estimate's ratio and stay marked, as do staff and floor space.
 */
export function withHouseholds(c: Community, row: HouseholdRow): Community {
  const perHousehold = COMMUNITY_ESTIMATES[c.kind === 'rural' ? 'rural' : 'urbanExisting'].residentsPerHousehold;
  const next: Community = { ...c, households: row.households, residents: row.residents ?? Math.round(row.households * perHousehold) };
  const replaced: string[] = row.residents === undefined ? ['households'] : ['households', 'residents'];
  return withEstimatedFields(next, estimatedFieldsOf(c).filter((f) => !replaced.includes(f)));
}

/** The city with the table's households in place; codes not in the city are counted, not guessed at. */
export function applyHouseholds(city: City, table: ReadonlyMap<string, HouseholdRow>): { city: City; applied: number; unknown: number } {
  let applied = 0;
  const districts = city.districts.map((d) => ({
    ...d,
    streets: d.streets.map((s) => ({
      ...s,
      communities: s.communities.map((c) => {
        const row = table.get(c.id);
        if (!row) return c;
        applied++;
        return withHouseholds(c, row);
      }),
    })),
  }));
  return { city: { ...city, districts }, applied, unknown: table.size - applied };
}
