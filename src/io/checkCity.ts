/**
 * The city's ids, unique across districts, streets and communities (a building project's target
 * names any of them), and each community's staff and dwellings against its own counts.
 */
import type { Scenario } from '../engine/scenario';
import type { Report } from './checkScenario';
import { both, CITY, describePlaceIssue, type CheckLevel } from '../i18n/checks';
import { type PathSegment } from './validationError';
import { formatPath } from './formatPath';

export type Level = CheckLevel;

/** Every id in the city with its level, for lookups by projects and targets. */
export type Places = Map<string, Level>;

export function checkCity({ city }: Scenario, report: Report): Places {
  const places: Places = new Map();
  // One namespace for all three levels: a building project's target names any of them.
  // The path itself, written out only for a duplicate: a province has 30,000 ids and, mostly, none.
  const firstUse = new Map<string, PathSegment[]>();
  const claim = (id: string, level: Level, path: PathSegment[]) => {
    const where = firstUse.get(id);
    if (where !== undefined) {
      report([...path, 'id'], ...both(CITY.duplicateId(id, formatPath(where))));
      return;
    }
    firstUse.set(id, path);
    places.set(id, level);
  };
  city.districts.forEach((d, di) => {
    const dPath = ['city', 'districts', di];
    claim(d.id, 'district', dPath);
    d.streets.forEach((st, si) => {
      const sPath = [...dPath, 'streets', si];
      claim(st.id, 'street', sPath);
      st.communities.forEach((c, ci) => {
        const cPath = [...sPath, 'communities', ci];
        claim(c.id, 'community', cPath);
        const { inPost, certified, bachelor } = c.staff;
        if (certified > inPost) {
          report([...cPath, 'staff', 'certified'], ...both(CITY.certifiedOverInPost(inPost, certified)));
        }
        if (bachelor > inPost) {
          report([...cPath, 'staff', 'bachelor'], ...both(CITY.bachelorOverInPost(inPost, bachelor)));
        }
        if (c.dwellings !== undefined && c.dwellings < c.households) {
          report([...cPath, 'dwellings'], ...both(CITY.dwellingsUnderHouseholds(c.households, c.dwellings)));
        }
      });
    });
  });
  return places;
}

export function describePlace(id: string, places: Places, wanted: readonly Level[]): { zh: string; en: string } {
  return describePlaceIssue(id, places.get(id), wanted);
}
