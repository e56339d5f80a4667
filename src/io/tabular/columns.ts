/**
 * The spreadsheet format of a city: one sheet per level, its columns with Chinese and English
 * headers (units in the header), what each holds and where it goes in the scenario. The headers are
 * the format itself — a file is read by matching them — so they live here with the format rather than
 * in a message table: rewording one would stop older files from opening.
 */
import type { Text } from '../../engine/ruleSet';

export type Level = 'city' | 'districts' | 'streets' | 'communities' | 'facilities' | 'networkNodes' | 'networkEdges';

/**
 * text, int and number are read as they are; percent holds a share shown in % (the file says 2.5, the
 * scenario keeps 0.025); wan holds yuan shown in 万元; choice is one of a few values, written by its
 * Chinese name; json is a list of coordinates as JSON text.
 */
export type ColumnType = 'text' | 'int' | 'number' | 'percent' | 'wan' | 'choice' | 'json';

export interface Choice {
  value: string | number;
  zh: string;
  en: string;
}

export interface ColumnSpec {
  /**
   * Where the value goes in the row's object, dotted ('staff.inPost', 'location.lon'). Two keys are
   * not fields: 'parent.id' and 'parent.name' name the district or street a row belongs to.
   */
  key: string;
  zh: string;
  en: string;
  type: ColumnType;
  /** the scenario needs a value in every row; a file without this column cannot be read */
  required: boolean;
  choices?: readonly Choice[];
  /** what to write, for the 说明 sheet */
  note: Text;
}

export interface SheetSpec {
  level: Level;
  /** the sheet name in the template */
  zh: string;
  en: string;
  /** other names a sheet of this level may have */
  aliases: readonly string[];
  columns: readonly ColumnSpec[];
}

const col = (
  key: string,
  zh: string,
  en: string,
  type: ColumnType,
  required: boolean,
  note: Text,
  choices?: readonly Choice[],
): ColumnSpec => ({ key, zh, en, type, required, note, ...(choices && { choices }) });

export const COMMUNITY_KINDS: readonly Choice[] = [
  { value: 'urbanExisting', zh: '已建城市社区', en: 'existing urban community' },
  { value: 'urbanNew', zh: '新建城市社区', en: 'new urban community' },
  { value: 'rural', zh: '农村社区', en: 'rural community' },
];

export const STREET_CLASSES: readonly Choice[] = [
  { value: 1, zh: '1', en: '1' },
  { value: 2, zh: '2', en: '2' },
  { value: 3, zh: '3', en: '3' },
];

export const FACILITY_TYPE_CHOICES: readonly Choice[] = [
  { value: 'market', zh: '便民市场', en: 'convenience market' },
  { value: 'sports', zh: '运动场地', en: 'sports ground' },
  { value: 'culture', zh: '文化活动中心', en: 'cultural activity centre' },
  { value: 'service', zh: '社区服务中心', en: 'community service centre' },
  { value: 'medical', zh: '医疗服务机构', en: 'medical service facility' },
  { value: 'elderly', zh: '居家养老服务站', en: 'home-care station for the elderly' },
  { value: 'health', zh: '社区卫生服务站', en: 'community health station' },
];

export const PAYER_CHOICES: readonly Choice[] = [
  { value: 'city', zh: '市级财政', en: 'city finance' },
  { value: 'district', zh: '区（县）级财政', en: 'district finance' },
  { value: 'street', zh: '街道财政', en: 'street finance' },
];

export const CRS_CHOICES: readonly Choice[] = [
  { value: 'wgs84', zh: '经纬度（WGS-84）', en: 'longitude/latitude (WGS-84)' },
  { value: 'local', zh: '平面坐标（米）', en: 'local plane (metres)' },
];

const ID = (what: Text): ColumnSpec =>
  col('id', '编号', 'ID', 'text', false, {
    zh: `${what.zh}编号，全市唯一（区（县）、街道、社区共用一套编号）；留空时自动生成`,
    en: `${what.en} id, unique in the city (districts, streets and communities share one set of ids); generated when blank`,
  });

const NAME = (what: Text): ColumnSpec => col('name', '名称', 'Name', 'text', true, { zh: `${what.zh}名称`, en: `${what.en} name` });

const PLACE: readonly ColumnSpec[] = [
  col('location.lon', '经度', 'Longitude', 'number', false, { zh: '经度（WGS-84）；坐标系为经纬度时填写', en: 'longitude (WGS-84), when the coordinate system is longitude/latitude' }),
  col('location.lat', '纬度', 'Latitude', 'number', false, { zh: '纬度（WGS-84）', en: 'latitude (WGS-84)' }),
  col('location.x', '平面坐标 x（米）', 'x (m)', 'number', false, { zh: '平面坐标 x（米）；坐标系为平面坐标时填写，与经纬度二选一', en: 'x in metres, when the coordinate system is a local plane; instead of longitude/latitude' }),
  col('location.y', '平面坐标 y（米）', 'y (m)', 'number', false, { zh: '平面坐标 y（米）', en: 'y in metres' }),
];

const CITY: SheetSpec = {
  level: 'city',
  zh: '市',
  en: 'City',
  aliases: ['城市', 'city'],
  columns: [
    col('name', '城市名称', 'City name', 'text', true, { zh: '城市名称', en: 'name of the city' }),
    col('spatial.crs', '坐标系', 'Coordinate system', 'choice', false, {
      zh: '位置的坐标系：经纬度（WGS-84）或平面坐标（米）；留空则不计算生活圈覆盖',
      en: 'how locations are given: longitude/latitude (WGS-84) or a local plane in metres; blank: no life-circle coverage',
    }, CRS_CHOICES),
    col('spatial.cellSize', '人口网格边长（米）', 'Population cell size (m)', 'number', false, { zh: '10–1000，默认 100', en: '10–1,000, default 100' }),
    col('spatial.walk.minutes', '步行时间（分钟）', 'Walking time (minutes)', 'number', false, { zh: '默认 15（GOV2020-4b）', en: 'default 15 (GOV2020-4b)' }),
    col('spatial.walk.speedMetresPerMinute', '步行速度（米/分钟）', 'Walking speed (m per minute)', 'number', false, { zh: '默认 70', en: 'default 70' }),
    col('spatial.walk.detourFactor', '绕行系数', 'Detour factor', 'number', false, { zh: '步行路程与直线距离之比，不小于 1，默认 1.25', en: 'walking route over straight line, at least 1, default 1.25' }),
  ],
};

const DISTRICTS: SheetSpec = {
  level: 'districts',
  zh: '区（县）',
  en: 'Districts',
  aliases: ['区县', '区', 'district', 'districts'],
  columns: [
    ID({ zh: '区（县）', en: 'district' }),
    NAME({ zh: '区（县）', en: 'district' }),
    col('centreSpace', '区（县）社区服务中心面积（平方米）', 'District service centre floor space (m²)', 'number', true, {
      zh: '基准年区（县）社区服务中心面积（NJ2007-18d、NT2011-5a）；没有填 0',
      en: 'district service centre floor space in the base year (NJ2007-18d, NT2011-5a); 0 if none',
    }),
  ],
};

const STREETS: SheetSpec = {
  level: 'streets',
  zh: '街道（乡镇）',
  en: 'Streets',
  aliases: ['街道乡镇', '街道', '乡镇', 'street', 'streets'],
  columns: [
    col('parent.id', '所属区（县）编号', 'District ID', 'text', false, { zh: '所属区（县）的编号；与名称填一项即可', en: 'id of the district it belongs to; this or the name' }),
    col('parent.name', '所属区（县）名称', 'District name', 'text', false, { zh: '所属区（县）的名称（编号留空时按名称查找）', en: 'name of the district (used when the id is blank)' }),
    ID({ zh: '街道', en: 'street' }),
    NAME({ zh: '街道（乡镇）', en: 'street' }),
    col('class', '街道类别', 'Street class', 'choice', true, { zh: '1、2 或 3（CS2010-6a）', en: '1, 2 or 3 (CS2010-6a)' }, STREET_CLASSES),
    col('centreSpace', '街道社区服务中心面积（平方米）', 'Street service centre floor space (m²)', 'number', true, {
      zh: '基准年街道社区服务中心面积（NJ2007-18c、NT2011-5b）；没有填 0',
      en: 'street service centre floor space in the base year (NJ2007-18c, NT2011-5b); 0 if none',
    }),
    col('stationStaff', '街道公共服务站在岗人数（人）', 'Service station staff (people)', 'int', true, {
      zh: '街道公共服务站在岗人数（CS2010-6a）',
      en: 'posts filled at the street public service station (CS2010-6a)',
    }),
  ],
};

const COMMUNITIES: SheetSpec = {
  level: 'communities',
  zh: '社区',
  en: 'Communities',
  aliases: ['community', 'communities'],
  columns: [
    col('parent.id', '所属街道编号', 'Street ID', 'text', false, { zh: '所属街道（乡镇）的编号；与名称填一项即可', en: 'id of the street it belongs to; this or the name' }),
    col('parent.name', '所属街道名称', 'Street name', 'text', false, { zh: '所属街道（乡镇）的名称（编号留空时按名称查找）', en: 'name of the street (used when the id is blank)' }),
    ID({ zh: '社区', en: 'community' }),
    NAME({ zh: '社区', en: 'community' }),
    col('kind', '社区类型', 'Community kind', 'choice', true, { zh: '已建城市社区、新建城市社区或农村社区', en: 'existing urban, new urban or rural community' }, COMMUNITY_KINDS),
    col('households', '户数（户）', 'Households', 'int', true, { zh: '基准年户数', en: 'households in the base year' }),
    col('residents', '常住人口（人）', 'Residents', 'int', true, { zh: '基准年常住人口', en: 'residents in the base year' }),
    col('growth', '年户数增长率（%）', 'Annual household growth (%)', 'percent', true, {
      zh: '户数年增长率，填百分数，如 2 表示 2%；可为负',
      en: 'annual household growth in per cent, e.g. 2 for 2%; may be negative',
    }),
    col('dwellings', '住房套数（套）', 'Dwellings', 'int', false, {
      zh: '新建小区的住房套数，入住率 = 户数 / 套数（GOV2020-2b）；可不填',
      en: 'dwellings of a new estate; occupancy = households / dwellings (GOV2020-2b); optional',
    }),
    col('staff.inPost', '在岗专职社区工作者（人）', 'Full-time workers in post', 'int', true, {
      zh: '基准年在岗专职社区工作者人数',
      en: 'full-time community workers in post in the base year',
    }),
    col('staff.certified', '其中持证社会工作者（人）', 'Of whom certified social workers', 'int', true, {
      zh: '其中持有社会工作者职业资格的人数（NJ2007-16）',
      en: 'of whom certified social workers (NJ2007-16)',
    }),
    col('staff.bachelor', '其中本科及以上学历（人）', "Of whom bachelor's degree or above", 'int', true, {
      zh: '其中本科及以上学历人数（NJ2007-16）',
      en: "of whom holding a bachelor's degree or above (NJ2007-16)",
    }),
    col('staff.committeeMembers', '非专职居委会成员（人）', 'Committee members not full-time', 'int', false, {
      zh: '非专职的居委会成员，仅在规则集要求时计入（YX2008-5）；可不填',
      en: "residents' committee members who are not full-time workers, counted only where the rule set says so (YX2008-5); optional",
    }),
    col('space', '办公和服务用房面积（平方米）', 'Office and service floor space (m²)', 'number', true, {
      zh: '基准年办公和服务用房面积（NJ2007-18、GOV2020-4）',
      en: 'office and service floor space in the base year (NJ2007-18, GOV2020-4)',
    }),
    ...PLACE,
    col('area', '社区面积（平方米）', 'Area (m²)', 'number', false, {
      zh: '居民按此面积的圆形分布在位置周围；可不填',
      en: 'residents are spread over a disc of this area around the location; optional',
    }),
    col('polygon', '边界坐标（JSON）', 'Boundary (JSON)', 'json', false, {
      zh: '社区边界，如 [[118.80,32.06],[118.81,32.06],[118.81,32.07]]；可不填',
      en: 'the boundary as a ring of points, e.g. [[118.80,32.06],[118.81,32.06],[118.81,32.07]]; optional',
    }),
  ],
};

const FACILITIES: SheetSpec = {
  level: 'facilities',
  zh: '设施',
  en: 'Facilities',
  aliases: ['生活圈设施', 'facility', 'facilities'],
  columns: [
    col('id', '编号', 'ID', 'text', false, { zh: '设施编号，全市唯一；留空时自动生成', en: 'facility id, unique in the city; generated when blank' }),
    col('name', '名称', 'Name', 'text', true, { zh: '设施名称', en: 'facility name' }),
    col('type', '设施类型', 'Facility type', 'choice', true, { zh: '生活圈设施类型（GOV2020-4b）', en: 'life-circle facility type (GOV2020-4b)' }, FACILITY_TYPE_CHOICES),
    ...PLACE,
    col('openingYear', '开业年份', 'Opening year', 'int', true, { zh: '开始服务的年份，不晚于基准年', en: 'first year it serves residents, by the base year' }),
    col('capitalCost', '建设投资（万元）', 'Capital cost (万元)', 'wan', false, { zh: '建设投资，计入开业当年；可不填', en: 'capital cost in 万 (10,000 yuan), spent in the opening year; optional' }),
    col('runningCost', '年运营经费（万元）', 'Running cost per year (万元)', 'wan', false, { zh: '每年运营经费；可不填', en: 'running cost per year in 万 (10,000 yuan); optional' }),
    col('payer', '出资方', 'Payer', 'choice', false, { zh: '市级财政、区（县）级财政或街道财政；可不填', en: 'city, district or street finance; optional' }, PAYER_CHOICES),
  ],
};

const NETWORK_NODES: SheetSpec = {
  level: 'networkNodes',
  zh: '步行网络节点',
  en: 'Network nodes',
  aliases: ['节点', 'nodes'],
  columns: [
    col('index', '序号', 'Index', 'int', true, { zh: '节点序号，从 0 起连续编号', en: 'node index, consecutive from 0' }),
    col('a', '经度或 x', 'Longitude or x', 'number', true, { zh: '经度，或平面坐标 x（米）', en: 'longitude, or x in metres' }),
    col('b', '纬度或 y', 'Latitude or y', 'number', true, { zh: '纬度，或平面坐标 y（米）', en: 'latitude, or y in metres' }),
  ],
};

const NETWORK_EDGES: SheetSpec = {
  level: 'networkEdges',
  zh: '步行网络路段',
  en: 'Network edges',
  aliases: ['路段', 'edges'],
  columns: [
    col('from', '起点序号', 'From node', 'int', true, { zh: '路段起点的节点序号', en: 'index of the first node' }),
    col('to', '终点序号', 'To node', 'int', true, { zh: '路段终点的节点序号', en: 'index of the second node' }),
  ],
};

/** In the order the template writes them. */
export const SHEETS: readonly SheetSpec[] = [CITY, DISTRICTS, STREETS, COMMUNITIES, FACILITIES, NETWORK_NODES, NETWORK_EDGES];

export const SHEET: Record<Level, SheetSpec> = Object.fromEntries(SHEETS.map((s) => [s.level, s])) as Record<Level, SheetSpec>;

/** The guide sheet: read by people, skipped on import. */
export const GUIDE_SHEET = { zh: '说明', en: 'Guide', aliases: ['readme', 'guide', '说明'] } as const;
