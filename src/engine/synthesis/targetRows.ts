/**
 * Each chosen target as rows of the programme, where its metric is linear in the levers: staffing
 * (share of districts or communities staffed, the worker gap), floor space (share of communities
 * meeting the rule or the minimum, the m² gap) and budget shortfalls (met by the budget rows, which
 * keep spending within every budget). Other metrics do not move with these levers and are left to
 * the engine's verification.
 */
import { meets, shortfall } from '../metrics/meetsNeed';
import type { Scenario, Target } from '../scenario';
import type { Calibration } from './calibrate';
import type { Formulation, Margins, Vars } from './formulate';
import type { LinearModel } from './model';
import type { SynthesisOptions } from './options';
import { addCoverageRows, type SiteChoice } from './siteRows';
import { floorFor } from './space';

/** metrics whose rows are written over the building starts */
export const SPACE_METRICS: ReadonlySet<string> = new Set(['spaceShareMet', 'spaceMinShareMet', 'spaceGap']);

/** the metric's own tolerance (targets.ts passes): a share within 1e-9 of the threshold is met */
const EPS = 1e-9;

export function chosenTargets(scenario: Scenario, options: SynthesisOptions): Target[] {
  if (!options.targets) return scenario.targets;
  return options.targets.map((id) => {
    const t = scenario.targets.find((x) => x.id === id);
    if (!t) throw new Error(`targets: 未知的目标 "${id}" / unknown target; known: ${scenario.targets.map((x) => x.id).join(', ')}`);
    return t;
  });
}

export function addTargetRows(
  m: LinearModel,
  scenario: Scenario,
  cal: Calibration,
  v: Vars,
  options: SynthesisOptions,
  margins: Margins,
  sites: SiteChoice | null,
): Pick<Formulation, 'modelled' | 'unmodelled' | 'room' | 'coverResidents'> {
  const room = new Map<string, number>();
  const coverResidents = new Map<string, number>();
  const modelled: string[] = [];
  const unmodelled: string[] = [];
  for (const t of chosenTargets(scenario, options)) {
    const y = cal.years.indexOf(t.year);
    const d = t.scope?.district === undefined ? -1 : cal.districtIds.indexOf(t.scope.district);
    const g = m.group({ kind: 'target', targetId: t.id });
    const margin = margins.target.get(t.id) ?? 0;
    // one set of rows per target, one per service circle for coverage.serviceCircles
    const covers = (v.sites && sites?.targets.filter((s) => s.targetId === t.id)) || [];
    for (const cover of covers) {
      // Sites held already meet the target's rows: they were chosen to.
      if (!sites!.fixed) addCoverageRows(m, v.sites!, cover, g, margin);
      coverResidents.set(t.id, cover.residents);
    }
    const ok = covers.length > 0 || (y >= 0 && (d >= 0 || t.scope?.district === undefined) && addRows(m, cal, v, t, y, d, g, margin, room));
    (ok ? modelled : unmodelled).push(t.id);
  }
  return { modelled, unmodelled, room, coverResidents };
}

function addRows(m: LinearModel, cal: Calibration, v: Vars, t: Target, y: number, d: number, g: number, margin: number, room: Map<string, number>): boolean {
  switch (t.metric) {
    case 'staffingShareMet':
    case 'staffGap':
      return staffing(m, cal, v, t, y, d, g, margin);
    case 'spaceShareMet':
    case 'spaceMinShareMet':
      return spaceShare(m, cal, v, t, y, d, g, margin, room);
    case 'spaceGap':
      return spaceGap(m, cal, v, t.threshold, y, d, g, margin);
    case 'fundingGap.city':
    case 'fundingGap.district':
    case 'fundingGap.street':
    case 'fundingGap.total':
      return true;
    default:
      return false;
  }
}

/** Workers counted in year y (community counts leave out hires still training, CS2010-7d), as terms. */
function counted(cal: Calibration, v: Vars, y: number, d: number): [number, number][] {
  const terms: [number, number][] = [[v.stock[y][d], 1]];
  if (!cal.quotaByDistrict[y]) for (let k = 0; k < cal.training.years && y - k >= 0; k++) terms.push([v.hires[y - k][d], -1]);
  return terms;
}

function staffing(m: LinearModel, cal: Calibration, v: Vars, t: Target, y: number, scope: number, g: number, margin: number): boolean {
  const districts = cal.districtIds.map((_, d) => d).filter((d) => (scope < 0 || d === scope) && cal.need[y][d] > 0);
  if (districts.length === 0) return false;
  if (t.metric === 'staffGap') {
    const gaps = districts.map((d) => {
      const gap = m.col(`gap_${t.id}_${d}`, 0, Infinity);
      m.row([[gap, 1], ...counted(cal, v, y, d)], cal.need[y][d], Infinity, g);
      return gap;
    });
    m.row(gaps.map((c): [number, number] => [c, 1]), -Infinity, t.threshold - margin, g);
    return true;
  }
  // Per district under a quota; per community otherwise, where every community of a district staffed
  // is what the district's stock can say (a sufficient reading, checked by the engine).
  const k = Math.ceil(t.threshold * districts.length - EPS * districts.length);
  if (k >= districts.length || !cal.quotaByDistrict[y]) {
    for (const d of districts) m.row(counted(cal, v, y, d), cal.need[y][d] + margin, Infinity, g);
    return true;
  }
  const met = districts.map((d) => {
    const c = m.col(`met_${t.id}_${d}`, 0, 1, 0, true);
    m.row([...counted(cal, v, y, d), [c, -(cal.need[y][d] + margin)]], 0, Infinity, g);
    return c;
  });
  m.row(met.map((c): [number, number] => [c, 1]), k, Infinity, g);
  return true;
}

/** Starts that complete by year y, as terms of one community's candidate. */
function builtBy(cal: Calibration, cols: number[], y: number): [number, number][] {
  return cols.flatMap((c, s) => (c >= 0 && s + cal.building.lead <= y ? [[c, 1] as [number, number]] : []));
}

function spaceShare(m: LinearModel, cal: Calibration, v: Vars, t: Target, y: number, scope: number, g: number, margin: number, room: Map<string, number>): boolean {
  const metric = t.metric as 'spaceShareMet' | 'spaceMinShareMet';
  const p = cal.keptRun;
  const colsOf = new Map(v.starts.map((s) => [s.candidate.entity, s.cols]));
  let places = 0;
  let met = 0;
  const terms: [number, number][] = [];
  for (let e = 0; e < p.nCommunities; e++) {
    const i = y * p.nEntities + e;
    if (p.series.established[i] === 0 || (scope >= 0 && p.entities.district[e] !== scope)) continue;
    const floor = floorFor(p, metric, y, e);
    if (floor === null) continue;
    places++;
    if (meets(p.series.space[i], floor)) met++;
    else terms.push(...builtBy(cal, colsOf.get(e) ?? [], y));
  }
  if (places === 0) return false;
  const k = Math.ceil(t.threshold * places - EPS * places * Math.max(1, t.threshold)) - met + margin;
  // one term per community that can still complete by y: what is left over is room for a margin
  room.set(t.id, terms.length - k);
  if (k > 0) m.row(terms, k, Infinity, g);
  return true;
}

function spaceGap(m: LinearModel, cal: Calibration, v: Vars, threshold: number, y: number, scope: number, g: number, margin: number): boolean {
  const p = cal.keptRun;
  const colsOf = new Map(v.starts.map((s) => [s.candidate.entity, s.cols]));
  let gap = 0;
  const terms: [number, number][] = [];
  for (let e = 0; e < p.nCommunities; e++) {
    const i = y * p.nEntities + e;
    if (p.series.established[i] === 0 || (scope >= 0 && p.entities.district[e] !== scope)) continue;
    const short = shortfall(p.series.spaceRequired[i], p.series.space[i]);
    if (short === 0) continue;
    gap += short;
    for (const [c] of builtBy(cal, colsOf.get(e) ?? [], y)) terms.push([c, -short]);
  }
  if (gap - margin > threshold) m.row(terms, -Infinity, threshold - margin - gap, g);
  return true;
}
