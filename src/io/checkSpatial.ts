/**
 * Places in the form the city's crs says (communities, facilities, the walking network), facility
 * ids unique across city and plan, and opening years that fit the list a facility is in.
 */
import type { Facility, Location, Scenario } from '../engine/scenario';
import type { Report, YearCheck } from './checkScenario';
import { formatPath, type PathSegment } from './validationError';

const CRS_FORM = {
  wgs84: { zh: '经纬度 { lon, lat }', en: 'longitude/latitude { lon, lat }' },
  local: { zh: '平面坐标 { x, y }', en: 'local-plane metres { x, y }' },
};

/** Where things are: every place in the form the crs says, facilities with unique ids and fitting years. */
export function checkSpatial(s: Scenario, inHorizon: YearCheck, report: Report): void {
  const { spatial, facilities = [], walkingNetwork } = s.city;
  const planned = s.plan.facilities ?? [];
  if (!spatial) {
    // Without a crs no location can be read, so nothing placed can be used.
    const needs: [PathSegment[], boolean][] = [
      [['city', 'facilities'], facilities.length > 0],
      [['plan', 'facilities'], planned.length > 0],
      [['city', 'walkingNetwork'], walkingNetwork !== undefined],
    ];
    for (const [path, present] of needs) {
      if (present) {
        report(
          path,
          '需要先在 city.spatial 中设定坐标系（crs: "wgs84" 或 "local"），才能读取位置',
          'needs city.spatial with a crs ("wgs84" or "local") so that locations can be read',
        );
      }
    }
    return;
  }
  const { crs } = spatial;
  const form = CRS_FORM[crs];
  const checkLocation = (path: PathSegment[], loc: Location) => {
    const isLonLat = 'lon' in loc;
    if (isLonLat !== (crs === 'wgs84')) {
      report(path, `city.spatial.crs 为 "${crs}"，位置应为${form.zh}`, `city.spatial.crs is "${crs}", so the location must be ${form.en}`);
    }
  };
  const checkPair = (path: PathSegment[], [a, b]: readonly [number, number]) => {
    if (crs === 'wgs84' && (Math.abs(a) > 180 || Math.abs(b) > 90)) {
      report(path, `经纬度应在 ±180、±90 之内，实际为 [${a}, ${b}]`, `must be [lon, lat] within ±180 and ±90, got [${a}, ${b}]`);
    }
  };
  s.city.districts.forEach((d, di) =>
    d.streets.forEach((st, si) =>
      st.communities.forEach((c, ci) => {
        const path = ['city', 'districts', di, 'streets', si, 'communities', ci];
        if (c.location) checkLocation([...path, 'location'], c.location);
        c.polygon?.forEach((p, k) => checkPair([...path, 'polygon', k], p));
        if (!c.location && !c.polygon) {
          report(
            [...path, 'location'],
            '设定了 city.spatial 时，每个社区都需要位置（location）或边界（polygon），否则无法计算其居民的步行覆盖',
            'every community needs a location or a polygon once city.spatial is set, or its residents cannot be placed',
          );
        }
      }),
    ),
  );
  const ids = new Map<string, string>();
  const checkFacility = (list: 'city' | 'plan', f: Facility, i: number) => {
    const path = [list, 'facilities', i];
    const first = ids.get(f.id);
    if (first !== undefined) {
      report([...path, 'id'], `设施编号“${f.id}”重复，已用于 ${first}`, `duplicate facility id "${f.id}", already used by ${first}`);
    } else ids.set(f.id, formatPath(path));
    checkLocation([...path, 'location'], f.location);
    if (list === 'plan') inHorizon([...path, 'openingYear'], f.openingYear);
    else if (f.openingYear > s.horizon.baseYear) {
      report(
        [...path, 'openingYear'],
        `现有设施应在基准年 ${s.horizon.baseYear} 或之前开业，实际为 ${f.openingYear}；规划期内开业的设施请列入 plan.facilities`,
        `an existing facility must open by the base year ${s.horizon.baseYear}, got ${f.openingYear}; list later openings in plan.facilities`,
      );
    }
  };
  facilities.forEach((f, i) => checkFacility('city', f, i));
  planned.forEach((f, i) => checkFacility('plan', f, i));
  if (walkingNetwork) {
    const n = walkingNetwork.nodes.length;
    walkingNetwork.nodes.forEach((p, k) => checkPair(['city', 'walkingNetwork', 'nodes', k], p));
    walkingNetwork.edges.forEach(([a, b], k) => {
      for (const [end, v] of [[0, a], [1, b]] as const) {
        if (v >= n) {
          report(
            ['city', 'walkingNetwork', 'edges', k, end],
            `节点序号应在 0 到 ${n - 1} 之间，实际为 ${v}`,
            `must be a node index from 0 to ${n - 1}, got ${v}`,
          );
        }
      }
    });
  }
}
