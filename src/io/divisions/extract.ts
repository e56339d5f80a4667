/**
 * From the package's five tables (provinces, cities, areas, streets, villages — rows keyed by their
 * CSV header) to the index and one compact file per city. Pure: the CLI reads and writes the files.
 */
import { communityName, communityUnit, streetName } from './codes';
import { DIVISIONS_FORMAT, type CityFile, type DistrictEntry, type DivisionIndex, type StreetEntry } from './format';

export interface DivisionTables {
  provinces: Record<string, string>[];
  cities: Record<string, string>[];
  areas: Record<string, string>[];
  streets: Record<string, string>[];
  villages: Record<string, string>[];
}

export interface Extracted {
  index: DivisionIndex;
  cities: CityFile[];
}

/**
 * A prefecture's name as a person would pick it. The tables name the municipalities' groupings
 * "市辖区" and "县" and the provinces' directly administered counties "省直辖县级行政区划"; alone in
 * a list of cities those say nothing, so the province's name goes in front (Chongqing has both).
 */
export function cityDisplayName(city: string, province: string, groupsInProvince: number): string {
  if (city === '市辖区' || city === '县') return groupsInProvince > 1 ? `${province}（${city}）` : province;
  if (/^(省|自治区)直辖/.test(city)) return `${province}${city.replace(/^(省|自治区)/, '')}`;
  return city;
}

const byCode = (a: Record<string, string>, b: Record<string, string>) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0);

function groupBy(rows: Record<string, string>[], key: string): Map<string, Record<string, string>[]> {
  const out = new Map<string, Record<string, string>[]>();
  for (const row of rows) {
    const list = out.get(row[key]);
    if (list) list.push(row);
    else out.set(row[key], [row]);
  }
  return out;
}

export function extractDivisions(tables: DivisionTables, source: string, extractor = ''): Extracted {
  const citiesOf = groupBy(tables.cities, 'provinceCode');
  const areasOf = groupBy(tables.areas, 'cityCode');
  const streetsOf = groupBy(tables.streets, 'areaCode');
  const villagesOf = groupBy(tables.villages, 'streetCode');
  const index: DivisionIndex = { format: DIVISIONS_FORMAT, source, extractor, provinces: [] };
  const files: CityFile[] = [];

  for (const p of [...tables.provinces].sort(byCode)) {
    const cities = [...(citiesOf.get(p.code) ?? [])].sort(byCode);
    const groups = cities.filter((c) => c.name === '市辖区' || c.name === '县').length;
    const entry = { code: p.code, name: p.name, cities: [] as DivisionIndex['provinces'][number]['cities'] };
    for (const c of cities) {
      let kept = 0;
      const districts: DistrictEntry[] = [];
      for (const a of [...(areasOf.get(c.code) ?? [])].sort(byCode)) {
        let leftOut = 0;
        const streets: StreetEntry[] = [];
        for (const s of [...(streetsOf.get(a.code) ?? [])].sort(byCode)) {
          const communities: string[] = [];
          for (const v of [...(villagesOf.get(s.code) ?? [])].sort(byCode)) {
            const unit = communityUnit(v.code);
            if (unit === 'residents' || unit === 'village') communities.push(v.code.slice(9) + communityName(v.name));
            else if (unit === 'virtual') leftOut++;
          }
          kept += communities.length;
          if (communities.length > 0) streets.push([s.code, streetName(s.name), communities]);
        }
        if (streets.length > 0 || leftOut > 0) districts.push([a.code, a.name, streets, leftOut]);
      }
      if (kept === 0) continue;
      const name = cityDisplayName(c.name, p.name, groups);
      files.push({ format: DIVISIONS_FORMAT, source, code: c.code, name, province: p.name, districts });
      entry.cities.push({ code: c.code, name, communities: kept });
    }
    if (entry.cities.length > 0) index.provinces.push(entry);
  }
  return { index, cities: files };
}
