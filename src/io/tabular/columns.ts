/**
 * The spreadsheet format of a city: one sheet per level, its columns with Chinese and English
 * headers (units in the header), what each holds and where it goes in the scenario. The headers are
 * the format itself — a file is read by matching them — so they live here with the format rather than
 * in a message table: rewording one would stop older files from opening. What to write in a column
 * is a sentence for people, in src/i18n/columns.ts; choices are named as the registry names them.
 */
import { COLUMN_NOTE as NOTE, CRS_NAME, idNote, nameNote } from '../../i18n/columns';
import {
  COMMUNITY_KIND_NAME,
  COMMUNITY_KINDS,
  FACILITY_TYPE_NAME,
  FACILITY_TYPES,
  LEVEL_NAME,
  PAYER_NAME,
  PAYERS,
  type Name,
  type SheetLevel,
} from '../../registry';

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
  note: Name;
}

export interface SheetSpec {
  level: SheetLevel;
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
  note: Name,
  choices?: readonly Choice[],
): ColumnSpec => ({ key, zh, en, type, required, note, ...(choices && { choices }) });

const choices = <K extends string>(codes: readonly K[], names: Record<K, Name>): readonly Choice[] => codes.map((value) => ({ value, ...names[value] }));

const COMMUNITY_KIND_CHOICES = choices(COMMUNITY_KINDS, COMMUNITY_KIND_NAME);

const STREET_CLASSES: readonly Choice[] = [
  { value: 1, zh: '1', en: '1' },
  { value: 2, zh: '2', en: '2' },
  { value: 3, zh: '3', en: '3' },
];

const FACILITY_TYPE_CHOICES = choices(FACILITY_TYPES, FACILITY_TYPE_NAME);
const PAYER_CHOICES = choices(PAYERS, PAYER_NAME);
const CRS_CHOICES = choices(['wgs84', 'local'], CRS_NAME);

const ID = (what: Name): ColumnSpec => col('id', '编号', 'ID', 'text', false, idNote(what));
const NAME = (what: Name): ColumnSpec => col('name', '名称', 'Name', 'text', true, nameNote(what));

const PLACE: readonly ColumnSpec[] = [
  col('location.lon', '经度', 'Longitude', 'number', false, NOTE.place['location.lon']),
  col('location.lat', '纬度', 'Latitude', 'number', false, NOTE.place['location.lat']),
  col('location.x', '平面坐标 x（米）', 'x (m)', 'number', false, NOTE.place['location.x']),
  col('location.y', '平面坐标 y（米）', 'y (m)', 'number', false, NOTE.place['location.y']),
];

const CITY: SheetSpec = {
  level: 'city',
  zh: '市',
  en: 'City',
  aliases: ['城市', 'city'],
  columns: [
    col('name', '城市名称', 'City name', 'text', true, NOTE.city.name),
    col('spatial.crs', '坐标系', 'Coordinate system', 'choice', false, NOTE.city['spatial.crs'], CRS_CHOICES),
    col('spatial.cellSize', '人口网格边长（米）', 'Population cell size (m)', 'number', false, NOTE.city['spatial.cellSize']),
    col('spatial.walk.minutes', '步行时间（分钟）', 'Walking time (minutes)', 'number', false, NOTE.city['spatial.walk.minutes']),
    col('spatial.walk.speedMetresPerMinute', '步行速度（米/分钟）', 'Walking speed (m per minute)', 'number', false, NOTE.city['spatial.walk.speedMetresPerMinute']),
    col('spatial.walk.detourFactor', '绕行系数', 'Detour factor', 'number', false, NOTE.city['spatial.walk.detourFactor']),
    col('averageWage.base', '全市职工平均工资（元/人·年）', 'City average wage (yuan per person a year)', 'number', false, NOTE.city['averageWage.base']),
    col('averageWage.growth', '平均工资年增长率', 'City average wage growth', 'number', false, NOTE.city['averageWage.growth']),
    col('publicInstitutionPay.base', '事业单位同类人员报酬（元/人·年）', 'Public-institution staff pay (yuan per person a year)', 'number', false, NOTE.city['publicInstitutionPay.base']),
    col('publicInstitutionPay.growth', '事业单位同类人员报酬年增长率', 'Public-institution pay growth', 'number', false, NOTE.city['publicInstitutionPay.growth']),
  ],
};

const DISTRICTS: SheetSpec = {
  level: 'districts',
  zh: '区（县）',
  en: 'Districts',
  aliases: ['区县', '区', 'district', 'districts'],
  columns: [
    ID(LEVEL_NAME.district),
    NAME(LEVEL_NAME.district),
    col('centreSpace', '区（县）社区服务中心面积（平方米）', 'District service centre floor space (m²)', 'number', true, NOTE.districts.centreSpace),
  ],
};

const STREETS: SheetSpec = {
  level: 'streets',
  zh: '街道（乡镇）',
  en: 'Streets',
  aliases: ['街道乡镇', '街道', '乡镇', 'street', 'streets'],
  columns: [
    col('parent.id', '所属区（县）编号', 'District ID', 'text', false, NOTE.streets['parent.id']),
    col('parent.name', '所属区（县）名称', 'District name', 'text', false, NOTE.streets['parent.name']),
    ID({ zh: '街道', en: 'street' }),
    NAME(LEVEL_NAME.street),
    col('class', '街道类别', 'Street class', 'choice', true, NOTE.streets.class, STREET_CLASSES),
    col('centreSpace', '街道社区服务中心面积（平方米）', 'Street service centre floor space (m²)', 'number', true, NOTE.streets.centreSpace),
    col('stationStaff', '街道公共服务站在岗人数（人）', 'Service station staff (people)', 'int', true, NOTE.streets.stationStaff),
  ],
};

const COMMUNITIES: SheetSpec = {
  level: 'communities',
  zh: '社区',
  en: 'Communities',
  aliases: ['community', 'communities'],
  columns: [
    col('parent.id', '所属街道编号', 'Street ID', 'text', false, NOTE.communities['parent.id']),
    col('parent.name', '所属街道名称', 'Street name', 'text', false, NOTE.communities['parent.name']),
    ID(LEVEL_NAME.community),
    NAME(LEVEL_NAME.community),
    col('kind', '社区类型', 'Community kind', 'choice', true, NOTE.communities.kind, COMMUNITY_KIND_CHOICES),
    col('households', '户数（户）', 'Households', 'int', true, NOTE.communities.households),
    col('residents', '常住人口（人）', 'Residents', 'int', true, NOTE.communities.residents),
    col('growth', '年户数增长率（%）', 'Annual household growth (%)', 'percent', true, NOTE.communities.growth),
    col('dwellings', '住房套数（套）', 'Dwellings', 'int', false, NOTE.communities.dwellings),
    col('staff.inPost', '在岗专职社区工作者（人）', 'Full-time workers in post', 'int', true, NOTE.communities['staff.inPost']),
    col('staff.certified', '其中持证社会工作者（人）', 'Of whom certified social workers', 'int', true, NOTE.communities['staff.certified']),
    col('staff.bachelor', '其中本科及以上学历（人）', "Of whom bachelor's degree or above", 'int', true, NOTE.communities['staff.bachelor']),
    col('staff.committeeMembers', '非专职居委会成员（人）', 'Committee members not full-time', 'int', false, NOTE.communities['staff.committeeMembers']),
    col('migrants', '流动人口（人）', 'Migrants', 'int', false, NOTE.communities.migrants),
    col('registrationsPerYear', '每年新落户户数（户）', 'Households newly registered a year', 'int', false, NOTE.communities.registrationsPerYear),
    col('volunteers', '注册社区义工（人）', 'Registered volunteers', 'int', false, NOTE.communities.volunteers),
    col('space', '办公和服务用房面积（平方米）', 'Office and service floor space (m²)', 'number', true, NOTE.communities.space),
    ...PLACE,
    col('area', '社区面积（平方米）', 'Area (m²)', 'number', false, NOTE.communities.area),
    col('polygon', '边界坐标（JSON）', 'Boundary (JSON)', 'json', false, NOTE.communities.polygon),
    col('provenance', '数据来源', 'Data source', 'text', false, NOTE.communities.provenance),
  ],
};

const FACILITIES: SheetSpec = {
  level: 'facilities',
  zh: '设施',
  en: 'Facilities',
  aliases: ['生活圈设施', 'facility', 'facilities'],
  columns: [
    col('id', '编号', 'ID', 'text', false, NOTE.facilities.id),
    col('name', '名称', 'Name', 'text', true, NOTE.facilities.name),
    col('type', '设施类型', 'Facility type', 'choice', true, NOTE.facilities.type, FACILITY_TYPE_CHOICES),
    ...PLACE,
    col('openingYear', '开业年份', 'Opening year', 'int', true, NOTE.facilities.openingYear),
    col('capitalCost', '建设投资（万元）', 'Capital cost (万元)', 'wan', false, NOTE.facilities.capitalCost),
    col('runningCost', '年运营经费（万元）', 'Running cost per year (万元)', 'wan', false, NOTE.facilities.runningCost),
    col('payer', '出资方', 'Payer', 'choice', false, NOTE.facilities.payer, PAYER_CHOICES),
  ],
};

const NETWORK_NODES: SheetSpec = {
  level: 'networkNodes',
  zh: '步行网络节点',
  en: 'Network nodes',
  aliases: ['节点', 'nodes'],
  columns: [
    col('index', '序号', 'Index', 'int', true, NOTE.networkNodes.index),
    col('a', '经度或 x', 'Longitude or x', 'number', true, NOTE.networkNodes.a),
    col('b', '纬度或 y', 'Latitude or y', 'number', true, NOTE.networkNodes.b),
  ],
};

const NETWORK_EDGES: SheetSpec = {
  level: 'networkEdges',
  zh: '步行网络路段',
  en: 'Network edges',
  aliases: ['路段', 'edges'],
  columns: [
    col('from', '起点序号', 'From node', 'int', true, NOTE.networkEdges.from),
    col('to', '终点序号', 'To node', 'int', true, NOTE.networkEdges.to),
  ],
};

/** In the order the template writes them. */
export const SHEETS: readonly SheetSpec[] = [CITY, DISTRICTS, STREETS, COMMUNITIES, FACILITIES, NETWORK_NODES, NETWORK_EDGES];

export const SHEET: Record<SheetLevel, SheetSpec> = Object.fromEntries(SHEETS.map((s) => [s.level, s])) as Record<SheetLevel, SheetSpec>;

/** The guide sheet: read by people, skipped on import. */
export const GUIDE_SHEET = { zh: '说明', en: 'Guide', aliases: ['readme', 'guide', '说明'] } as const;
