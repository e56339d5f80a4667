/**
 * The city's ids, unique across districts, streets and communities (a building project's target
 * names any of them), and each community's staff and dwellings against its own counts.
 */
import type { Scenario } from '../engine/scenario';
import type { Report } from './checkScenario';
import { formatPath, type PathSegment } from './validationError';

export type Level = 'district' | 'street' | 'community';
const LEVEL_NAME: Record<Level, { zh: string; en: string }> = {
  district: { zh: '区（县）', en: 'district' },
  street: { zh: '街道', en: 'street' },
  community: { zh: '社区', en: 'community' },
};

/** Every id in the city with its level, for lookups by projects and targets. */
export type Places = Map<string, Level>;

export function checkCity({ city }: Scenario, report: Report): Places {
  const places: Places = new Map();
  // One namespace for all three levels: a building project's target names any of them.
  const firstUse = new Map<string, string>();
  const claim = (id: string, level: Level, path: PathSegment[]) => {
    const where = firstUse.get(id);
    if (where !== undefined) {
      report(
        [...path, 'id'],
        `编号“${id}”重复，已用于 ${where}；区（县）、街道和社区的编号须全市唯一`,
        `duplicate id "${id}", already used by ${where}; district, street and community ids must be unique in the city`,
      );
      return;
    }
    firstUse.set(id, formatPath(path));
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
          report(
            [...cPath, 'staff', 'certified'],
            `持证社工人数不能超过在岗人数 ${inPost}，实际为 ${certified}`,
            `cannot exceed the staff in post (${inPost}), got ${certified}`,
          );
        }
        if (bachelor > inPost) {
          report(
            [...cPath, 'staff', 'bachelor'],
            `本科学历人数不能超过在岗人数 ${inPost}，实际为 ${bachelor}`,
            `cannot exceed the staff in post (${inPost}), got ${bachelor}`,
          );
        }
        if (c.dwellings !== undefined && c.dwellings < c.households) {
          report(
            [...cPath, 'dwellings'],
            `住房套数应不少于户数 ${c.households}，实际为 ${c.dwellings}`,
            `must be at least the number of households (${c.households}), got ${c.dwellings}`,
          );
        }
      });
    });
  });
  return places;
}

export function describePlace(id: string, places: Places, wanted: readonly Level[]): { zh: string; en: string } {
  const level = places.get(id);
  const zh = wanted.map((l) => LEVEL_NAME[l].zh);
  const zhWanted = zh.length > 1 ? `${zh.slice(0, -1).join('、')}或${zh[zh.length - 1]}` : zh[0];
  const en = wanted.map((l) => LEVEL_NAME[l].en);
  const enWanted = en.length > 1 ? `${en.slice(0, -1).join(', ')} or ${en[en.length - 1]}` : en[0];
  if (level === undefined) return { zh: `找不到编号为“${id}”的${zhWanted}`, en: `no ${enWanted} has the id "${id}"` };
  return {
    zh: `“${id}”是${LEVEL_NAME[level].zh}编号，此处应为${zhWanted}编号`,
    en: `"${id}" is a ${LEVEL_NAME[level].en} id; a ${enWanted} id is needed here`,
  };
}
