/**
 * Checks that need more than one field at a time: the horizon's order, ids that must be unique or
 * must exist, staff counts against the staff in post, overrides against the chosen rule set, and places
 * (communities, facilities, the walking network) in the form the city's crs says, and the uncertainty
 * block's distributions (checkUncertainty.ts). Runs only on a scenario whose shape is already valid.
 */
import { PARAMS, type ParamKey } from '../engine/params';
import { metricById, METRIC_IDS } from '../engine/metrics';
import { RULE_SETS, RULE_SET_IDS } from '../engine/policyLibrary';
import type { Parameter } from '../engine/ruleSet';
import type { Facility, Location, Scenario } from '../engine/scenario';
import { checkUncertainty } from './checkUncertainty';
import { formatPath, listOf, type PathSegment, type ValidationError } from './validationError';

type Report = (path: readonly PathSegment[], zh: string, en: string) => void;

export function checkScenario(s: Scenario): ValidationError[] {
  const errors: ValidationError[] = [];
  const report: Report = (path, zh, en) => errors.push({ path: formatPath(path), zh, en });
  const inHorizon = checkHorizon(s, report);
  const places = checkCity(s, report);
  checkRuleSet(s, report);
  checkPlan(s, places, inHorizon, report);
  checkTargets(s, places, inHorizon, report);
  checkSpatial(s, inHorizon, report);
  checkUncertainty(s, report);
  return errors;
}

type YearCheck = (path: readonly PathSegment[], year: number) => void;

function checkHorizon({ horizon: h }: Scenario, report: Report): YearCheck {
  if (h.baseYear >= h.firstYear) {
    report(
      ['horizon', 'baseYear'],
      `基准年应早于规划期首年 ${h.firstYear}，实际为 ${h.baseYear}`,
      `must be before the first year ${h.firstYear}, got ${h.baseYear}`,
    );
  }
  if (h.firstYear > h.lastYear) {
    report(
      ['horizon', 'lastYear'],
      `规划期末年应不早于首年 ${h.firstYear}，实际为 ${h.lastYear}`,
      `must not be before the first year ${h.firstYear}, got ${h.lastYear}`,
    );
    // With no valid span every dated item would be flagged as well; the horizon error alone says what to fix.
    return () => {};
  }
  return (path, year) => {
    if (year < h.firstYear || year > h.lastYear) {
      report(
        path,
        `应在规划期 ${h.firstYear}–${h.lastYear} 之内，实际为 ${year}`,
        `must be within the horizon ${h.firstYear}–${h.lastYear}, got ${year}`,
      );
    }
  };
}

type Level = 'district' | 'street' | 'community';
const LEVEL_NAME: Record<Level, { zh: string; en: string }> = {
  district: { zh: '区（县）', en: 'district' },
  street: { zh: '街道', en: 'street' },
  community: { zh: '社区', en: 'community' },
};

/** Every id in the city with its level, for lookups by projects and targets. */
type Places = Map<string, Level>;

function checkCity({ city }: Scenario, report: Report): Places {
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

function checkRuleSet({ ruleSet }: Scenario, report: Report): void {
  const set = Object.hasOwn(RULE_SETS, ruleSet.id) ? RULE_SETS[ruleSet.id] : undefined;
  if (!set) {
    const known = listOf(RULE_SET_IDS);
    report(
      ['ruleSet', 'id'],
      `未知规则集“${ruleSet.id}”；可选：${known.zh}`,
      `unknown rule set "${ruleSet.id}"; choose one of ${known.en}`,
    );
    return;
  }
  for (const [key, value] of Object.entries(ruleSet.overrides ?? {}) as [ParamKey, number | undefined][]) {
    if (value === undefined) continue;
    const path = ['ruleSet', 'overrides', key];
    // A parameter the rule set lacks may still be set: the scenario then adds that rule itself,
    // bounded only by what its unit allows.
    checkOverride(path, key, value, set.parameters[key], set.id, report);
  }
}

function checkOverride(path: PathSegment[], key: ParamKey, value: number, param: Parameter | undefined, setId: string, report: Report): void {
  if (param?.range) {
    const [lo, hi] = param.range;
    if (value < lo || value > hi) {
      const rules = param.reference.map((r) => r.rule).join(', ');
      report(
        path,
        `应在 ${lo} 到 ${hi} 之间（${setId} 规定的范围，${rules}），实际为 ${value}`,
        `must be from ${lo} to ${hi} (the range in ${setId}, ${rules}), got ${value}`,
      );
    }
    return;
  }
  // Without a documented range the unit still bounds what makes sense.
  const unit = PARAMS[key].unit;
  if (unit === 'share' && (value < 0 || value > 1)) {
    report(path, `应为 0 到 1 之间的比例，实际为 ${value}`, `must be a share from 0 to 1, got ${value}`);
  } else if (unit === 'flag' && value !== 0 && value !== 1) {
    report(path, `应为 0 或 1，实际为 ${value}`, `must be 0 or 1, got ${value}`);
  } else if (unit === 'year' && !/^\d{4}$/.test(String(value))) {
    report(path, `应为四位数年份，实际为 ${value}`, `must be a four-digit year, got ${value}`);
  } else if (value < 0) {
    report(path, `应为不小于 0 的数，实际为 ${value}`, `must be a number ≥ 0, got ${value}`);
  }
}

function describePlace(id: string, places: Places, wanted: readonly Level[]): { zh: string; en: string } {
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

function checkPlan(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const { building, budgets, shortfall } = s.plan;
  const { lastYear } = s.horizon;
  // An earlier year simply means "from the start"; a later one would never take effect.
  if (building.autoCloseFrom !== undefined && building.autoCloseFrom > lastYear) {
    report(
      ['plan', 'building', 'autoCloseFrom'],
      `应不晚于规划期末年 ${lastYear}，否则不会生效，实际为 ${building.autoCloseFrom}`,
      `must not be after the last year ${lastYear}, or it never takes effect; got ${building.autoCloseFrom}`,
    );
  }
  const projectIds = new Map<string, number>();
  building.projects.forEach((p, i) => {
    const path = ['plan', 'building', 'projects', i];
    const first = projectIds.get(p.id);
    if (first !== undefined) {
      report(
        [...path, 'id'],
        `项目编号“${p.id}”重复，已用于 projects[${first}]`,
        `duplicate project id "${p.id}", already used by projects[${first}]`,
      );
    } else projectIds.set(p.id, i);
    if (!places.has(p.target)) {
      const msg = describePlace(p.target, places, ['community', 'street', 'district']);
      report([...path, 'target'], msg.zh, msg.en);
    }
    inHorizon([...path, 'startYear'], p.startYear);
  });
  for (const [payer, byYear] of Object.entries(budgets)) {
    for (const year of Object.keys(byYear ?? {})) inHorizon(['plan', 'budgets', payer, year], Number(year));
  }
  shortfall.priority.forEach((item, i) => {
    const first = shortfall.priority.indexOf(item);
    if (first !== i) {
      report(
        ['plan', 'shortfall', 'priority', i],
        `“${item}”重复出现，已在第 ${first + 1} 位`,
        `"${item}" is listed twice; it is already at position ${first + 1}`,
      );
    }
  });
}

function checkTargets(s: Scenario, places: Places, inHorizon: YearCheck, report: Report): void {
  const targetIds = new Map<string, number>();
  s.targets.forEach((t, i) => {
    const path = ['targets', i];
    const first = targetIds.get(t.id);
    if (first !== undefined) {
      report(
        [...path, 'id'],
        `目标编号“${t.id}”重复，已用于 targets[${first}]`,
        `duplicate target id "${t.id}", already used by targets[${first}]`,
      );
    } else targetIds.set(t.id, i);
    const metric = metricById(t.metric);
    if (!metric) {
      const known = listOf(METRIC_IDS);
      report(
        [...path, 'metric'],
        `未知指标“${t.metric}”；可选指标：${known.zh}`,
        `unknown metric "${t.metric}"; choose one of ${known.en}`,
      );
    } else if (metric.unit === 'share' && t.threshold > 1) {
      report(
        [...path, 'threshold'],
        `指标 ${t.metric} 是比例，阈值应为 0 到 1 之间的数，实际为 ${t.threshold}`,
        `metric ${t.metric} is a share, so the threshold must be from 0 to 1, got ${t.threshold}`,
      );
    }
    inHorizon([...path, 'year'], t.year);
    const district = t.scope?.district;
    if (district !== undefined && places.get(district) !== 'district') {
      const msg = describePlace(district, places, ['district']);
      report([...path, 'scope', 'district'], msg.zh, msg.en);
    }
  });
}

const CRS_FORM = {
  wgs84: { zh: '经纬度 { lon, lat }', en: 'longitude/latitude { lon, lat }' },
  local: { zh: '平面坐标 { x, y }', en: 'local-plane metres { x, y }' },
};

/** Where things are: every place in the form the crs says, facilities with unique ids and fitting years. */
function checkSpatial(s: Scenario, inHorizon: YearCheck, report: Report): void {
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
