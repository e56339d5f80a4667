/**
 * What the scenario checks say beyond a field's shape, in both languages at once (a problem is shown
 * in whichever the reader picks): the horizon, the city's ids and counts, rule-set overrides, the plan,
 * targets, places and the uncertainty block. src/io finds the problems; the wording lives here.
 */
import type { Name } from '../registry';

/** A message as the (zh, en) pair a check reports. */
export const both = (m: Name): [zh: string, en: string] => [m.zh, m.en];

/** The levels of the city as the checks name them (街道 here, not the registry's 街道（乡镇）: shorter in a sentence). */
export const CHECK_LEVEL_NAME = {
  district: { zh: '区（县）', en: 'district' },
  street: { zh: '街道', en: 'street' },
  community: { zh: '社区', en: 'community' },
} satisfies Record<string, Name>;

export type CheckLevel = keyof typeof CHECK_LEVEL_NAME;

export const HORIZON = {
  // The base figures are the state at the end of the base year; years between it and the horizon would
  // need leavers, hiring and building that no plan sets and no table shows.
  baseJustBeforeFirst: (first: number, base: number): Name => ({
    zh: `基准年应为规划期首年 ${first} 的上一年 ${first - 1}：基准数据是该年年末的状况，中间年份的离职、招聘和建设无从测算；实际为 ${base}`,
    en: `must be ${first - 1}, the year before the first year ${first}: the base figures are the state at the end of that year, and years in between would have leavers, hiring and building that no plan sets; got ${base}`,
  }),
  lastNotBeforeFirst: (first: number, last: number): Name => ({ zh: `规划期末年应不早于首年 ${first}，实际为 ${last}`, en: `must not be before the first year ${first}, got ${last}` }),
  within: (first: number, last: number, year: number): Name => ({ zh: `应在规划期 ${first}–${last} 之内，实际为 ${year}`, en: `must be within the horizon ${first}–${last}, got ${year}` }),
};

/** For uniqueIds: an item whose id an earlier item of the list already has. */
export const duplicateItemId = (item: Name, id: string, list: string, at: number): Name => ({
  zh: `${item.zh}编号“${id}”重复，已用于 ${list}[${at}]`,
  en: `duplicate ${item.en} id "${id}", already used by ${list}[${at}]`,
});

export const ITEM = {
  project: { zh: '项目', en: 'project' },
  target: { zh: '目标', en: 'target' },
} satisfies Record<string, Name>;

export const CITY = {
  duplicateId: (id: string, where: string): Name => ({
    zh: `编号“${id}”重复，已用于 ${where}；区（县）、街道和社区的编号须全市唯一`,
    en: `duplicate id "${id}", already used by ${where}; district, street and community ids must be unique in the city`,
  }),
  certifiedOverInPost: (inPost: number, certified: number): Name => ({ zh: `持证社工人数不能超过在岗人数 ${inPost}，实际为 ${certified}`, en: `cannot exceed the staff in post (${inPost}), got ${certified}` }),
  bachelorOverInPost: (inPost: number, bachelor: number): Name => ({ zh: `本科学历人数不能超过在岗人数 ${inPost}，实际为 ${bachelor}`, en: `cannot exceed the staff in post (${inPost}), got ${bachelor}` }),
  dwellingsUnderHouseholds: (households: number, dwellings: number): Name => ({
    zh: `住房套数应不少于户数 ${households}，实际为 ${dwellings}`,
    en: `must be at least the number of households (${households}), got ${dwellings}`,
  }),
};

/** An id that names no place of the wanted levels, or one of another level. */
export function describePlaceIssue(id: string, level: CheckLevel | undefined, wanted: readonly CheckLevel[]): Name {
  const zh = wanted.map((l) => CHECK_LEVEL_NAME[l].zh);
  const zhWanted = zh.length > 1 ? `${zh.slice(0, -1).join('、')}或${zh[zh.length - 1]}` : zh[0];
  const en = wanted.map((l) => CHECK_LEVEL_NAME[l].en);
  const enWanted = en.length > 1 ? `${en.slice(0, -1).join(', ')} or ${en[en.length - 1]}` : en[0];
  if (level === undefined) return { zh: `找不到编号为“${id}”的${zhWanted}`, en: `no ${enWanted} has the id "${id}"` };
  return {
    zh: `“${id}”是${CHECK_LEVEL_NAME[level].zh}编号，此处应为${zhWanted}编号`,
    en: `"${id}" is a ${CHECK_LEVEL_NAME[level].en} id; a ${enWanted} id is needed here`,
  };
}

export const PLAN_CHECK = {
  autoCloseAfterLast: (last: number, got: number): Name => ({
    zh: `应不晚于规划期末年 ${last}，否则不会生效，实际为 ${got}`,
    en: `must not be after the last year ${last}, or it never takes effect; got ${got}`,
  }),
  listedTwice: (item: string, position: number): Name => ({ zh: `“${item}”重复出现，已在第 ${position} 位`, en: `"${item}" is listed twice; it is already at position ${position}` }),
  // A payer with a budget row has a cell for every year, so a forgotten year never reads as unlimited money.
  budgetYearMissing: (payer: Name, year: number): Name => ({
    zh: `${payer.zh} ${year} 年预算未填写：请填写金额，或填“不限”（unlimited）`,
    en: `the ${payer.en} budget for ${year} is missing: enter an amount, or "unlimited"`,
  }),
  earmarkNotPaidBy: (payer: Name, item: Name): Name => ({ zh: `${payer.zh}不承担“${item.zh}”，不能为其设专款`, en: `the ${payer.en} does not pay for ${item.en}, so it cannot earmark funds for it` }),
  earmarksOverBudget: (payer: Name, year: number, earmarked: number, budget: number): Name => ({
    zh: `${payer.zh} ${year} 年专款合计 ${earmarked} 元超过其预算 ${budget} 元`,
    en: `the ${payer.en} earmarks ${earmarked} yuan in ${year}, more than its budget of ${budget} yuan`,
  }),
};

/** A share as the editor shows it: 0.29 → "29%" (what was typed in %, not the stored fraction). */
const pct = (v: number): string => `${Number((v * 100).toPrecision(12))}%`;

export const RULE_SET_CHECK = {
  unknown: (id: string, known: Name): Name => ({ zh: `未知规则集“${id}”；可选：${known.zh}`, en: `unknown rule set "${id}"; choose one of ${known.en}` }),
  /** share: the parameter is a share, so the range and value read in % */
  outOfRange: (lo: number, hi: number, setId: string, rules: string, value: number, share: boolean): Name => {
    const f = share ? pct : String;
    return {
      zh: `应在 ${f(lo)} 到 ${f(hi)} 之间（${setId} 规定的范围，${rules}），实际为 ${f(value)}`,
      en: `must be from ${f(lo)} to ${f(hi)} (the range in ${setId}, ${rules}), got ${f(value)}`,
    };
  },
  share: (value: number): Name => ({ zh: `应为 0% 到 100% 之间的比例，实际为 ${pct(value)}`, en: `must be a share from 0% to 100%, got ${pct(value)}` }),
  flag: (value: number): Name => ({ zh: `应为 0 或 1，实际为 ${value}`, en: `must be 0 or 1, got ${value}` }),
  year: (value: number): Name => ({ zh: `应为四位数年份，实际为 ${value}`, en: `must be a four-digit year, got ${value}` }),
  negative: (value: number): Name => ({ zh: `应为不小于 0 的数，实际为 ${value}`, en: `must be a number ≥ 0, got ${value}` }),
};

export const TARGET_CHECK = {
  unknownMetric: (metric: string, known: Name): Name => ({ zh: `未知指标“${metric}”；可选指标：${known.zh}`, en: `unknown metric "${metric}"; choose one of ${known.en}` }),
  shareThreshold: (metric: Name, threshold: number): Name => ({
    zh: `指标“${metric.zh}”是比例，阈值应在 0% 到 100% 之间，实际为 ${pct(threshold)}`,
    en: `"${metric.en}" is a share, so the threshold must be from 0% to 100%, got ${pct(threshold)}`,
  }),
};

const CRS_FORM = {
  wgs84: { zh: '经纬度 { lon, lat }', en: 'longitude/latitude { lon, lat }' },
  local: { zh: '平面坐标 { x, y }', en: 'local-plane metres { x, y }' },
} satisfies Record<string, Name>;

export const SPATIAL_CHECK = {
  needsCrs: {
    zh: '需要先在 city.spatial 中设定坐标系（crs: "wgs84" 或 "local"），才能读取位置',
    en: 'needs city.spatial with a crs ("wgs84" or "local") so that locations can be read',
  },
  locationForm: (crs: keyof typeof CRS_FORM): Name => ({
    zh: `city.spatial.crs 为 "${crs}"，位置应为${CRS_FORM[crs].zh}`,
    en: `city.spatial.crs is "${crs}", so the location must be ${CRS_FORM[crs].en}`,
  }),
  lonLatRange: (a: number, b: number): Name => ({ zh: `经纬度应在 ±180、±90 之内，实际为 [${a}, ${b}]`, en: `must be [lon, lat] within ±180 and ±90, got [${a}, ${b}]` }),
  communityUnplaced: {
    zh: '设定了 city.spatial 时，每个社区都需要位置（location）或边界（polygon），否则无法计算其居民的步行覆盖',
    en: 'every community needs a location or a polygon once city.spatial is set, or its residents cannot be placed',
  },
  duplicateFacility: (id: string, first: string): Name => ({ zh: `设施编号“${id}”重复，已用于 ${first}`, en: `duplicate facility id "${id}", already used by ${first}` }),
  notElderly: {
    zh: '只有居家养老设施（elderly）才有所属社区和养老服务点类型（NT2011-4）',
    en: 'only an elderly facility has a community or a care point (NT2011-4)',
  },
  stationAndPoint: {
    zh: '养老服务点（日托、就餐、康复）不是社区的居家养老服务站，不填所属社区（NT2011-4c）',
    en: 'a care point (day care, meals, rehabilitation) is not a community’s station: leave its community blank (NT2011-4c)',
  },
  existingOpensLate: (base: number, year: number): Name => ({
    zh: `现有设施应在基准年 ${base} 或之前开业，实际为 ${year}；规划期内开业的设施请列入 plan.facilities`,
    en: `an existing facility must open by the base year ${base}, got ${year}; list later openings in plan.facilities`,
  }),
  nodeIndex: (last: number, v: number): Name => ({ zh: `节点序号应在 0 到 ${last} 之间，实际为 ${v}`, en: `must be a node index from 0 to ${last}, got ${v}` }),
  tooManyCells: (area: number, cellSize: number, cells: number, max: number, maxArea: number): Name => ({
    zh: `面积 ${group(area)} 平方米在 ${cellSize} 米的人口网格上约占 ${group(cells)} 个网格，超过一个社区的上限 ${group(max)}；请缩小面积（此网格下最多约 ${group(maxArea)} 平方米）或加大 city.spatial.cellSize`,
    en: `an area of ${group(area)} m² spans about ${group(cells)} population cells of ${cellSize} m, more than the ${group(max)} one community may cover; make it smaller (at most about ${group(maxArea)} m² at this cell size) or raise city.spatial.cellSize`,
  }),
};

const group = (x: number) => Math.round(x).toLocaleString('en-US');

export const UNCERTAINTY_CHECK = {
  perturbedTwice: (key: string, first: number): Name => ({
    zh: `“${key}”已在 inputs[${first}] 中设定；每个扰动对象只能有一个分布`,
    en: `"${key}" is already perturbed by inputs[${first}]; give each thing one distribution`,
  }),
  outsideInput: (lo: number, hi: number, v: number): Name => ({ zh: `应在 ${lo} 到 ${hi} 之间（此输入允许的取值），实际为 ${v}`, en: `must be from ${lo} to ${hi} (what this input allows), got ${v}` }),
  upperOverLower: (min: number, max: number): Name => ({ zh: `上限应大于下限 ${min}，实际为 ${max}`, en: `must be greater than the lower bound ${min}, got ${max}` }),
  boundsFarFromMean: (min: string, max: string, mean: number, sds: number): Name => ({
    zh: `上下限 [${min}, ${max}] 离均值 ${mean} 超过 ${sds} 个标准差，几乎没有可抽取的值；请让上下限包含均值附近`,
    en: `the bounds [${min}, ${max}] lie more than ${sds} standard deviations from the mean ${mean}, leaving almost nothing to draw; let them take in values near the mean`,
  }),
  maxOverMin: (min: number, max: number): Name => ({ zh: `最大值应大于最小值 ${min}，实际为 ${max}`, en: `must be greater than the minimum ${min}, got ${max}` }),
  modeWithin: (min: number, max: number, mode: number): Name => ({ zh: `最可能值应在 ${min} 到 ${max} 之间，实际为 ${mode}`, en: `must be from the minimum ${min} to the maximum ${max}, got ${mode}` }),
};
