/**
 * Places in the form the city's crs says (communities, facilities, the walking network), facility
 * ids unique across city and plan, and opening years that fit the list a facility is in.
 */
import { discBoxCells, MAX_BOX_CELLS } from '../engine/coverage/cells';
import { DEFAULT_CELL_SIZE } from '../engine/coverage/defaults';
import type { Facility, Location, Scenario } from '../engine/scenario';
import { both, SPATIAL_CHECK } from '../i18n/checks';
import { describePlace, type Places } from './checkCity';
import type { Report, YearCheck } from './checkScenario';
import { type PathSegment } from './validationError';
import { formatPath } from './formatPath';

/**
 * Where things are: every place in the form the crs says, facilities with unique ids and fitting years.
 * cityChecked: the city alone already passed (a lever edit), so its communities and walking network,
 * which nothing outside the city bears on, are not walked again.
 */
export function checkSpatial(s: Scenario, places: Places, inHorizon: YearCheck, report: Report, cityChecked = false): void {
  const { spatial, facilities = [], walkingNetwork } = s.city;
  const planned = s.plan.facilities ?? [];
  const candidates = s.plan.candidateSites ?? [];
  if (!spatial) {
    // Without a crs no location can be read, so nothing placed can be used.
    const needs: [PathSegment[], boolean][] = [
      [['city', 'facilities'], facilities.length > 0],
      [['plan', 'facilities'], planned.length > 0],
      [['plan', 'candidateSites'], candidates.length > 0],
      [['city', 'walkingNetwork'], walkingNetwork !== undefined],
    ];
    for (const [path, present] of needs) {
      if (present) {
        report(path, ...both(SPATIAL_CHECK.needsCrs));
      }
    }
    return;
  }
  const { crs } = spatial;
  const checkLocation = (path: PathSegment[], loc: Location) => {
    const isLonLat = 'lon' in loc;
    if (isLonLat !== (crs === 'wgs84')) {
      report(path, ...both(SPATIAL_CHECK.locationForm(crs)));
    }
  };
  const checkPair = (path: PathSegment[], [a, b]: readonly [number, number]) => {
    if (crs === 'wgs84' && (Math.abs(a) > 180 || Math.abs(b) > 90)) {
      report(path, ...both(SPATIAL_CHECK.lonLatRange(a, b)));
    }
  };
  // The engine lays a community's disc on cells and stops past MAX_BOX_CELLS; said here, at the field, before a run.
  const cellSize = spatial.cellSize ?? DEFAULT_CELL_SIZE;
  const checkArea = (path: PathSegment[], area: number) => {
    const cells = discBoxCells(area, cellSize);
    if (cells > MAX_BOX_CELLS) {
      const maxArea = Math.PI * ((Math.sqrt(MAX_BOX_CELLS) - 2) * cellSize / 2) ** 2;
      report(path, ...both(SPATIAL_CHECK.tooManyCells(area, cellSize, cells, MAX_BOX_CELLS, maxArea)));
    }
  };
  if (!cityChecked) {
    s.city.districts.forEach((d, di) =>
      d.streets.forEach((st, si) =>
        st.communities.forEach((c, ci) => {
          const path = ['city', 'districts', di, 'streets', si, 'communities', ci];
          if (c.location) checkLocation([...path, 'location'], c.location);
          c.polygon?.forEach((p, k) => checkPair([...path, 'polygon', k], p));
          if (c.area !== undefined && !c.polygon) checkArea([...path, 'area'], c.area);
          if (!c.location && !c.polygon) {
            report([...path, 'location'], ...both(SPATIAL_CHECK.communityUnplaced));
          }
        }),
      ),
    );
  }
  // NT2011-4: a station belongs to a community; a point belongs to none; neither is another type.
  const checkCare = (f: Facility, path: PathSegment[]) => {
    if (f.community === undefined && f.carePoint === undefined) return;
    if (f.type !== 'elderly') report([...path, f.community === undefined ? 'carePoint' : 'community'], ...both(SPATIAL_CHECK.notElderly));
    else if (f.community !== undefined && f.carePoint !== undefined) report([...path, 'community'], ...both(SPATIAL_CHECK.stationAndPoint));
    else if (f.community !== undefined && places.get(f.community) !== 'community') {
      const msg = describePlace(f.community, places, ['community']);
      report([...path, 'community'], msg.zh, msg.en);
    }
  };
  const ids = new Map<string, string>();
  const checkFacility = (list: 'city' | 'plan', f: Facility, i: number, field = 'facilities') => {
    const path = [list, field, i];
    const first = ids.get(f.id);
    if (first !== undefined) {
      report([...path, 'id'], ...both(SPATIAL_CHECK.duplicateFacility(f.id, first)));
    } else ids.set(f.id, formatPath(path));
    checkLocation([...path, 'location'], f.location);
    checkCare(f, path);
    if (list === 'plan') inHorizon([...path, 'openingYear'], f.openingYear);
    else if (f.openingYear > s.horizon.baseYear) {
      report([...path, 'openingYear'], ...both(SPATIAL_CHECK.existingOpensLate(s.horizon.baseYear, f.openingYear)));
    }
  };
  facilities.forEach((f, i) => checkFacility('city', f, i));
  planned.forEach((f, i) => checkFacility('plan', f, i));
  candidates.forEach((f, i) => checkFacility('plan', f, i, 'candidateSites'));
  if (walkingNetwork && !cityChecked) {
    const n = walkingNetwork.nodes.length;
    walkingNetwork.nodes.forEach((p, k) => checkPair(['city', 'walkingNetwork', 'nodes', k], p));
    walkingNetwork.edges.forEach(([a, b], k) => {
      for (const [end, v] of [[0, a], [1, b]] as const) {
        if (v >= n) {
          report(['city', 'walkingNetwork', 'edges', k, end], ...both(SPATIAL_CHECK.nodeIndex(n - 1, v)));
        }
      }
    });
  }
}
