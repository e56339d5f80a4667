/**
 * What to write in each column of the city template, for the notes on its headers and its 说明 sheet.
 * The headers themselves are the file format and stay with it (src/io/tabular/columns.ts).
 */
import type { Name } from '../registry';

/** A row's id: one set of ids for districts, streets and communities. */
export const idNote = (what: Name): Name => ({
  zh: `${what.zh}编号，全市唯一（区（县）、街道、社区共用一套编号）；留空时自动生成`,
  en: `${what.en} id, unique in the city (districts, streets and communities share one set of ids); generated when blank`,
});

export const nameNote = (what: Name): Name => ({ zh: `${what.zh}名称`, en: `${what.en} name` });

/** How a city's locations are given (city.spatial.crs). */
export const CRS_NAME: Record<'wgs84' | 'local', Name> = {
  wgs84: { zh: '经纬度（WGS-84）', en: 'longitude/latitude (WGS-84)' },
  local: { zh: '平面坐标（米）', en: 'local plane (metres)' },
};

export const COLUMN_NOTE = {
  city: {
    name: { zh: '城市名称', en: 'name of the city' },
    'spatial.crs': {
      zh: '位置的坐标系：经纬度（WGS-84）或平面坐标（米）；留空则不计算生活圈覆盖',
      en: 'how locations are given: longitude/latitude (WGS-84) or a local plane in metres; blank: no life-circle coverage',
    },
    'spatial.cellSize': { zh: '10–1000，默认 100', en: '10–1,000, default 100' },
    'spatial.walk.minutes': { zh: '默认 15（GOV2020-4b）', en: 'default 15 (GOV2020-4b)' },
    'spatial.walk.speedMetresPerMinute': { zh: '默认 70', en: 'default 70' },
    'spatial.walk.detourFactor': { zh: '步行路程与直线距离之比，不小于 1，默认 1.25', en: 'walking route over straight line, at least 1, default 1.25' },
    'averageWage.base': { zh: '基准年全市职工平均工资（元/人·年）；NJ2007-17 以上年度水平为报酬目标', en: "the city's average employee wage in the base year (yuan per person a year); NJ2007-17 sets pay against the previous year's" },
    'averageWage.growth': { zh: '全市职工平均工资年增长率，如 0.1；缺省为 0', en: 'annual growth of the city average wage, e.g. 0.1; 0 when empty' },
    'publicInstitutionPay.base': { zh: '基准年当地事业单位同类人员报酬（元/人·年）；GOV2020-3b 的参照', en: 'pay of local public-institution staff of the same kind in the base year (yuan per person a year); GOV2020-3b’s benchmark' },
    'publicInstitutionPay.growth': { zh: '事业单位同类人员报酬年增长率；缺省为 0', en: 'annual growth of that pay; 0 when empty' },
  },
  districts: {
    centreSpace: {
      zh: '基准年区（县）社区服务中心面积（NJ2007-18d、NT2011-5a）；没有填 0',
      en: 'district service centre floor space in the base year (NJ2007-18d, NT2011-5a); 0 if none',
    },
  },
  streets: {
    'parent.id': { zh: '所属区（县）的编号；与名称填一项即可', en: 'id of the district it belongs to; this or the name' },
    'parent.name': { zh: '所属区（县）的名称（编号留空时按名称查找）', en: 'name of the district (used when the id is blank)' },
    class: { zh: '1、2 或 3（CS2010-6a）', en: '1, 2 or 3 (CS2010-6a)' },
    centreSpace: {
      zh: '基准年街道社区服务中心面积（NJ2007-18c、NT2011-5b）；没有填 0',
      en: 'street service centre floor space in the base year (NJ2007-18c, NT2011-5b); 0 if none',
    },
    stationStaff: {
      zh: '街道公共服务站在岗人数（CS2010-6a）',
      en: 'posts filled at the street public service station (CS2010-6a)',
    },
  },
  communities: {
    'parent.id': { zh: '所属街道（乡镇）的编号；与名称填一项即可', en: 'id of the street it belongs to; this or the name' },
    'parent.name': { zh: '所属街道（乡镇）的名称（编号留空时按名称查找）', en: 'name of the street (used when the id is blank)' },
    kind: { zh: '已建城市社区、新建城市社区或农村社区', en: 'existing urban, new urban or rural community' },
    households: { zh: '基准年户数', en: 'households in the base year' },
    residents: { zh: '基准年常住人口', en: 'residents in the base year' },
    growth: {
      zh: '户数年增长率，填百分数，如 2 表示 2%；可为负',
      en: 'annual household growth in per cent, e.g. 2 for 2%; may be negative',
    },
    dwellings: {
      zh: '新建小区的住房套数，入住率 = 户数 / 套数（GOV2020-2b）；可不填',
      en: 'dwellings of a new estate; occupancy = households / dwellings (GOV2020-2b); optional',
    },
    'staff.inPost': {
      zh: '基准年在岗专职社区工作者人数',
      en: 'full-time community workers in post in the base year',
    },
    'staff.certified': {
      zh: '其中持有社会工作者职业资格的人数（NJ2007-16）',
      en: 'of whom certified social workers (NJ2007-16)',
    },
    'staff.bachelor': {
      zh: '其中本科及以上学历人数（NJ2007-16）',
      en: "of whom holding a bachelor's degree or above (NJ2007-16)",
    },
    migrants: {
      zh: '基准年居住在本社区的流动（暂住）人口，规划期内按此数计；用于测算专职协管员（QY-9）；可不填',
      en: 'migrant (temporary) residents living here in the base year, held through the horizon; sets the full-time coordinators (QY-9); optional',
    },
    registrationsPerYear: {
      zh: '基准年后每年办理落户（户籍迁入）的外来人口户数，可按派出所或社区的落户登记填；每户自落户当年起每年补贴（QY-8）；可不填',
      en: 'migrant households registering here (户籍迁入) each year after the base year, as the police station or community registers them; each is paid for every year from its registration (QY-8); optional',
    },
    volunteers: {
      zh: '基准年注册社区义工人数，规划期内按此数计；用于检验义工达到社区人口8%（QY-14）；可不填',
      en: 'registered community volunteers in the base year, held through the horizon; checked against 8% of residents (QY-14); optional',
    },
    'staff.committeeMembers': {
      zh: '非专职的居委会成员，仅在规则集要求时计入（YX2008-5）；可不填',
      en: "residents' committee members who are not full-time workers, counted only where the rule set says so (YX2008-5); optional",
    },
    space: {
      zh: '基准年办公和服务用房面积（NJ2007-18、GOV2020-4）',
      en: 'office and service floor space in the base year (NJ2007-18, GOV2020-4)',
    },
    area: {
      zh: '居民按此面积的圆形分布在位置周围；可不填',
      en: 'residents are spread over a disc of this area around the location; optional',
    },
    polygon: {
      zh: '社区边界，如 [[118.80,32.06],[118.81,32.06],[118.81,32.07]]；可不填',
      en: 'the boundary as a ring of points, e.g. [[118.80,32.06],[118.81,32.06],[118.81,32.07]]; optional',
    },
    provenance: {
      zh: '“估算：户数、常住人口、工作者、用房”表示所列数据仍为估算值（按统计用区划代码建立社区时填入），录入实际数据后删去该项；留空或填“实际数据”表示均为实际数据',
      en: '“Estimated: households, residents, staff, floor space” marks the figures listed as still estimates (filled in when the community came from the statistical division codes); remove one once its real figure is entered; blank or “data” when all are real',
    },
  },
  facilities: {
    id: { zh: '设施编号，全市唯一；留空时自动生成', en: 'facility id, unique in the city; generated when blank' },
    name: { zh: '设施名称', en: 'facility name' },
    type: { zh: '生活圈设施类型（GOV2020-4b）', en: 'life-circle facility type (GOV2020-4b)' },
    openingYear: { zh: '开始服务的年份，不晚于基准年', en: 'first year it serves residents, by the base year' },
    capitalCost: { zh: '建设投资，计入开业当年；可不填', en: 'capital cost in 万 (10,000 yuan), spent in the opening year; optional' },
    runningCost: { zh: '每年运营经费；可不填', en: 'running cost per year in 万 (10,000 yuan); optional' },
    payer: { zh: '市级财政、区（县）级财政或街道财政；可不填', en: 'city, district or street finance; optional' },
  },
  networkNodes: {
    index: { zh: '节点序号，从 0 起连续编号', en: 'node index, consecutive from 0' },
    a: { zh: '经度，或平面坐标 x（米）', en: 'longitude, or x in metres' },
    b: { zh: '纬度，或平面坐标 y（米）', en: 'latitude, or y in metres' },
  },
  networkEdges: {
    from: { zh: '路段起点的节点序号', en: 'index of the first node' },
    to: { zh: '路段终点的节点序号', en: 'index of the second node' },
  },
  place: {
    'location.lon': { zh: '经度（WGS-84）；坐标系为经纬度时填写', en: 'longitude (WGS-84), when the coordinate system is longitude/latitude' },
    'location.lat': { zh: '纬度（WGS-84）', en: 'latitude (WGS-84)' },
    'location.x': { zh: '平面坐标 x（米）；坐标系为平面坐标时填写，与经纬度二选一', en: 'x in metres, when the coordinate system is a local plane; instead of longitude/latitude' },
    'location.y': { zh: '平面坐标 y（米）', en: 'y in metres' },
  },
} satisfies Record<string, Record<string, Name>>;

/** The 数据来源 cell: which base figures are estimates and what they were estimated from. */
export const PROVENANCE = {
  field: {
    households: { zh: '户数', en: 'households' },
    residents: { zh: '常住人口', en: 'residents' },
    staff: { zh: '工作者', en: 'staff' },
    space: { zh: '用房', en: 'floor space' },
  },
  /** words that mark a cell as naming estimates, in either language */
  estimatedWords: ['估算', 'estimate'],
  estimated: { zh: '估算', en: 'Estimated' },
  /** what the estimate rests on, by community kind; the id is the statistical division code */
  basis: {
    urbanExisting: (code: string) => ({ zh: `统计用区划代码${code}，城市社区每社区2500户（NJ2007-2）、每户2.62人`, en: `division code ${code}; 2,500 households per urban community (NJ2007-2), 2.62 per household` }),
    rural: (code: string) => ({ zh: `统计用区划代码${code}，农村社区每村350户（估算）、每户2.8人`, en: `division code ${code}; 350 households per village (estimate), 2.8 per household` }),
    other: (code: string) => ({ zh: `统计用区划代码${code}`, en: `division code ${code}` }),
  },
  data: { zh: '实际数据', en: 'data' },
} as const;
